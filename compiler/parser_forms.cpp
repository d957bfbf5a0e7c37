// Program-structure forms of issue 10 that the older parser files do not cover: assignment to @variables,
// SUB, CALL of catalogued names, by-value parameters, SUBR(), CLEARCOMMON and the Pick FILE statement.
#include <algorithm>

#include "compiler/parser.hpp"
#include "compiler/suggest.hpp"
#include "runtime/bytecode.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

// The target of an assignment to @NAME: a process-wide cell for the @variables QM lets a program assign,
// @SYSTEM.SET (compiled by CodeGen::assign), and otherwise an error that names the @variable.
ExprPtr Parser::at_variable_target(const Token& name) {
  std::string cell;
  if (gen_.syscom_var(name.text, cell)) return make_expr(ExprKind::Var, name.loc, cell);
  const std::vector<std::string>& names = at_variable_names();
  bool known = std::binary_search(names.begin(), names.end(), name.text);
  if (name.text != "@SYSTEM.SET")
    diags_.error(name.loc,
                 known ? name.text + " cannot be assigned"
                       : "unknown @variable " + name.text + did_you_mean(name.text, at_variable_names()));
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

// SUBROUTINE name(params) VAR.ARGS: a call may pass fewer arguments; the VM stores how many were passed in
// the hidden kArgCountVar variable, which ARG.COUNT() reads.
void Parser::var_args_header(const std::vector<std::string>& params) {
  var_args_ = true;
  const std::string prefix = kByValuePrefix;
  var_args_params_.clear();
  for (const std::string& p : params)
    var_args_params_.push_back(p.rfind(prefix, 0) == 0 ? p.substr(prefix.size()) : p);
  gen_.var_slot(runtime::kArgCountVar);
}

// ARG.COUNT(): the number of arguments passed; ARG(n): the value of parameter n (null beyond the last).
ExprPtr Parser::var_args_function(const Token& name) {
  take();  // '('
  ExprPtr n;
  if (name.text == "ARG") n = expression();
  expect_op(")", "to close the argument list");
  if (!var_args_) {
    diags_.error(name.loc, name.text + "() is only allowed in a SUBROUTINE or FUNCTION declared VAR.ARGS");
    return make_expr(ExprKind::String, name.loc, "");
  }
  if (!n) return make_expr(ExprKind::Var, name.loc, runtime::kArgCountVar);
  // IF n = 1 THEN p1 ELSE IF n = 2 THEN p2 ... ELSE "".
  ExprPtr e = make_expr(ExprKind::String, name.loc, "");
  for (size_t i = var_args_params_.size(); i-- > 0;) {
    auto test = make_expr(ExprKind::Binary, name.loc, "=");
    test->kids.push_back(n->clone());
    test->kids.push_back(make_expr(ExprKind::Number, name.loc, std::to_string(i + 1)));
    auto choice = make_expr(ExprKind::IfExpr, name.loc);
    choice->kids.push_back(std::move(test));
    choice->kids.push_back(make_expr(ExprKind::Var, name.loc, var_args_params_[i]));
    choice->kids.push_back(std::move(e));
    e = std::move(choice);
  }
  return e;
}

// SET.ARG n, value: assigns parameter n of a VAR.ARGS routine (the caller's variable when passed by
// reference).
void Parser::set_arg_statement(const Token& kw) {
  ExprPtr n = expression();
  if (!expect_op(",", "between SET.ARG's argument number and value")) return;
  ExprPtr value = expression();
  if (!var_args_) {
    diags_.error(kw.loc, "SET.ARG is only allowed in a SUBROUTINE or FUNCTION declared VAR.ARGS");
    return;
  }
  int n_slot = gen_.temp_slot();
  int v_slot = gen_.temp_slot();
  gen_.expr(*n);
  gen_.emit(Op::STORE, n_slot);
  gen_.expr(*value);
  gen_.emit(Op::STORE, v_slot);
  std::vector<size_t> to_end;
  for (size_t i = 0; i < var_args_params_.size(); ++i) {
    gen_.emit(Op::LOAD, n_slot);
    gen_.emit(Op::PUSH_INT, static_cast<int32_t>(i + 1));
    gen_.emit(Op::EQ);
    size_t next = gen_.emit_jump(Op::JUMP_FALSE);
    gen_.emit(Op::LOAD, v_slot);
    gen_.emit(Op::STORE, gen_.var_slot(var_args_params_[i]));
    to_end.push_back(gen_.emit_jump(Op::JUMP));
    gen_.patch(next, gen_.here());
  }
  for (size_t j : to_end) gen_.patch(j, gen_.here());
}

// SUBR(name {, args}): calls the SUBROUTINE whose name the first argument gives, with a hidden first argument
// that receives the result (as QM compiles a FUNCTION), and is that result. Arguments pass by value.
ExprPtr Parser::subr_function(const Token& name) {
  take();  // '('
  auto e = make_expr(ExprKind::FuncCall, name.loc, "SUBR");
  e->builtin = CodeGen::kSubrCall;
  if (at_op(")")) {
    diags_.error(name.loc, "SUBR needs the name of the subroutine to call");
  } else {
    do {
      skip_line_continuation();
      ExprPtr a = expression();
      a->parenthesized = true;  // by value, as QM passes SUBR's arguments
      e->kids.push_back(std::move(a));
    } while (accept_op(","));
  }
  expect_op(")", "to close the argument list");
  if (e->kids.empty()) e->kids.push_back(make_expr(ExprKind::String, name.loc, ""));
  return e;
}

// CLEARCOMMON {name} (also written CLEAR COMMON {name}): the variables of the unnamed COMMON, or of the
// named block, become 0 (every element, for a matrix). mvbasic resets those this unit declares, which are
// the ones it can see.
void Parser::clearcommon_statement(const Token&) {
  const std::vector<std::string>* members = &unnamed_common_;
  if (peek().kind == Tok::Ident && !at_statement_end()) {
    Token block = take();
    auto it = named_common_.find(block.text);
    if (it == named_common_.end()) {
      diags_.error(block.loc, "CLEARCOMMON: this program declares no COMMON block named " + block.text);
      return;
    }
    members = &it->second;
  }
  for (const std::string& name : *members) {
    gen_.emit(Op::PUSH_INT, 0);
    gen_.emit(gen_.is_matrix(name) ? Op::MAT_FILL : Op::STORE, gen_.var_slot(name));
  }
}

// SUB name(args) is SUBROUTINE name(args).
void Parser::sub_statement(const Token&) { unit_header(false); }

}  // namespace mv::compiler
