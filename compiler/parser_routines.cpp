// Routines: SUBROUTINE/FUNCTION headers, CALL, DEFFUN, COMMON, LOCAL SUBROUTINE/FUNCTION with PRIVATE
// variables, GOSUB with arguments, RETURN with a value, and the MAT/MATPARSE/MATBUILD matrix statements.
#include "compiler/parser.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

std::vector<std::string> Parser::parameter_list() {
  std::vector<std::string> params;
  param_defaults_.clear();
  if (!accept_op("(")) return params;
  if (accept_op(")")) return params;
  do {
    skip_line_continuation();
    bool is_mat = accept_word("MAT");
    bool by_value = !is_mat && accept_op("(");  // SUBROUTINE S((A), B): A is a copy of the argument
    Token p = peek();
    if (p.kind != Tok::Ident) {
      error_here("expected a parameter name");
      return params;
    }
    take();
    if (!is_mat && accept_op("=")) {
      // name = value: a default (VAR.ARGS, $MODE DEFAULT.UNASS.ARGS), inside the brackets when by value.
      if (ExprPtr d = parameter_default()) param_defaults_.emplace_back(params.size(), std::move(d));
    }
    if (by_value && !expect_op(")", "after the by-value parameter")) return params;
    if (is_mat) gen_.declare_matrix(p.text);
    params.push_back(by_value ? kByValuePrefix + p.text : p.text);
  } while (accept_op(","));
  expect_op(")", "to close the parameter list");
  return params;
}

std::vector<ExprPtr> Parser::call_arguments() {
  std::vector<ExprPtr> args;
  do {
    skip_line_continuation();
    if (at_word("MAT") && peek(1).kind == Tok::Ident) {
      Location loc = take().loc;
      args.push_back(make_expr(ExprKind::MatRef, loc, take().text));
    } else {
      args.push_back(expression());
    }
  } while (accept_op(","));
  return args;
}

void Parser::unit_header(bool is_function) {
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here(is_function ? "expected the FUNCTION name" : "expected the SUBROUTINE name");
    return;
  }
  take();
  std::vector<std::string> params = parameter_list();
  // MAT parameters are matrices inside the routine.
  gen_.set_unit(is_function ? runtime::UnitKind::Function : runtime::UnitKind::Subroutine, name.text, params);
  std::vector<std::string> declared = params;
  copy_by_value_parameters(params);
  bool var_args = accept_word("VAR.ARGS");
  if (var_args) var_args_header(params);
  apply_parameter_defaults(declared, var_args, name.loc);
}

void Parser::call_statement() {
  Token name = peek();
  Op op = Op::CALL;
  if (name.kind == Tok::Ident && name.text == "@") {
    take();
    name = peek();
    op = Op::CALL_VAR;
  } else if (name.kind == Tok::Ident && name.text.size() > 1 && name.text[0] == '@') {
    name.text = name.text.substr(1);  // "@NAME" lexes as one word
    op = Op::CALL_VAR;
  }
  if (op == Op::CALL && name.kind == Tok::Op && (name.text == "!" || name.text == "*") &&
      peek(1).kind == Tok::Ident && !peek(1).space_before) {
    // CALL !NAME and CALL *NAME name catalogued routines; mvbasic finds them by the plain name.
    take();
    name = peek();
  }
  if (name.kind != Tok::Ident) {
    error_here("expected the name of the routine to CALL");
    return;
  }
  take();
  std::string target = name.text;
  std::vector<ExprPtr> args;
  if (accept_op("(")) {
    if (!accept_op(")")) {
      args = call_arguments();
      expect_op(")", "to close the CALL arguments");
    }
  }
  gen_.call(op, target, args, name.loc);
}

void Parser::deffun_statement() {
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected the function name after DEFFUN");
    return;
  }
  take();
  std::vector<std::string> params = parameter_list();
  FunctionDecl d;
  d.target = name.text;
  d.arity = params.size();
  for (;;) {
    if (accept_word("CALLING")) {
      Token t = peek();
      if (t.kind == Tok::String || t.kind == Tok::Ident) {
        take();
        d.target = t.text;
      } else {
        error_here("expected the routine name after CALLING");
      }
    } else if (accept_word("LOCAL")) {
      d.local = true;
    } else if (accept_word("VAR.ARGS")) {
      d.var_args = true;  // calls may pass fewer arguments than declared
    } else if (accept_word("KEY")) {
      Token k = peek();
      if (k.kind == Tok::Number || k.kind == Tok::String) {
        take();
        d.has_key = true;
        d.key_is_string = k.kind == Tok::String;
        d.key = k.text;
      } else {
        error_here("expected a number or a string after KEY");
      }
    } else {
      break;
    }
  }
  functions_[name.text] = d;
}

void Parser::common_statement() {
  std::string block;
  if (accept_op("/")) {
    Token b = peek();
    if (b.kind != Tok::Ident) {
      error_here("expected the COMMON block name");
      return;
    }
    take();
    block = b.text;
    expect_op("/", "after the COMMON block name");
  }
  std::vector<std::string> names;
  std::vector<std::pair<std::string, std::vector<ExprPtr>>> matrices;
  do {
    skip_line_continuation();
    Token v = peek();
    if (v.kind != Tok::Ident) {
      error_here("expected a COMMON variable name");
      return;
    }
    take();
    if (at_op("(")) {
      // COMMON /X/ M(3), Y: the cell holds the matrix, dimensioned when the statement runs.
      take();
      std::vector<ExprPtr> dims;
      dims.push_back(expression());
      if (accept_op(",")) dims.push_back(expression());
      if (!expect_op(")", "to close the matrix dimensions")) return;
      gen_.declare_matrix(v.text);
      matrices.emplace_back(v.text, std::move(dims));
    }
    names.push_back(v.text);
  } while (accept_op(","));
  gen_.declare_common(block, names);
  if (modes_.count("UNASSIGNED.COMMON")) gen_.var_slot(runtime::kUnassignedCommonVar);
  std::vector<std::string>& members = block.empty() ? unnamed_common_ : named_common_[block];
  members.insert(members.end(), names.begin(), names.end());
  for (auto& [name, dims] : matrices) {
    int slot = gen_.var_slot(name);
    gen_.emit(Op::LOAD_ANY, slot);
    gen_.expr(*dims[0]);
    if (dims.size() > 1)
      gen_.expr(*dims[1]);
    else
      gen_.emit(Op::PUSH_INT, 0);
    gen_.emit(Op::CALL_BUILTIN, static_cast<int32_t>(stdlib::BuiltinId::COMMON_MATRIX));
    gen_.emit_word(3);
    gen_.emit(Op::STORE, slot);
  }
}

void Parser::local_routine(Location loc) {
  bool is_function = at_word("FUNCTION");
  if (!accept_word("FUNCTION") && !accept_word("SUBROUTINE")) {
    error_here("expected SUBROUTINE or FUNCTION after LOCAL");
    return;
  }
  if (gen_.in_local()) {
    diags_.error(loc, "a LOCAL routine cannot be defined inside another");
    return;
  }
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected the LOCAL routine's name");
    return;
  }
  take();
  std::vector<std::string> params = parameter_list();
  // The body is reached only by calls, never by falling into it.
  size_t skip = gen_.emit_jump(Op::JUMP);
  gen_.begin_local(name.text, is_function, params, name.loc);
  copy_by_value_parameters(params);
  statements_until({"END"});
  if (!accept_word("END")) diags_.error(loc, "LOCAL " + name.text + " has no END");
  gen_.emit(Op::RETURN);
  gen_.end_local();
  gen_.patch(skip, gen_.here());
}

void Parser::private_statement() {
  if (class_.active && !gen_.in_local() && !class_.in_routine) {
    persistent_variables(false);  // a CLASS module's PRIVATE variables, one set per object
    return;
  }
  if (!gen_.in_local()) {
    error_here("PRIVATE is only allowed inside a LOCAL SUBROUTINE or LOCAL FUNCTION");
    skip_to_line_end();
    return;
  }
  do {
    Token v = peek();
    if (v.kind != Tok::Ident) {
      error_here("expected a variable name after PRIVATE");
      return;
    }
    take();
    gen_.declare_private(v.text);
  } while (accept_op(","));
}

void Parser::gosub_statement() {
  auto [name, loc] = label_name();
  if (at_op("(") && !peek().space_before) {
    // GOSUB NAME(args) calls a LOCAL SUBROUTINE.
    take();
    std::vector<ExprPtr> args;
    if (!accept_op(")")) {
      args = call_arguments();
      expect_op(")", "to close the GOSUB arguments");
    }
    gen_.call(Op::CALL_LOCAL, name, args, loc);
    return;
  }
  gen_.jump_to_label(Op::GOSUB, name, loc);
}

void Parser::return_statement() {
  if (accept_word("TO")) {
    auto [name, loc] = label_name();
    leave_try_bodies(0);
    gen_.jump_to_label(Op::RETURN_TO, name, loc);
    return;
  }
  if (gen_.in_function() && !at_statement_end() && !at_word("ELSE") && !at_word("END")) {
    gen_.expr(*expression());
    leave_try_bodies(0);
    gen_.emit(Op::RETURN_VALUE);
    return;
  }
  leave_try_bodies(0);
  gen_.emit(Op::RETURN);
}

// MAT A = expr fills every element; MAT A = MAT B copies element by element.
void Parser::mat_statement() {
  Token name = peek();
  if (name.kind != Tok::Ident || !gen_.is_matrix(name.text)) {
    error_here("expected a dimensioned matrix after MAT");
    skip_to_line_end();
    return;
  }
  take();
  if (!expect_op("=", "in the MAT assignment")) return;
  if (accept_word("MAT")) {
    Token from = peek();
    if (from.kind == Tok::Ident && peek(1).is_op("{")) return mat_from_element(name);  // MAT A = MAT c{path}
    if (from.kind != Tok::Ident || !gen_.is_matrix(from.text)) {
      error_here("expected a dimensioned matrix after MAT");
      return;
    }
    take();
    gen_.emit(Op::MAT_COPY, gen_.var_slot(name.text));
    gen_.emit_word(static_cast<uint32_t>(gen_.var_slot(from.text)));
    return;
  }
  gen_.expr(*expression());
  gen_.emit(Op::MAT_FILL, gen_.var_slot(name.text));
}

void Parser::matparse_statement() {
  Token name = peek();
  if (name.kind != Tok::Ident || !gen_.is_matrix(name.text)) {
    error_here("expected a dimensioned matrix after MATPARSE");
    return;
  }
  take();
  expect_word("FROM", "in MATPARSE");
  gen_.expr(*expression());
  if (accept_op(",") || accept_word("USING")) gen_.expr(*expression());
  else gen_.expr(*make_expr(ExprKind::String, name.loc, "\xFE"));
  gen_.emit(Op::MAT_PARSE, gen_.var_slot(name.text));
  if (accept_word("SETTING")) {
    // SETTING var receives the count INMAT() would report.
    ExprPtr target = lvalue();
    auto call = make_expr(ExprKind::Builtin, name.loc, "INMAT");
    call->builtin = static_cast<int>(stdlib::BuiltinId::INMAT);
    gen_.assign(*target, *call, name.loc);
  }
}

void Parser::matbuild_statement() {
  Token target = peek();
  if (target.kind != Tok::Ident) {
    error_here("expected a variable after MATBUILD");
    return;
  }
  take();
  expect_word("FROM", "in MATBUILD");
  Token from = peek();
  if (from.kind != Tok::Ident || !gen_.is_matrix(from.text)) {
    error_here("expected a dimensioned matrix after FROM");
    return;
  }
  take();
  int parts = 0;
  while (parts < 2 && accept_op(",")) {
    gen_.expr(*expression());
    ++parts;
  }
  for (; parts < 2; ++parts) gen_.emit(Op::PUSH_INT, 0);
  if (accept_word("USING")) gen_.expr(*expression());
  else gen_.expr(*make_expr(ExprKind::String, from.loc, "\xFE"));
  gen_.emit(Op::MAT_BUILD, gen_.var_slot(target.text));
  gen_.emit_word(static_cast<uint32_t>(gen_.var_slot(from.text)));
}

}  // namespace mv::compiler
