// The mvbasic executable: everything lives in the mv_cli library so tests can drive it too. Output that
// could not be written (a full disk, a closed pipe) is reported here, after the command, so it is never lost
// in silence: the exit status is then 1 unless the command had already failed.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "runtime/builtin_api.hpp"
#include "runtime/cli/cli.hpp"

int main(int argc, char** argv) {
  int status = mv::cli::main(argc, argv);
  errno = 0;
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    int err = mv::runtime::g_stdout_errno ? mv::runtime::g_stdout_errno : errno;
    std::fprintf(stderr, "mvbasic: cannot write to standard output%s%s\n", err ? ": " : "",
                 err ? std::strerror(err) : "");
    if (status == mv::cli::kExitOk) status = mv::cli::kExitRuntimeError;
  }
  return status;
}
