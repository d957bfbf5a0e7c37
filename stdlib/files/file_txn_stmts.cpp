// The transaction statement built-ins and @TRANSACTION.ID/@TRANSACTION.LEVEL (see file_txn.hpp). The
// compiler passes one operation code; the block structure (COMMIT jumping past END TRANSACTION, ROLLBACK to
// it) is compiled in compiler/parser_trans.cpp.
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_stmt.hpp"
#include "stdlib/files/file_txn.hpp"

namespace mv::stdlib {

namespace {

// The operation codes compiler/parser_trans.cpp passes.
enum TxnOp : int64_t {
  kBegin = 1,       // BEGIN TRANSACTION, TRANSACTION START
  kCommit = 2,      // COMMIT inside BEGIN TRANSACTION: a failure is fatal, as in QM
  kEnd = 3,         // END TRANSACTION reached (after ROLLBACK, or without COMMIT): the writes are discarded
  kCommitElse = 4,  // TRANSACTION COMMIT: a failure takes ELSE
  kAbort = 5,       // TRANSACTION ABORT
};

}  // namespace

void fn_transaction(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  files::LockTable& table = files::locks(cx);
  switch (cx.integer(args[0])) {
    case kBegin:
      files::txn_begin();
      return files::succeed(cx);
    case kCommit:
    case kCommitElse: {
      if (files::txn_level() == 0) cx.fail("COMMIT: no transaction is open");
      files::Result r = files::txn_commit(table);
      if (r.end == files::End::Fault && cx.integer(args[0]) == kCommitElse) r.end = files::End::Else;
      return files::finish(cx, flags, r, "COMMIT");
    }
    case kEnd:
    case kAbort:
      if (files::txn_level() == 0) cx.fail("END TRANSACTION: no transaction is open");
      files::txn_abort(table);
      return files::succeed(cx);
    default:
      cx.fail("TRANSACTION: unknown operation");
  }
}

void fn_transaction_id(Context&, Value*, int, Value& out) { out.set_int(files::txn_id()); }
void fn_transaction_level(Context&, Value*, int, Value& out) { out.set_int(files::txn_level()); }

}  // namespace mv::stdlib
