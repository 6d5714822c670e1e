// Placeholder until the installer issue's doctor lands.
#include "secondthought/doctor.hpp"

#include <ostream>

namespace secondthought {
int run_doctor(const std::vector<std::string>&, std::ostream&, std::ostream& err) {
  err << "doctor: not built yet\n";
  return 1;
}
}  // namespace secondthought
