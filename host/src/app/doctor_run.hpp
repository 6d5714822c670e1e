// run_doctor with its environment passed in, so tests need not touch $HOME.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "app/doctor_targets.hpp"

namespace secondthought {

int run_doctor_with(const DoctorEnv& env, const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondthought
