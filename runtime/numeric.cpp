// The one string<->number path: parsing for comparisons (strict) and arithmetic (lenient), and the
// PRECISION-governed conversion of floats to text.
#include "runtime/numeric.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mv::runtime {
namespace {

// Parses sign, digits and one point; rejects anything else. Shared by both public parsers.
bool parse_core(std::string_view s, Number& out) {
  // Fast path: a plain run of up to 18 digits, the overwhelming case in field data.
  if (!s.empty() && s.size() <= 18) {
    int64_t v = 0;
    size_t k = 0;
    for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) v = v * 10 + (s[k] - '0');
    if (k == s.size()) {
      out.is_int = true;
      out.i = v;
      out.f = static_cast<double>(v);
      return true;
    }
  }
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  size_t int_digits = 0, frac_digits = 0;
  bool point = false;
  int64_t acc = 0;
  bool overflow = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      if (point) return false;
      point = true;
    } else if (c >= '0' && c <= '9') {
      if (point) {
        ++frac_digits;
      } else {
        ++int_digits;
        if (acc > (INT64_MAX - 9) / 10) overflow = true;
        else acc = acc * 10 + (c - '0');
      }
    } else {
      return false;
    }
  }
  if (int_digits + frac_digits == 0) return false;
  bool integral = frac_digits == 0 && !overflow;
  // A fractional part of zeros ("1.00") is still an integer value.
  if (!integral && !overflow && point) {
    integral = true;
    for (size_t k = s.find('.') + 1; k < s.size(); ++k) integral = integral && s[k] == '0';
  }
  if (integral) {
    out.is_int = true;
    out.i = negative ? -acc : acc;
    out.f = static_cast<double>(out.i);
    return true;
  }
  std::string buf(s);
  out.is_int = false;
  out.f = std::strtod(buf.c_str(), nullptr);
  return true;
}

}  // namespace

bool parse_strict(std::string_view s, Number& out) {
  if (s.empty()) return false;
  // QM allows at most 15 digits before the point in a numeric string.
  size_t start = (s[0] == '+' || s[0] == '-') ? 1 : 0;
  size_t point = s.find('.');
  size_t int_len = (point == std::string_view::npos ? s.size() : point) - start;
  if (int_len > 15) return false;
  return parse_core(s, out);
}

bool parse_lenient(std::string_view s, Number& out) {
  size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) {
    out = Number{};
    return true;
  }
  size_t e = s.find_last_not_of(' ');
  return parse_core(s.substr(b, e - b + 1), out);
}

void append_int(std::string& out, int64_t v) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, res.ptr);
}

namespace {

// The digits of a scaled magnitude `mag` with `precision` of them after the point.
std::string place_point(uint64_t mag, int precision) {
  char digits[24];
  auto res = std::to_chars(digits, digits + sizeof digits, mag);
  std::string d(digits, res.ptr);
  if (precision == 0) return d;
  if (d.size() <= static_cast<size_t>(precision)) d.insert(0, precision + 1 - d.size(), '0');
  d.insert(d.size() - precision, 1, '.');
  return d;
}

// QM's conversion: the magnitude written with 15 decimals, cut after `precision` of them and rounded half
// up on that text, so the result follows the decimals QM sees (1.005 at PRECISION 2 is 1.01).
std::string decimal_text(double magnitude, int precision) {
  char buf[400];
  const int n = std::snprintf(buf, sizeof buf, "%.15f", magnitude);
  std::string t(buf, n);
  const size_t point = t.find('.');
  const bool round_up = t[point + 1 + precision] >= '5';
  t.resize(precision == 0 ? point : point + 1 + precision);
  if (round_up) {
    size_t k = t.size();
    while (k > 0 && (t[k - 1] == '9' || t[k - 1] == '.')) {
      if (t[k - 1] == '9') t[k - 1] = '0';
      --k;
    }
    if (k == 0)
      t.insert(0, 1, '1');
    else
      ++t[k - 1];
  }
  return t;
}

}  // namespace

void append_double(std::string& out, double v, int precision) {
  if (precision < 0) precision = 0;
  if (precision > 14) precision = 14;
  if (std::isnan(v)) { out += "0"; return; }
  if (std::isinf(v)) {
    out += v < 0 ? "-inf" : "inf";
    return;
  }
  static constexpr double kPow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14};
  const double scaled = std::fabs(v) * kPow10[precision];
  std::string text;
  // Fast path: well away from a rounding tie, rounding the scaled value gives the same digits as QM's
  // decimal text; near a tie (or for large values) the text decides. The margin covers the 15-decimal
  // rounding of the text (5e-16, scaled) and the error of the multiplication.
  const double fraction = scaled - std::floor(scaled);
  const double margin = 1e-3 + 1e-15 * kPow10[precision];
  if (scaled < 1e11 && std::fabs(fraction - 0.5) > margin) {
    text = place_point(static_cast<uint64_t>(std::round(scaled)), precision);
  } else {
    text = decimal_text(std::fabs(v), precision);
  }
  std::string_view t(text);
  if (t.find('.') != std::string_view::npos) {
    while (!t.empty() && t.back() == '0') t.remove_suffix(1);
    if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  }
  if (v < 0 && t.find_first_not_of("0.") != std::string_view::npos) out += '-';
  out.append(t);
}

bool float_equal(double a, double b) { return std::fabs(a - b) < 2.91e-11; }

double intprec_round(double v) {
  // QM rounds away binary noise before truncating: 17.9 * 100 is 1789.9999999999998 but INT gives 1790.
  // It adds half a unit in the 12th decimal place (INTPREC 13) away from zero, an absolute amount, so a
  // large number keeps every digit: INT(12345678901234.56) is 12345678901234. When that crosses a whole
  // number the whole number is returned exactly; otherwise the value is left as it was.
  if (!std::isfinite(v) || v == std::trunc(v)) return v;
  const double nudged = v + std::copysign(5e-13, v);
  return std::trunc(nudged) != std::trunc(v) ? std::trunc(nudged) : v;
}

}  // namespace mv::runtime
