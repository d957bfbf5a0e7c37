// Phantoms: detached background mvbasic processes. The parent double-forks and execs `mvbasic __phantom`,
// which registers in the process table, takes its licence, opens its log file and reports "its user number
// and log" (or why it could not start) back through a pipe before it runs its command. Stopping a process by
// user number (LOGOUT) lives here too.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/config.hpp"

namespace mv::cli {

struct PhantomStart {
  bool ok = false;
  int64_t user_number = 0;  // when ok
  std::string log;          // when ok: the file that receives the phantom's output
  int64_t status = 0;       // when not ok: -7028 (no licence) or another negative status
  std::string message;      // when not ok: why
};

// Starts `command` (a command-processor line such as "RUN prog.b a b") as a phantom using configuration
// `cfg`. `socket_fd`, when not -1, is handed to the phantom as @SOCKET (sockets.md section 11).
PhantomStart start_phantom(const std::string& command, const runtime::Config& cfg, bool use_cache,
                           int socket_fd);

// The phantom side: `mvbasic __phantom --status-fd N [--socket-fd M] [--config FILE] [--no-cache] --
// COMMAND`.
int phantom_main(const std::vector<std::string>& args);

// Stops the process holding `user_number` in `rundir`: SIGTERM, then SIGKILL if it has not gone within a few
// seconds. Returns false with `error` set when no such process is running (or it is this process).
bool stop_process(const std::string& rundir, int64_t user_number, std::string& error);

}  // namespace mv::cli
