// The process table: every mvbasic process that runs BASIC registers in RUNDIR and receives a user number
// (@USERNO, SYSTEM(18)). A process holds its entry with an exclusive flock() on RUNDIR/process.N, so the
// kernel frees the number the moment the process ends, however it ends; a crash can never leak an entry. What
// the process is (its pid, kind, start time, command and phantom log) sits beside the lock in process.N.info,
// which listing commands read only for entries whose lock is held. See docs/processes.md.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace mv::runtime {

// What kind of process holds an entry; it decides which licence the process takes (sockets.md section 9).
enum class ProcessKind {
  Interactive,  // the REPL on a terminal, or `mvbasic run` with a terminal on standard input
  Phantom,      // started by PHANTOM: detached, output to a log file
  Background,   // neither: a pipe, cron, a service or a test runner (counted like a phantom)
};

const char* process_kind_name(ProcessKind kind);

// One live entry of the table, as the listing commands show it.
struct ProcessEntry {
  int64_t user_number = 0;
  pid_t pid = 0;
  ProcessKind kind = ProcessKind::Background;
  int64_t started = 0;  // seconds since the epoch
  std::string command;  // the command line it runs ("RUN prog.b a b", "REPL")
  std::string log;      // a phantom's log file, else ""
};

// Opens `path` (creating it with mode 0600, close-on-exec) and takes an exclusive, non-blocking flock() on
// it. Returns the descriptor, which holds the lock until it is closed (or the process ends), or -1 when
// another process holds it or it cannot be opened. Forked children close these descriptors (they never
// inherit a lock).
int lock_slot_file(const std::string& path);
// Closes a descriptor from lock_slot_file(), releasing its lock.
void unlock_slot_file(int fd);
// True when some process holds the lock on `path`. The probe takes and drops the lock when it is free.
bool slot_held(const std::string& path);

// Creates `dir` (and its parents) with mode 0700 when missing; false with `error` set when that fails or the
// path is not a directory.
bool ensure_rundir(const std::string& dir, std::string& error);

// Registers this process in `rundir` and returns its user number: the lowest number nobody holds. The entry
// stays until the process ends or release_process() is called. Registering again first releases the old one.
bool register_process(const std::string& rundir, ProcessKind kind, const std::string& command,
                      int64_t& user_number, std::string& error);

// Rewrites this process's entry details (a phantom learns its log path after it has its number).
void update_process(const std::string& command, const std::string& log);

// This process's entry, when it has registered; user_number is 0 otherwise.
const ProcessEntry& own_process();

// Gives the entry up (an embedding that runs several programs in one process calls it between programs).
void release_process();

// Every live entry in `rundir`, by user number. Entries whose holder has died are skipped.
std::vector<ProcessEntry> list_processes(const std::string& rundir);

// Finds the live entry with `user_number`; false when nobody holds it.
bool find_process(const std::string& rundir, int64_t user_number, ProcessEntry& out);

// True while some process holds entry `user_number` in `rundir`.
bool process_alive(const std::string& rundir, int64_t user_number);

// The descriptor of a socket this process inherited from the PHANTOM that started it (sockets.md section 11),
// or -1. The command line sets it before the program starts; the socket module adopts it as @SOCKET.
int inherited_socket_fd();
void set_inherited_socket_fd(int fd);

}  // namespace mv::runtime
