// What the file statement built-ins share (files.cpp for directory files and select lists, file_seq_stmts.cpp
// for sequential files and FILEINFO): reading the clause flags, turning a Result into the clause to take and
// STATUS(), checking file variable operands, and taking record locks with QM's wait-or-LOCKED rule.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/builtin_api.hpp"
#include "stdlib/files/file_backend.hpp"
#include "stdlib/files/file_locks.hpp"
#include "stdlib/files/file_result.hpp"
#include "stdlib/files/file_seq.hpp"

namespace mv::stdlib::files {

using runtime::Context;
using runtime::Value;

// The clause flags, always the last argument of a statement built-in.
inline int flags_of(Context& cx, Value* args, int argc) {
  return static_cast<int>(cx.integer(args[argc - 1]));
}

// Applies how an operation ended: the clause to take, STATUS() and OS.ERROR(). A fault with no ON ERROR
// clause stops the program with its message, prefixed by the statement's name.
void finish(Context& cx, int flags, const Result& r, const char* stmt);
// A plain success: THEN, STATUS() 0.
void succeed(Context& cx);

File* as_file(const Value& v);
SeqFile* as_seq(const Value& v);
[[noreturn]] void not_a_file(Context& cx, const char* stmt, const char* wanted);
// The open directory file (or sequential file) a statement works on; anything else is a fatal error.
File& file_arg(Context& cx, const Value& v, const char* stmt);
SeqFile& seq_arg(Context& cx, const Value& v, const char* stmt);

// The folder of the running program, where OPEN looks after the current directory.
std::string program_dir(const Context& cx);
// The user number written into lock files (@USERNO; the process id when there is none).
int64_t user_number(const Context& cx);
// The process lock table, rooted at RUNDIR/locks (so the processes sharing a process table share locks).
LockTable& locks(const Context& cx);

// Takes a record lock. While another process holds it the statement waits (Ctrl-C interrupts), unless it
// has a LOCKED clause: then it ends Locked with STATUS() set to the holder's user number.
Result take_lock(Context& cx, const LockKey& key, LockMode mode, int flags);

}  // namespace mv::stdlib::files
