// The dispatch loop. Each case does the common integer or in-place string work inline and hands
// everything else to an out-of-line slow path in vm_ops.cpp. Errors are C++ exceptions that end the run.
#include "runtime/vm.hpp"

#include <unistd.h>

#include <cstring>

namespace mv::runtime {

namespace {
constexpr size_t kStackSize = 1 << 16;
}

Vm::Vm(const Program& program, const BuiltinFn* builtins, ProcessInfo info)
    : program_(program), builtins_(builtins), info_(std::move(info)) {
  vars_.resize(program.var_names.size());
  stack_.resize(kStackSize);
  for (const Constant& c : program.constants) {
    switch (c.type) {
      case Constant::Type::Str: constants_.push_back(Value::string(c.text)); break;
      case Constant::Type::Int: constants_.push_back(Value::integer(c.i)); break;
      case Constant::Type::Float: constants_.push_back(Value::real(c.f)); break;
    }
  }
}

Vm::~Vm() { flush_output(); }

Outcome Vm::run() {
  Outcome outcome;
  try {
    outcome = execute();
  } catch (const RuntimeError& e) {
    flush_output();
    error_report_ = describe_position(pc_) + ": runtime error: " + e.what() + "\n";
    for (size_t i = gosubs_.size(); i-- > 0;) {
      error_report_ += "    called by GOSUB at " + describe_position(gosubs_[i] - 1) + "\n";
    }
    return Outcome::Failed;
  }
  flush_output();
  return outcome;
}

[[noreturn]] void Vm::unassigned(uint32_t slot) const {
  fail("Unassigned variable " + program_.var_names[slot]);
}

Outcome Vm::execute() {
  const uint32_t* code = program_.code.data();
  Value* vars = vars_.data();
  Value* sp = stack_.data();
  Value* const stack_end = stack_.data() + kStackSize - 8;
  uint32_t pc = 0;
  for (;;) {
    pc_ = pc;
    uint32_t w = code[pc++];
    int32_t a = decode_a(w);
    if (trace_) {
      const LineEntry* le = program_.line_at(pc - 1);
      std::fprintf(stderr, "[trace] %s:%u %5u %s %d\n", program_.files[le ? le->file : 0].c_str(),
                   le ? le->line : 0, pc - 1, op_info(decode_op(w)).name, a);
    }
    switch (decode_op(w)) {
      case Op::NOP: break;
      case Op::PUSH_CONST: *sp++ = constants_[a]; break;
      case Op::PUSH_INT: (sp++)->set_int(a); break;
      case Op::PUSH_EMPTY: *sp++ = Value::string(std::string_view()); break;
      case Op::LOAD: {
        const Value& v = vars[a];
        if (v.is_unassigned()) unassigned(a);
        *sp++ = v;
        break;
      }
      case Op::LOAD_ANY: *sp++ = vars[a]; break;
      case Op::STORE: vars[a] = std::move(*--sp); break;
      case Op::POP: (--sp)->reset(); break;
      case Op::DUP: *sp = sp[-1]; ++sp; break;
      case Op::ADD: case Op::SUB: case Op::MUL: {
        Value& x = sp[-2];
        Value& y = sp[-1];
        int64_t r;
        Op op = decode_op(w);
        bool ok = x.is_int() && y.is_int() &&
                  !(op == Op::ADD   ? __builtin_add_overflow(x.int_value(), y.int_value(), &r)
                    : op == Op::SUB ? __builtin_sub_overflow(x.int_value(), y.int_value(), &r)
                                    : __builtin_mul_overflow(x.int_value(), y.int_value(), &r));
        if (ok) x.set_int(r);
        else arith(op, x, y);
        (--sp)->reset();
        break;
      }
      case Op::DIV: case Op::IDIV:
        arith(decode_op(w), sp[-2], sp[-1]);
        (--sp)->reset();
        break;
      case Op::POW: power(sp[-2], sp[-1]); (--sp)->reset(); break;
      case Op::NEG: negate(sp[-1]); break;
      case Op::CAT: concat(sp[-2], sp[-1]); (--sp)->reset(); break;
      case Op::EQ: case Op::NE: case Op::LT: case Op::GT: case Op::LE: case Op::GE: {
        bool r = compare_op(decode_op(w), sp[-2], sp[-1]);
        sp[-2].set_int(r);
        (--sp)->reset();
        break;
      }
      case Op::AND: case Op::OR: {
        bool x = truthy(sp[-2]), y = truthy(sp[-1]);
        sp[-2].set_int(decode_op(w) == Op::AND ? (x && y) : (x || y));
        (--sp)->reset();
        break;
      }
      case Op::NOT: sp[-1].set_int(!truthy(sp[-1])); break;
      case Op::JUMP: pc = a; break;
      case Op::JUMP_FALSE: if (!truthy(*--sp)) pc = a; sp->reset(); break;
      case Op::JUMP_TRUE: if (truthy(*--sp)) pc = a; sp->reset(); break;
      case Op::GOSUB:
        if (gosubs_.size() > 100000) fail("GOSUB nested too deeply (runaway recursion?)");
        gosubs_.push_back(pc);
        pc = a;
        break;
      case Op::RETURN:
        if (gosubs_.empty()) return Outcome::Finished;
        pc = gosubs_.back();
        gosubs_.pop_back();
        break;
      case Op::RETURN_TO:
        if (gosubs_.empty()) fail("RETURN TO without a GOSUB");
        gosubs_.pop_back();
        pc = a;
        break;
      case Op::ON_GOSUB: case Op::ON_GOTO: {
        const std::vector<uint32_t>& table = program_.tables[code[pc++]];
        int64_t n = integer(*--sp);
        sp->reset();
        // Out-of-range selectors go to the first or last label, as QM does.
        if (n < 1) n = 1;
        if (n > a) n = a;
        if (decode_op(w) == Op::ON_GOSUB) gosubs_.push_back(pc);
        pc = table[n - 1];
        break;
      }
      case Op::CALL_BUILTIN: {
        uint32_t argc = code[pc++];
        Value* args = sp - argc;
        Value out;
        builtins_[a](*this, args, static_cast<int>(argc), out);
        for (Value* p = args; p < sp; ++p) p->reset();
        sp = args;
        *sp++ = std::move(out);
        break;
      }
      case Op::EXTRACT: {
        Value out;
        extract(out, sp[-4], sp - 3, nullptr);
        for (int k = 1; k <= 4; ++k) sp[-k].reset();
        sp -= 4;
        *sp++ = std::move(out);
        break;
      }
      case Op::EXTRACT_VAR: {
        const Value& v = vars[a];
        if (v.is_unassigned()) unassigned(a);
        Value out;
        extract(out, v, sp - 3, v.is_str() && v.buffer() ? &v.buffer()->hint : nullptr);
        for (int k = 1; k <= 3; ++k) sp[-k].reset();
        sp -= 3;
        *sp++ = std::move(out);
        break;
      }
      case Op::REPLACE_VAR: case Op::INSERT_VAR:
        replace_in_var(a, sp - 4, sp[-1], decode_op(w) == Op::REPLACE_VAR ? 0 : 1);
        for (int k = 1; k <= 4; ++k) sp[-k].reset();
        sp -= 4;
        break;
      case Op::DELETE_VAR:
        replace_in_var(a, sp - 3, Value(), 2);
        for (int k = 1; k <= 3; ++k) sp[-k].reset();
        sp -= 3;
        break;
      case Op::CAT_VAR: {
        Value& v = vars[a];
        if (v.is_unassigned()) unassigned(a);
        const Value& x = sp[-1];
        if (x.is_str()) v.mutable_str().append(x.str());
        else concat(v, x);
        (--sp)->reset();
        break;
      }
      case Op::ADD_VAR: {
        Value& v = vars[a];
        const Value& x = sp[-1];
        int64_t r;
        if (v.is_int() && x.is_int() && !__builtin_add_overflow(v.int_value(), x.int_value(), &r)) v.set_int(r);
        else add_to_var(v, x);
        (--sp)->reset();
        break;
      }
      case Op::ADD_VVV: {
        const Value& x = vars[code[pc]];
        const Value& y = vars[code[pc + 1]];
        pc += 2;
        int64_t r;
        if (x.is_int() && y.is_int() && !__builtin_add_overflow(x.int_value(), y.int_value(), &r)) {
          vars[a].set_int(r);
        } else {
          if (x.is_unassigned()) unassigned(code[pc - 2]);
          if (y.is_unassigned()) unassigned(code[pc - 1]);
          Value t = x;
          arith(Op::ADD, t, y);
          vars[a] = std::move(t);
        }
        break;
      }
      case Op::SUBSTR: {
        Value out;
        substr(out, sp[-3], sp[-2], &sp[-1]);
        for (int k = 1; k <= 3; ++k) sp[-k].reset();
        sp -= 3;
        *sp++ = std::move(out);
        break;
      }
      case Op::SUBSTR_TAIL: {
        Value out;
        substr(out, sp[-2], sp[-1], nullptr);
        sp[-1].reset();
        sp[-2].reset();
        sp -= 2;
        *sp++ = std::move(out);
        break;
      }
      case Op::SUBSTR_SET:
        substr_set(a, sp[-3], sp[-2], sp[-1]);
        for (int k = 1; k <= 3; ++k) sp[-k].reset();
        sp -= 3;
        break;
      case Op::FOR_STEP: case Op::FOR_CHECK: {
        Value& var = vars[a];
        const Value& step = vars[code[pc]];
        uint32_t target = code[pc + 1];
        pc += 2;
        Value& limit = sp[-1];
        if (decode_op(w) == Op::FOR_STEP) {
          int64_t next;
          if (var.is_int() && step.is_int() && limit.is_int() &&
              !__builtin_add_overflow(var.int_value(), step.int_value(), &next)) {
            if (step.int_value() >= 0 ? next <= limit.int_value() : next >= limit.int_value()) {
              var.set_int(next);
              pc = target;
            }
          } else if (for_step(var, step, limit, false)) {
            pc = target;
          }
        } else if (for_step(var, step, limit, true)) {
          pc = target;
        }
        (--sp)->reset();
        break;
      }
      case Op::PRINT: print_value(sp[-1]); (--sp)->reset(); break;
      case Op::PRINT_TAB: {
        size_t nl = line_.rfind('\n');
        size_t col = nl == std::string::npos ? line_.size() : line_.size() - nl - 1;
        line_.append(10 - col % 10, ' ');
        break;
      }
      case Op::PRINT_END: print_end(a != 0); break;
      case Op::PRECISION: {
        int64_t p = integer(sp[-1]);
        precision = static_cast<int>(p < 0 ? 0 : (p > 14 ? 14 : p));
        (--sp)->reset();
        break;
      }
      case Op::LOCATE:
        locate(sp - 6);
        sp -= 4;
        break;
      case Op::REMOVE_VAR:
        remove_from(a, sp[0], sp[1]);
        sp += 2;
        break;
      case Op::DIM:
        dim(a, sp[-2], sp[-1]);
        sp[-1].reset();
        sp[-2].reset();
        sp -= 2;
        break;
      case Op::MAT_LOAD: {
        Value& cell = matrix_cell(a, sp[-2], sp[-1]);
        if (cell.is_unassigned()) fail("Unassigned matrix element " + program_.var_names[a]);
        sp[-1].reset();
        sp[-2] = cell;
        --sp;
        break;
      }
      case Op::MAT_STORE: {
        Value& cell = matrix_cell(a, sp[-3], sp[-2]);
        cell = std::move(sp[-1]);
        for (int k = 1; k <= 3; ++k) sp[-k].reset();
        sp -= 3;
        break;
      }
      case Op::STOP: case Op::ABORT: {
        Value msg = std::move(*--sp);
        if (!(msg.is_str() && msg.str().empty())) {
          print_value(msg);
          print_end(true);
        }
        return decode_op(w) == Op::STOP ? Outcome::Stopped : Outcome::Aborted;
      }
      case Op::HALT: return Outcome::Finished;
      case Op::LOAD_SYSVAR: sysvar(static_cast<SysVar>(a), *sp++); break;
      case Op::kCount: fail("corrupt bytecode");
    }
    if (sp >= stack_end) fail("expression stack overflow");
  }
}

}  // namespace mv::runtime
