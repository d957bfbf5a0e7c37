// QM's task locks: LOCK n and UNLOCK {n}, 64 locks (0 to 63) that programs agree to use to keep out of each
// other's way. Each is a lock of the process lock table (file_locks) under RUNDIR/locks/tasks, so it holds
// between every mvbasic process sharing a RUNDIR and the kernel frees it when its holder ends in any way.
// RELEASE leaves task locks alone; only UNLOCK or the end of the process lets them go.
#include <string>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

using files::End;
using files::kErLck;
using files::kErNlk;
using files::LockKey;
using files::LockTable;

constexpr int64_t kTaskLocks = 64;

LockKey task_key(int64_t n) { return LockKey{files::kTaskLockFolder, std::to_string(n)}; }

int64_t lock_number(Context& cx, const Value& v, const char* stmt) {
  int64_t n = cx.integer(v);
  if (n < 0 || n >= kTaskLocks)
    cx.fail(std::string(stmt) + ": task lock " + std::to_string(n) +
            " does not exist (task locks are 0 to 63)");
  return n;
}

void take(Context& cx, int outcome, int64_t status) {
  cx.status = Value::integer(status);
  cx.outcome = outcome;
}

}  // namespace

// LOCK n: THEN when the lock was free (STATUS() 0) or already ours (STATUS() our user number); when another
// process holds it, ELSE with STATUS() its user number, or, with no ELSE clause, a wait until it is free.
void fn_lock(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  LockKey key = task_key(lock_number(cx, args[0], "LOCK"));
  if (files::locks(cx).held(key) != 0) return take(cx, Context::kThen, files::user_number(cx));
  bool wait = !(flags & Context::kHasElse);
  files::Result r = files::take_lock(cx, key, files::LockMode::Update, wait ? 0 : Context::kHasLocked);
  if (r.end == End::Locked) return take(cx, Context::kElse, r.status);
  files::finish(cx, flags, r, "LOCK");
}

// UNLOCK n: THEN when this process held the lock; ELSE with STATUS() ER$LCK when another process holds it
// and ER$NLK when nobody does. UNLOCK alone (the compiler passes -1), or a negative n, releases every task
// lock of the process and always takes THEN.
void fn_unlock(Context& cx, Value* args, int, Value&) {
  LockTable& table = files::locks(cx);
  if (cx.integer(args[0]) < 0) {
    for (int64_t n = 0; n < kTaskLocks; ++n) table.release(task_key(n));
    return take(cx, Context::kThen, 0);
  }
  LockKey key = task_key(lock_number(cx, args[0], "UNLOCK"));
  if (table.held(key) != 0) {
    table.release(key);
    return take(cx, Context::kThen, 0);
  }
  int64_t holder = 0;
  take(cx, Context::kElse, table.others(key, holder) != 0 ? kErLck : kErNlk);
}

}  // namespace mv::stdlib
