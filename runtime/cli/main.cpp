// The mvbasic executable: everything lives in the mv_cli library so tests can drive it too.
#include "runtime/cli/cli.hpp"

int main(int argc, char** argv) { return mv::cli::main(argc, argv); }
