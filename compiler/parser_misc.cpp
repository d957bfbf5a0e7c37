// Miscellaneous statements bound in statements.def.
#include "compiler/parser.hpp"

namespace mv::compiler {

// VOID expr: evaluates the expression for its side effects and discards the value.
void Parser::void_statement(const Token&) {
  gen_.expr(*expression());
  gen_.emit(Op::POP);
}

}  // namespace mv::compiler
