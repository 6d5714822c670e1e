// `secondthought-host doctor`: checks every place a browser looks for the host's
// manifest and says, for each problem, what to run to fix it.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondthought {

// `args` are the words after "doctor". Returns the process exit status: 0 when
// every browser asked about can reach this host, 1 when one cannot, 2 on a usage error.
int run_doctor(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondthought
