// Arithmetic on numeric arrays in the VM: when an operand of + - * / // ** or unary minus is a string that
// is not one number but holds marks, the operation runs value by value (runtime/numeric_array.hpp). Plain
// numbers never come here: the dispatch loop and Vm::arith only call in after a string failed to read as
// a number.
#include "runtime/numeric_array.hpp"
#include "runtime/vm.hpp"

namespace mv::runtime {

// A value missing from the left array counts as 0; one missing from the right counts as 0, except for a
// divisor or an exponent, where it counts as 1 so that the left value comes through unchanged.
// An operand wrapped in REUSE() gives its last element in place of a missing one.
void Vm::array_arith(Op op, Value& a, const Value& b) {
  const bool unit_right = op == Op::DIV || op == Op::IDIV || op == Op::POW;
  const bool reuse_a = is_reused(a), reuse_b = is_reused(b);
  const Value& va = reuse_a ? *a.handle_object()->reused_value() : a;
  const Value& vb = reuse_b ? *b.handle_object()->reused_value() : b;
  std::string sa, sb, out;
  std::string_view left = text(va, sa), right = text(vb, sb);
  std::string_view last_left, last_right;
  pair_elements(left, right, out, [&](const Element& x, const Element& y, std::string& r) {
    if (!x.missing) last_left = x.text;
    if (!y.missing) last_right = y.text;
    Value l = x.missing ? (reuse_a ? Value::string(last_left) : Value::integer(0)) : Value::string(x.text);
    Value m = y.missing ? (reuse_b ? Value::string(last_right) : Value::integer(unit_right ? 1 : 0))
                        : Value::string(y.text);
    if (op == Op::POW)
      power(l, m);
    else
      arith(op, l, m);
    append_text(r, l, precision);
  });
  a = Value::string(std::move(out));
}

void Vm::array_negate(Value& a) {
  std::string sa, out;
  each_element(text(a, sa), out, [&](std::string_view e, std::string& r) {
    Value v = Value::string(e);
    negate(v);
    append_text(r, v, precision);
  });
  a = Value::string(std::move(out));
}

}  // namespace mv::runtime
