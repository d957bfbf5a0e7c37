// The statements of the system family bound in statements.def: print unit and national language settings
// (SETPU, SETNLS), SENDMAIL, select lists held in variables and saved lists (SELECTV, SELECTE, SELECTN,
// SAVELIST, GETLIST, DELETELIST), the file statements that need no reading (RECORDLOCKU/L, DELETEU,
// CLEARFILE, FILELOCK/FILEUNLOCK, CREATE.FILE, STATUS, MARK.MAPPING), the sequential-file statements
// CREATE, FLUSH, NOBUF and TIMEOUT, and the alternate-key index statements (SELECTINDEX, SELECTLEFT/RIGHT,
// SETLEFT/RIGHT). Each compiles to a call of its "~NAME" built-in through clause_statement, as the other
// file statements do, so ON ERROR, LOCKED and THEN/ELSE clauses work the same way everywhere.
#include "compiler/parser.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

// For clause_statement: the statement has no THEN/ELSE clauses in QM, so an ELSE after it belongs to an
// enclosing IF.
constexpr bool kNoThenElse = false;

ExprPtr number_expr(Location loc, int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); }
ExprPtr string_expr(Location loc, std::string s) { return make_expr(ExprKind::String, loc, std::move(s)); }

}  // namespace

// SETPU key, unit, value.
void Parser::setpu_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_op(",", "after the key in SETPU");
  args.push_back(expression());
  expect_op(",", "after the print unit in SETPU");
  args.push_back(expression());
  clause_statement(BuiltinId::SETPU_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// SETNLS key, value.
void Parser::setnls_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_op(",", "after the key in SETNLS");
  args.push_back(expression());
  clause_statement(BuiltinId::SETNLS_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// SENDMAIL sender, to, cc, bcc, subject, text {, attachments}: QM's seven operands, the last optional.
void Parser::sendmail_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  for (int i = 0; i < 5; ++i) {
    expect_op(",", "between the operands of SENDMAIL (sender, to, cc, bcc, subject, text)");
    args.push_back(expression());
  }
  args.push_back(accept_op(",") ? expression() : string_expr(kw.loc, ""));
  clause_statement(BuiltinId::SENDMAIL_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// SELECTV fv TO var: the list goes into the variable.
void Parser::selectv_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_word("TO", "in SELECTV");
  ExprPtr target = lvalue();
  clause_statement(BuiltinId::SELECTV_STMT, kw.loc, std::move(args), target.get(), false, kNoThenElse);
}

// SELECTE TO var: select list 0 moves into the variable.
void Parser::selecte_statement(const Token& kw) {
  expect_word("TO", "in SELECTE");
  ExprPtr target = lvalue();
  clause_statement(BuiltinId::SELECTE_STMT, kw.loc, {}, target.get(), false, kNoThenElse);
}

// SELECTN fv TO n: SELECT to a numbered list, which is what SELECT already does.
void Parser::selectn_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(accept_word("TO") ? expression() : number_expr(kw.loc, 0));
  clause_statement(BuiltinId::SELECT_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// SAVELIST name {FROM list} THEN/ELSE.
void Parser::savelist_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(accept_word("FROM") ? expression() : number_expr(kw.loc, 0));
  clause_statement(BuiltinId::SAVELIST_STMT, kw.loc, std::move(args), nullptr, false);
}

// GETLIST name {TO list} THEN/ELSE.
void Parser::getlist_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(accept_word("TO") ? expression() : number_expr(kw.loc, 0));
  clause_statement(BuiltinId::GETLIST_STMT, kw.loc, std::move(args), nullptr, false);
}

// DELETELIST name.
void Parser::deletelist_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  clause_statement(BuiltinId::DELETELIST_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// RECORDLOCKU fv, id and RECORDLOCKL fv, id {ON ERROR} {LOCKED}: mode 1 update, 2 shared, as READU/READL.
void Parser::recordlock_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_op(",", "between the file and the record id");
  args.push_back(expression());
  args.push_back(number_expr(kw.loc, kw.text == "RECORDLOCKL" ? 2 : 1));
  clause_statement(BuiltinId::RECORDLOCK_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// DELETEU fv, id: DELETE that keeps the record's lock.
void Parser::deleteu_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_op(",", "between the file and the record id in DELETEU");
  args.push_back(expression());
  clause_statement(BuiltinId::DELETEU_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// CLEARFILE fv.
void Parser::clearfile_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  clause_statement(BuiltinId::CLEARFILE_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// FILELOCK fv and FILEUNLOCK fv; the built-in receives 1 to lock, 0 to unlock.
void Parser::filelock_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(number_expr(kw.loc, kw.text == "FILELOCK" ? 1 : 0));
  clause_statement(BuiltinId::FILELOCK_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// CREATE.FILE path DIRECTORY, or CREATE.FILE path DYNAMIC {GROUP.SIZE n} {BIG.REC.SIZE n} {MIN.MODULUS n}
// {SPLIT.LOAD n} {MERGE.LOAD n} {FLAGS n} {VERSION n}. The hashed-file parameters are parsed and evaluated
// but only a directory file can be made yet; the built-in receives 1 for DIRECTORY, 0 for DYNAMIC.
void Parser::create_file_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  int directory = 1;
  if (accept_word("DYNAMIC")) {
    directory = 0;
    static const char* const kParams[] = {"GROUP.SIZE", "BIG.REC.SIZE", "MIN.MODULUS", "SPLIT.LOAD",
                                          "MERGE.LOAD", "FLAGS",        "VERSION"};
    for (const char* p : kParams) {
      if (accept_word(p)) {
        gen_.expr(*expression());
        gen_.emit(Op::POP);
      }
    }
  } else if (!accept_word("DIRECTORY")) {
    error_here("expected DIRECTORY or DYNAMIC after the path in CREATE.FILE");
  }
  args.push_back(number_expr(kw.loc, directory));
  clause_statement(BuiltinId::CREATE_FILE_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// STATUS var FROM fv THEN/ELSE.
void Parser::file_status_statement(const Token& kw) {
  ExprPtr target = lvalue();
  expect_word("FROM", "in STATUS");
  std::vector<ExprPtr> args;
  args.push_back(expression());
  clause_statement(BuiltinId::FILE_STATUS_STMT, kw.loc, std::move(args), target.get(), true);
}

// MARK.MAPPING fv, ON | OFF | expr.
void Parser::mark_mapping_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_op(",", "after the file in MARK.MAPPING");
  if (accept_word("ON"))
    args.push_back(number_expr(kw.loc, 1));
  else if (accept_word("OFF"))
    args.push_back(number_expr(kw.loc, 0));
  else
    args.push_back(expression());
  clause_statement(BuiltinId::MARK_MAPPING_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// CREATE fv {ON ERROR} THEN/ELSE.
void Parser::create_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  clause_statement(BuiltinId::CREATE_STMT, kw.loc, std::move(args), nullptr, true);
}

// FLUSH fv THEN/ELSE and NOBUF fv THEN/ELSE.
void Parser::flush_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  clause_statement(kw.text == "NOBUF" ? BuiltinId::NOBUF_STMT : BuiltinId::FLUSH_STMT, kw.loc,
                   std::move(args), nullptr, true);
}

// TIMEOUT fv, seconds.
void Parser::timeout_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_op(",", "after the file in TIMEOUT");
  args.push_back(expression());
  clause_statement(BuiltinId::TIMEOUT_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// SELECTINDEX index {, value} FROM fv {TO list}: the built-in receives "" as the value when there is none
// (it only needs to know the index name to fail).
void Parser::selectindex_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  bool has_value = accept_op(",");
  args.push_back(has_value ? expression() : string_expr(kw.loc, ""));
  expect_word("FROM", "in SELECTINDEX");
  args.push_back(expression());
  args.push_back(accept_word("TO") ? expression() : number_expr(kw.loc, 0));
  args.push_back(number_expr(kw.loc, has_value ? 1 : 0));  // whether a value was given
  clause_statement(BuiltinId::SELECTINDEX_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

// SELECTLEFT / SELECTRIGHT index FROM fv {SETTING key} {TO list}: the key found goes into the SETTING
// variable, which the built-in's result is stored in.
void Parser::selectleft_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_word("FROM", ("in " + kw.text).c_str());
  args.push_back(expression());
  ExprPtr target = accept_word("SETTING") ? lvalue() : nullptr;
  args.push_back(accept_word("TO") ? expression() : number_expr(kw.loc, 0));
  args.push_back(number_expr(kw.loc, kw.text == "SELECTRIGHT" ? 1 : 0));
  clause_statement(BuiltinId::SELECTLEFT_STMT, kw.loc, std::move(args), target.get(), false, kNoThenElse);
}

// SETLEFT / SETRIGHT index FROM fv.
void Parser::setleft_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_word("FROM", ("in " + kw.text).c_str());
  args.push_back(expression());
  args.push_back(number_expr(kw.loc, kw.text == "SETRIGHT" ? 1 : 0));
  clause_statement(BuiltinId::SETLEFT_STMT, kw.loc, std::move(args), nullptr, false, kNoThenElse);
}

}  // namespace mv::compiler
