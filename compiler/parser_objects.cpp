// Class modules and objects: CLASS name {MAX.ARGS n} {INHERITS a, b}, PUBLIC and PRIVATE variables (kept
// per object), PUBLIC SUBROUTINE/FUNCTION, GET and SET routines (each ended by END), INHERIT and
// DISINHERIT, and, in any program, OBJECT(class, args), obj->name(args) and ME. A routine of a class is
// compiled in line, jumped over, and recorded in the program's ClassInfo with its entry and parameters; the
// VM enters it in a frame of its own whose PUBLIC and PRIVATE variables are the object's.
#include "compiler/parser.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

void Parser::class_statement(const Token& kw) {
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected the class name after CLASS");
    skip_to_line_end();
    return;
  }
  take();
  if (class_.active || gen_.program().kind != runtime::UnitKind::Main) {
    diags_.error(kw.loc, "CLASS must be the first statement of its module, and there is only one");
    return;
  }
  gen_.set_unit(runtime::UnitKind::Class, name.text, {});
  class_.active = true;
  if (accept_word("MAX.ARGS")) {
    Token n = peek();
    int value = n.kind == Tok::Number ? std::atoi(n.text.c_str()) : 0;
    if (value < 1 || value > 255)
      error_here("MAX.ARGS needs a number from 1 to 255");
    else
      class_.max_args = static_cast<size_t>(value);
    if (n.kind == Tok::Number) take();
  }
  if (!accept_word("INHERITS")) return;
  do {
    if (at_op("!") || at_op("*")) take();  // a catalogue prefix
    Token c = peek();
    if (c.kind != Tok::Ident) {
      error_here("expected a class name after INHERITS");
      return;
    }
    take();
    class_.inherits.push_back(c.text);
    // Each inherited object lives in a PRIVATE variable named after its class (Parent->name reaches it).
    runtime::ClassVar v;
    v.name = c.text;
    v.slot = static_cast<uint32_t>(gen_.var_slot(c.text));
    gen_.declare_variable(c.text);
    gen_.program().cls.vars.push_back(v);
  } while (accept_op(","));
  // The code that creates and inherits them: CREATE.OBJECT runs it first, or it is CREATE.OBJECT.
  size_t skip = gen_.emit_jump(Op::JUMP);
  gen_.program().cls.inherit_entry = static_cast<int32_t>(gen_.here());
  emit_inheritance(kw.loc);
  gen_.emit(Op::RETURN);
  gen_.patch(skip, gen_.here());
}

void Parser::emit_inheritance(Location loc) {
  for (const std::string& c : class_.inherits) {
    auto create = make_expr(ExprKind::ObjectNew, loc);
    create->kids.push_back(make_expr(ExprKind::String, loc, c));
    gen_.assign(*make_expr(ExprKind::Var, loc, c), *create, loc);
    gen_.emit(Op::LOAD, gen_.var_slot(c));
    gen_.emit(Op::OBJ_INHERIT);
  }
}

void Parser::public_statement(const Token& kw) {
  if (accept_word("SUBROUTINE") || accept_word("SUB")) {
    class_routine(kw, ClassRoutineKind::Subroutine);
  } else if (accept_word("FUNCTION")) {
    class_routine(kw, ClassRoutineKind::Function);
  } else if (!class_.active || class_.in_routine || gen_.in_local()) {
    diags_.error(kw.loc, "PUBLIC variables are declared in a CLASS module, before its routines");
    skip_to_line_end();
  } else {
    persistent_variables(true);
  }
}

void Parser::get_statement(const Token& kw) { class_routine(kw, ClassRoutineKind::Get); }
void Parser::set_statement(const Token& kw) { class_routine(kw, ClassRoutineKind::Set); }

// SHARED {PUBLIC | PRIVATE} A, B(2): variables every object of the class shares (PRIVATE when neither is
// written).
void Parser::shared_statement(const Token& kw) {
  bool is_public = accept_word("PUBLIC");
  if (!is_public) accept_word("PRIVATE");
  if (!class_.active || class_.in_routine || gen_.in_local()) {
    diags_.error(kw.loc, "SHARED variables are declared in a CLASS module, before its routines");
    skip_to_line_end();
    return;
  }
  persistent_variables(is_public, true);
}

// PUBLIC A, B(3), C READONLY / PRIVATE X, Y(2, 3): variables each object keeps between calls.
void Parser::persistent_variables(bool is_public, bool shared) {
  runtime::ClassInfo& cls = gen_.program().cls;
  for (bool first = true;; first = false) {
    if (!first) skip_line_continuation();  // the list goes on after a comma at the end of a line
    Token v = peek();
    if (v.kind != Tok::Ident) {
      error_here(is_public ? "expected a variable name after PUBLIC"
                           : "expected a variable name after PRIVATE");
      skip_to_line_end();
      return;
    }
    take();
    runtime::ClassVar cv;
    cv.name = v.text;
    cv.is_public = is_public;
    cv.shared = shared;
    if (accept_op("(")) {
      Token r = peek();
      cv.rows = r.kind == Tok::Number ? std::atoi(r.text.c_str()) : 0;
      if (r.kind == Tok::Number) take();
      if (accept_op(",")) {
        Token c = peek();
        cv.cols = c.kind == Tok::Number ? std::atoi(c.text.c_str()) : 0;
        if (c.kind == Tok::Number) take();
        if (cv.cols < 1) diags_.error(c.loc, "a matrix's column count is a number of at least 1");
      }
      if (cv.rows < 1) diags_.error(r.loc, "a matrix's row count is a number of at least 1");
      expect_op(")", "to close the matrix dimensions");
      gen_.declare_matrix(v.text);
    }
    if (is_public && accept_word("READONLY")) cv.readonly = true;
    for (const runtime::ClassVar& other : cls.vars)
      if (other.name == cv.name) diags_.error(v.loc, v.text + " is already declared in this class");
    cv.slot = static_cast<uint32_t>(gen_.var_slot(v.text));
    gen_.declare_variable(v.text);
    cls.vars.push_back(cv);
    if (!accept_op(",")) break;
  }
}

// A routine's parameters: (A, (B), MAT C, D = default, ...), where "..." stands for unnamed arguments up to
// MAX.ARGS. A default is assigned on entry when the call passes fewer arguments, so it makes the routine
// VAR.ARGS.
std::vector<std::string> Parser::method_parameters(bool& var_args, std::vector<ExprPtr>& defaults) {
  std::vector<std::string> params;
  if (!accept_op("(") || accept_op(")")) return params;
  do {
    skip_line_continuation();
    if (accept_op("...")) {
      var_args = true;
      for (size_t i = params.size() + 1; i <= class_.max_args; ++i)
        params.push_back("~ARG." + std::to_string(i));
      break;
    }
    bool is_mat = accept_word("MAT");
    bool by_value = !is_mat && accept_op("(");
    Token p = peek();
    if (p.kind != Tok::Ident) {
      error_here("expected a parameter name");
      return params;
    }
    take();
    if (by_value && !expect_op(")", "after the by-value parameter")) return params;
    if (is_mat) gen_.declare_matrix(p.text);
    params.push_back(by_value ? kByValuePrefix + p.text : p.text);
    defaults.resize(params.size());
    if (accept_op("=")) {
      defaults.back() = expression();
      var_args = true;
    }
  } while (accept_op(","));
  expect_op(")", "to close the parameter list");
  return params;
}

// A parameter's default value is assigned on entry when the call passed fewer arguments:
// IF ARG.COUNT() < n THEN param = default.
void Parser::parameter_defaults(const std::vector<ExprPtr>& defaults, Location loc) {
  for (size_t i = 0; i < defaults.size(); ++i) {
    if (!defaults[i]) continue;
    gen_.emit(Op::LOAD, gen_.var_slot(runtime::kArgCountVar));
    gen_.emit(Op::PUSH_INT, static_cast<int32_t>(i + 1));
    gen_.emit(Op::LT);
    size_t passed = gen_.emit_jump(Op::JUMP_FALSE);
    gen_.assign(*make_expr(ExprKind::Var, loc, var_args_params_[i]), *defaults[i], loc);
    gen_.patch(passed, gen_.here());
  }
}

// PUBLIC SUBROUTINE/FUNCTION, GET and SET: the header, then the body up to its END, which code around it
// jumps over; the routine is recorded in the class's table with its entry and parameters.
void Parser::class_routine(const Token& kw, ClassRoutineKind kind) {
  static const char* const kWords[] = {"PUBLIC SUBROUTINE", "PUBLIC FUNCTION", "GET", "SET"};
  const std::string what = kWords[static_cast<int>(kind)];
  if (!class_.active || class_.in_routine || gen_.in_local()) {
    diags_.error(kw.loc, class_.active ? what + " cannot be defined inside another routine (END it first)"
                                       : what + " is only allowed in a CLASS module");
    skip_to_line_end();
    return;
  }
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected the name of the " + what);
    skip_to_line_end();
    return;
  }
  take();
  bool var_args = false;
  std::vector<ExprPtr> defaults;
  std::vector<std::string> params = method_parameters(var_args, defaults);
  if (accept_word("VAR.ARGS")) var_args = true;
  const bool is_get = kind == ClassRoutineKind::Function || kind == ClassRoutineKind::Get;
  runtime::ClassInfo& cls = gen_.program().cls;
  if (cls.routine(name.text, is_get))
    diags_.error(name.loc, name.text + (is_get ? " already has a PUBLIC FUNCTION or GET routine"
                                               : " already has a PUBLIC SUBROUTINE or SET routine"));
  // The body is reached only through obj->name, never by falling into it.
  size_t skip = gen_.emit_jump(Op::JUMP);
  runtime::ClassRoutine r;
  r.name = name.text;
  r.entry = static_cast<uint32_t>(gen_.here());
  r.is_get = is_get;
  r.var_args = var_args;
  for (const std::string& p : params) {
    r.param_slots.push_back(static_cast<uint32_t>(gen_.var_slot(p)));
    gen_.declare_variable(p.rfind('~', 0) == 0 ? p.substr(p.find('.') + 1) : p);
  }
  cls.routines.push_back(r);
  gen_.set_function_unit(is_get);
  copy_by_value_parameters(params);
  var_args_ = false;
  if (var_args) var_args_header(params);
  parameter_defaults(defaults, name.loc);
  if (name.text == "CREATE.OBJECT" && !is_get && cls.inherit_entry >= 0)
    gen_.emit(Op::GOSUB, cls.inherit_entry);
  class_.in_routine = true;
  statements_until({"END"});
  class_.in_routine = false;
  if (!accept_word("END")) diags_.error(kw.loc, what + " " + name.text + " has no END");
  gen_.emit(Op::RETURN);
  gen_.patch(skip, gen_.here());
  gen_.set_function_unit(false);
  var_args_ = false;
}

void Parser::inherit_statement(const Token& kw) {
  if (!class_.active) diags_.error(kw.loc, "INHERIT is only allowed in a CLASS module");
  gen_.expr(*expression());
  gen_.emit(Op::OBJ_INHERIT);
}

void Parser::disinherit_statement(const Token& kw) {
  if (!class_.active) diags_.error(kw.loc, "DISINHERIT is only allowed in a CLASS module");
  gen_.expr(*expression());
  gen_.emit(Op::OBJ_DISINHERIT);
}

// OBJECT(class {, args}): the class's catalogue name (or an object to copy), then CREATE.OBJECT's arguments.
ExprPtr Parser::object_new(const Token& name) {
  take();  // '('
  auto e = make_expr(ExprKind::ObjectNew, name.loc, name.text);
  if (!accept_op(")")) {
    e->kids = call_arguments();
    expect_op(")", "to close the OBJECT() arguments");
  }
  if (e->kids.empty()) {
    diags_.error(name.loc, "OBJECT() needs the name of a class: OBJECT(\"CLASSNAME\" {, args})");
    e->kids.push_back(make_expr(ExprKind::String, name.loc, ""));
  }
  return e;
}

// base->name{(args)}, read as a value; the statement forms turn the last link into a set.
ExprPtr Parser::object_reference(ExprPtr base) {
  take();  // '-'
  take();  // '>'
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected a property or method name after ->");
    return base;
  }
  take();
  auto e = make_expr(ExprKind::ObjectRef, name.loc, name.text);
  e->builtin = 1;
  e->kids.push_back(std::move(base));
  if (at_op("(") && !peek().space_before) {
    take();
    if (!accept_op(")")) {
      for (ExprPtr& a : call_arguments()) e->kids.push_back(std::move(a));
      expect_op(")", "to close the argument list");
    }
  }
  return e;
}

// obj->method(args) runs a PUBLIC SUBROUTINE or SET routine; obj->name(args) = value passes the value as
// the last argument (or assigns a PUBLIC variable); obj->name += value and the like read, then set.
void Parser::object_statement() {
  Location loc = peek().loc;
  size_t errors = diags_.error_count();
  ExprPtr target = postfix(primary());
  // obj->name<f{, v{, s}}> = x reads the property, replaces the field and sets the property.
  ExprPtr field;
  if (target->kind == ExprKind::Extract && target->kids[0]->kind == ExprKind::ObjectRef) {
    field = std::move(target);
    target = field->kids[0]->clone();
  }
  if (target->kind != ExprKind::ObjectRef) {
    if (diags_.error_count() == errors) diags_.error(loc, "expected obj->name as a statement");
    skip_to_line_end();
    return;
  }
  static const std::pair<const char*, const char*> kCompound[] = {
      {"+=", "+"}, {"-=", "-"}, {"*=", "*"}, {"/=", "/"}, {":=", ":"}};
  ExprPtr value;
  if (accept_op("=")) {
    ++ident_masks_;
    value = expression();
    --ident_masks_;
  } else {
    for (const auto& [tok, bin] : kCompound) {
      if (!at_op(tok)) continue;
      Location at = take().loc;
      value = make_expr(ExprKind::Binary, at, bin);
      value->kids.push_back(field ? field->clone() : target->clone());
      value->kids.push_back(expression());
      break;
    }
  }
  if (field && !value) {
    error_here("expected '=' after obj->name<field>");
    return;
  }
  if (field) {
    auto replace = make_expr(ExprKind::Builtin, loc, "REPLACE");
    stdlib::BuiltinId id;
    stdlib::find_builtin("REPLACE", id);
    replace->builtin = static_cast<int>(id);
    for (ExprPtr& k : field->kids) replace->kids.push_back(std::move(k));
    while (replace->kids.size() < 4) replace->kids.push_back(make_expr(ExprKind::Number, loc, "0"));
    replace->kids.push_back(std::move(value));
    value = std::move(replace);
  }
  if (value) {
    value->parenthesized = true;  // the value is passed as a value, never as a reference to a variable
    target->kids.push_back(std::move(value));
  }
  target->builtin = 0;
  gen_.object_expr(*target);
}

}  // namespace mv::compiler
