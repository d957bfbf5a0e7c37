// TRY/CATCH and THROW, as QM's manual describes them:
//
//   TRY {statement}
//     statements
//   CATCH exception {DUMPING} {SAVING.STACK} {, exception ...}
//     statements
//   ... more CATCH clauses ...
//   END {TRY}
//
//   THROW exception {, data}
//
// A TRY compiles to TRY_PUSH (which names a constant listing the CATCH names, a field each, and a table of
// the clause each name enters), the body, TRY_POP and a jump past the clauses. The VM does the rest
// (runtime/vm_exceptions.cpp): a thrown exception finds the innermost TRY with a matching name, unwinds to
// it and resumes at the clause. EXIT, CONTINUE and RETURN that leave a TRY body emit TRY_POP first.
#include "compiler/parser.hpp"
#include "runtime/ascii.hpp"

namespace mv::compiler {

namespace {

constexpr size_t kMaxExceptionName = 63;  // QM's limit on an exception name

}  // namespace

void Parser::leave_try_bodies(size_t loop_depth) {
  for (size_t i = try_bodies_.size(); i-- > 0 && try_bodies_[i] >= loop_depth;) gen_.emit(Op::TRY_POP);
}

// The exception names after CATCH, each quoted or a name, with its qualifiers; false after an error.
bool Parser::catch_names(std::vector<CatchName>& out) {
  bool save_all = modes_.count("EXCEPTION.SAVE.STACK") > 0;
  do {
    const Token& t = peek();
    if (t.kind != Tok::Ident && t.kind != Tok::String) {
      error_here("expected an exception name after CATCH");
      return false;
    }
    Token name = take();
    std::string n = runtime::ascii_upper(name.text);
    if (n.empty() || n.size() > kMaxExceptionName) {
      diags_.error(name.loc, "an exception name must be 1 to 63 characters");
      return false;
    }
    bool save = save_all;
    for (;;) {
      if (accept_word("SAVING.STACK"))
        save = true;
      else if (!accept_word("DUMPING"))
        break;  // mvbasic writes no process dump files
    }
    out.push_back(CatchName{save ? n + "\xFDS" : n, name.loc});
  } while (accept_op(","));
  if (!at_statement_end()) {
    error_here("expected ',' or the end of the line after the CATCH names");
    return false;
  }
  return true;
}

// The transaction level when a TRY begins, kept in a hidden variable, so that each CATCH clause can roll back
// the transactions its TRY clause began (QM does so when an exception leaves them open).
std::string Parser::try_transaction_level(Location loc) {
  std::string name = "~TRY.LEVEL" + std::to_string(tries_++);
  if (gen_.in_local()) gen_.declare_private(name);
  auto now = make_expr(ExprKind::Builtin, loc, "@TRANSACTION.LEVEL");
  now->builtin = static_cast<int>(stdlib::BuiltinId::TRANSACTION_LEVEL_VAR);
  gen_.expr(*now);
  gen_.emit(Op::STORE, gen_.var_slot(name));
  return name;
}

void Parser::try_statement(const Token& kw) {
  std::string level = try_transaction_level(kw.loc);
  size_t push = gen_.here();
  gen_.emit(Op::TRY_PUSH, 0);
  gen_.emit_word(0);
  try_bodies_.push_back(loops_.size());
  statements_until({"CATCH", "END"});
  try_bodies_.pop_back();
  gen_.emit(Op::TRY_POP);
  std::vector<size_t> ends{gen_.emit_jump(Op::JUMP)};
  std::vector<CatchName> names;
  std::vector<uint32_t> clauses;
  bool ok = true;
  while (at_word("CATCH")) {
    Location at = take().loc;
    ok = catch_names(names) && ok;
    if (!ok) skip_to_line_end();
    clauses.resize(names.size(), static_cast<uint32_t>(gen_.here()));  // this clause, for each new name
    gen_.mark_line(at);
    builtin_statement(stdlib::BuiltinId::TRY_STMT, at, make_expr(ExprKind::Var, at, level));
    statements_until({"CATCH", "END"});
    ends.push_back(gen_.emit_jump(Op::JUMP));
  }
  if (!accept_word("END")) {
    diags_.error(kw.loc, "TRY has no END");
    return;
  }
  accept_word("TRY");
  if (names.empty() && ok) diags_.error(kw.loc, "TRY has no CATCH clause");
  // SYS$ANY catches everything, so QM requires it to be the last name of the construct.
  for (size_t i = 0; i + 1 < names.size(); ++i)
    if (names[i].entry.substr(0, names[i].entry.find('\xFD')) == "SYS$ANY")
      diags_.error(names[i].loc, "SYS$ANY must be the last exception name in a TRY's CATCH clauses");
  for (size_t e : ends) gen_.patch(e, gen_.here());
  std::string list;
  for (size_t i = 0; i < names.size(); ++i) list += (i ? "\xFE" : "") + names[i].entry;
  gen_.patch(push, static_cast<size_t>(gen_.string_constant(list)));
  gen_.patch_word(push + 1, gen_.address_table(std::move(clauses)));
}

void Parser::catch_statement(const Token& kw) {
  diags_.error(kw.loc, "CATCH without TRY");
  skip_to_line_end();
}

void Parser::throw_statement(const Token&) {
  gen_.expr(*expression());
  if (accept_op(","))
    gen_.expr(*expression());
  else
    gen_.emit(Op::PUSH_EMPTY);
  gen_.emit(Op::THROW);
}

}  // namespace mv::compiler
