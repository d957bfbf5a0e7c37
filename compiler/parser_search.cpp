// Element-search and REMOVE-pointer statements bound in statements.def (FIND, FINDSTR, SETREM), and the
// argument shape of LOCATE() used as a function.
#include "compiler/parser.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

ExprPtr number(Location loc, const char* n) { return make_expr(ExprKind::Number, loc, n); }

}  // namespace

// FIND s IN d {, occ} SETTING f {, v {, sv}} THEN/ELSE, and FINDSTR in the same shape. The built-in
// returns "f FM v FM sv", or "" when nothing is found; the SETTING variables are assigned only on success.
void Parser::find_common(const Token& kw, BuiltinId id) {
  ExprPtr s = expression();
  expect_word("IN", ("in " + kw.text).c_str());
  ExprPtr d = expression();
  ExprPtr occ = accept_op(",") ? expression() : number(kw.loc, "1");
  if (nocase_strings_) {
    // $NOCASE.STRINGS: both sides upper-cased; the positions found are the same.
    s = nocase_text(std::move(s));
    d = nocase_text(std::move(d));
  }
  if (!expect_word("SETTING", ("in " + kw.text).c_str())) return;
  std::vector<ExprPtr> targets;
  do {
    if (peek().kind != Tok::Ident) {
      error_here("expected a variable after SETTING");
      return;
    }
    targets.push_back(lvalue());
  } while (targets.size() < 3 && accept_op(","));
  gen_.expr(*s);
  gen_.expr(*d);
  gen_.expr(*occ);
  gen_.emit(Op::CALL_BUILTIN, static_cast<int32_t>(id));
  gen_.emit_word(3);
  const int found = gen_.temp_slot();
  gen_.emit(Op::STORE, found);
  gen_.emit(Op::LOAD, found);
  gen_.emit(Op::PUSH_EMPTY);
  gen_.emit(Op::NE);
  size_t skip = gen_.emit_jump(Op::JUMP_FALSE);
  for (size_t i = 0; i < targets.size(); ++i) {
    // Each position is field i of the result, made a number by adding 0.
    gen_.emit(Op::LOAD, found);
    gen_.emit(Op::PUSH_INT, static_cast<int32_t>(i + 1));
    gen_.emit(Op::PUSH_INT, 0);
    gen_.emit(Op::PUSH_INT, 0);
    gen_.emit(Op::EXTRACT);
    gen_.emit(Op::PUSH_INT, 0);
    gen_.emit(Op::ADD);
    gen_.store_top(*targets[i]);
  }
  gen_.patch(skip, gen_.here());
  gen_.emit(Op::LOAD, found);
  gen_.emit(Op::PUSH_EMPTY);
  gen_.emit(Op::NE);
  then_else(("after " + kw.text).c_str());
}

void Parser::find_statement(const Token& kw) { find_common(kw, BuiltinId::FIND_STMT); }
void Parser::findstr_statement(const Token& kw) { find_common(kw, BuiltinId::FINDSTR_STMT); }

// SETREM pos ON var: moves var's REMOVE pointer to byte offset pos (0 resets it).
void Parser::setrem_statement(const Token&) {
  ExprPtr pos = expression();
  if (!expect_word("ON", "in SETREM")) return;
  Token name = peek();
  if (name.kind != Tok::Ident || gen_.is_matrix(name.text)) {
    error_here("expected the variable whose REMOVE pointer SETREM moves");
    return;
  }
  take();
  gen_.expr(*pos);
  gen_.emit(Op::SETREM_VAR, gen_.var_slot(name.text));
}

// LOCATE(s, d {, f {, v {, sv}}} {; order}) becomes LOCATE(s, d, f, v, sv, order): a missing field is 1
// (search the fields), missing value and subvalue numbers are 0 and a missing order is "". The order may
// also follow a comma as the sixth argument.
void Parser::normalise_locate_args(Expr& call, int semi_at) {
  std::vector<ExprPtr> k = std::move(call.kids);
  call.kids.clear();
  if (k.size() < 2) {
    call.kids = std::move(k);
    return;
  }
  ExprPtr order;
  size_t positions_end = k.size();
  if (semi_at >= 0) {
    if (static_cast<size_t>(semi_at) + 1 != k.size() || semi_at < 2)
      diags_.error(call.loc, "LOCATE(): only the sort order may follow ';'");
    positions_end = static_cast<size_t>(semi_at);
  } else if (k.size() == 6) {
    positions_end = 5;
  }
  if (positions_end < k.size()) order = std::move(k.back());
  if (positions_end > 5) {
    diags_.error(call.loc, "LOCATE() takes at most a field, a value and a subvalue position and an order");
    positions_end = 5;
  }
  call.kids.push_back(std::move(k[0]));
  call.kids.push_back(std::move(k[1]));
  static const char* const kDefaults[3] = {"1", "0", "0"};
  for (size_t i = 2; i < 5; ++i) {
    if (i < positions_end && k[i])
      call.kids.push_back(std::move(k[i]));
    else
      call.kids.push_back(number(call.loc, kDefaults[i - 2]));
  }
  call.kids.push_back(order ? std::move(order) : make_expr(ExprKind::String, call.loc, ""));
}

}  // namespace mv::compiler
