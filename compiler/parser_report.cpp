// The report statements: HEADING {NO.EJECT} {ON unit} text, FOOTING {ON unit} text and PAGE {ON unit} {n}.
// Each is a call of its statement built-in (stdlib/terminal/report.cpp) with the print unit first, 0 when none is
// named, which is the display unless PRINTER ON is in effect.
#include "compiler/parser.hpp"

namespace mv::compiler {

void Parser::report_statement(const std::string& w, Location loc) {
  auto num = [loc](int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); };
  bool eject = !(w == "HEADING" && accept_word("NO.EJECT")) && !modes_.count("HEADING.NO.EJECT");
  auto call = make_expr(ExprKind::Builtin, loc, w);
  call->builtin = static_cast<int>(w == "HEADING"   ? stdlib::BuiltinId::HEADING_STMT
                                   : w == "FOOTING" ? stdlib::BuiltinId::FOOTING_STMT
                                                    : stdlib::BuiltinId::PAGE_STMT);
  call->kids.push_back(accept_word("ON") ? additive() : num(0));
  if (w == "PAGE") {
    // PAGE alone keeps the page numbering; PAGE n numbers the new page n (-1: not given).
    bool bare = at_statement_end() || at_word("ELSE") || at_word("THEN");
    call->kids.push_back(bare ? num(-1) : expression());
  } else {
    call->kids.push_back(expression());
    if (w == "HEADING") call->kids.push_back(num(eject ? 1 : 0));
  }
  gen_.expr(*call);
  gen_.emit(Op::POP);
}

}  // namespace mv::compiler
