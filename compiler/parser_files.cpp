// File statements: OPEN/OPENPATH/CLOSE, READ/READV/MATREAD/WRITE/WRITEV/MATWRITE/DELETE/RELEASE, SELECT/
// READNEXT/READLIST/FORMLIST/CLEARSELECT, the task locks LOCK/UNLOCK, the sequential OPENSEQ/READSEQ/
// WRITESEQ/READBLK/WRITEBLK/SEEK/WEOFSEQ/CLOSESEQ/DELETESEQ and the whole-file OSREAD/OSWRITE/OSDELETE.
// Each compiles to a call of a statement built-in whose last argument says which optional clauses
// follow; the built-in reports how it ended (Context::outcome) and the clauses branch on that.
#include <utility>

#include "compiler/parser.hpp"
#include "runtime/builtin_api.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

void Parser::clause_statement(BuiltinId id, Location loc, std::vector<ExprPtr> args, const Expr* target,
                              bool need_then_else, bool allow_then_else,
                              const std::function<void()>& after_call) {
  // A statement without THEN/ELSE clauses leaves as_condition_ set, for statement_condition to report.
  bool as_condition = allow_then_else && std::exchange(as_condition_, false);
  for (const ExprPtr& a : args) {
    // A whole matrix (MATREAD, MATWRITE) is passed as itself, which a plain expression cannot name.
    if (a->kind == ExprKind::MatRef) gen_.emit(Op::LOAD_ANY, gen_.var_slot(a->text));
    else gen_.expr(*a);
  }
  size_t flags_at = gen_.here();
  gen_.emit(Op::PUSH_INT, 0);
  gen_.emit(Op::CALL_BUILTIN, static_cast<int32_t>(id));
  gen_.emit_word(static_cast<uint32_t>(args.size() + 1));
  if (target && pick_read_keeps(id)) {
    // $MODE PICK.READ: a READ that takes ELSE leaves its variable as it was.
    gen_.emit(Op::PUSH_OUTCOME);
    gen_.emit(Op::PUSH_INT, runtime::Context::kElse);
    gen_.emit(Op::EQ);
    size_t store = gen_.emit_jump(Op::JUMP_FALSE);
    gen_.emit(Op::POP);
    size_t done = gen_.emit_jump(Op::JUMP);
    gen_.patch(store, gen_.here());
    gen_.store_top(*target);
    gen_.patch(done, gen_.here());
  } else if (target) {
    gen_.store_top(*target);
  } else {
    gen_.emit(Op::POP);
  }
  open_fail_zero(id, target);
  if (after_call) after_call();
  if (as_condition) {
    // $MODE CONDITIONAL.STATEMENTS: true when the statement took THEN; an ELSE outcome is no error.
    gen_.emit(Op::PUSH_OUTCOME);
    gen_.emit(Op::PUSH_INT, runtime::Context::kThen);
    gen_.emit(Op::EQ);
    gen_.patch(flags_at, static_cast<size_t>(runtime::Context::kHasElse));
    return;
  }
  int flags = 0;
  std::vector<size_t> ends;
  // ON ERROR and LOCKED come before THEN/ELSE; each runs instead of them when its outcome happened.
  for (;;) {
    if (peek().kind == Tok::Newline && (peek(1).is_word("LOCKED") || (peek(1).is_word("ON") && peek(2).is_word("ERROR"))))
      take();
    int outcome;
    if (at_word("ON") && peek(1).is_word("ERROR")) {
      take();
      take();
      flags |= runtime::Context::kHasOnError;
      outcome = runtime::Context::kOnError;
    } else if (accept_word("LOCKED")) {
      flags |= runtime::Context::kHasLocked;
      outcome = runtime::Context::kLocked;
    } else {
      break;
    }
    gen_.emit(Op::PUSH_OUTCOME);
    gen_.emit(Op::PUSH_INT, outcome);
    gen_.emit(Op::EQ);
    size_t skip = gen_.emit_jump(Op::JUMP_FALSE);
    clause(true);
    ends.push_back(gen_.emit_jump(Op::JUMP));
    gen_.patch(skip, gen_.here());
  }
  bool has_clause = allow_then_else &&
                    (at_word("THEN") || at_word("ELSE") ||
                     (peek().kind == Tok::Newline && (peek(1).is_word("THEN") || peek(1).is_word("ELSE"))));
  // $MODE OPTIONAL.THEN.ELSE: a statement that needs THEN or ELSE may have neither, and goes on after a
  // failure.
  bool optional = need_then_else && !has_clause && modes_.count("OPTIONAL.THEN.ELSE");
  if (has_clause || (need_then_else && !optional)) {
    gen_.emit(Op::PUSH_OUTCOME);
    gen_.emit(Op::PUSH_INT, runtime::Context::kThen);
    gen_.emit(Op::EQ);
    if (then_else("after the statement")) flags |= runtime::Context::kHasElse;
  } else if (optional) {
    flags |= runtime::Context::kHasElse;
  }
  for (size_t e : ends) gen_.patch(e, gen_.here());
  gen_.patch(flags_at, static_cast<size_t>(flags));
  (void)loc;
}

// The default file of Pick's OPEN without TO: a hidden variable of the program (its name cannot be written).
ExprPtr Parser::default_file(Location loc) { return make_expr(ExprKind::Var, loc, "%DEFAULT.FILE%"); }

// OPEN's options between the file name and TO. They are accepted for source compatibility; directory files
// have no encoding, transactions or id mapping to set, and READONLY is not enforced yet.
void Parser::open_options() {
  for (;;) {
    if (accept_word("READONLY") || accept_word("SYNC") || accept_word("NO.MAP") ||
        accept_word("NON.TRANSACTIONAL")) {
      continue;
    }
    if (accept_word("ENCODING")) {
      (void)expression();
      continue;
    }
    return;
  }
}

// The "fv, id" (and ", field" for READV/WRITEV) of a record statement. With one expression fewer the file
// is the default file that an OPEN without TO set, as in Pick.
void Parser::file_and_id(std::vector<ExprPtr>& args, bool with_field, Location loc) {
  std::vector<ExprPtr> parts;
  parts.push_back(expression());
  while (parts.size() < (with_field ? 3u : 2u) && accept_op(",")) parts.push_back(expression());
  if (parts.size() < (with_field ? 3u : 2u)) parts.insert(parts.begin(), default_file(loc));
  if (with_field && parts.size() < 3) error_here("expected the field number after the record id");
  for (ExprPtr& p : parts) args.push_back(std::move(p));
}

// The file statements, dispatched from statement() by their keyword (already consumed).
bool Parser::file_statement(const std::string& w, Location loc) {
  auto num = [loc](int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); };
  auto str = [loc](std::string s) { return make_expr(ExprKind::String, loc, std::move(s)); };
  std::vector<ExprPtr> args;
  if (w == "OPEN") {
    ExprPtr first = expression();
    if (accept_op(",")) {
      args.push_back(std::move(first));
      args.push_back(expression());
    } else {
      args.push_back(str(""));
      args.push_back(std::move(first));
    }
    open_options();
    // Without TO the file becomes the default file, which READ, WRITE and DELETE use when they name none.
    ExprPtr target = accept_word("TO") ? lvalue() : default_file(loc);
    clause_statement(BuiltinId::OPEN_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "OPENPATH") {
    args.push_back(expression());
    expect_word("TO", "in OPENPATH");
    ExprPtr target = lvalue();
    clause_statement(BuiltinId::OPENPATH_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "OPENSEQ") {
    args.push_back(expression());
    args.push_back(accept_op(",") ? expression() : str(""));
    // Options: 1 APPEND, 2 OVERWRITE, 4 READONLY.
    int options = 0;
    for (;;) {
      if (accept_word("APPEND")) options |= 1;
      else if (accept_word("OVERWRITE")) options |= 2;
      else if (accept_word("READONLY")) options |= 4;
      else break;
    }
    args.push_back(num(options));
    expect_word("TO", "in OPENSEQ");
    ExprPtr target = lvalue();
    clause_statement(BuiltinId::OPENSEQ_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "CLOSE" || w == "CLOSESEQ" || w == "WEOFSEQ") {
    args.push_back(expression());
    if (w == "CLOSESEQ") {
      clause_statement(BuiltinId::CLOSESEQ_STMT, loc, std::move(args), nullptr, false);
      return true;
    }
    clause_statement(w == "CLOSE" ? BuiltinId::CLOSE_STMT : BuiltinId::WEOFSEQ_STMT, loc, std::move(args), nullptr,
                     false);
  } else if (w == "READ" || w == "READU" || w == "READL" || w == "READV" || w == "READVU" || w == "READVL") {
    ExprPtr target = lvalue();
    expect_word("FROM", "in READ");
    bool is_v = w.rfind("READV", 0) == 0;
    file_and_id(args, is_v, loc);
    // READ name FROM id, after FILE name: the file is the one the FILE statement named.
    if (ExprPtr file = args[0]->text == "%DEFAULT.FILE%" ? pick_file_of(*target) : nullptr)
      args[0] = std::move(file);
    char last = w.back();
    args.push_back(num(last == 'U' ? 1 : last == 'L' ? 2 : 0));
    clause_statement(is_v ? BuiltinId::READV_STMT : BuiltinId::READ_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "WRITE" || w == "WRITEU" || w == "WRITEV" || w == "WRITEVU") {
    ExprPtr value = expression();
    if (!accept_word("ON") && !accept_word("TO")) error_here("expected ON or TO in WRITE");
    bool is_v = w.rfind("WRITEV", 0) == 0;
    file_and_id(args, is_v, loc);
    // WRITE name TO id, after FILE name.
    if (ExprPtr file = args[0]->text == "%DEFAULT.FILE%" ? pick_file_of(*value) : nullptr)
      args[0] = std::move(file);
    args.push_back(std::move(value));
    args.push_back(num(w.back() == 'U' ? 1 : 0));
    clause_statement(is_v ? BuiltinId::WRITEV_STMT : BuiltinId::WRITE_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "DELETE") {
    file_and_id(args, false, loc);
    clause_statement(BuiltinId::DELETE_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "RELEASE") {
    // RELEASE alone releases every lock; RELEASE fv every lock in that file; RELEASE fv, id one record.
    args.push_back(at_statement_end() || at_word("ON") ? num(0) : expression());
    args.push_back(accept_op(",") ? expression() : str(""));
    clause_statement(BuiltinId::RELEASE_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "SELECT" || w == "SSELECT") {
    // SELECT alone (or SELECT TO n) selects the default file that an OPEN without TO set, as in Pick.
    args.push_back(at_statement_end() || at_word("TO") ? default_file(loc) : expression());
    args.push_back(accept_word("TO") ? expression() : num(0));
    clause_statement(BuiltinId::SELECT_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "READNEXT") {
    ExprPtr target = lvalue();
    if (readnext_positions(*target, loc, false)) return true;
    args.push_back(accept_word("FROM") ? expression() : num(0));
    clause_statement(BuiltinId::READNEXT_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "CLEARSELECT") {
    if (accept_word("ALL")) args.push_back(num(-1));
    else args.push_back(at_statement_end() ? num(0) : expression());
    clause_statement(BuiltinId::CLEARSELECT_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "READSEQ") {
    ExprPtr target = lvalue();
    expect_word("FROM", "in READSEQ");
    args.push_back(expression());
    clause_statement(BuiltinId::READSEQ_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "WRITESEQ" || w == "WRITESEQF") {
    ExprPtr value = expression();
    if (!accept_word("TO") && !accept_word("ON")) error_here("expected TO in WRITESEQ");
    args.push_back(expression());
    args.push_back(std::move(value));
    args.push_back(num(w == "WRITESEQF" ? 1 : 0));
    clause_statement(BuiltinId::WRITESEQ_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "OSREAD") {
    ExprPtr target = lvalue();
    expect_word("FROM", "in OSREAD");
    args.push_back(expression());
    clause_statement(BuiltinId::OSREAD_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "OSWRITE" || w == "WRITEBLK") {
    ExprPtr value = expression();
    if (!accept_word("TO") && !accept_word("ON")) error_here("expected TO or ON in " + w);
    args.push_back(expression());
    args.push_back(std::move(value));
    clause_statement(w == "OSWRITE" ? BuiltinId::OSWRITE_STMT : BuiltinId::WRITEBLK_STMT, loc, std::move(args),
                     nullptr, false);
  } else if (w == "OSDELETE") {
    args.push_back(expression());
    clause_statement(BuiltinId::OSDELETE_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "DELETESEQ") {
    // DELETESEQ path, or DELETESEQ file, id; the path form passes "" as the id.
    args.push_back(expression());
    args.push_back(accept_op(",") ? expression() : str(""));
    clause_statement(BuiltinId::DELETESEQ_STMT, loc, std::move(args), nullptr, true);
  } else {
    return legacy_file_statement(w, loc);
  }
  return true;
}

// The rest of QM's file statements, which older programs use: MATREAD/MATWRITE, READLIST/FORMLIST, the task
// locks LOCK/UNLOCK, and READBLK/SEEK on sequential files (WRITEBLK is compiled as OSWRITE is).
bool Parser::legacy_file_statement(const std::string& w, Location loc) {
  auto num = [loc](int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); };
  std::vector<ExprPtr> args;
  if (w == "MATREAD" || w == "MATREADU" || w == "MATREADL" || w == "MATWRITE" || w == "MATWRITEU") {
    bool is_read = w.rfind("MATREAD", 0) == 0;
    Token name = peek();
    if (name.kind != Tok::Ident || !gen_.is_matrix(name.text)) {
      error_here("expected a dimensioned matrix after " + w);
      return true;
    }
    take();
    args.push_back(make_expr(ExprKind::MatRef, name.loc, name.text));
    if (is_read) expect_word("FROM", "in MATREAD");
    else if (!accept_word("ON") && !accept_word("TO")) error_here("expected ON or TO in MATWRITE");
    args.push_back(expression());
    expect_op(",", "between the file and the record id");
    args.push_back(expression());
    char last = w.back();
    args.push_back(num(last == 'U' ? 1 : (is_read && last == 'L') ? 2 : 0));
    clause_statement(is_read ? BuiltinId::MATREAD_STMT : BuiltinId::MATWRITE_STMT, loc, std::move(args), nullptr,
                     is_read);
  } else if (w == "READLIST") {
    ExprPtr target = lvalue();
    args.push_back(accept_word("FROM") ? expression() : num(0));
    clause_statement(BuiltinId::READLIST_STMT, loc, std::move(args), target.get(), false);
  } else if (w == "FORMLIST") {
    args.push_back(expression());
    args.push_back(accept_word("TO") ? expression() : num(0));
    clause_statement(BuiltinId::FORMLIST_STMT, loc, std::move(args), nullptr, false);
  } else if (w == "LOCK" || w == "UNLOCK") {
    // UNLOCK alone releases every task lock: the built-in receives -1.
    bool all = w == "UNLOCK" && (at_statement_end() || at_word("THEN") || at_word("ELSE"));
    args.push_back(all ? num(-1) : expression());
    clause_statement(w == "LOCK" ? BuiltinId::LOCK_STMT : BuiltinId::UNLOCK_STMT, loc, std::move(args), nullptr,
                     false);
  } else if (w == "READBLK") {
    ExprPtr target = lvalue();
    expect_word("FROM", "in READBLK");
    args.push_back(expression());
    expect_op(",", "before the byte count in READBLK");
    args.push_back(expression());
    clause_statement(BuiltinId::READBLK_STMT, loc, std::move(args), target.get(), true);
  } else if (w == "SEEK") {
    // SEEK fv {, offset {, relto}}: what is left out is 0 (the start of the file).
    args.push_back(expression());
    args.push_back(accept_op(",") ? expression() : num(0));
    args.push_back(accept_op(",") ? expression() : num(0));
    clause_statement(BuiltinId::SEEK_STMT, loc, std::move(args), nullptr, false);
  } else {
    return false;
  }
  return true;
}

// WHILE READNEXT id {FROM n} DO: the statement used as a loop condition, true while an id was read.
void Parser::readnext_condition(Location loc) {
  ExprPtr target = lvalue();
  if (readnext_positions(*target, loc, true)) return;
  std::vector<ExprPtr> args;
  args.push_back(accept_word("FROM") ? expression() : make_expr(ExprKind::Number, loc, "0"));
  for (const ExprPtr& a : args) gen_.expr(*a);
  gen_.emit(Op::PUSH_INT, 0);
  gen_.emit(Op::CALL_BUILTIN, static_cast<int32_t>(BuiltinId::READNEXT_STMT));
  gen_.emit_word(2);
  gen_.store_top(*target);
  gen_.emit(Op::PUSH_OUTCOME);
  gen_.emit(Op::PUSH_INT, runtime::Context::kThen);
  gen_.emit(Op::EQ);
}

}  // namespace mv::compiler
