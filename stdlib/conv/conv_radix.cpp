// The radix conversions: MX (hexadecimal), MO (octal) and MB (binary), and the character-code pair MCDX
// (decimal to hexadecimal) / MCXD (hexadecimal to decimal), also written MCD and MCX.
//   MX MO MB    a number to digits of the base: fractions truncated, negatives as unsigned 32-bit values;
//               with Z, leading zeros to 32 bits (64 when the value needs them); input reads the digits
//               back, values of 2^31 to 2^32-1 becoming the negative 32-bit numbers they stand for
//   ..0C ..UC   every character to 2/3/8 (0C) or 4/6/16 (UC) digits of the base, and back on input,
//               short input being padded with leading zeros
//   MCDX MCXD   decimal to hexadecimal and the reverse; input conversion runs the other way
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib::conv {

namespace {

constexpr char kDigits[] = "0123456789ABCDEF";

// Digits of `v` in `base`, at least `width` of them.
std::string to_base(uint64_t v, unsigned base, size_t width = 1) {
  std::string out;
  do {
    out.insert(out.begin(), kDigits[v % base]);
    v /= base;
  } while (v != 0);
  if (out.size() < width) out.insert(0, width - out.size(), '0');
  return out;
}

int digit_value(char c) {
  if (is_digit(c)) return c - '0';
  const char u = upper(c);
  return u >= 'A' && u <= 'F' ? u - 'A' + 10 : 99;
}

// Reads digits of `base`; false for the null string, a bad digit or more than 64 bits.
bool from_base(std::string_view s, unsigned base, uint64_t& v) {
  if (s.empty()) return false;
  v = 0;
  for (char c : s) {
    const int d = digit_value(c);
    if (d >= static_cast<int>(base) || v > (UINT64_MAX - static_cast<unsigned>(d)) / base) return false;
    v = v * base + static_cast<unsigned>(d);
  }
  return true;
}

// The bits a number is shown with: negatives down to -2^31 as 32-bit unsigned values.
uint64_t as_unsigned(int64_t v) {
  if (v < 0 && v >= -2147483648LL) return static_cast<uint32_t>(v);
  return static_cast<uint64_t>(v);
}

// Reads digits back as a number; a value that only fits as 32 unsigned bits is the negative it came from.
std::string signed_text(uint64_t v) {
  if (v >= 0x80000000ULL && v <= 0xFFFFFFFFULL)
    return std::to_string(static_cast<int32_t>(static_cast<uint32_t>(v)));
  return std::to_string(static_cast<int64_t>(v));
}

size_t digits_for_bits(unsigned base, unsigned bits) {
  const unsigned per_digit = base == 16 ? 4 : base == 8 ? 3 : 1;
  return (bits + per_digit - 1) / per_digit;
}

// The 0C / UC forms: each character to a fixed number of digits and back.
int chars_code(std::string_view data, unsigned base, size_t width, Dir dir, std::string& out) {
  out.clear();
  if (dir == Dir::Out) {
    for (char c : data) out += to_base(static_cast<unsigned char>(c), base, width);
    return kOk;
  }
  std::string digits(data);
  if (digits.size() % width != 0) digits.insert(0, width - digits.size() % width, '0');
  for (size_t i = 0; i < digits.size(); i += width) {
    uint64_t v = 0;
    if (!from_base(std::string_view(digits).substr(i, width), base, v) || v > 255) {
      out.clear();
      return kBadData;
    }
    out += static_cast<char>(v);
  }
  return kOk;
}

// A number to digits of `base` (output) or digits back to a number (input). Failed input gives "", failed
// output the data unchanged.
int number_code(std::string_view data, unsigned base, bool zeros, Dir dir, std::string& out) {
  out.clear();
  if (trim_spaces(data).empty()) return kOk;
  if (dir == Dir::In) {
    uint64_t v = 0;
    if (!from_base(trim_spaces(data), base, v)) return kBadData;
    out = signed_text(v);
    return kOk;
  }
  int64_t n = 0;
  if (!whole_number(data, n)) {
    out.assign(data);
    return kBadData;
  }
  const uint64_t v = as_unsigned(n);
  const size_t width = zeros ? digits_for_bits(base, v > 0xFFFFFFFFULL ? 64 : 32) : 1;
  out = to_base(v, base, width);
  return kOk;
}

}  // namespace

int radix_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  const char kind = upper(code[1]);
  const unsigned base = kind == 'X' ? 16 : kind == 'O' ? 8 : 2;
  std::string rest;
  for (char c : code.substr(2)) rest += upper(c);
  if (rest == "0C") return chars_code(data, base, digits_for_bits(base, 8), dir, out);
  if (rest == "UC") return chars_code(data, base, digits_for_bits(base, 16), dir, out);
  if (rest.empty() || rest == "Z") return number_code(data, base, !rest.empty(), dir, out);
  out.assign(data);
  return kBadCode;
}

int hex_decimal_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  // MCDX (MCD) turns decimal into hexadecimal on output; MCXD (MCX) the other way. Input reverses each.
  const bool decimal_to_hex = (upper(code[2]) == 'D') == (dir == Dir::Out);
  if (decimal_to_hex) return number_code(data, 16, false, Dir::Out, out);
  out.clear();
  if (trim_spaces(data).empty()) return kOk;
  uint64_t v = 0;
  if (!from_base(trim_spaces(data), 16, v)) {
    out.assign(data);
    return kBadData;
  }
  out = signed_text(v);
  return kOk;
}

}  // namespace mv::stdlib::conv
