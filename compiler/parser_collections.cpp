// Data collection syntax: the element reference c{path} (c{'a', 'b'}, c{'a'}{'b'}, c{'a/b'}), assignment to
// it, INS v AS c{path}, DEL c{path} and ELEMENT.EXISTS(c{path}). Each compiles to a call of a ~ELEMENT
// built-in (stdlib/json) with the collection first and the subscripts last; collections are references,
// so assigning an element changes the collection the variable shares and nothing is stored back.
#include "compiler/parser.hpp"

namespace mv::compiler {

bool is_element_ref(const Expr& e) {
  return e.kind == ExprKind::Builtin && e.builtin == static_cast<int>(stdlib::BuiltinId::ELEMENT_GET);
}

// Reads one or more "{sub, sub...}" after `base`; a reference to an element of an element continues the
// same path, so c{'a'}{'b'} and c{'a', 'b'} compile alike.
ExprPtr Parser::element_ref(ExprPtr base) {
  ExprPtr ref;
  if (is_element_ref(*base)) {
    ref = std::move(base);
  } else {
    ref = make_expr(ExprKind::Builtin, peek().loc, "~ELEMENT");
    ref->builtin = static_cast<int>(stdlib::BuiltinId::ELEMENT_GET);
    ref->kids.push_back(std::move(base));
  }
  while (at_op("{")) {
    take();
    int saved = no_gt_;
    no_gt_ = 0;
    do {
      ref->kids.push_back(expression());
    } while (accept_op(","));
    no_gt_ = saved;
    expect_op("}", "to close the element reference");
  }
  if (ref->kids.size() > 32) diags_.error(ref->loc, "an element reference may hold at most 31 subscripts");
  return ref;
}

// c{path} = value, INS value AS c{path}: the ~ELEMENT.SET or ~ELEMENT.INS built-in with the collection,
// the value, then the subscripts.
void Parser::element_store(stdlib::BuiltinId id, ExprPtr target, ExprPtr value) {
  auto call = make_expr(ExprKind::Builtin, target->loc, stdlib::builtin_info(id).name);
  call->builtin = static_cast<int>(id);
  call->kids.push_back(std::move(target->kids[0]));
  call->kids.push_back(std::move(value));
  for (size_t i = 1; i < target->kids.size(); ++i) call->kids.push_back(std::move(target->kids[i]));
  gen_.expr(*call);
  gen_.emit(Op::POP);
}

// DEL c{path} (after DEL): false when the statement is the dynamic-array DEL, left for the caller.
bool Parser::element_delete() {
  if (peek().kind != Tok::Ident || !peek(1).is_op("{")) return false;
  ExprPtr target = lvalue();
  if (!is_element_ref(*target)) {
    error_here("DEL needs a field reference X<f{, v{, s}}> or an element reference c{path}");
    return true;
  }
  target->text = "~ELEMENT.DEL";
  target->builtin = static_cast<int>(stdlib::BuiltinId::ELEMENT_DEL);
  gen_.expr(*target);
  gen_.emit(Op::POP);
  return true;
}

// ELEMENT.EXISTS(c{path}) passes the collection and the subscripts rather than the element's value.
void Parser::element_exists_args(Expr& call) {
  if (call.builtin != static_cast<int>(stdlib::BuiltinId::ELEMENT_EXISTS) || call.kids.size() != 1 ||
      !is_element_ref(*call.kids[0]))
    return;
  ExprPtr ref = std::move(call.kids[0]);
  call.kids = std::move(ref->kids);
}

// MAT m = MAT c{path}: the array's elements copied into the dimensioned matrix m in order, as many as both
// hold (as MAT m = MAT n copies).
void Parser::mat_from_element(const Token& matrix) {
  ExprPtr ref = lvalue();
  if (!is_element_ref(*ref)) return error_here("expected an element reference c{path} after MAT");
  auto call = make_expr(ExprKind::Builtin, matrix.loc, "~MAT.FROM");
  call->builtin = static_cast<int>(stdlib::BuiltinId::MAT_FROM_STMT);
  call->kids.push_back(make_expr(ExprKind::Var, matrix.loc, matrix.text));
  call->kids.push_back(std::move(ref));
  gen_.expr(*call);
  gen_.emit(Op::POP);
}

// SCAN c RESET, and SCAN c {FROM start} SETTING name {, value} {THEN ...} {ELSE ...}: ~SCAN gives the name
// and the outcome; the value, when asked for, is taken by ~SCAN.VALUE before the clauses run.
void Parser::scan_statement(const Token& kw) {
  ExprPtr collection = expression();
  auto call = [&](stdlib::BuiltinId id) {
    auto e = make_expr(ExprKind::Builtin, kw.loc, stdlib::builtin_info(id).name);
    e->builtin = static_cast<int>(id);
    e->kids.push_back(collection->clone());
    return e;
  };
  if (accept_word("RESET")) {
    gen_.expr(*call(stdlib::BuiltinId::SCAN_RESET_STMT));
    gen_.emit(Op::POP);
    return;
  }
  ExprPtr from = accept_word("FROM") ? expression() : nullptr;
  expect_word("SETTING", "in SCAN");
  if (peek().kind != Tok::Ident) return error_here("expected the variable SCAN sets to the element's name");
  ExprPtr name = lvalue();
  ExprPtr value;
  if (accept_op(",")) {
    if (peek().kind != Tok::Ident)
      return error_here("expected the variable SCAN sets to the element's value");
    value = lvalue();
  }
  std::vector<ExprPtr> args;
  args.push_back(collection->clone());
  bool has_from = from != nullptr;
  args.push_back(has_from ? std::move(from) : make_expr(ExprKind::String, kw.loc, ""));
  args.push_back(make_expr(ExprKind::Number, kw.loc, has_from ? "1" : "0"));
  auto take_value = [&] {
    if (value) gen_.assign(*value, *call(stdlib::BuiltinId::SCAN_VALUE), kw.loc);
  };
  clause_statement(stdlib::BuiltinId::SCAN_STMT, kw.loc, std::move(args), name.get(), true, true, take_value);
}

}  // namespace mv::compiler
