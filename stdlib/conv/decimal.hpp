// Decimal text numbers for the formatting code: FMT() (format.cpp) and the masked decimal conversions MD, ML
// and MR (conv_number.cpp). A number is held as its digit strings either side of the point, so moving the
// point, rounding and grouping are exact and follow the written value rather than a double's nearest
// binary value. These helpers own only the digits; signs, masks, currency and justification stay with their
// callers.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace mv::stdlib {

// A number held as decimal digit strings, so that scaling and rounding are exact.
struct Decimal {
  bool negative = false;
  std::string whole;     // digits before the point
  std::string fraction;  // digits after the point
};

// Reads plain decimal text (an optional sign, digits, at most one point), surrounding spaces ignored. False
// when anything else is present or there are no digits at all, which includes the null string.
bool parse_decimal(std::string_view s, Decimal& d);

// True when every digit is zero (or there are none); the sign is not looked at.
bool is_zero(const Decimal& d);

// Moves the decimal point `places` to the left, dividing by 10^places (to the right, multiplying, when
// negative), padding with zeros as needed.
void shift_point(Decimal& d, int places);

// Keeps exactly `places` fraction digits. The magnitude is rounded half away from zero unless `truncate`
// asks for the extra digits simply to be dropped; short fractions are padded with zeros.
void round_to(Decimal& d, size_t places, bool truncate = false);

// Drops leading zeros from the whole part, leaving a single "0" when nothing else is left.
void strip_leading_zeros(Decimal& d);

// Drops trailing zeros from the fraction, possibly leaving it empty.
void strip_trailing_zeros(Decimal& d);

// Inserts a separator (a comma unless SETNLS changed it) between each group of three digits, counting from
// the right (the point).
std::string group_thousands(const std::string& digits, char separator = ',');

}  // namespace mv::stdlib
