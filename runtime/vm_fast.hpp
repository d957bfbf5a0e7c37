// The small integer and in-place string steps the dispatch loop (vm.cpp) inlines on its hot paths: reading a
// field of digits as an integer, adding one to an integer total, writing an integer's digits, and appending
// to a string buffer that only one stack slot or variable holds. Kept here so that vm.cpp holds only the
// handlers; everything is inline, so the loop compiles as if the code were written in place.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.hpp"

namespace mv::runtime {

// The integer a field of an optional '-' and 1 to 18 digits reads as (quick_integer's rule, for a field that
// has no buffer of its own yet); false for anything else.
inline bool field_integer(std::string_view t, int64_t& out) {
  const size_t i = !t.empty() && t[0] == '-' ? 1 : 0;
  if (t.size() == i || t.size() - i > 18) return false;
  int64_t n = 0;
  for (size_t k = i; k < t.size(); ++k) {
    const auto d = static_cast<unsigned>(t[k] - '0');
    if (d > 9) return false;
    n = n * 10 + static_cast<int64_t>(d);
  }
  out = i == 1 ? -n : n;
  return true;
}

// total + item into `sum` when total is an integer, item a field of digits and the sum does not overflow:
// what ADD gives for T + R<I> in that case. False leaves the general path to the caller.
inline bool add_digits(const Value& total, std::string_view item, int64_t& sum) {
  int64_t n;
  return total.is_int() && field_integer(item, n) && !__builtin_add_overflow(total.int_value(), n, &sum);
}

// Writes the decimal digits of v (with its '-') to end the buffer before `end`; returns where they start.
inline char* int_digits(char* end, int64_t v) {
  uint64_t u = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  char* p = end;
  do {
    *--p = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u != 0);
  if (v < 0) *--p = '-';
  return p;
}

// Appends v's digits, after `mark` when `mark` is not '\0', in one append.
inline void append_digits(std::string& s, int64_t v, char mark) {
  char buf[24];
  char* const end = buf + sizeof buf;
  char* p = int_digits(end, v);
  if (mark != '\0') *--p = mark;
  s.append(p, static_cast<size_t>(end - p));
}

// The middle of an A : B : C chain: when `left` is a string only its stack slot holds, the right operand (a
// string or an integer) goes on in place, as Value::mutable_str and Vm::concat would do it, without their
// calls. False leaves the general concatenation to the caller.
inline bool append_in_place(Value& left, const Value& x) {
  StrBuf* b = left.is_str() ? left.buffer() : nullptr;
  if (b == nullptr || b->refs != 1 || !(x.is_str() || x.is_int())) return false;
  b->strict_state = b->lenient_state = 0;
  if (b->hint.field != 0 || b->hint.index) b->hint = FieldHint{};
  if (x.is_str()) b->data.append(x.str());
  else append_digits(b->data, x.int_value(), '\0');
  return true;
}

}  // namespace mv::runtime
