// The dispatch loop. Each case does the common integer or in-place string work inline and hands
// everything else to an out-of-line slow path in vm_ops.cpp. Errors are C++ exceptions that end the run.
#include "runtime/vm.hpp"

#include "runtime/object.hpp"
#include "runtime/vm_fast.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <cstring>
#include <new>

namespace mv::runtime {

namespace {
// Room for the value stack. Each activation checks, on entry, that its code's stack_bound fits; a call that
// would not fit fails as runaway recursion instead of writing past the end.
constexpr size_t kStackSize = 1 << 16;
}

Vm::Vm(std::shared_ptr<const Program> program, const BuiltinFn* builtins, ProcessInfo info, const Config& cfg,
       std::vector<Value>* globals)
    : builtins_(builtins), info_(std::move(info)), config_(cfg) {
  process = &info_;
  this->config = &config_;
  const LoadedProgram* main = load_unit(std::move(program));
  size_t room = std::max(kStackSize, static_cast<size_t>(main->stack_bound) + 1);
  // A private mapping: the pages come zeroed (an all-zero Value is unassigned) and are touched only when used.
  // Not calloc, which in a long-lived process (a serve worker running a VM per connection) comes to serve the
  // megabyte from the heap once glibc's mmap threshold has risen, and then clears all of it every time.
  void* mem = ::mmap(nullptr, room * sizeof(Value), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) throw std::bad_alloc();
  stack_ = static_cast<Value*>(mem);
  stack_built_ = stack_;
  stack_end_ = stack_ + room;
  reserve_stack(stack_, *main);
  auto frame = std::make_unique<Frame>();
  frame->unit = main;
  size_t n = main->program->var_names.size();
  std::vector<Value>& storage = globals ? *globals : frame->storage;
  if (storage.size() < n) storage.resize(n);
  frame->slots.resize(n);
  for (size_t i = 0; i < n; ++i) frame->slots[i] = &storage[i];
  frames_.push_back(std::move(frame));
  bind_commons(*frames_.back());
}

Vm::~Vm() {
  flush_output();
  // Objects still waiting for DESTROY.OBJECT when the run ended are freed without it.
  for (ObjectValue* o : pending_destroy_) {
    o->refs = 1;
    Value gone = Value::handle(o);
  }
  for (Value* v = stack_; v < stack_built_; ++v) v->~Value();
  ::munmap(stack_, static_cast<size_t>(stack_end_ - stack_) * sizeof(Value));
}

// Makes sure an activation of unit starting at sp has its stack_bound of constructed slots above sp.
void Vm::reserve_stack(Value* sp, const LoadedProgram& unit) {
  Value* need = sp + unit.stack_bound;
  if (need > stack_end_) fail("Calls nested too deeply (runaway recursion?)");
  for (; stack_built_ < need; ++stack_built_) new (stack_built_) Value();
}

const LoadedProgram* Vm::load_unit(std::shared_ptr<const Program> p) {
  LoadedProgram& u = units_.emplace_back();
  fill_unit(u, std::move(p));
  return &u;
}

void fill_unit(LoadedProgram& u, std::shared_ptr<const Program> p) {
  for (const Constant& c : p->constants) {
    switch (c.type) {
      case Constant::Type::Str: u.constants.push_back(Value::string(c.text)); break;
      case Constant::Type::Int: u.constants.push_back(Value::integer(c.i)); break;
      case Constant::Type::Float: u.constants.push_back(Value::real(c.f)); break;
    }
  }
  u.stack_bound = stack_bound(*p);
  // A VAR.ARGS routine has the hidden variable that receives the number of arguments passed.
  for (size_t i = 0; i < p->var_names.size(); ++i)
    if (p->var_names[i] == kArgCountVar)
      u.argc_slot = static_cast<int32_t>(i);
    else if (p->var_names[i] == kUnassignedCommonVar)
      u.unassigned_common = true;
  u.program = std::move(p);
}

Outcome Vm::run() {
  Outcome result;
  try {
    result = execute_guarded();
  } catch (const RuntimeError& e) {
    flush_output();
    // Innermost first: the failing line, its GOSUBs, then each CALL site outward.
    // A line that repeats the one before it (deep recursion) is counted, not printed again.
    uint32_t pc = pc_;
    error_report_.clear();
    std::string last;
    size_t repeats = 0;
    auto add = [&](std::string text) {
      if (text == last) {
        ++repeats;
        return;
      }
      if (repeats) error_report_ += "    ... the line above " + std::to_string(repeats) + " more times\n";
      repeats = 0;
      error_report_ += text;
      last = std::move(text);
    };
    for (size_t i = frames_.size(); i-- > 0;) {
      const Frame& f = *frames_[i];
      const Program& p = *f.unit->program;
      if (i + 1 == frames_.size()) add(describe_position(p, pc) + ": runtime error: " + e.what() + "\n");
      else add("    called from " + describe_position(p, pc) + "\n");
      for (size_t g = f.gosubs.size(); g-- > 0;)
        add("    called by GOSUB at " + describe_position(p, f.gosubs[g] - 1) + "\n");
      pc = f.call_pc;
    }
    add("");  // writes the count of a repeated last line, if any
    return Outcome::Failed;
  } catch (const StopRequest&) {
    result = Outcome::Stopped;
  }
  flush_output();
  return result;
}

// Direct-threaded dispatch: each handler jumps straight to the next through a table of label addresses
// (a GCC extension), markedly faster than a switch for a loop this small. The hot cases do integer and
// in-place string work inline; everything else goes to the out-of-line helpers in vm_ops.cpp.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
template <bool kTrace>
Outcome Vm::execute() {
  const uint32_t* code;
  Value* const* vars;
  const Value* consts;
  // After a caught exception, execution resumes in the CATCH clause (vm_exceptions.cpp).
  Value* sp = resume_sp_ ? resume_sp_ : stack_;
  resume_sp_ = nullptr;
#define LOAD_FRAME()                                  \
  do {                                                \
    Frame& f_ = *frames_.back();                      \
    code = f_.unit->program->code.data();             \
    consts = f_.unit->constants.data();               \
    vars = f_.slots.data();                           \
  } while (0)
  LOAD_FRAME();
  uint32_t pc = resume_pc_;
  resume_pc_ = 0;
  uint32_t w = 0;
  int32_t a = 0;
  void* table[256];
  for (void*& t : table) t = &&L_kCount;
#define OP(name, words, effect, doc) table[static_cast<size_t>(Op::name)] = &&L_##name;
#include "runtime/opcodes.def"
#undef OP
  // Objects whose last reference goes are destroyed by pointing every entry at L_OBJ_PENDING until it runs.
  dispatch_ = table;
  pending_label_ = &&L_OBJ_PENDING;
  if (!pending_destroy_.empty()) divert_dispatch();
// Debug builds (the sanitizer build among them) check at every dispatch that the stack stayed within the
// slots reserve_stack constructed, which tests the stack bound against every program the tests run.
#ifdef NDEBUG
#define STACK_CHECK() ((void)0)
#else
#define STACK_CHECK() assert(sp >= stack_ && sp <= stack_built_)
#endif
#define NEXT()                                  \
  do {                                          \
    STACK_CHECK();                              \
    pc_ = pc;                                   \
    w = code[pc++];                             \
    a = decode_a(w);                            \
    if constexpr (kTrace) trace(pc - 1, w, sp); \
    goto* table[w & 0xFF];                      \
  } while (0)
// Handlers that hold Values in their own scope leave it by a plain goto, so those Values are destroyed,
// and dispatch from the shared point below; the rest jump straight to the next handler.
#define NEXT_SCOPED() goto dispatch
#define POP_N(n)                                \
  do {                                          \
    for (int k_ = 1; k_ <= (n); ++k_) sp[-k_].reset(); \
    sp -= (n);                                  \
  } while (0)

dispatch:
  NEXT();

L_NOP:
  NEXT();
L_PUSH_CONST:
  *sp++ = consts[a];
  NEXT();
L_PUSH_INT:
  (sp++)->set_int(a);
  NEXT();
L_PUSH_EMPTY:
  *sp++ = Value::string(std::string_view());
  NEXT();
L_LOAD: {
  const Value& v = (*vars[a]);
  if (v.is_unassigned()) [[unlikely]] unassigned(a);
  *sp++ = v;
  NEXT();
}
L_LOAD_ANY:
  *sp++ = (*vars[a]);
  NEXT();
L_STORE:
  (*vars[a]) = std::move(*--sp);
  NEXT();
L_POP:
  (--sp)->reset();
  NEXT();
L_DUP:
  *sp = sp[-1];
  ++sp;
  NEXT();
L_ADD: {
  int64_t r;
  if (sp[-2].is_int() && sp[-1].is_int() && !__builtin_add_overflow(sp[-2].int_value(), sp[-1].int_value(), &r))
    sp[-2].set_int(r);
  else
    arith(Op::ADD, sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
}
L_SUB: {
  int64_t r;
  if (sp[-2].is_int() && sp[-1].is_int() && !__builtin_sub_overflow(sp[-2].int_value(), sp[-1].int_value(), &r))
    sp[-2].set_int(r);
  else
    arith(Op::SUB, sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
}
L_MUL: {
  int64_t r;
  if (sp[-2].is_int() && sp[-1].is_int() && !__builtin_mul_overflow(sp[-2].int_value(), sp[-1].int_value(), &r))
    sp[-2].set_int(r);
  else
    arith(Op::MUL, sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
}
L_DIV:
  arith(Op::DIV, sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
L_IDIV:
  arith(Op::IDIV, sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
L_POW:
  power(sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
L_NEG:
  negate(sp[-1]);
  NEXT();
L_CAT:
  // A : B : C: from the second ':' on, the temporary is extended in place (vm_fast.hpp).
  if (!append_in_place(sp[-2], sp[-1])) concat(sp[-2], sp[-1]);
  (--sp)->reset();
  NEXT();
L_EQ:
L_NE:
L_LT:
L_GT:
L_LE:
L_GE: {
  bool r;
  if (sp[-2].is_int() && sp[-1].is_int()) {
    int64_t x = sp[-2].int_value(), y = sp[-1].int_value();
    switch (decode_op(w)) {
      case Op::EQ: r = x == y; break;
      case Op::NE: r = x != y; break;
      case Op::LT: r = x < y; break;
      case Op::GT: r = x > y; break;
      case Op::LE: r = x <= y; break;
      default: r = x >= y; break;
    }
  } else {
    r = compare_op(decode_op(w), sp[-2], sp[-1]);
  }
  sp[-2].set_int(r);
  (--sp)->reset();
  NEXT();
}
L_AND:
L_OR: {
  bool x = truthy(sp[-2]), y = truthy(sp[-1]);
  sp[-2].set_int(decode_op(w) == Op::AND ? (x && y) : (x || y));
  (--sp)->reset();
  NEXT();
}
L_NOT:
  sp[-1].set_int(!truthy(sp[-1]));
  NEXT();
L_JUMP:
  if (static_cast<uint32_t>(a) < pc && g_interrupt) [[unlikely]] fail("Interrupted");
  pc = static_cast<uint32_t>(a);
  NEXT();
L_JUMP_FALSE:
  --sp;
  if (sp->is_int() ? sp->int_value() == 0 : !truthy(*sp)) pc = static_cast<uint32_t>(a);
  sp->reset();
  NEXT();
L_JUMP_TRUE:
  --sp;
  if (sp->is_int() ? sp->int_value() != 0 : truthy(*sp)) pc = static_cast<uint32_t>(a);
  sp->reset();
  NEXT();
L_GOSUB: {
  std::vector<uint32_t>& gosubs = frames_.back()->gosubs;
  if (gosubs.size() > 100000 || g_interrupt) [[unlikely]]
    fail(g_interrupt ? "Interrupted" : "GOSUB nested too deeply (runaway recursion?)");
  gosubs.push_back(pc);
  pc = static_cast<uint32_t>(a);
  NEXT();
}
L_RETURN:
L_RETURN_VALUE: {
  Frame& f = *frames_.back();
  if (decode_op(w) == Op::RETURN && !f.gosubs.empty()) {
    pc = f.gosubs.back();
    f.gosubs.pop_back();
    NEXT();
  }
  if (decode_op(w) == Op::RETURN_VALUE) f.result = std::move(*--sp);
  if (frames_.size() == 1) {
    // The program's objects are released first, so that their DESTROY.OBJECT routines run.
    if (release_main_objects()) {
      --pc;
      NEXT();
    }
    return Outcome::Finished;
  }
  // Leaving a CALLed routine: restore the caller's frame and PRECISION, then push a function's result.
  Value result = std::move(f.result);
  bool push = f.push_result;
  pc = f.return_pc;
  precision = f.saved_precision;
  frames_.pop_back();
  if (!handlers_.empty()) drop_handlers_of_popped_frames();
  LOAD_FRAME();
  if (push) {
    if (result.is_unassigned()) result = Value::string(std::string_view());
    *sp++ = std::move(result);
  }
  NEXT_SCOPED();
}
L_RETURN_TO: {
  std::vector<uint32_t>& gosubs = frames_.back()->gosubs;
  if (gosubs.empty()) fail("RETURN TO without a GOSUB");
  gosubs.pop_back();
  pc = static_cast<uint32_t>(a);
  NEXT();
}
L_CALL_LOCAL0: {
  const LocalRoutine* local = &prog().locals[static_cast<size_t>(a)];
  sp = enter(frames_.back()->unit, local, nullptr, 0, sp, pc - 1, pc, false);
  LOAD_FRAME();
  pc = local->entry;
  NEXT();
}
L_CALL:
L_CALL_FUNC:
L_CALL_VAR:
L_CALL_LOCAL: {
  uint32_t argc = code[pc];
  const uint32_t* desc = code + pc + 1;
  uint32_t call_pc = pc - 1;
  uint32_t after = pc + 1 + argc;
  Op op = decode_op(w);
  const LoadedProgram* unit = frames_.back()->unit;
  const LocalRoutine* local = nullptr;
  if (op == Op::CALL_LOCAL) {
    local = &prog().locals[static_cast<size_t>(a)];
  } else {
    std::string scratch;
    std::string name(op == Op::CALL_VAR ? text(*vars[a], scratch) : consts[a].str());
    unit = find_routine(name, op == Op::CALL_FUNC);
  }
  bool push = op == Op::CALL_FUNC || (local && local->is_function);
  sp = enter(unit, local, desc, argc, sp, call_pc, after, push);
  LOAD_FRAME();
  pc = local ? local->entry : 0;
  NEXT();
}
L_ON_GOSUB:
L_ON_GOTO: {
  const std::vector<uint32_t>& labels = prog().tables[code[pc++]];
  int64_t n = integer(*--sp);
  sp->reset();
  // Out-of-range selectors go to the first or last label, as QM does.
  if (n < 1) n = 1;
  if (n > a) n = a;
  if (decode_op(w) == Op::ON_GOSUB) frames_.back()->gosubs.push_back(pc);
  pc = labels[static_cast<size_t>(n - 1)];
  NEXT();
}
L_CALL_BUILTIN: {
  uint32_t argc = code[pc++];
  Value* args = sp - argc;
  Value out;
  builtins_[a](*this, args, static_cast<int>(argc), out);
  for (Value* p = args; p < sp; ++p) p->reset();
  sp = args;
  *sp++ = std::move(out);
  NEXT_SCOPED();
}
L_EXTRACT: {
  Value out;
  extract(out, sp[-4], sp - 3, nullptr);
  POP_N(4);
  *sp++ = std::move(out);
  NEXT_SCOPED();
}
L_EXTRACT_VAR: {
  const Value& v = (*vars[a]);
  if (v.is_unassigned()) unassigned(a);
  if (v.is_str() && sp[-3].is_int() && sp[-2].is_int() && sp[-1].is_int()) {
    // R<f,v,s> with integer positions reads the buffer in place. Followed by ADD on an integer total
    // (T + R<I,3>), a value of digits is added without making it a string, as EXTRACT_F does.
    StrBuf* b = v.buffer();
    const std::string_view item =
        b ? runtime::extract(b->data, sp[-3].int_value(), sp[-2].int_value(), sp[-1].int_value(), &b->hint)
          : std::string_view();
    int64_t sum;
    if (!kTrace && decode_op(code[pc]) == Op::ADD && add_digits(sp[-4], item, sum)) {
      sp[-4].set_int(sum);
      POP_N(3);
      ++pc;
      NEXT();
    }
    sp[-3] = Value::string(item);
    POP_N(2);
    NEXT();
  }
  Value out;
  extract(out, v, sp - 3, v.is_str() && v.buffer() ? &v.buffer()->hint : nullptr);
  POP_N(3);
  *sp++ = std::move(out);
  NEXT_SCOPED();
}
L_EXTRACT_F: {
  const Value& v = (*vars[a]);
  if (v.is_unassigned()) unassigned(a);
  int64_t f = sp[-1].is_int() ? sp[-1].int_value() : integer(sp[-1]);
  if (v.is_str()) {
    StrBuf* b = v.buffer();
    const std::string_view field = b ? runtime::extract(b->data, f, 0, 0, &b->hint) : std::string_view();
    // T + R<I> (EXTRACT_F then ADD) on an integer total and a field of digits adds the field's integer
    // without making it a string first; anything else (and any overflow) takes the two ops as they are.
    int64_t sum;
    if (!kTrace && decode_op(code[pc]) == Op::ADD && add_digits(sp[-2], field, sum)) {
      sp[-2].set_int(sum);
      (--sp)->reset();
      ++pc;
      NEXT();
    }
    sp[-1] = Value::string(field);
  } else {
    Value idx[3] = {Value::integer(f), Value::integer(0), Value::integer(0)};
    Value out;
    extract(out, v, idx, nullptr);
    sp[-1] = std::move(out);
  }
  NEXT();
}
L_REPLACE_VAR:
  replace_in_var(static_cast<uint32_t>(a), sp - 4, sp[-1], 0);
  POP_N(4);
  NEXT();
L_INSERT_VAR:
  replace_in_var(static_cast<uint32_t>(a), sp - 4, sp[-1], 1);
  POP_N(4);
  NEXT();
L_REPLACE_VAR_CA:
  replace_in_var(static_cast<uint32_t>(a), sp - 4, sp[-1], 3);
  POP_N(4);
  NEXT();
L_INSERT_VAR_CA:
  replace_in_var(static_cast<uint32_t>(a), sp - 4, sp[-1], 4);
  POP_N(4);
  NEXT();
L_SUBSTR_SET_PICK:
  substr_set_pick(static_cast<uint32_t>(a), sp[-3], sp[-2], sp[-1], code[pc++] == 2);
  POP_N(3);
  NEXT();
L_MAT_PICK:
  mat_pick(static_cast<uint32_t>(a));
  NEXT();
L_DELETE_VAR:
  replace_in_var(static_cast<uint32_t>(a), sp - 3, Value(), 2);
  POP_N(3);
  NEXT();
L_REPLACE_F: {
  Value& v = (*vars[a]);
  const Value& x = sp[-1];
  if (v.is_str() && !x.is_handle() && sp[-2].is_int() && sp[-2].int_value() == -1) {
    // X<-1> = Y on a string: append in place, keeping the field hint.
    // Appending leaves every existing field where it was, so the field hint stays valid.
    // A buffer only this variable holds needs no copy: its numeric readings go, the hint stays (what
    // mutable_str(true) does, without the call).
    StrBuf* own = v.buffer();
    if (own != nullptr && own->refs == 1) own->strict_state = own->lenient_state = 0;
    std::string& s = own != nullptr && own->refs == 1 ? own->data : v.mutable_str(true);
    if (x.is_int()) {
      append_digits(s, x.int_value(), s.empty() ? '\0' : kFM);  // the usual R<-1> = I
    } else {
      if (!s.empty()) s.push_back(kFM);
      append_text(s, x, precision);
    }
  } else {
    Value idx[4] = {sp[-2], Value::integer(0), Value::integer(0), sp[-1]};
    replace_in_var(static_cast<uint32_t>(a), idx, idx[3], 0);
  }
  POP_N(2);
  NEXT();
}
L_CAT_VAR: {
  Value& v = (*vars[a]);
  if (v.is_unassigned()) unassigned(a);
  const Value& x = sp[-1];
  if (x.is_str()) v.mutable_str().append(x.str());
  else concat(v, x);
  (--sp)->reset();
  NEXT();
}
L_ADD_VAR: {
  Value& v = (*vars[a]);
  const Value& x = sp[-1];
  int64_t r;
  if (v.is_int() && x.is_int() && !__builtin_add_overflow(v.int_value(), x.int_value(), &r)) v.set_int(r);
  else add_to_var(v, x);
  (--sp)->reset();
  NEXT();
}
L_ADD_VVV: {
  const Value& x = (*vars[code[pc]]);
  const Value& y = (*vars[code[pc + 1]]);
  int64_t r;
  if (x.is_int() && y.is_int() && !__builtin_add_overflow(x.int_value(), y.int_value(), &r)) {
    (*vars[a]).set_int(r);
  } else {
    if (x.is_unassigned()) unassigned(code[pc]);
    if (y.is_unassigned()) unassigned(code[pc + 1]);
    Value t = x;
    arith(Op::ADD, t, y);
    (*vars[a]) = std::move(t);
  }
  pc += 2;
  NEXT();
}
L_ADD_VVK: {
  const Value& x = (*vars[code[pc]]);
  const Value& y = consts[code[pc + 1]];
  int64_t r;
  if (x.is_int() && y.is_int() && !__builtin_add_overflow(x.int_value(), y.int_value(), &r)) {
    (*vars[a]).set_int(r);
  } else {
    if (x.is_unassigned()) unassigned(code[pc]);
    Value t = x;
    arith(Op::ADD, t, y);
    (*vars[a]) = std::move(t);
  }
  pc += 2;
  NEXT();
}
L_ADD_VVF: {
  // T = T + R<I>: an integer total and a field of digits add without a string; anything else does what
  // LOAD T, LOAD I, EXTRACT_F R, ADD, STORE T would (add_field, vm_ops.cpp).
  const Value& y = (*vars[code[pc]]);
  const Value& r = (*vars[code[pc + 1]]);
  const Value& iv = (*vars[code[pc + 2]]);
  int64_t sum;
  if (r.is_str() && iv.is_int() && r.buffer() &&
      add_digits(y, runtime::extract(r.buffer()->data, iv.int_value(), 0, 0, &r.buffer()->hint), sum)) {
    (*vars[a]).set_int(sum);
  } else {
    add_field(*vars[a], code + pc);
  }
  pc += 3;
  NEXT();
}
L_SUBSTR: {
  Value out;
  substr(out, sp[-3], sp[-2], &sp[-1]);
  POP_N(3);
  *sp++ = std::move(out);
  NEXT_SCOPED();
}
L_SUBSTR_TAIL: {
  Value out;
  substr(out, sp[-2], sp[-1], nullptr);
  POP_N(2);
  *sp++ = std::move(out);
  NEXT_SCOPED();
}
L_SUBSTR_SET:
  substr_set(static_cast<uint32_t>(a), sp[-3], sp[-2], sp[-1]);
  POP_N(3);
  NEXT();
L_FOR_CHECK:
  if (for_step((*vars[a]), (*vars[code[pc]]), sp[-1], true)) pc = code[pc + 1];
  else pc += 2;
  (--sp)->reset();
  NEXT();
L_FOR_STEP:
  if (g_interrupt) [[unlikely]] fail("Interrupted");
  if (for_step((*vars[a]), (*vars[code[pc]]), sp[-1], false)) pc = code[pc + 1];
  else pc += 2;
  (--sp)->reset();
  NEXT();
L_FOR_NEXT: {
  Value& var = (*vars[a]);
  const Value& step = (*vars[code[pc]]);
  const Value& limit = (*vars[code[pc + 2]]);
  int64_t next;
  if (var.is_int() && step.is_int() && limit.is_int()) {
    // A next value past the 64-bit range is past any integer limit: the loop ends.
    if (!__builtin_add_overflow(var.int_value(), step.int_value(), &next) &&
        (step.int_value() >= 0 ? next <= limit.int_value() : next >= limit.int_value())) {
      if (g_interrupt) [[unlikely]] fail("Interrupted");
      var.set_int(next);
      pc = code[pc + 1];
      NEXT();
    }
    pc += 3;
    NEXT();
  }
  if (limit.is_unassigned()) unassigned(code[pc + 2]);
  pc = for_step(var, step, limit, false) ? code[pc + 1] : pc + 3;
  NEXT();
}
L_FOR_NEXT1: {
  Value& var = (*vars[a]);
  const Value& limit = (*vars[code[pc + 2]]);
  int64_t next;
  if (var.is_int() && limit.is_int()) {
    if (!__builtin_add_overflow(var.int_value(), int64_t{1}, &next) && next <= limit.int_value()) {
      if (g_interrupt) [[unlikely]] fail("Interrupted");
      var.set_int(next);
      pc = code[pc + 1];
      NEXT();
    }
    pc += 3;
    NEXT();
  }
  if (limit.is_unassigned()) unassigned(code[pc + 2]);
  pc = for_step(var, (*vars[code[pc]]), limit, false) ? code[pc + 1] : pc + 3;
  NEXT();
}
L_PRINT:
  print_value(sp[-1]);
  (--sp)->reset();
  NEXT();
L_PRINT_TAB:
  // A comma in a PRINT list writes a tab character, as QM does.
  line += '\t';
  NEXT();
L_PRINT_END:
  print_end(static_cast<int>(a));
  NEXT();
L_PRECISION: {
  int64_t p = integer(sp[-1]);
  precision = static_cast<int>(p < 0 ? 0 : (p > 14 ? 14 : p));
  (--sp)->reset();
  NEXT();
}
L_LOCATE:
  locate(sp - 6, a != 0);
  sp -= 4;
  NEXT();
L_REMOVE_VAR:
  remove_from(static_cast<uint32_t>(a), sp[0], sp[1]);
  sp += 2;
  NEXT();
L_DIM:
  dim(static_cast<uint32_t>(a), sp[-2], sp[-1]);
  POP_N(2);
  NEXT();
L_MAT_LOAD:
L_MAT_LOAD_ANY: {
  Value* cell = matrix_cell(static_cast<uint32_t>(a), sp[-2], sp[-1]);
  if (cell->is_unassigned() && decode_op(w) == Op::MAT_LOAD)
    fail("Unassigned element of matrix " + prog().var_names[a]);
  sp[-1].reset();
  sp[-2] = *cell;
  --sp;
  NEXT();
}
L_MAT_STORE: {
  Value* cell = matrix_cell(static_cast<uint32_t>(a), sp[-3], sp[-2]);
  *cell = std::move(sp[-1]);
  POP_N(3);
  NEXT();
}
L_MAT_FILL:
  mat_fill(static_cast<uint32_t>(a), sp[-1]);
  (--sp)->reset();
  NEXT();
L_MAT_COPY:
  mat_copy(static_cast<uint32_t>(a), code[pc++]);
  NEXT();
L_MAT_PARSE:
  mat_parse(static_cast<uint32_t>(a), sp[-2], sp[-1]);
  POP_N(2);
  NEXT();
L_MAT_BUILD:
  mat_build(static_cast<uint32_t>(a), code[pc], sp[-3], sp[-2], sp[-1]);
  pc += 1;
  POP_N(3);
  NEXT();
L_STOP:
L_ABORT: {
  Value msg = std::move(*--sp);
  // A TRY/CATCH may catch ABORT as the exception SYS.ABORT; the message is then not shown.
  if (decode_op(w) == Op::ABORT && !handlers_.empty() && exception_caught("SYS.ABORT", 3))
    throw RuntimeError(string(msg), "SYS.ABORT");
  if (!(msg.is_str() && msg.str().empty())) {
    print_value(msg);
    print_end(1);
  }
  if (release_main_objects()) {
    // The program's objects go first; then this instruction runs again with nothing left to print.
    *sp++ = Value::string(std::string_view());
    --pc;
    NEXT_SCOPED();
  }
  return decode_op(w) == Op::STOP ? Outcome::Stopped : Outcome::Aborted;
}
L_HALT:
  // END (or running off the end) in a CALLed routine returns to its caller.
  if (frames_.size() > 1) {
    frames_.back()->gosubs.clear();
    w = encode(Op::RETURN);
    goto L_RETURN;
  }
  if (release_main_objects()) {
    --pc;
    NEXT();
  }
  return Outcome::Finished;
L_LOAD_SYSVAR:
  sysvar(static_cast<SysVar>(a), *sp++);
  NEXT();
L_PUSH_OUTCOME:
  (sp++)->set_int(outcome);
  NEXT();
L_GETREM_VAR:
  getrem(static_cast<uint32_t>(a), *sp++);
  NEXT();
L_SETREM_VAR:
  setrem(static_cast<uint32_t>(a), sp[-1]);
  POP_N(1);
  NEXT();
L_CLEAR_VARS:
  clear_vars();
  NEXT();
L_TRY_PUSH:
  try_push(a, code[pc++], sp);
  NEXT();
L_TRY_POP:
  try_pop();
  NEXT();
L_THROW:
  throw_value(sp[-2], sp[-1]);
L_OBJ_NEW:
L_OBJ_GET:
L_OBJ_SET: {
  uint32_t argc = code[pc];
  const uint32_t* desc = code + pc + 1;
  uint32_t after = pc + 1 + argc;
  uint32_t entry = kNoEntry;
  if (decode_op(w) == Op::OBJ_NEW) sp = new_object(desc, argc, sp, pc - 1, after, entry);
  else sp = object_call(std::string(consts[a].str()), decode_op(w) == Op::OBJ_GET, desc, argc, sp, pc - 1, after, entry);
  if (entry == kNoEntry) {
    pc = after;
    NEXT_SCOPED();
  }
  LOAD_FRAME();
  pc = entry;
  NEXT();
}
L_OBJ_ME:
  *sp++ = me();
  NEXT();
L_OBJ_INHERIT:
L_OBJ_DISINHERIT:
  inherit(sp[-1], decode_op(w) == Op::OBJ_INHERIT);
  POP_N(1);
  NEXT();
L_OBJ_PENDING: {
  // An object lost its last reference: run its DESTROY.OBJECT as a call that returns to the instruction
  // that was about to run.
  --pc;
  restore_dispatch();
  uint32_t entry = kNoEntry;
  sp = run_pending_destroy(sp, pc, entry);
  LOAD_FRAME();
  pc = entry;
  NEXT();
}
L_kCount:
  fail("corrupt bytecode: unknown opcode");
#undef NEXT
#undef STACK_CHECK
#undef POP_N
#undef LOAD_FRAME
}
#pragma GCC diagnostic pop

Outcome Vm::execute() {
  Running running(this);
  return trace_ ? execute<true>() : execute<false>();
}

// A value as the trace shows it: text with marks visible, or what kind of thing it is.
std::string Vm::traced_value(const Value& v) const {
  if (v.is_unassigned()) return "(unassigned)";
  if (v.is_handle()) return std::string("<") + v.handle_object()->type_name() + ">";
  std::string scratch;
  std::string_view t = text(v, scratch);
  return v.is_numeric_kind() ? std::string(t) : listing_text(t);  // numbers unquoted
}

// One trace line: the position, the instruction with its operand named, and the value it works on (the
// variable an instruction reads or changes, or the value a STORE is about to store).
void Vm::trace(uint32_t pc, uint32_t w, const Value* sp) const {
  const Program& p = prog();
  const LineEntry* le = p.line_at(pc);
  Op op = decode_op(w);
  int32_t a = decode_a(w);
  std::string shown = describe_operand(p, op, a, builtin_names_);
  if (op == Op::STORE) {
    shown += " <- " + traced_value(sp[-1]);
  } else if ((op == Op::LOAD || op == Op::ADD_VAR || op == Op::CAT_VAR || op == Op::EXTRACT_VAR) && a >= 0 &&
             static_cast<size_t>(a) < p.var_names.size()) {
    const Frame& f = *frames_.back();
    if (static_cast<size_t>(a) < f.slots.size() && f.slots[a]) shown += " = " + traced_value(*f.slots[a]);
  }
  std::fprintf(stderr, "[trace] %s:%u %5u %s %s\n", p.files[le ? le->file : 0].c_str(), le ? le->line : 0, pc,
               op_info(op).name, shown.c_str());
}

}  // namespace mv::runtime
