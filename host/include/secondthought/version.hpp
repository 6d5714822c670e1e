#pragma once
#include <string_view>
namespace secondthought {
std::string_view host_version();
inline constexpr int protocol_version = 1;
inline constexpr std::string_view host_name = "org.secondthought.host";
}  // namespace secondthought
