// The command line: mvbasic run|check|repl|phantom|FILE, with the exit statuses users and scripts rely on.
#pragma once

namespace mv::cli {

// Exit statuses, documented in the README and `mvbasic --help`.
inline constexpr int kExitOk = 0;
inline constexpr int kExitRuntimeError = 1;  // a fatal runtime error or ABORT
inline constexpr int kExitUsage = 2;         // a bad option or argument, or an unreadable file
inline constexpr int kExitCompileError = 3;  // the program does not compile
inline constexpr int kExitNoLicence = 4;     // NUMUSERS / PHANTOMS: no licence was free

int main(int argc, char** argv);

}  // namespace mv::cli
