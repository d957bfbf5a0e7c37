// The built-ins of QM's exceptions. TRY/CATCH and THROW are statements the VM runs
// (runtime/vm_exceptions.cpp); CAUGHT() asks it about active handlers through Context, and ~TRY rolls back,
// on entry to a CATCH clause, the transactions the TRY clause began and the exception left open.
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_stmt.hpp"
#include "stdlib/files/file_txn.hpp"

namespace mv::stdlib {

// CAUGHT(exception, modes): whether a TRY being run has a CATCH for the exception or one of its groups;
// modes adds the catch-all handlers: 1 SYS$ANY, 2 SYS$UNHANDLED.
void fn_caught(Context& cx, Value* args, int, Value& out) {
  std::string name = cx.string(args[0]);
  out.set_int(cx.exception_caught(name, static_cast<int>(cx.integer(args[1]))) ? 1 : 0);
}

// ~TRY(level): the transaction level when the TRY began; deeper transactions are discarded, as ROLLBACK
// would.
void fn_try_rollback(Context& cx, Value* args, int, Value&) {
  int64_t level = cx.integer(args[0]);
  while (files::txn_level() > level) files::txn_abort(files::locks(cx));
}

}  // namespace mv::stdlib
