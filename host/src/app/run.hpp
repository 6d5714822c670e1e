// The program: parses argv and runs the command. main() only calls this.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "app/cli.hpp"
#include "secondthought/run.hpp"

namespace secondthought {

// `serve` on the process's stdio. Returns the exit status (see serve()).
int run_serve();

// `check`: reads the text (from options.words or `in`), prints to `out`, problems
// to `err`. Returns 0 (no warning), 1 (warnings), 2 (usage) or 3 (cannot analyse).
int run_check(const CheckOptions& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace secondthought
