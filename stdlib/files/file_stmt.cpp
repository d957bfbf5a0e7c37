// Helpers shared by the file statement built-ins (see file_stmt.hpp).
#include "stdlib/files/file_stmt.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "runtime/config.hpp"

namespace mv::stdlib::files {

void finish(Context& cx, int flags, const Result& r, const char* stmt) {
  if (r.os_error != 0) cx.os_error = r.os_error;
  cx.status = Value::integer(r.status);
  switch (r.end) {
    case End::Ok:
      cx.outcome = Context::kThen;
      return;
    case End::Else:
      cx.outcome = Context::kElse;
      return;
    case End::Locked:
      cx.outcome = Context::kLocked;
      return;
    case End::Fault:
      if (flags & Context::kHasOnError) {
        cx.outcome = Context::kOnError;
        return;
      }
      cx.fail(std::string(stmt) + ": " + r.message + " (STATUS() " + std::to_string(r.status) + ")");
  }
}

void succeed(Context& cx) {
  cx.status = Value::integer(0);
  cx.outcome = Context::kThen;
}

File* as_file(const Value& v) { return v.is_handle() ? dynamic_cast<File*>(v.handle_object()) : nullptr; }
SeqFile* as_seq(const Value& v) {
  return v.is_handle() ? dynamic_cast<SeqFile*>(v.handle_object()) : nullptr;
}

void not_a_file(Context& cx, const char* stmt, const char* wanted) {
  cx.fail(std::string(stmt) + ": the file variable is not " + wanted);
}

File& file_arg(Context& cx, const Value& v, const char* stmt) {
  File* f = as_file(v);
  if (!f) {
    if (as_seq(v))
      cx.fail(std::string(stmt) + ": the file variable is a sequential file (opened by OPENSEQ)");
    not_a_file(cx, stmt, "a file opened by OPEN or OPENPATH");
  }
  if (!f->is_open()) cx.fail(std::string(stmt) + ": the file variable has been closed");
  return *f;
}

SeqFile& seq_arg(Context& cx, const Value& v, const char* stmt) {
  SeqFile* f = as_seq(v);
  if (!f) not_a_file(cx, stmt, "a sequential file opened by OPENSEQ");
  if (!f->is_open()) cx.fail(std::string(stmt) + ": the sequential file has been closed");
  return *f;
}

std::string program_dir(const Context& cx) { return cx.process ? cx.process->program_dir : std::string(); }

int64_t user_number(const Context& cx) {
  return cx.process && cx.process->user_number != 0 ? cx.process->user_number
                                                    : static_cast<int64_t>(::getpid());
}

LockTable& locks(const Context& cx) {
  LockTable& t = LockTable::process();
  if (t.root().empty()) {
    std::string rundir =
        cx.config && !cx.config->rundir.empty() ? cx.config->rundir : runtime::default_rundir();
    t.set_root(rundir + "/locks");
  }
  return t;
}

// True when another process holds the FILELOCK of the record's file (`holder` its user number).
static bool file_locked_by_other(const LockTable& table, const LockKey& key, int64_t& holder) {
  LockKey file{key.file, kFileLockName};
  return key.name != kFileLockName && table.held(file) == 0 && table.others(file, holder) != 0;
}

Result take_lock(Context& cx, const LockKey& key, LockMode mode, int flags) {
  LockTable& table = locks(cx);
  for (int spins = 0;; ++spins) {
    int err = 0;
    int64_t file_holder = 0;
    bool file_locked = file_locked_by_other(table, key, file_holder);
    switch (file_locked ? LockTable::Try::Conflict : table.try_lock(key, mode, user_number(cx), err)) {
      case LockTable::Try::Acquired:
        return Result::ok();
      case LockTable::Try::Error:
        return Result::fault(
            kErIoe, "cannot take a record lock under " + table.root() + ": " + std::strerror(err), err);
      case LockTable::Try::Conflict:
        break;
    }
    if (flags & Context::kHasLocked) {
      int64_t holder = file_holder;
      if (!file_locked) table.others(key, holder);
      return Result{End::Locked, static_cast<int>(holder), 0, {}};
    }
    if (spins == 0) cx.flush_output();
    if (runtime::g_interrupt) cx.fail("Interrupted");
    // Poll: quickly at first (a lock is usually held briefly), then every 100 ms.
    ::usleep(static_cast<useconds_t>(std::min(5000 << std::min(spins, 5), 100000)));
  }
}

}  // namespace mv::stdlib::files
