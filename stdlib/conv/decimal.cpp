// The decimal text number helpers declared in decimal.hpp, shared by FMT() and the MD/ML/MR conversions.
// Everything here is plain string work on digit strings; no value ever passes through a double.
#include "stdlib/conv/decimal.hpp"

#include <algorithm>

namespace mv::stdlib {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_zero(const std::string& digits) { return digits.find_first_not_of('0') == std::string::npos; }

}  // namespace

bool parse_decimal(std::string_view s, Decimal& d) {
  const size_t first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  s = s.substr(first, s.find_last_not_of(' ') - first + 1);
  size_t i = 0;
  if (s[i] == '-' || s[i] == '+') d.negative = s[i++] == '-';
  for (; i < s.size() && is_digit(s[i]); ++i) d.whole += s[i];
  if (i < s.size() && s[i] == '.') {
    for (++i; i < s.size() && is_digit(s[i]); ++i) d.fraction += s[i];
  }
  return i == s.size() && !(d.whole.empty() && d.fraction.empty());
}

bool is_zero(const Decimal& d) { return all_zero(d.whole) && all_zero(d.fraction); }

void shift_point(Decimal& d, int places) {
  if (places > 0) {
    const size_t k = static_cast<size_t>(places);
    if (d.whole.size() < k) d.whole.insert(0, k - d.whole.size(), '0');
    d.fraction.insert(0, d.whole, d.whole.size() - k, k);
    d.whole.resize(d.whole.size() - k);
  } else if (places < 0) {
    const size_t k = static_cast<size_t>(-places);
    if (d.fraction.size() < k) d.fraction.append(k - d.fraction.size(), '0');
    d.whole.append(d.fraction, 0, k);
    d.fraction.erase(0, k);
  }
}

void round_to(Decimal& d, size_t places, bool truncate) {
  if (d.fraction.size() <= places) {
    d.fraction.append(places - d.fraction.size(), '0');
    return;
  }
  const bool round_up = !truncate && d.fraction[places] >= '5';
  d.fraction.resize(places);
  if (!round_up) return;
  // Carry the added unit through the digits as one string, so 9.99 becomes 10.00.
  std::string digits = d.whole + d.fraction;
  size_t pos = digits.size();
  while (pos > 0 && digits[pos - 1] == '9') digits[--pos] = '0';
  if (pos == 0) {
    digits.insert(0, 1, '1');
  } else {
    ++digits[pos - 1];
  }
  d.whole = digits.substr(0, digits.size() - places);
  d.fraction = digits.substr(digits.size() - places);
}

void strip_leading_zeros(Decimal& d) {
  d.whole.erase(0, std::min(d.whole.find_first_not_of('0'), d.whole.size()));
  if (d.whole.empty()) d.whole = "0";
}

void strip_trailing_zeros(Decimal& d) { d.fraction.erase(d.fraction.find_last_not_of('0') + 1); }

std::string group_thousands(const std::string& digits, char separator) {
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

}  // namespace mv::stdlib
