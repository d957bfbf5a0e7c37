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

// After a comma that continues a list on the next line: a ';*' (or ';!') comment ending the line and the
// line breaks. The comment's text is skipped raw, so it may hold anything.
void Parser::skip_line_continuation() {
  for (;;) {
    if (peek().kind == Tok::Newline) {
      take();
      continue;
    }
    const Token& c = peek(1);
    if (peek().kind != Tok::Semi || c.kind != Tok::Op || (c.text[0] != '*' && c.text != "!")) return;
    if (buf_.size() == 2) {
      buf_.clear();
      lexers_.back()->skip_rest_of_line();
    } else {
      skip_to_line_end();
    }
  }
}

// SUBROUTINE S((A), B): the parameter's slot holds the caller's variable, and the routine's first
// instructions copy it into A, a variable of the routine's own (private in a LOCAL routine), so assigning A
// leaves the caller's variable alone. An unassigned argument is copied as unassigned.
void Parser::copy_by_value_parameters(std::vector<std::string>& params) {
  const std::string prefix = kByValuePrefix;
  for (const std::string& p : params) {
    if (p.rfind(prefix, 0) != 0) continue;
    std::string name = p.substr(prefix.size());
    if (gen_.in_local()) gen_.declare_private(name);
    gen_.emit(Op::LOAD_ANY, gen_.var_slot(p));
    gen_.emit(Op::STORE, gen_.var_slot(name));
  }
}

// SUB name(args) is SUBROUTINE name(args).
void Parser::sub_statement(const Token&) { unit_header(false); }

}  // namespace mv::compiler
