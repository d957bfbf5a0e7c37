// Program-structure forms of issue 10 that the older parser files do not cover: assignment to @variables,
// SUB, CALL of catalogued names, by-value parameters, SUBR(), CLEARCOMMON and the Pick FILE statement.
#include "compiler/parser.hpp"
#include "runtime/bytecode.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

// The target of an assignment to @NAME: a process-wide cell for the @variables QM lets a program assign,
// @SYSTEM.SET (compiled by CodeGen::assign), and otherwise an error that names the @variable.
ExprPtr Parser::at_variable_target(const Token& name) {
  std::string cell;
  if (gen_.syscom_var(name.text, cell)) return make_expr(ExprKind::Var, name.loc, cell);
  runtime::SysVar sv;
  bool known = runtime::find_sysvar(name.text, sv) || name.text == "@SELECTED";
  static const char* const kConstants[] = {"@FM", "@AM", "@VM", "@SM", "@SVM", "@TM", "@IM", "@TRUE", "@FALSE"};
  for (const char* c : kConstants) known = known || name.text == c;
  if (name.text != "@SYSTEM.SET")
    diags_.error(name.loc, known ? name.text + " cannot be assigned" : "unknown @variable " + name.text);
  return make_expr(ExprKind::SysVar, name.loc, name.text);
}

}  // namespace mv::compiler
