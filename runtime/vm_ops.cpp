// The VM's out-of-line work: mixed-type arithmetic, comparisons, strings, dynamic arrays, matrices,
// output and @variables. Kept apart from the dispatch loop so the loop stays small and fast.
#include <unistd.h>

#include <cmath>
#include <ctime>
#include <typeinfo>

#include "runtime/matrix.hpp"
#include "runtime/numeric_array.hpp"
#include "runtime/vm.hpp"

namespace mv::runtime {

namespace {

Value number_value(double d) { return Value::real(d); }

}  // namespace

// Where the run is, for error reports: each frame's position, innermost first.
std::vector<std::string> Vm::call_positions() const {
  std::vector<std::string> out;
  uint32_t pc = pc_;
  for (size_t i = frames_.size(); i-- > 0;) {
    const Frame& f = *frames_[i];
    out.push_back(describe_position(*f.unit->program, pc));
    pc = f.call_pc;
  }
  return out;
}

void Vm::unassigned(uint32_t slot) {
  const std::string& name = frames_.back()->unit->program->var_names[slot];
  if (!unass_warning) fail("Unassigned variable " + name);
  warning("Unassigned variable " + name + "; null string used");
  var(slot) = Value::string(std::string_view());
}

void Vm::warning(const std::string& message) const {
  const_cast<Vm*>(this)->flush_output();
  std::fprintf(stderr, "%s: warning: %s\n", describe_position(prog(), pc_).c_str(), message.c_str());
}

void Vm::arith(Op op, Value& a, const Value& b) {
  // Integers and short digit strings, the usual contents of fields, add, subtract and multiply directly.
  int64_t x0, y0, r0;
  if ((op == Op::ADD || op == Op::SUB || op == Op::MUL) && quick_integer(a, x0) && quick_integer(b, y0)) {
    bool overflow = op == Op::ADD   ? __builtin_add_overflow(x0, y0, &r0)
                    : op == Op::SUB ? __builtin_sub_overflow(x0, y0, &r0)
                                    : __builtin_mul_overflow(x0, y0, &r0);
    if (!overflow) return a.set_int(r0);
  }
  // A string holding marks that is not one number is a numeric array, worked value by value; so is an
  // operand wrapped in REUSE().
  if (((a.is_str() || b.is_str()) && (is_numeric_array(a) || is_numeric_array(b))) || is_reused(a) ||
      is_reused(b)) {
    return array_arith(op, a, b);
  }
  Number x = number(a), y = number(b);
  if ((op == Op::DIV || op == Op::IDIV) && y.as_double() == 0) {
    // Fatal unless OPTION DIV.ZERO.WARNING, which makes the result 0.
    if (!div_zero_warning) fail("Division by zero");
    warning("Division by zero; 0 used");
    a.set_int(0);
    return;
  }
  if (x.is_int && y.is_int) {
    int64_t r;
    switch (op) {
      case Op::ADD: if (!__builtin_add_overflow(x.i, y.i, &r)) { a.set_int(r); return; } break;
      case Op::SUB: if (!__builtin_sub_overflow(x.i, y.i, &r)) { a.set_int(r); return; } break;
      case Op::MUL: if (!__builtin_mul_overflow(x.i, y.i, &r)) { a.set_int(r); return; } break;
      case Op::DIV:
        if (y.i == 0) fail("Division by zero");
        if (y.i != -1 && x.i % y.i == 0) { a.set_int(x.i / y.i); return; }
        break;
      case Op::IDIV:
        if (y.i == 0) fail("Division by zero");
        if (y.i != -1) { a.set_int(x.i / y.i); return; }
        break;
      default: break;
    }
  }
  double p = x.as_double(), q = y.as_double();
  switch (op) {
    case Op::ADD: a.set_float(p + q); break;
    case Op::SUB: a.set_float(p - q); break;
    case Op::MUL: a.set_float(p * q); break;
    case Op::DIV:
      if (q == 0) fail("Division by zero");
      a.set_float(p / q);
      break;
    case Op::IDIV: {
      if (q == 0) fail("Division by zero");
      double t = std::trunc(p / q);
      if (std::fabs(t) < 9e18) a.set_int(static_cast<int64_t>(t));
      else a.set_float(t);
      break;
    }
    default: fail("internal: bad arithmetic opcode");
  }
}

void Vm::power(Value& a, const Value& b) {
  if (((a.is_str() || b.is_str()) && (is_numeric_array(a) || is_numeric_array(b))) || is_reused(a) ||
      is_reused(b)) {
    return array_arith(Op::POW, a, b);
  }
  Number x = number(a), y = number(b);
  double r = std::pow(x.as_double(), y.as_double());
  if (x.is_int && y.is_int && y.i >= 0 && std::fabs(r) < 9e15) a.set_int(static_cast<int64_t>(r));
  else a = number_value(r);
}

void Vm::negate(Value& a) {
  if (a.is_str() && is_numeric_array(a)) return array_negate(a);
  Number x = number(a);
  if (x.is_int && x.i != INT64_MIN) a.set_int(-x.i);
  else a.set_float(-x.as_double());
}

bool Vm::compare_op(Op op, const Value& a, const Value& b) {
  if (is_opaque(a) || is_opaque(b)) {
    if (op == Op::EQ || op == Op::NE) return (a.is_handle() && b.is_handle() && a.handle_object() == b.handle_object()) == (op == Op::EQ);
    fail("Data cannot be converted to a string");
  }
  switch (op) {
    case Op::EQ: return equal(a, b);
    case Op::NE: return !equal(a, b);
    case Op::LT: return compare(a, b) < 0;
    case Op::GT: return compare(a, b) > 0;
    case Op::LE: return compare(a, b) <= 0;
    case Op::GE: return compare(a, b) >= 0;
    default: return false;
  }
}

void Vm::concat(Value& a, const Value& b) {
  if (is_opaque(a) || is_opaque(b)) fail("Data cannot be converted to a string");
  // A temporary left operand (the usual A : B : C chain) is extended in place; the right one is appended
  // straight from its value, a number without a scratch string.
  if (a.is_str() && a.buffer() && a.buffer()->refs == 1) {
    append_text(a.mutable_str(), b, precision);
    return;
  }
  std::string s;
  append_text(s, a, precision);
  append_text(s, b, precision);
  a = Value::string(std::move(s));
}

void Vm::add_to_var(Value& var, const Value& x) {
  if (var.is_unassigned()) fail("Unassigned variable");
  arith(Op::ADD, var, x);
}

// Advances (or only checks) a FOR variable against its limit; true means "take the jump". For
// FOR_STEP the jump continues the loop; for FOR_CHECK it skips a loop whose start is already past it.
bool Vm::for_step(Value& var, const Value& step, const Value& limit, bool check_only) {
  if (var.is_unassigned()) fail("Unassigned FOR variable");
  Number v = number(var), s = number(step), l = number(limit);
  Value next = var;
  if (!check_only) {
    Value t = Value::number(v);
    arith(Op::ADD, t, step);
    next = std::move(t);
  }
  Number n = number(next);
  bool ascending = s.as_double() >= 0;
  double nd = n.as_double(), ld = l.as_double();
  bool beyond = ascending ? nd > ld : nd < ld;
  if (beyond && !(n.is_int && l.is_int) && float_equal(nd, ld)) beyond = false;
  if (check_only) return beyond;
  if (beyond) return false;
  var = std::move(next);
  return true;
}

void Vm::extract(Value& out, const Value& src, const Value* idx, FieldHint* hint) {
  std::string scratch;
  std::string_view s = text(src, scratch);
  std::string_view r = runtime::extract(s, integer(idx[0]), integer(idx[1]), integer(idx[2]), hint);
  out = Value::string(r);
}

// The general path of ADD_VVF (T = Y + R<I>): what LOAD Y, LOAD I, EXTRACT_F R, ADD and STORE T do, in that
// order, errors included.
void Vm::add_field(Value& dest, const uint32_t* slots) {
  const Value& y = var(slots[0]);
  const Value& r = var(slots[1]);
  const Value& iv = var(slots[2]);
  if (y.is_unassigned()) unassigned(slots[0]);
  if (iv.is_unassigned()) unassigned(slots[2]);
  if (r.is_unassigned()) unassigned(slots[1]);
  Value t = y;
  Value field;
  const int64_t f = iv.is_int() ? iv.int_value() : integer(iv);
  if (r.is_str()) {
    StrBuf* b = r.buffer();
    field = Value::string(b ? runtime::extract(b->data, f, 0, 0, &b->hint) : std::string_view());
  } else {
    Value idx[3] = {Value::integer(f), Value::integer(0), Value::integer(0)};
    extract(field, r, idx, nullptr);
  }
  arith(Op::ADD, t, field);
  dest = std::move(t);
}

// mode 0: X<f,v,sv> = x; 1: INS x BEFORE X<f,v,sv>; 2: DEL X<f,v,sv>.
void Vm::replace_in_var(uint32_t slot, const Value* idx, const Value& x, int mode) {
  Value& target = var(slot);
  if (target.is_unassigned()) unassigned(slot);
  int64_t f = integer(idx[0]), v = integer(idx[1]), sv = integer(idx[2]);
  std::string scratch;
  std::string_view xv = mode == 2 ? std::string_view() : text(x, scratch);
  if (!target.is_str()) target.make_string(precision);
  if (mode >= 3) {
    // $MODE COMPATIBLE.APPEND: an append fills a null last element instead of adding a mark.
    compatible_append(target.str(), f, v, sv);
    mode -= 3;
  }
  std::string& s = target.mutable_str(mode != 2);
  if (mode == 0) runtime::replace(s, f, v, sv, xv, &target.buffer()->hint);
  else if (mode == 1) runtime::insert(s, f, v, sv, xv, &target.buffer()->hint);
  else runtime::erase(s, f, v, sv);
}

void Vm::substr(Value& out, const Value& s, const Value& start, const Value* len) {
  std::string scratch;
  std::string_view sv = text(s, scratch);
  int64_t n = static_cast<int64_t>(sv.size());
  if (!len) {
    // s[n]: the last n characters.
    int64_t k = integer(start);
    if (k <= 0) out = Value::string(std::string_view());
    else out = Value::string(k >= n ? sv : sv.substr(n - k));
    return;
  }
  int64_t b = integer(start), l = integer(*len);
  if (b < 1) b = 1;
  if (l <= 0 || b > n) {
    out = Value::string(std::string_view());
    return;
  }
  out = Value::string(sv.substr(b - 1, l));
}

void Vm::substr_set(uint32_t slot, const Value& start, const Value& len, const Value& x) {
  Value& v = var(slot);
  if (v.is_unassigned()) unassigned(slot);
  int64_t b = integer(start), l = integer(len);
  std::string scratch;
  std::string repl(text(x, scratch));
  if (!v.is_str()) v.make_string(precision);
  if (b < 1) b = 1;
  int64_t n = static_cast<int64_t>(v.str().size());
  if (l <= 0 || b > n) return;
  // QM overlays: the new text is padded or cut to the length, and the string never grows.
  repl.resize(static_cast<size_t>(l), ' ');
  int64_t span = std::min(l, n - b + 1);
  std::string& s = v.mutable_str();
  s.replace(static_cast<size_t>(b - 1), static_cast<size_t>(span), repl, 0, static_cast<size_t>(span));
}

void Vm::locate(Value* args, bool string_compare) {
  std::string sx, ss, so;
  std::string_view x = text(args[0], sx);
  std::string_view s = text(args[1], ss);
  std::string_view o = text(args[5], so);
  Order order = Order::None;
  if (!o.empty()) {
    std::string up(o.substr(0, 2));
    for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (up == "AL" || up == "A") order = Order::AL;
    else if (up == "AR") order = Order::AR;
    else if (up == "DL" || up == "D") order = Order::DL;
    else if (up == "DR") order = Order::DR;
    else fail("LOCATE order must be AL, AR, DL or DR, not \"" + std::string(o) + "\"");
  }
  // The list's buffer (shared with the variable) keeps what a search learns for the next one.
  FieldHint* hint = args[1].is_str() && args[1].buffer() ? &args[1].buffer()->hint : nullptr;
  LocateResult r = runtime::locate(x, s, integer(args[2]), integer(args[3]), integer(args[4]), order, hint,
                                   string_compare);
  for (int k = 0; k < 6; ++k) args[k].reset();
  args[0].set_int(r.found ? 1 : 0);
  args[1].set_int(r.pos);
}

void Vm::remove_from(uint32_t slot, Value& elem, Value& code) {
  Value& v = var(slot);
  if (v.is_unassigned()) unassigned(slot);
  if (!v.is_str()) v.make_string(precision);
  size_t pos = v.remove_pos();
  int delim = 0;
  std::string_view e = remove_next(v.str(), pos, delim);
  elem = Value::string(e);
  code.set_int(delim);
  v.set_remove_pos(static_cast<uint32_t>(pos));
}

// GETREM(var): the byte offset REMOVE reads from next; 0 for a variable that is not a string.
void Vm::getrem(uint32_t slot, Value& out) {
  const Value& v = var(slot);
  out.set_int(v.is_str() ? v.remove_pos() : 0);
}

// SETREM pos ON var: 0 resets the pointer; an offset outside the string leaves it and sets STATUS() 1002,
// QM's "invalid length" code.
void Vm::setrem(uint32_t slot, const Value& pos) {
  int64_t offset = integer(pos);
  status.set_int(0);
  Value& v = var(slot);
  if (offset == 0) {
    v.set_remove_pos(0);
    return;
  }
  if (v.is_unassigned()) unassigned(slot);
  if (!v.is_str()) v.make_string(precision);
  if (offset < 0 || offset > static_cast<int64_t>(v.str().size())) {
    status.set_int(1002);
    return;
  }
  v.set_remove_pos(static_cast<uint32_t>(offset));
}

// DIM on an existing matrix re-dimensions it, keeping the elements that still fit (QM's REDIM).
void Vm::dim(uint32_t slot, const Value& rows, const Value& cols) {
  int64_t r = integer(rows), c = integer(cols);
  if (r < 1 || c < 0 || r > 10000000 || (c > 0 && r * c > 10000000)) fail("Invalid matrix dimensions");
  Value& v = var(slot);
  auto* old = v.is_handle() ? dynamic_cast<Matrix*>(v.handle_object()) : nullptr;
  auto* m = new Matrix;
  m->rows = r;
  m->cols = c;
  m->cells.resize(static_cast<size_t>(r * (c ? c : 1) + 1));
  if (old) {
    // Elements keep their row-major order (QM copies row by row), so a change of shape reflows them.
    size_t n = std::min(old->cells.size(), m->cells.size());
    for (size_t i = 0; i < n; ++i) m->cells[i] = old->cells[i];
  }
  v = Value::handle(m);
}

Value* Vm::matrix_cell(uint32_t slot, const Value& i, const Value& j, bool must_exist) {
  Value& v = var(slot);
  // Every M(I) comes here: Matrix is final, so an exact type test does what a dynamic_cast would, cheaper.
  auto* m = v.is_handle() && typeid(*v.handle_object()) == typeid(Matrix) ? static_cast<Matrix*>(v.handle_object())
                                                                          : nullptr;
  if (!m) fail(prog().var_names[slot] + " is not a dimensioned matrix");
  int64_t r = integer(i), c = integer(j);
  Value* cell = m->cell(r, c);
  if (!cell && must_exist) {
    // Name the subscript that was wrong and the bounds it had to fall within.
    std::string at = m->cols ? std::to_string(r) + ", " + std::to_string(c) : std::to_string(r);
    std::string bounds = m->cols ? "1 to " + std::to_string(m->rows) + ", 1 to " + std::to_string(m->cols)
                                 : "1 to " + std::to_string(m->rows);
    fail("Subscript out of range for matrix " + prog().var_names[slot] + ": (" + at + ") is outside (" +
         bounds + ")");
  }
  return cell;
}

namespace {
Matrix* as_matrix(const Context& cx, Value& v, const std::string& name) {
  auto* m = v.is_handle() ? dynamic_cast<Matrix*>(v.handle_object()) : nullptr;
  if (!m) cx.fail(name + " is not a dimensioned matrix");
  return m;
}
}  // namespace

void Vm::mat_fill(uint32_t slot, const Value& x) {
  Matrix* m = as_matrix(*this, var(slot), prog().var_names[slot]);
  for (size_t i = 1; i < m->cells.size(); ++i) m->cells[i] = x;
}

void Vm::mat_copy(uint32_t to, uint32_t from) {
  Matrix* dst = as_matrix(*this, var(to), prog().var_names[to]);
  Matrix* src = as_matrix(*this, var(from), prog().var_names[from]);
  size_t n = std::min(dst->cells.size(), src->cells.size());
  for (size_t i = 1; i < n; ++i) dst->cells[i] = src->cells[i];
}

// MATPARSE and MATBUILD (the work is in runtime/matrix.cpp, shared with MATREAD and MATWRITE).
void Vm::mat_parse(uint32_t slot, const Value& s, const Value& delim) {
  Matrix* m = as_matrix(*this, var(slot), prog().var_names[slot]);
  std::string a, b;
  inmat = matrix_parse(*m, text(s, a), text(delim, b));
}

void Vm::mat_build(uint32_t target, uint32_t matrix, const Value& start, const Value& end, const Value& delim) {
  Matrix* m = as_matrix(*this, var(matrix), prog().var_names[matrix]);
  std::string a;
  std::string_view d = delim.is_unassigned() ? std::string_view("\xFE") : text(delim, a);
  int64_t from = start.is_unassigned() ? 1 : integer(start);
  int64_t to = end.is_unassigned() ? 0 : integer(end);
  var(target) = Value::string(matrix_build(*this, *m, from, to, d, inmat));
}

void Vm::print_value(const Value& v) {
  if (is_opaque(v)) fail("Data cannot be converted to a string");
  append_text(line, v, precision);
}

// A=1: end with a newline; A=2: a PRINT line, for print unit print_unit (else CRT or DISPLAY: the display).
void Vm::print_end(int a) {
  int unit = -1;
  if (a & 2) {
    unit = print_unit;
    print_unit = 0;
  }
  end_line((a & 1) != 0, unit);
}

std::string Vm::describe_position(const Program& p, uint32_t pc) const {
  const LineEntry* le = p.line_at(pc);
  if (!le) return p.files.empty() ? "?" : p.files[0];
  return p.files[le->file] + ":" + std::to_string(le->line);
}

const LoadedProgram* Vm::find_routine(const std::string& name, bool function) {
  auto it = routines_.find(name);
  if (it != routines_.end()) return it->second;
  const std::string kind = function ? "Function " : "Subroutine ";
  if (!loader_) fail(kind + name + " not found (no routine loader)");
  std::string error;
  std::shared_ptr<const Program> p = loader_(name, prog().files.empty() ? "" : prog().files[0], error);
  // The loader words its messages for CALL; a DEFFUN'd function is not a subroutine to the user.
  if (function && error.rfind("Subroutine ", 0) == 0) error = kind + error.substr(11);
  if (!p) fail(error.empty() ? kind + name + " not found" : error);
  const LoadedProgram* u = load_unit(std::move(p));
  routines_[name] = u;
  return u;
}

void Vm::bind_commons(Frame& f) {
  for (const CommonDecl& c : f.unit->program->commons) {
    std::deque<Value>& block = commons_[c.name];
    // COMMON variables start as integer 0, not unassigned. A deque never moves existing cells.
    // The hidden block of assignable @variables starts some cells as "" (the PROC buffers @PIB ...).
    const bool syscom = c.name == kSyscomBlock;
    while (block.size() < c.slots.size()) {
      bool empty =
          syscom && block.size() < syscom_cells().size() && syscom_cells()[block.size()].starts_empty;
      if (!syscom && f.unit->unassigned_common)
        block.emplace_back();  // $MODE UNASSIGNED.COMMON
      else
        block.push_back(empty ? Value::string(std::string_view()) : Value::integer(0));
    }
    for (size_t i = 0; i < c.slots.size(); ++i) f.slots[c.slots[i]] = &block[i];
  }
}

Value* Vm::enter(const LoadedProgram* unit, const LocalRoutine* local, const uint32_t* desc, uint32_t argc,
                 Value* sp, uint32_t call_pc, uint32_t return_pc, bool push_result) {
  const Program& callee = *unit->program;
  const std::vector<uint32_t>& params = local ? local->param_slots : callee.param_slots;
  std::string what = local ? local->name : callee.name;
  if (!local && callee.kind == UnitKind::Main) fail(what + " is a main program, not a SUBROUTINE or FUNCTION");
  if (!local && callee.kind == UnitKind::Class) fail(what + " is a CLASS module: OBJECT() creates its objects");
  if (!local && push_result && callee.kind != UnitKind::Function) fail(what + " is not a FUNCTION");
  const bool var_args = !local && unit->argc_slot >= 0;
  if (var_args ? argc > params.size() : params.size() != argc)
    fail("CALL " + what + " passes " + std::to_string(argc) + " argument" + (argc == 1 ? "" : "s") + " but it takes " +
         std::to_string(params.size()));
  if (frames_.size() > 10000) fail("Calls nested too deeply (runaway recursion?)");
  reserve_stack(sp, *unit);
  Frame& caller = *frames_.back();
  auto frame = std::make_unique<Frame>();
  frame->unit = unit;
  size_t n = callee.var_names.size();
  frame->storage.resize(local ? 0 : n);
  if (local) {
    // A LOCAL routine shares the caller's variables except its parameters and PRIVATE ones.
    frame->slots = caller.slots;
    frame->self = caller.self;  // ME in a class routine's LOCAL routines
    frame->storage.resize(params.size() + local->private_slots.size());
    size_t k = params.size();
    for (uint32_t s : local->private_slots) frame->slots[s] = &frame->storage[k++];
  } else {
    frame->slots.resize(n);
    for (size_t i = 0; i < n; ++i) frame->slots[i] = &frame->storage[i];
  }
  // Arguments were pushed left to right.
  size_t used = pushed_arg_count(desc, argc);
  Value* base = sp - used;
  Value* arg = base;
  for (uint32_t i = 0; i < argc; ++i) {
    uint32_t slot = desc[i] & 0x3FFFFFFFu;
    Value* own = local ? &frame->storage[i] : &frame->storage[params[i]];
    switch (static_cast<ArgKind>(desc[i] >> 30)) {
      case ArgKind::VarRef: frame->slots[params[i]] = caller.slots[slot]; break;
      case ArgKind::MatrixRef: frame->slots[params[i]] = matrix_cell(slot, arg[0], arg[1]); arg += 2; break;
      default: *own = std::move(*arg++); frame->slots[params[i]] = own; break;
    }
  }
  for (Value* p = base; p < sp; ++p) p->reset();
  if (var_args) frame->storage[static_cast<size_t>(unit->argc_slot)].set_int(argc);
  frame->call_pc = call_pc;
  frame->return_pc = return_pc;
  frame->saved_precision = precision;
  frame->push_result = push_result;
  if (!local) {
    precision = 4;  // each program starts at the default PRECISION
    bind_commons(*frame);
  }
  frames_.push_back(std::move(frame));
  return base;
}

void Vm::sysvar(SysVar id, Value& out) {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  switch (id) {
    case SysVar::SENTENCE: case SysVar::COMMAND: out = Value::string(info_.sentence); break;
    case SysVar::USERNO: case SysVar::USER_NO: out.set_int(info_.user_number); break;
    case SysVar::LOGNAME: case SysVar::USER: {
      const char* u = std::getenv("USER");
      out = Value::string(std::string_view(u ? u : ""));
      break;
    }
    case SysVar::WHO: case SysVar::ACCOUNT: {
      std::string d = info_.program_dir;
      size_t slash = d.find_last_of('/');
      out = Value::string(slash == std::string::npos ? d : d.substr(slash + 1));
      break;
    }
    case SysVar::PATH: out = Value::string(info_.program_dir); break;
    case SysVar::DATE: out.set_int(static_cast<int64_t>((now + tm.tm_gmtoff) / 86400) + 732); break;
    case SysVar::TIME: out.set_int(tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec); break;
    case SysVar::DAY: out.set_int(tm.tm_mday); break;
    case SysVar::MONTH: out.set_int(tm.tm_mon + 1); break;
    case SysVar::YEAR: out.set_int(tm.tm_year % 100); break;
    case SysVar::YEAR4: out.set_int(tm.tm_year + 1900); break;
    case SysVar::TTY:
      out = Value::string(std::string_view(info_.phantom ? "phantom" : isatty(STDIN_FILENO) ? "console" : ""));
      break;
    case SysVar::SOCKET: out = info_.socket; break;
    case SysVar::LEVEL: out.set_int(1); break;
    case SysVar::SYSTEM_RETURN: out = system_return; break;
    case SysVar::HOSTNAME: {
      char host[256] = {0};
      gethostname(host, sizeof host - 1);
      out = Value::string(std::string_view(host));
      break;
    }
    case SysVar::IP_ADDR: out = Value::string(std::string_view()); break;
    case SysVar::SELECTED: out.set_int(0); break;  // compiled as the ~SELECTED built-in, never loaded here
    case SysVar::CRTWIDE: out.set_int(crt_size().wide); break;
    case SysVar::CRTHIGH: out.set_int(crt_size().high); break;
    default:
      other_sysvar(id, out);
      break;
  }
}

// The @variables of issue 10 that mvbasic can only give a fixed or simple value (see sysvars.def).
void Vm::other_sysvar(SysVar id, Value& out) {
  switch (id) {
    case SysVar::DS:
      out = Value::string(std::string_view("/"));
      break;
    case SysVar::SYS_BELL:
      out = Value::string(std::string_view("\x07"));
      break;
    case SysVar::VOC:
      fail("@VOC: mvbasic has no VOC file");
    case SysVar::QMSYS: {
      // The system account: where the built-in SYSCOM records live, beside the installed executable.
      char exe[4096];
      ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
      std::string e = n > 0 ? std::string(exe, static_cast<size_t>(n)) : std::string();
      out = Value::string(e.substr(0, e.find_last_of('/') + 1) + "../share/mvbasic");
      break;
    }
    case SysVar::TERM_TYPE:
      out = Value::string(std::string_view("vt100"));
      break;
    case SysVar::LPTRWIDE:
      out.set_int(crt_size().wide);
      break;
    case SysVar::LPTRHIGH:
      out.set_int(crt_size().high);
      break;
    case SysVar::DATA_PENDING: {
      std::string q;
      for (const std::string& item : data_queue) q += item + "\xFF";
      out = Value::string(std::move(q));
      break;
    }
    case SysVar::GID:
      out.set_int(static_cast<int64_t>(getgid()));
      break;
    case SysVar::UID:
      out.set_int(static_cast<int64_t>(getuid()));
      break;
    case SysVar::SYSTEM_SET:
      out = system_return;
      break;
    case SysVar::ABORT_MESSAGE:
      out = Value::string(abort_message_);  // set when a TRY/CATCH catches an abort (vm_exceptions.cpp)
      break;
    case SysVar::OPTION:
    case SysVar::COMMAND_STACK:
    case SysVar::PARASENTENCE:
    case SysVar::CONV:
    case SysVar::LPV:
      out = Value::string(std::string_view());
      break;
    default:
      out.set_int(0);
      break;  // @SYS0, @ITYPE.MODE, @ABORT.CODE, @TRANSACTION.*, @ND, @NI, @NS, @NV
  }
}

// CLEAR: every variable of the running program or routine becomes integer 0, a matrix element by element.
// COMMON variables, the parameters of a SUBROUTINE or FUNCTION (the caller's variables) and the compiler's
// hidden temporaries (a FOR loop's limit) are left alone.
void Vm::clear_vars() {
  const Program& p = prog();
  Frame& f = *frames_.back();
  std::vector<bool> keep(f.slots.size(), false);
  for (const CommonDecl& c : p.commons) {
    for (uint32_t s : c.slots) keep[s] = true;
  }
  for (uint32_t s : p.param_slots) keep[s] = true;
  for (size_t s = 0; s < f.slots.size(); ++s) {
    if (keep[s] || (s < p.var_names.size() && p.var_names[s].rfind('~', 0) == 0)) continue;
    Value& v = *f.slots[s];
    if (auto* m = v.is_handle() ? dynamic_cast<Matrix*>(v.handle_object()) : nullptr) {
      for (Value& cell : m->cells) cell = Value::integer(0);
    } else {
      v = Value::integer(0);
    }
  }
}

// The cell of assignable @variable `name` in this VM's hidden ~SYSCOM block, made when no unit has bound the
// block that far yet (a deque never moves the cells already bound).
Value* Vm::syscom_value(const std::string& name) {
  std::string canonical;
  if (!syscom_cell(name, canonical)) return nullptr;
  const std::vector<SyscomCell>& cells = syscom_cells();
  size_t at = 0;
  while (at < cells.size() && cells[at].name != canonical) ++at;
  if (at == cells.size()) return nullptr;
  std::deque<Value>& block = commons_[kSyscomBlock];
  while (block.size() <= at) {
    bool empty = cells[block.size()].starts_empty;
    block.push_back(empty ? Value::string(std::string_view()) : Value::integer(0));
  }
  return &block[at];
}

}  // namespace mv::runtime
