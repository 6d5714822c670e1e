// The whole program behind `secondthought-host`, for the thin main().
#pragma once

namespace secondthought {

// Parses argv, runs the command and returns the process exit status
// (`secondthought-host --help` lists them).
int run_main(int argc, char** argv);

}  // namespace secondthought
