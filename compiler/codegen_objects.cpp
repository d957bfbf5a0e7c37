// Code for objects: ME, OBJECT(class, args) and obj->name(args). The arguments are passed as CALL passes
// them (variables and matrix elements by reference, other values copied), then the object or the class name
// is pushed on top, and OBJ_NEW, OBJ_GET or OBJ_SET follows with CALL's argument count and descriptors.
#include "compiler/codegen.hpp"

namespace mv::compiler {

uint32_t CodeGen::call_argument(const Expr& a) {
  using runtime::ArgKind;
  if (a.kind == ExprKind::MatRef) {
    if (!is_matrix(a.text))
      diags_.error(a.loc, "MAT " + a.text + ": " + a.text + " is not a dimensioned matrix");
    return runtime::arg_descriptor(ArgKind::VarRef, static_cast<uint32_t>(var_slot(a.text)));
  }
  if (a.kind == ExprKind::Var && !a.parenthesized && !is_matrix(a.text)) {
    check_declared(a.text, a.loc);
    return runtime::arg_descriptor(ArgKind::VarRef, static_cast<uint32_t>(var_slot(a.text)));
  }
  if (a.kind == ExprKind::Apply && !a.parenthesized) {
    push_indices(a, 0, 2);
    return runtime::arg_descriptor(ArgKind::MatrixRef, static_cast<uint32_t>(var_slot(a.text)));
  }
  expr(a);
  return runtime::arg_descriptor(ArgKind::Value, 0);
}

void CodeGen::object_expr(const Expr& e) {
  if (e.kind == ExprKind::Me) {
    if (program_.kind != runtime::UnitKind::Class)
      diags_.error(e.loc, "ME is only defined in a CLASS module");
    emit(Op::OBJ_ME);
    return;
  }
  std::vector<uint32_t> desc;
  for (size_t i = 1; i < e.kids.size(); ++i) desc.push_back(call_argument(*e.kids[i]));
  expr(*e.kids[0]);
  if (e.kind == ExprKind::ObjectNew)
    emit(Op::OBJ_NEW, 0);
  else
    emit(e.builtin ? Op::OBJ_GET : Op::OBJ_SET, string_constant(e.text));
  emit_word(static_cast<uint32_t>(desc.size()));
  for (uint32_t d : desc) emit_word(d);
}

}  // namespace mv::compiler
