// $MODE EXPLICIT: every variable must be declared before it is used. QM's manual names the DIMENSION
// statement as the declaration (DIM X declares a scalar, DIM X(n) a matrix); mvbasic also counts the
// names a COMMON statement lists and a routine's parameters, LOCAL routine parameters and PRIVATE
// variables, which QM's compiler knows before any use as well. The check runs where the code generator
// loads or stores a named variable, so an undeclared name is reported at its own file:line:col, once.
#include "compiler/codegen.hpp"

namespace mv::compiler {

void CodeGen::check_declared(const std::string& name, Location loc) {
  if (!explicit_ || name.empty() || name[0] == '~' || name[0] == '@') return;
  if (declared_.count(name) || is_matrix(name) || (local_ >= 0 && scope_.count(name))) return;
  if (!undeclared_reported_.insert(name).second) return;
  diags_.error(loc, "variable " + name + " is not declared ($MODE EXPLICIT)");
}

}  // namespace mv::compiler
