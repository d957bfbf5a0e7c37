// Numeric built-ins from QM's full name list: the inverse trigonometric functions (in degrees, as SIN, COS
// and TAN take them) and SHIFT. DIV() is IDIV's built-in under another name (see builtins.def).
#include <cmath>

#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {

constexpr double kDegreesPerRadian = 180.0 / 3.14159265358979323846;

// ACOS and ASIN are defined only from -1 to 1; anything else is a fatal error, as SQRT of a negative is.
double unit_argument(Context& cx, const Value& v, const char* name) {
  double d = cx.real(v);
  if (d < -1 || d > 1) cx.fail(std::string(name) + " of a number outside -1 to 1");
  return d;
}

}  // namespace

void fn_acos(Context& cx, Value* args, int, Value& out) {
  out = Value::real(std::acos(unit_argument(cx, args[0], "ACOS")) * kDegreesPerRadian);
}

void fn_asin(Context& cx, Value* args, int, Value& out) {
  out = Value::real(std::asin(unit_argument(cx, args[0], "ASIN")) * kDegreesPerRadian);
}

void fn_atan(Context& cx, Value* args, int, Value& out) {
  out = Value::real(std::atan(cx.real(args[0])) * kDegreesPerRadian);
}

// SHIFT(n, bits): a logical shift of n's 64-bit pattern, right for positive bits and left for negative;
// shifting by 64 or more places gives 0.
void fn_shift(Context& cx, Value* args, int, Value& out) {
  auto u = static_cast<uint64_t>(cx.integer(args[0]));
  int64_t bits = cx.integer(args[1]);
  if (bits >= 64 || bits <= -64)
    u = 0;
  else if (bits >= 0)
    u >>= bits;
  else
    u <<= -bits;
  out.set_int(static_cast<int64_t>(u));
}

}  // namespace mv::stdlib
