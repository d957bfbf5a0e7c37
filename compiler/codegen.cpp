// Expression code generation and the bookkeeping the parser needs: slots, constants, labels, lines.
#include "compiler/codegen.hpp"

#include "compiler/suggest.hpp"
#include "runtime/numeric.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

using runtime::encode;

CodeGen::CodeGen(Diagnostics& diags, runtime::Program& program) : diags_(diags), program_(program) {}

int CodeGen::var_slot(const std::string& name) {
  if (local_ >= 0) {
    auto scoped = scope_.find(name);
    if (scoped != scope_.end()) return scoped->second;
  }
  auto it = vars_.find(name);
  if (it != vars_.end()) return it->second;
  int slot = static_cast<int>(program_.var_names.size());
  program_.var_names.push_back(name);
  vars_.emplace(name, slot);
  return slot;
}

int CodeGen::temp_slot() {
  std::string name = "~T" + std::to_string(temps_++);
  // Inside a LOCAL routine temporaries are private, so a recursive call cannot clobber a FOR loop's limit.
  if (local_ >= 0) declare_private(name);
  return var_slot(name);
}

int CodeGen::string_constant(const std::string& s) {
  auto it = string_consts_.find(s);
  if (it != string_consts_.end()) return it->second;
  int k = static_cast<int>(program_.constants.size());
  program_.constants.push_back(runtime::Constant{runtime::Constant::Type::Str, s, 0, 0});
  string_consts_.emplace(s, k);
  return k;
}

int CodeGen::number_constant(const std::string& text, Location loc) {
  runtime::Constant c;
  c.text = text;
  bool negative = !text.empty() && text[0] == '-';
  std::string digits = negative ? text.substr(1) : text;
  if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
    c.type = runtime::Constant::Type::Int;
    if (digits.size() > 18) diags_.error(loc, "hexadecimal constant '" + text + "' is too large");
    else c.i = static_cast<int64_t>(std::stoull(digits.substr(2), nullptr, 16)) * (negative ? -1 : 1);
  } else {
    runtime::Number n;
    if (!runtime::parse_strict(text, n) && !runtime::parse_lenient(text, n)) {
      diags_.error(loc, "malformed number '" + text + "'");
    }
    c.type = n.is_int ? runtime::Constant::Type::Int : runtime::Constant::Type::Float;
    c.i = n.i;
    c.f = n.f;
  }
  program_.constants.push_back(c);
  return static_cast<int>(program_.constants.size() - 1);
}

void CodeGen::emit(Op op, int32_t a) { program_.code.push_back(encode(op, a)); }

size_t CodeGen::emit_jump(Op op) {
  emit(op, 0);
  return here() - 1;
}

void CodeGen::patch(size_t at, size_t target) {
  program_.code[at] = encode(runtime::decode_op(program_.code[at]), static_cast<int32_t>(target));
}

void CodeGen::mark_line(Location loc) {
  auto& lines = program_.lines;
  uint32_t pc = static_cast<uint32_t>(here());
  if (!lines.empty() && lines.back().pc == pc) lines.pop_back();
  if (!lines.empty() && lines.back().line == loc.line && lines.back().file == loc.file) return;
  lines.push_back(runtime::LineEntry{pc, loc.line, loc.file});
}

// Labels inside a LOCAL routine are private to it.
std::string CodeGen::label_key(const std::string& name) const {
  return local_ >= 0 ? program_.locals[local_].name + "/" + name : name;
}

void CodeGen::define_label(const std::string& name, Location loc) {
  if (!labels_.emplace(label_key(name), here()).second) diags_.error(loc, "label '" + name + "' is defined twice");
}

void CodeGen::jump_to_label(Op op, const std::string& name, Location loc) {
  refs_.push_back(LabelRef{label_key(name), loc, here(), -1});
  emit(op, 0);
}

void CodeGen::label_table(Op op, const std::vector<std::pair<std::string, Location>>& labels) {
  int table = static_cast<int>(program_.tables.size());
  program_.tables.emplace_back(labels.size(), 0);
  for (size_t i = 0; i < labels.size(); ++i)
    refs_.push_back(LabelRef{label_key(labels[i].first), labels[i].second, i, table});
  emit(op, static_cast<int32_t>(labels.size()));
  emit_word(static_cast<uint32_t>(table));
}

void CodeGen::finish() {
  auto find_local = [this](const std::string& name) -> int {
    for (size_t i = 0; i < program_.locals.size(); ++i)
      if (program_.locals[i].name == name) return static_cast<int>(i);
    return -1;
  };
  for (const LocalCall& c : local_calls_) {
    int k = find_local(c.name);
    if (k < 0) diags_.error(c.loc, "'" + c.name + "' is not a LOCAL SUBROUTINE or LOCAL FUNCTION of this program");
    else patch(c.at, static_cast<size_t>(k));
  }
  for (const LabelRef& r : refs_) {
    auto it = labels_.find(r.name);
    if (it == labels_.end()) {
      // GOSUB NAME where NAME is a LOCAL SUBROUTINE (possibly defined further down).
      std::string bare = r.name.substr(r.name.find('/') + 1);
      int k = r.table < 0 ? find_local(bare) : -1;
      if (k >= 0 && runtime::decode_op(program_.code[r.at]) == Op::GOSUB && !program_.locals[k].is_function) {
        program_.code[r.at] = runtime::encode(Op::CALL_LOCAL0, k);
        if (!program_.locals[k].param_slots.empty())
          diags_.error(r.loc, "LOCAL SUBROUTINE " + bare + " takes arguments: GOSUB " + bare + "(...)");
        continue;
      }
      diags_.error(r.loc, "label '" + bare + "' is not defined");
      continue;
    }
    if (r.table >= 0) program_.tables[r.table][r.at] = static_cast<uint32_t>(it->second);
    else patch(r.at, it->second);
  }
  emit(Op::HALT);
}

void CodeGen::expr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Number: {
      runtime::Number n;
      if (runtime::parse_strict(e.text, n) && n.is_int && n.i >= -runtime::kMaxOperand && n.i <= runtime::kMaxOperand &&
          e.text.find('.') == std::string::npos) {
        emit(Op::PUSH_INT, static_cast<int32_t>(n.i));
      } else {
        emit(Op::PUSH_CONST, number_constant(e.text, e.loc));
      }
      break;
    }
    case ExprKind::String:
      if (e.text.empty()) emit(Op::PUSH_EMPTY);
      else emit(Op::PUSH_CONST, string_constant(e.text));
      break;
    case ExprKind::Var:
      if (is_matrix(e.text)) diags_.error(e.loc, "matrix '" + e.text + "' needs a subscript here");
      if (e.text.find('$') != std::string::npos && e.text.rfind("SKT$", 0) == 0)
        diags_.error(e.loc, e.text + " is not defined: add $INCLUDE KEYS.H");
      check_declared(e.text, e.loc);
      emit(Op::LOAD, var_slot(e.text));
      break;
    case ExprKind::SysVar: {
      runtime::SysVar sv;
      if (!runtime::find_sysvar(e.text, sv))
        diags_.error(e.loc, "unknown @variable " + e.text + did_you_mean(e.text, at_variable_names()));
      emit(Op::LOAD_SYSVAR, static_cast<int32_t>(sv));
      break;
    }
    case ExprKind::Unary:
      expr(*e.kids[0]);
      if (e.text == "-") emit(Op::NEG);
      break;
    case ExprKind::Binary: binary(e); break;
    case ExprKind::Builtin: builtin(e); break;
    case ExprKind::Apply:
      push_indices(e, 0, 2);
      emit(Op::MAT_LOAD, var_slot(e.text));
      break;
    case ExprKind::Extract: extract(e); break;
    case ExprKind::Substr:
      expr(*e.kids[0]);
      expr(*e.kids[1]);
      if (e.kids.size() > 2) {
        expr(*e.kids[2]);
        emit(Op::SUBSTR);
      } else {
        emit(Op::SUBSTR_TAIL);
      }
      break;
    case ExprKind::FuncCall:
      if (e.builtin == kSubrCall)
        subr_call(e);
      else
        call(e.builtin == 1 ? Op::CALL_LOCAL : Op::CALL_FUNC, e.text, e.kids, e.loc);
      break;
    case ExprKind::ObjectRef:
    case ExprKind::ObjectNew:
    case ExprKind::Me: object_expr(e); break;
    case ExprKind::MatRef:
      diags_.error(e.loc, "MAT " + e.text + " can only be a CALL argument here");
      break;
    case ExprKind::RemoveFn:
      emit(Op::REMOVE_VAR, var_slot(e.kids[0]->text));
      store_top(*e.kids[1]);
      break;
    case ExprKind::IfExpr: {
      expr(*e.kids[0]);
      size_t to_else = emit_jump(Op::JUMP_FALSE);
      expr(*e.kids[1]);
      size_t to_end = emit_jump(Op::JUMP);
      patch(to_else, here());
      expr(*e.kids[2]);
      patch(to_end, here());
      break;
    }
  }
}

void CodeGen::push_indices(const Expr& e, size_t first, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    if (first + i < e.kids.size() && e.kids[first + i]) expr(*e.kids[first + i]);
    else emit(Op::PUSH_INT, 0);
  }
}

void CodeGen::binary(const Expr& e) {
  static const std::pair<const char*, Op> kOps[] = {
      {"+", Op::ADD}, {"-", Op::SUB}, {"*", Op::MUL}, {"/", Op::DIV}, {"//", Op::IDIV}, {"**", Op::POW},
      {":", Op::CAT}, {"=", Op::EQ},  {"#", Op::NE},  {"<", Op::LT},  {">", Op::GT},    {"<=", Op::LE},
      {">=", Op::GE}, {"AND", Op::AND}, {"OR", Op::OR}};
  expr(*e.kids[0]);
  expr(*e.kids[1]);
  // MATCHES and the implicit format operator are built-ins that the operator syntax reaches.
  stdlib::BuiltinId id = stdlib::BuiltinId::kCount;
  if (e.text == "MATCHES") id = stdlib::BuiltinId::MATCHES_OP;
  if (e.text == "FORMAT") id = stdlib::BuiltinId::FMT;
  if (id != stdlib::BuiltinId::kCount) {
    emit(Op::CALL_BUILTIN, static_cast<int32_t>(id));
    emit_word(2);
    return;
  }
  for (const auto& [name, op] : kOps) {
    if (e.text == name) {
      emit(op);
      return;
    }
  }
  diags_.error(e.loc, "internal: unknown operator " + e.text);
}

void CodeGen::builtin(const Expr& e) {
  using stdlib::BuiltinId;
  auto id = static_cast<BuiltinId>(e.builtin);
  if (id == BuiltinId::GETREM && e.kids.size() == 1 && e.kids[0]->kind == ExprKind::Var &&
      !is_matrix(e.kids[0]->text)) {
    // The REMOVE pointer belongs to the variable; a copy of its value on the stack does not carry it.
    emit(Op::GETREM_VAR, var_slot(e.kids[0]->text));
    return;
  }
  if (id == BuiltinId::ASSIGNED || id == BuiltinId::UNASSIGNED || id == BuiltinId::SOCKET_INFO ||
      id == BuiltinId::CLOSE_SOCKET || id == BuiltinId::VARTYPE) {
    // These inspect their first argument without the unassigned-variable check.
    const Expr& arg = *e.kids[0];
    if (arg.kind == ExprKind::Var && !is_matrix(arg.text)) {
      emit(Op::LOAD_ANY, var_slot(arg.text));
    } else if (arg.kind == ExprKind::Apply) {
      push_indices(arg, 0, 2);
      emit(Op::MAT_LOAD_ANY, var_slot(arg.text));
    } else {
      expr(arg);
    }
    for (size_t i = 1; i < e.kids.size(); ++i) expr(*e.kids[i]);
  } else if (!e.kids.empty() &&
             (id == BuiltinId::SELECT_SOCKET ||
              ((id == BuiltinId::INMAT || id == BuiltinId::MAT_FN || id == BuiltinId::MAT_FROM_STMT) &&
               e.kids[0]->kind == ExprKind::Var && is_matrix(e.kids[0]->text)))) {
    // INMAT of anything else is the size of an array in a data collection (INMAT(C{'LIST'})).
    // These take the whole matrix, which a plain expression cannot name.
    const Expr& arg = *e.kids[0];
    if (arg.kind != ExprKind::Var || !is_matrix(arg.text))
      diags_.error(arg.loc, e.text + " needs the name of a dimensioned matrix as its first argument");
    emit(Op::LOAD_ANY, var_slot(arg.text));
    for (size_t i = 1; i < e.kids.size(); ++i) expr(*e.kids[i]);
  } else {
    for (const ExprPtr& k : e.kids) expr(*k);
  }
  emit(Op::CALL_BUILTIN, e.builtin);
  emit_word(static_cast<uint32_t>(e.kids.size()));
}

void CodeGen::extract(const Expr& e) {
  const Expr& base = *e.kids[0];
  if (base.kind == ExprKind::Var && !is_matrix(base.text) && e.kids.size() == 2) {
    expr(*e.kids[1]);
    emit(Op::EXTRACT_F, var_slot(base.text));
    return;
  }
  if (base.kind == ExprKind::Var && !is_matrix(base.text)) {
    push_indices(e, 1, 3);
    emit(Op::EXTRACT_VAR, var_slot(base.text));
    return;
  }
  expr(base);
  push_indices(e, 1, 3);
  emit(Op::EXTRACT);
}

// X = Y + Z and X = Y + 1 become one instruction: the counting and summing loops of every program.
bool CodeGen::emit_fused_add(int slot, const Expr& value) {
  if (value.kind != ExprKind::Binary || value.text != "+") return false;
  const Expr* a = value.kids[0].get();
  const Expr* b = value.kids[1].get();
  auto is_var = [this](const Expr* e) { return e->kind == ExprKind::Var && !is_matrix(e->text); };
  if (!is_var(a) && is_var(b) && a->kind == ExprKind::Number) std::swap(a, b);
  if (!is_var(a)) return false;
  // T = T + R<I>, the summing walk over a dynamic array: names with '$' keep the general path and its
  // diagnostics.
  if (b->kind == ExprKind::Extract && b->kids.size() == 2 && is_var(b->kids[0].get()) && is_var(b->kids[1].get())) {
    const std::string& r = b->kids[0]->text;
    const std::string& i = b->kids[1]->text;
    if (a->text.find('$') == std::string::npos && r.find('$') == std::string::npos &&
        i.find('$') == std::string::npos) {
      check_declared(a->text, a->loc);
      check_declared(i, b->kids[1]->loc);
      check_declared(r, b->kids[0]->loc);
      emit(Op::ADD_VVF, slot);
      emit_word(static_cast<uint32_t>(var_slot(a->text)));
      emit_word(static_cast<uint32_t>(var_slot(r)));
      emit_word(static_cast<uint32_t>(var_slot(i)));
      return true;
    }
  }
  if (is_var(b)) {
    emit(Op::ADD_VVV, slot);
    emit_word(static_cast<uint32_t>(var_slot(a->text)));
    emit_word(static_cast<uint32_t>(var_slot(b->text)));
    return true;
  }
  if (b->kind != ExprKind::Number) return false;
  int k = number_constant(b->text, b->loc);
  emit(Op::ADD_VVK, slot);
  emit_word(static_cast<uint32_t>(var_slot(a->text)));
  emit_word(static_cast<uint32_t>(k));
  return true;
}

void CodeGen::call(Op op, const std::string& name, const std::vector<ExprPtr>& args, Location loc) {
  std::vector<uint32_t> desc;
  for (const ExprPtr& a : args) {
    if (a->kind == ExprKind::MatRef) {
      if (!is_matrix(a->text)) diags_.error(a->loc, "MAT " + a->text + ": " + a->text + " is not a dimensioned matrix");
      desc.push_back(runtime::arg_descriptor(runtime::ArgKind::VarRef, static_cast<uint32_t>(var_slot(a->text))));
    } else if (a->kind == ExprKind::Var && !a->parenthesized && !is_matrix(a->text)) {
      desc.push_back(runtime::arg_descriptor(runtime::ArgKind::VarRef, static_cast<uint32_t>(var_slot(a->text))));
    } else if (a->kind == ExprKind::Apply && !a->parenthesized) {
      push_indices(*a, 0, 2);
      desc.push_back(runtime::arg_descriptor(runtime::ArgKind::MatrixRef, static_cast<uint32_t>(var_slot(a->text))));
    } else {
      expr(*a);
      desc.push_back(runtime::arg_descriptor(runtime::ArgKind::Value, 0));
    }
  }
  int32_t operand = 0;
  if (op == Op::CALL_VAR) operand = var_slot(name);
  else if (op != Op::CALL_LOCAL) operand = string_constant(name);
  else local_calls_.push_back(LocalCall{name, loc, here()});
  emit(op, operand);
  emit_word(static_cast<uint32_t>(desc.size()));
  for (uint32_t d : desc) emit_word(d);
}

void CodeGen::set_unit(runtime::UnitKind kind, const std::string& name, const std::vector<std::string>& params) {
  program_.kind = kind;
  program_.name = name;
  function_unit_ = kind == runtime::UnitKind::Function;
  for (const std::string& p : params) {
    program_.param_slots.push_back(static_cast<uint32_t>(var_slot(p)));
    declare_variable(p.rfind('~', 0) == 0 ? p.substr(p.find('.') + 1) : p);  // (A): the copy is named A
  }
}

void CodeGen::declare_common(const std::string& block, const std::vector<std::string>& names) {
  runtime::CommonDecl decl{block, {}};
  for (const std::string& n : names) {
    decl.slots.push_back(static_cast<uint32_t>(var_slot(n)));
    declare_variable(n);
  }
  program_.commons.push_back(std::move(decl));
}

// SUBR(name, args): CALL @name(result, args) through a hidden variable holding the name, then the value
// the subroutine left in its first argument.
void CodeGen::subr_call(const Expr& e) {
  std::string n = std::to_string(temps_++);
  std::string name_var = "~SUBR.NAME" + n, result_var = "~SUBR.RESULT" + n;
  if (local_ >= 0) {
    declare_private(name_var);
    declare_private(result_var);
  }
  expr(*e.kids[0]);
  emit(Op::STORE, var_slot(name_var));
  std::vector<ExprPtr> args;
  args.push_back(make_expr(ExprKind::Var, e.loc, result_var));
  for (size_t i = 1; i < e.kids.size(); ++i) args.push_back(e.kids[i]->clone());
  call(Op::CALL_VAR, name_var, args, e.loc);
  emit(Op::LOAD, var_slot(result_var));
}

bool CodeGen::syscom_var(const std::string& name, std::string& canonical) {
  if (!runtime::syscom_cell(name, canonical)) return false;
  if (!syscom_declared_) {
    syscom_declared_ = true;
    std::vector<std::string> cells;
    for (const runtime::SyscomCell& c : runtime::syscom_cells()) cells.push_back(c.name);
    declare_common(runtime::kSyscomBlock, cells);
  }
  return true;
}

void CodeGen::begin_local(const std::string& name, bool is_function, const std::vector<std::string>& params,
                          Location loc) {
  for (const auto& l : program_.locals) {
    if (l.name == name) diags_.error(loc, "LOCAL routine " + name + " is defined twice");
  }
  runtime::LocalRoutine r;
  r.name = name;
  r.entry = static_cast<uint32_t>(here());
  r.is_function = is_function;
  program_.locals.push_back(std::move(r));
  local_ = static_cast<int>(program_.locals.size() - 1);
  scope_.clear();
  for (const std::string& p : params) {
    int slot = static_cast<int>(program_.var_names.size());
    program_.var_names.push_back(name + "/" + p);
    scope_[p] = slot;
    program_.locals[local_].param_slots.push_back(static_cast<uint32_t>(slot));
  }
}

void CodeGen::declare_private(const std::string& name) {
  if (local_ < 0 || scope_.count(name)) return;
  int slot = static_cast<int>(program_.var_names.size());
  program_.var_names.push_back(program_.locals[local_].name + "/" + name);
  scope_[name] = slot;
  program_.locals[local_].private_slots.push_back(static_cast<uint32_t>(slot));
}

void CodeGen::end_local() {
  local_ = -1;
  scope_.clear();
}

void CodeGen::store_top(const Expr& target) {
  if (target.kind == ExprKind::Var) {
    check_declared(target.text, target.loc);
    emit(Op::STORE, var_slot(target.text));
    return;
  }
  // A matrix element: the value is on the stack below nothing, so park it in a temporary first.
  int tmp = temp_slot();
  emit(Op::STORE, tmp);
  push_indices(target, 0, 2);
  emit(Op::LOAD, tmp);
  emit(Op::MAT_STORE, var_slot(target.text));
}

namespace {

// True when evaluating e may change a variable: a call of a user function (which may write through its
// arguments or COMMON) or REMOVE (which moves its source's pointer).
bool may_write_variables(const Expr& e) {
  if (e.kind == ExprKind::FuncCall || e.kind == ExprKind::RemoveFn) return true;
  for (const ExprPtr& k : e.kids)
    if (k && may_write_variables(*k)) return true;
  return false;
}

}  // namespace

// X = X : A : B ... appends A : B ... to X in place, the idiom that builds strings; otherwise every
// iteration would copy the whole of X. The tail is joined first, so a tail that reads X still sees the old
// value, as it would in the plain evaluation; a tail that could change X compiles the plain way.
bool CodeGen::emit_append(int slot, const std::string& name, const Expr& value) {
  std::vector<const Expr*> tail;
  const Expr* head = &value;
  while (head->kind == ExprKind::Binary && head->text == ":") {
    tail.push_back(head->kids[1].get());
    head = head->kids[0].get();
  }
  if (tail.empty() || head->kind != ExprKind::Var || head->text != name) return false;
  for (const Expr* t : tail)
    if (may_write_variables(*t)) return false;
  expr(*tail.back());
  for (size_t i = tail.size() - 1; i-- > 0;) {
    expr(*tail[i]);
    emit(Op::CAT);
  }
  emit(Op::CAT_VAR, slot);
  return true;
}

void CodeGen::assign(const Expr& target, const Expr& value, Location loc) {
  switch (target.kind) {
    case ExprKind::Var: {
      if (is_matrix(target.text)) {
        diags_.error(loc, "whole-matrix assignment needs MAT");
        return;
      }
      check_declared(target.text, target.loc);
      int slot = var_slot(target.text);
      if (emit_append(slot, target.text, value)) return;
      if (emit_fused_add(slot, value)) return;
      expr(value);
      emit(Op::STORE, slot);
      return;
    }
    case ExprKind::Apply:
      push_indices(target, 0, 2);
      expr(value);
      emit(Op::MAT_STORE, var_slot(target.text));
      return;
    case ExprKind::Extract:
    case ExprKind::Substr: {
      const Expr& base = *target.kids[0];
      if (target.kind == ExprKind::Substr && target.kids.size() < 3) {
        diags_.error(loc, "assignment to s[n] needs a start and a length: s[start, length]");
        return;
      }
      bool direct = base.kind == ExprKind::Var && !is_matrix(base.text);
      if (!direct && base.kind != ExprKind::Apply) {
        diags_.error(loc, "this cannot be assigned to");
        return;
      }
      int slot = direct ? var_slot(base.text) : temp_slot();
      if (!direct) {
        expr(base);
        emit(Op::STORE, slot);
      }
      if (target.kind == ExprKind::Extract && target.kids.size() == 2 && !compatible_append) {
        expr(*target.kids[1]);
        expr(value);
        emit(Op::REPLACE_F, slot);
      } else if (target.kind == ExprKind::Extract) {
        push_indices(target, 1, 3);
        expr(value);
        emit(compatible_append ? Op::REPLACE_VAR_CA : Op::REPLACE_VAR, slot);
      } else {
        expr(*target.kids[1]);
        expr(*target.kids[2]);
        expr(value);
        emit(pick_substr ? Op::SUBSTR_SET_PICK : Op::SUBSTR_SET, slot);
        if (pick_substr) emit_word(static_cast<uint32_t>(pick_substr));
      }
      if (!direct) {
        push_indices(base, 0, 2);
        emit(Op::LOAD, slot);
        emit(Op::MAT_STORE, var_slot(base.text));
      }
      return;
    }
    case ExprKind::SysVar: {
      // @SYSTEM.SET is @SYSTEM.RETURN.CODE, which the standard library holds; the others are read-only.
      (void)loc;
      if (target.text != "@SYSTEM.SET") return;  // the parser has reported it (Parser::at_variable_target)
      expr(value);
      emit(Op::CALL_BUILTIN, static_cast<int32_t>(stdlib::BuiltinId::SET_SYSTEM_SET));
      emit_word(1);
      emit(Op::POP);
      return;
    }
    default:
      diags_.error(loc, "this cannot be assigned to");
  }
}

}  // namespace mv::compiler
