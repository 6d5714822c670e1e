# Warnings are errors in every build of the project's own code.
add_library(st_warnings INTERFACE)
target_compile_options(st_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Werror)
