// Transactions, as QM compiles them: BEGIN TRANSACTION opens a block that END TRANSACTION closes. COMMIT
// inside it commits and jumps past END TRANSACTION; ROLLBACK jumps to END TRANSACTION, which discards what
// the transaction holds (so does reaching it without a COMMIT). TRANSACTION START, TRANSACTION COMMIT (both
// with optional THEN/ELSE) and TRANSACTION ABORT are the unstructured forms. Each step is a call of the
// ~TRANSACTION built-in with an operation code (stdlib/files/file_txn_stmts.cpp).
#include "compiler/parser.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

// The operation codes of ~TRANSACTION.
enum TxnOp { kBegin = 1, kCommit = 2, kEnd = 3, kCommitElse = 4, kAbort = 5 };

std::vector<ExprPtr> op_args(Location loc, int op) {
  std::vector<ExprPtr> args;
  args.push_back(make_expr(ExprKind::Number, loc, std::to_string(op)));
  return args;
}

}  // namespace

void Parser::transaction_block(Location loc) {
  if (!at_statement_end()) error_here("unexpected text after BEGIN TRANSACTION");
  clause_statement(BuiltinId::TRANSACTION_STMT, loc, op_args(loc, kBegin), nullptr, false, false);
  txns_.emplace_back();
  statements_until({"END"});
  if (!accept_word("END") || !accept_word("TRANSACTION")) {
    diags_.error(loc, "BEGIN TRANSACTION has no END TRANSACTION");
    txns_.pop_back();
    return;
  }
  TxnCtx ctx = std::move(txns_.back());
  txns_.pop_back();
  for (size_t j : ctx.rollbacks) gen_.patch(j, gen_.here());
  clause_statement(BuiltinId::TRANSACTION_STMT, loc, op_args(loc, kEnd), nullptr, false, false);
  for (size_t j : ctx.commits) gen_.patch(j, gen_.here());
}

// COMMIT {WORK}: commits the innermost open transaction and leaves its block.
void Parser::commit_statement(const Token& kw) {
  accept_word("WORK");
  if (txns_.empty()) {
    diags_.error(kw.loc, "COMMIT is not inside BEGIN TRANSACTION ... END TRANSACTION");
    return;
  }
  clause_statement(BuiltinId::TRANSACTION_STMT, kw.loc, op_args(kw.loc, kCommit), nullptr, false, false);
  txns_.back().commits.push_back(gen_.emit_jump(Op::JUMP));
}

// ROLLBACK {WORK}: goes to END TRANSACTION, which discards the transaction.
void Parser::rollback_statement(const Token& kw) {
  accept_word("WORK");
  if (txns_.empty()) {
    diags_.error(kw.loc, "ROLLBACK is not inside BEGIN TRANSACTION ... END TRANSACTION");
    return;
  }
  txns_.back().rollbacks.push_back(gen_.emit_jump(Op::JUMP));
}

// TRANSACTION START {THEN/ELSE}, TRANSACTION COMMIT {THEN/ELSE}, TRANSACTION ABORT.
void Parser::transaction_statement(const Token& kw) {
  if (accept_word("START")) {
    clause_statement(BuiltinId::TRANSACTION_STMT, kw.loc, op_args(kw.loc, kBegin), nullptr, false);
  } else if (accept_word("COMMIT")) {
    clause_statement(BuiltinId::TRANSACTION_STMT, kw.loc, op_args(kw.loc, kCommitElse), nullptr, false);
  } else if (accept_word("ABORT")) {
    clause_statement(BuiltinId::TRANSACTION_STMT, kw.loc, op_args(kw.loc, kAbort), nullptr, false, false);
  } else {
    error_here("expected START, COMMIT or ABORT after TRANSACTION");
  }
}

}  // namespace mv::compiler
