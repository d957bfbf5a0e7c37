// Numeric built-ins: INT, ABS, MOD/REM (floor and truncating remainders), division forms, MAX/MIN,
// bit operations, powers, logarithms and trigonometry in degrees. Those QM applies to numeric arrays value
// by value call math_arrays.hpp first.
#include <cmath>
#include <random>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/math/math_arrays.hpp"

namespace mv::stdlib {

using runtime::Number;

namespace {

void set_number(Value& out, double d) { out = Value::real(d); }

// Floor (MOD) or truncating (REM) remainder; a zero divisor returns the dividend, as QM does.
void remainder(Context& cx, Value* args, Value& out, bool floor_mode) {
  // Integer arguments (MOD(I, 97) in a loop) need no numeric reading.
  Number a = args[0].is_int() ? Number{true, args[0].int_value(), 0.0} : cx.number(args[0]);
  Number b = args[1].is_int() ? Number{true, args[1].int_value(), 0.0} : cx.number(args[1]);
  if (a.is_int && b.is_int) {
    if (b.i == 0) { out.set_int(a.i); return; }
    if (b.i == -1) { out.set_int(0); return; }
    int64_t r = a.i % b.i;
    if (floor_mode && r != 0 && ((r < 0) != (b.i < 0))) r += b.i;
    out.set_int(r);
    return;
  }
  double x = a.as_double(), y = b.as_double();
  if (y == 0) { set_number(out, x); return; }
  double r = std::fmod(x, y);
  if (floor_mode && r != 0 && ((r < 0) != (y < 0))) r += y;
  set_number(out, r);
}

int64_t bits(Context& cx, const Value& v) { return cx.integer(v); }

}  // namespace

void fn_abs(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_abs, args, out)) return;
  Number n = cx.number(args[0]);
  if (n.is_int && n.i != INT64_MIN) out.set_int(n.i < 0 ? -n.i : n.i);
  else set_number(out, std::fabs(n.as_double()));
}

void fn_int(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_int, args, out)) return;
  Number n = cx.number(args[0]);
  if (n.is_int) { out.set_int(n.i); return; }
  double t = std::trunc(runtime::intprec_round(n.f));
  if (std::fabs(t) < 9e18) out.set_int(static_cast<int64_t>(t));
  else set_number(out, t);
}

void fn_mod(Context& cx, Value* args, int, Value& out) { remainder(cx, args, out, true); }
void fn_rem(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_2(cx, fn_rem, args, out, 0)) return;
  remainder(cx, args, out, false);
}

void fn_neg(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_neg, args, out)) return;
  Number n = cx.number(args[0]);
  if (n.is_int && n.i != INT64_MIN) out.set_int(-n.i);
  else set_number(out, -n.as_double());
}

void fn_idiv(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_2(cx, fn_idiv, args, out, 1)) return;
  Number a = cx.number(args[0]), b = cx.number(args[1]);
  if (b.as_double() == 0) cx.fail("Division by zero");
  if (a.is_int && b.is_int && b.i != -1) { out.set_int(a.i / b.i); return; }
  double t = std::trunc(a.as_double() / b.as_double());
  if (std::fabs(t) < 9e18) out.set_int(static_cast<int64_t>(t));
  else set_number(out, t);
}

void fn_rdiv(Context& cx, Value* args, int, Value& out) {
  Number a = cx.number(args[0]), b = cx.number(args[1]);
  if (b.as_double() == 0) cx.fail("Division by zero");
  double t = std::round(a.as_double() / b.as_double());
  if (std::fabs(t) < 9e18) out.set_int(static_cast<int64_t>(t));
  else set_number(out, t);
}

void fn_max(Context& cx, Value* args, int, Value& out) {
  Number a = cx.number(args[0]), b = cx.number(args[1]);
  out = Value::number(b.as_double() > a.as_double() ? b : a);
}

void fn_min(Context& cx, Value* args, int, Value& out) {
  Number a = cx.number(args[0]), b = cx.number(args[1]);
  out = Value::number(b.as_double() < a.as_double() ? b : a);
}

void fn_bitand(Context& cx, Value* args, int, Value& out) { out.set_int(bits(cx, args[0]) & bits(cx, args[1])); }
void fn_bitor(Context& cx, Value* args, int, Value& out) { out.set_int(bits(cx, args[0]) | bits(cx, args[1])); }
void fn_bitxor(Context& cx, Value* args, int, Value& out) { out.set_int(bits(cx, args[0]) ^ bits(cx, args[1])); }
void fn_bitnot(Context& cx, Value* args, int, Value& out) { out.set_int(~bits(cx, args[0])); }

namespace {
int64_t bit_mask(Context& cx, const Value& v) {
  int64_t b = cx.integer(v);
  if (b < 0 || b > 62) cx.fail("Bit number " + std::to_string(b) + " is out of range 0 to 62");
  return int64_t{1} << b;
}
}  // namespace

void fn_bitset(Context& cx, Value* args, int, Value& out) { out.set_int(bits(cx, args[0]) | bit_mask(cx, args[1])); }
void fn_bitreset(Context& cx, Value* args, int, Value& out) {
  out.set_int(bits(cx, args[0]) & ~bit_mask(cx, args[1]));
}
void fn_bittest(Context& cx, Value* args, int, Value& out) {
  out.set_int((bits(cx, args[0]) & bit_mask(cx, args[1])) != 0);
}

void fn_sqrt(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_sqrt, args, out)) return;
  double d = cx.real(args[0]);
  if (d < 0) cx.fail("SQRT of a negative number");
  set_number(out, std::sqrt(d));
}

void fn_pwr(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_2(cx, fn_pwr, args, out, 1)) return;
  Number a = cx.number(args[0]), b = cx.number(args[1]);
  double r = std::pow(a.as_double(), b.as_double());
  if (a.is_int && b.is_int && b.i >= 0 && std::fabs(r) < 9e15) out.set_int(static_cast<int64_t>(r));
  else set_number(out, r);
}

void fn_exp(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_exp, args, out)) return;
  set_number(out, std::exp(cx.real(args[0])));
}

void fn_ln(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_ln, args, out)) return;
  double d = cx.real(args[0]);
  if (d <= 0) cx.fail("LN of a number that is not positive");
  set_number(out, std::log(d));
}

namespace {
constexpr double kDegree = 3.14159265358979323846 / 180.0;
}
void fn_sin(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_sin, args, out)) return;
  set_number(out, std::sin(cx.real(args[0]) * kDegree));
}
void fn_cos(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_cos, args, out)) return;
  set_number(out, std::cos(cx.real(args[0]) * kDegree));
}
void fn_tan(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_tan, args, out)) return;
  set_number(out, std::tan(cx.real(args[0]) * kDegree));
}

// RND's generator, seeded at random; RANDOMIZE (stdlib/system/process_misc.cpp) reseeds it.
std::mt19937_64& rnd_engine() {
  static std::mt19937_64 rng{std::random_device{}()};
  return rng;
}

void fn_rnd(Context& cx, Value* args, int, Value& out) {
  if (numeric_array_1(cx, fn_rnd, args, out)) return;
  std::mt19937_64& rng = rnd_engine();
  int64_t n = cx.integer(args[0]);
  if (n == 0) { out.set_int(0); return; }
  int64_t m = n < 0 ? -n : n;
  int64_t r = static_cast<int64_t>(rng() % static_cast<uint64_t>(m));
  out.set_int(n < 0 ? -r : r);
}

void fn_num(Context&, Value* args, int, Value& out) {
  runtime::Number n;
  const Value& v = args[0];
  out.set_int(v.is_numeric_kind() || (v.is_str() && (v.str().empty() || runtime::strict_number(v, n))));
}

void fn_not(Context&, Value* args, int, Value& out) { out.set_int(!runtime::truthy(args[0])); }

}  // namespace mv::stdlib
