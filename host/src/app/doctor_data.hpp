// Data compiled into the host at configure time by cmake/install-rules.cmake, so an
// installed host knows the same browser table and extension IDs as the installer.
#pragma once

#include <string_view>

namespace secondthought::doctor_data {

std::string_view browsers_tsv();        // installer/browsers.tsv as it was at configure time
std::string_view extension_ids_json();  // extension/ids.json, or "{}" if it was missing
std::string_view source_dir();          // the source tree the host was built from

}  // namespace secondthought::doctor_data
