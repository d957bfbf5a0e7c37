// Every string<->number decision in mvbasic: which strings are numbers, how text becomes a number for
// arithmetic, and how a float becomes text under PRECISION. Nothing else in the project parses numbers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mv::runtime {

// A parsed number: an integer when the text had no fractional part and fits in 64 bits, else a double.
struct Number {
  bool is_int = true;
  int64_t i = 0;
  double f = 0.0;
  double as_double() const { return is_int ? static_cast<double>(i) : f; }
};

// The strict test used by comparisons and NUM(): optional sign, digits with at most one '.', at least one
// digit, no spaces or exponent. The null string is not a number here (NUM() special-cases it).
bool parse_strict(std::string_view s, Number& out);

// The converter used by arithmetic: skips leading and trailing spaces and takes "" as 0.
bool parse_lenient(std::string_view s, Number& out);

// Appends an integer's decimal text.
void append_int(std::string& out, int64_t v);

// Appends a double as QM prints it: written with 15 decimals, then rounded half away from zero to
// `precision` decimals (0..14) on that text, trailing zeros and a bare point removed, "-0" printed as "0".
// Every digit of a large number is kept: 12345678901234.56 + 1 prints 12345678901235.5605.
void append_double(std::string& out, double v, int precision);

// Float equality within the FLTDIFF tolerance (QM's default 2.91E-11).
bool float_equal(double a, double b);

// Nudges a fraction by INTPREC (13: half a unit in the 12th decimal place) before truncating, so
// INT(17.9 * 100) is 1790 while INT(12345678901234.56) keeps all its digits.
double intprec_round(double v);

}  // namespace mv::runtime
