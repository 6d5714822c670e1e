// secondthought-host: everything lives in the secondthought_core library.
#include "secondthought/run.hpp"

int main(int argc, char** argv) { return secondthought::run_main(argc, argv); }
