// The two further forms of QM's FOR statement (qmb_for.htm): FOR EACH var IN string {DELIMITER d}, which
// takes each element of a mark-delimited list in turn, and FOR var = v1, v2, v3..., which takes each listed
// value in turn. Both compile to a plain loop over hidden variables (named after the loop's code position so
// nested loops never share them), with WHILE/UNTIL, EXIT and CONTINUE as in FOR ... TO.
#include "compiler/parser.hpp"

namespace mv::compiler {

namespace {

ExprPtr var(Location loc, const std::string& name) { return make_expr(ExprKind::Var, loc, name); }
ExprPtr num(Location loc, int64_t n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); }

ExprPtr call(Location loc, const char* name, std::vector<ExprPtr> args) {
  stdlib::BuiltinId id;
  stdlib::find_builtin(name, id);
  auto e = make_expr(ExprKind::Builtin, loc, name);
  e->builtin = static_cast<int>(id);
  e->kids = std::move(args);
  return e;
}

ExprPtr bin(Location loc, const char* op, ExprPtr a, ExprPtr b) {
  auto e = make_expr(ExprKind::Binary, loc, op);
  e->kids.push_back(std::move(a));
  e->kids.push_back(std::move(b));
  return e;
}

}  // namespace

// The body and NEXT of a loop whose head has been compiled, with `top` the address a pass starts at:
// WHILE/UNTIL, the statements, NEXT {var}, then the jump back; the exits are patched after it.
void Parser::listed_loop_body(const Token& v, Location loc, size_t top, std::vector<size_t> exits) {
  loops_.push_back(LoopCtx{std::move(exits), {}, top, false});
  if (at_word("WHILE") || at_word("UNTIL")) {
    bool is_while = take().text == "WHILE";
    loop_condition(is_while);
  }
  statements_until({"NEXT"});
  if (!accept_word("NEXT")) {
    diags_.error(loc, "FOR " + v.text + " has no NEXT");
    loops_.pop_back();
    return;
  }
  if (peek().kind == Tok::Ident && !at_word("ELSE")) {
    Token n = take();
    if (n.text != v.text) diags_.error(n.loc, "NEXT " + n.text + " does not match FOR " + v.text);
  }
  LoopCtx ctx = std::move(loops_.back());
  loops_.pop_back();
  gen_.emit(Op::JUMP, static_cast<int32_t>(top));
  for (size_t e : ctx.exits) gen_.patch(e, gen_.here());
}

// FOR EACH var IN string {DELIMITER d}: without DELIMITER any mark ends an element (REMOVE's reading).
void Parser::for_each(Location loc) {
  Token v = peek();
  if (v.kind != Tok::Ident) {
    error_here("expected the FOR EACH loop variable");
    return;
  }
  ExprPtr target = lvalue();
  if (!expect_word("IN", "in FOR EACH")) return;
  std::string id = "%EACH" + std::to_string(gen_.here());
  std::string src = id + ".S%", more = id + ".M%", code = id + ".C%", idx = id + ".I%", count = id + ".N%";
  gen_.assign(*var(loc, src), *expression(), loc);
  std::vector<size_t> exits;
  size_t top;
  if (accept_word("DELIMITER")) {
    std::string delim = id + ".D%";
    gen_.assign(*var(loc, delim), *expression(), loc);
    std::vector<ExprPtr> dargs;
    dargs.push_back(var(loc, src));
    dargs.push_back(var(loc, delim));
    gen_.assign(*var(loc, count), *call(loc, "DCOUNT", std::move(dargs)), loc);
    gen_.assign(*var(loc, idx), *num(loc, 0), loc);
    top = gen_.here();
    gen_.assign(*var(loc, idx), *bin(loc, "+", var(loc, idx), num(loc, 1)), loc);
    gen_.expr(*bin(loc, ">", var(loc, idx), var(loc, count)));
    exits.push_back(gen_.emit_jump(Op::JUMP_TRUE));
    std::vector<ExprPtr> fargs;
    fargs.push_back(var(loc, src));
    fargs.push_back(var(loc, delim));
    fargs.push_back(var(loc, idx));
    gen_.assign(*target, *call(loc, "FIELD", std::move(fargs)), loc);
  } else {
    // An empty list has no elements; otherwise REMOVE takes them until its delimiter code is 0.
    gen_.assign(*var(loc, more), *bin(loc, "#", var(loc, src), make_expr(ExprKind::String, loc, "")), loc);
    top = gen_.here();
    gen_.expr(*var(loc, more));
    exits.push_back(gen_.emit_jump(Op::JUMP_FALSE));
    auto remove = make_expr(ExprKind::RemoveFn, loc, "REMOVE");
    remove->kids.push_back(var(loc, src));
    remove->kids.push_back(var(loc, code));
    gen_.assign(*target, *remove, loc);
    gen_.assign(*var(loc, more), *var(loc, code), loc);
  }
  listed_loop_body(v, loc, top, std::move(exits));
}

// FOR var = v1, v2, ...: the first value has been parsed (`first`); each pass takes the next one.
void Parser::for_values(const Token& v, ExprPtr target, ExprPtr first, Location loc) {
  std::vector<ExprPtr> values;
  values.push_back(std::move(first));
  while (accept_op(",")) values.push_back(expression());
  std::string idx = "%EACH" + std::to_string(gen_.here()) + ".I%";
  gen_.assign(*var(loc, idx), *num(loc, 0), loc);
  size_t top = gen_.here();
  gen_.assign(*var(loc, idx), *bin(loc, "+", var(loc, idx), num(loc, 1)), loc);
  std::vector<size_t> to_body;
  for (size_t k = 0; k < values.size(); ++k) {
    gen_.expr(*bin(loc, "=", var(loc, idx), num(loc, static_cast<int64_t>(k + 1))));
    size_t skip = gen_.emit_jump(Op::JUMP_FALSE);
    gen_.assign(*target, *values[k], loc);
    to_body.push_back(gen_.emit_jump(Op::JUMP));
    gen_.patch(skip, gen_.here());
  }
  std::vector<size_t> exits{gen_.emit_jump(Op::JUMP)};
  for (size_t j : to_body) gen_.patch(j, gen_.here());
  listed_loop_body(v, loc, top, std::move(exits));
}

}  // namespace mv::compiler
