// The masked decimal codes MD, ML and MR: M{D|L|R} n {f} {,} {$} {s} {[intl]} {P} {Z} {T} {x{c}} {fx}.
//   n      decimal places shown (rounded half away from zero; no point when 0)
//   f      scale: output divides by 10^f, input multiplies by it (default n)
//   ,      thousands separators              $  currency prefix
//   s      sign: + (trailing + or -), - or M (trailing - or space), ( and < or E (brackets around negatives,
//          spaces around positives), C ("cr" after negatives), D ("db" after negatives), N (no minus sign);
//          positives get two spaces after them under C and D; the default is a leading minus
//   P      no scaling when the data already has a decimal point
//   Z      zero shown as the null string     T  truncate instead of rounding
//   x{c}   field width and fill character (space by default): ML pads on the right, MR and MD on the left
//   fx     a mask of # (spaces), % (zeros) and * (stars) runs with counts, and literal text
// The null string gives the null string for MD and is taken as zero by ML and MR (QM without OPTION
// PICK.NULL). Numbers are scaled and rounded as decimal
// text, so 1234.5 with MD2 gives 12.35 as written. Input conversion accepts any of the sign forms, a
// currency symbol and thousands separators, and returns the scaled integer.
#include <algorithm>
#include <vector>

#include "stdlib/conv/conv_family.hpp"
#include "stdlib/conv/decimal.hpp"
#include "stdlib/conv/nls.hpp"
#include "stdlib/conv/spec_cache.hpp"

namespace mv::stdlib::conv {

namespace {

struct DecimalSpec {
  char justify = 'D';
  int places = 0;
  int scale = -1;  // -1: the same as places
  bool commas = false;
  bool currency = false;
  bool point_unscaled = false;
  bool zero_null = false;
  bool truncate = false;
  char sign = '\0';
  size_t width = 0;
  char fill = ' ';
  std::string mask;
};

bool is_mask_char(char c) { return c == '#' || c == '%' || c == '*'; }

// Reads the sign, separator and flag options after the digits; stops at the first other character.
bool parse_options(std::string_view code, size_t& i, DecimalSpec& spec) {
  for (; i < code.size(); ++i) {
    const char c = upper(code[i]);
    if (c == ',')
      spec.commas = true;
    else if (c == '$')
      spec.currency = true;
    else if (c == 'P')
      spec.point_unscaled = true;
    else if (c == 'Z')
      spec.zero_null = true;
    else if (c == 'T')
      spec.truncate = true;
    else if (c == 'E')
      spec.sign = '<';
    else if (c == 'M')
      spec.sign = '-';
    else if (c == '+' || c == '-' || c == '<' || c == 'C' || c == 'D' || c == 'N')
      spec.sign = c;
    else if (c == '(' && !(i + 1 < code.size() && is_mask_char(code[i + 1])))
      spec.sign = '(';
    else if (c == '[') {
      // National conventions are not supported; the bracketed text is skipped.
      const size_t close = code.find(']', i);
      if (close == std::string_view::npos) return false;
      i = close;
    } else {
      break;
    }
  }
  return true;
}

// Reads the field width with its fill character, then the mask.
bool parse_layout(std::string_view code, size_t i, DecimalSpec& spec) {
  if (i < code.size() && is_digit(code[i])) {
    int64_t width = 0;
    if (!read_int(code, i, width) || width > 4096) return false;
    spec.width = static_cast<size_t>(width);
    const bool mask_follows = i + 1 < code.size() && is_mask_char(code[i]) && is_digit(code[i + 1]);
    if (i < code.size() && !mask_follows && code[i] != '(') spec.fill = code[i++];
  }
  if (i < code.size() && code[i] == '(') {
    if (code.back() != ')') return false;
    spec.mask = std::string(code.substr(i + 1, code.size() - i - 2));
  } else {
    spec.mask = std::string(code.substr(i));
  }
  return spec.mask.empty() || is_mask_char(spec.mask[0]);
}

bool parse_decimal_code(std::string_view code, DecimalSpec& spec) {
  spec.justify = upper(code[1]);
  size_t i = 2;
  if (i < code.size() && is_digit(code[i])) spec.places = code[i++] - '0';
  if (i < code.size() && is_digit(code[i])) spec.scale = code[i++] - '0';
  if (spec.scale < 0) spec.scale = spec.places;
  return parse_options(code, i, spec) && parse_layout(code, i, spec);
}

// Puts the sign around the formatted magnitude as the sign option asks.
std::string apply_sign(std::string body, bool negative, char sign) {
  switch (sign) {
    case '+':
      return body + (negative ? "-" : "+");
    case '-':
      return body + (negative ? "-" : " ");
    case '(':
      return negative ? "(" + body + ")" : " " + body + " ";
    case '<':
      return negative ? "<" + body + ">" : " " + body + " ";
    case 'C':
      return body + (negative ? "cr" : "  ");
    case 'D':
      return body + (negative ? "db" : "  ");
    case 'N':
      return body;
    default:
      return negative ? "-" + body : body;
  }
}

// Pours the text into the mask: # runs pad with spaces, % with zeros, * with stars; other characters are
// literal. The text fills the mask's positions from the right for MR and MD, from the left for ML; text
// longer than the mask is returned unmasked.
std::string apply_mask(const std::string& text, std::string_view mask, bool left) {
  std::vector<char> pads;  // the pad character of each data position
  std::string shape;       // '\0' marks a data position, anything else is literal
  for (size_t i = 0; i < mask.size();) {
    const char c = mask[i++];
    if (!is_mask_char(c)) {
      shape += c;
      continue;
    }
    int64_t count = 1;
    if (i < mask.size() && is_digit(mask[i]) && (!read_int(mask, i, count) || count > 4096)) return text;
    for (int64_t k = 0; k < count; ++k) {
      shape += '\0';
      pads.push_back(c == '#' ? ' ' : c == '%' ? '0' : '*');
    }
  }
  if (text.size() > pads.size()) return text;
  const size_t offset = left ? 0 : pads.size() - text.size();
  std::string out;
  size_t slot = 0;
  for (char c : shape) {
    if (c != '\0') {
      out += c;
    } else {
      out += slot >= offset && slot - offset < text.size() ? text[slot - offset] : pads[slot];
      ++slot;
    }
  }
  return out;
}

// Output conversion: scale, round, separators, currency, sign, then width and mask.
std::string format_decimal(Decimal d, const DecimalSpec& spec, bool had_point) {
  shift_point(d, spec.point_unscaled && had_point ? 0 : spec.scale);
  round_to(d, static_cast<size_t>(spec.places), spec.truncate);
  strip_leading_zeros(d);
  std::string text;
  if (!(spec.zero_null && is_zero(d))) {
    const NlsSettings& n = nls();  // SETNLS: separator, point and currency symbol
    std::string body = spec.commas ? group_thousands(d.whole, n.thousands) : d.whole;
    if (!d.fraction.empty()) (n.decimal ? body += n.decimal : body) += d.fraction;
    if (spec.currency) body.insert(0, n.currency);
    text = apply_sign(body, d.negative && !is_zero(d), spec.sign);
  }
  if (text.size() < spec.width) {
    const std::string pad(spec.width - text.size(), spec.fill);
    text = spec.justify == 'L' ? text + pad : pad + text;
  }
  if (!spec.mask.empty()) text = apply_mask(text, spec.mask, spec.justify == 'L');
  return text;
}

// Reads an external number in any of the forms output conversion writes.
bool parse_external(std::string_view s, Decimal& d) {
  std::string t;
  bool negative = false;
  s = trim_spaces(s);
  if (s.size() >= 2 && ((s.front() == '(' && s.back() == ')') || (s.front() == '<' && s.back() == '>'))) {
    negative = true;
    s = trim_spaces(s.substr(1, s.size() - 2));
  }
  if (s.size() >= 2) {
    const char a = upper(s[s.size() - 2]);
    const char b = upper(s.back());
    if ((a == 'C' && b == 'R') || (a == 'D' && b == 'B')) {
      negative = true;
      s = trim_spaces(s.substr(0, s.size() - 2));
    }
  }
  if (!s.empty() && (s.back() == '-' || s.back() == '+')) {
    negative = s.back() == '-';
    s = trim_spaces(s.substr(0, s.size() - 1));
  }
  // The currency symbol and thousands separator (SETNLS's, and QM's defaults) are dropped; the decimal
  // point SETNLS chose reads as '.'.
  const NlsSettings& n = nls();
  std::string raw(s);
  if (!n.currency.empty())
    for (size_t at; (at = raw.find(n.currency)) != std::string::npos;) raw.erase(at, n.currency.size());
  for (char c : raw) {
    if (n.decimal && c == n.decimal)
      t += '.';
    else if (c != n.thousands && c != '$' && c != ',')
      t += c;
  }
  if (!parse_decimal(t, d)) return false;
  d.negative = d.negative || negative;
  return true;
}

// 10^n for the small scales the fast paths take (n at most 9).
int64_t power_of_ten(int n) {
  int64_t p = 1;
  for (int k = 0; k < n; ++k) p *= 10;
  return p;
}

// True for a spec whose output is only [-][currency]digits[,][.fraction]: what MD2, MD2,$ and the like
// write for an integer, which the fast paths below handle with integer arithmetic instead of digit strings.
bool plain_spec(const DecimalSpec& spec) {
  return spec.places == spec.scale && spec.scale <= 9 && spec.sign == '\0' && spec.width == 0 &&
         spec.mask.empty() && !spec.zero_null;
}

// The output of a plain spec for data that is an integer of up to 15 digits with an optional '-' (the usual
// amount held in a record); false for anything else, which takes the general path. Gives exactly what
// format_decimal gives: no rounding happens when places equal the scale.
bool fast_decimal_oconv(std::string_view data, const DecimalSpec& spec, std::string& out) {
  const bool negative = !data.empty() && data[0] == '-';
  const std::string_view digits = data.substr(negative ? 1 : 0);
  if (digits.empty() || digits.size() > 15 || !plain_spec(spec)) return false;
  int64_t v = 0;
  for (char c : digits) {
    if (!is_digit(c)) return false;
    v = v * 10 + (c - '0');
  }
  const int64_t unit = power_of_ten(spec.scale);
  const std::string whole = std::to_string(v / unit);
  const NlsSettings& n = nls();
  out.clear();
  if (negative && v != 0) out += '-';
  if (spec.currency) out += n.currency;
  out += spec.commas ? group_thousands(whole, n.thousands) : whole;
  if (spec.scale > 0) {
    if (n.decimal) out += n.decimal;
    const std::string fraction = std::to_string(v % unit);
    out.append(static_cast<size_t>(spec.scale) - fraction.size(), '0');
    out += fraction;
  }
  return true;
}

// The input conversion of a plain amount: an optional leading '-', then digits with the default currency
// symbol and thousands separators anywhere and at most `scale` digits after one point, so that the result
// is a whole number without rounding. False sends anything else (other NLS settings included) to the
// general path.
bool fast_decimal_iconv(std::string_view data, const DecimalSpec& spec, std::string& out) {
  const NlsSettings& n = nls();
  if (spec.places > spec.scale || spec.scale > 9 || n.currency != "$" || n.thousands != ',' || n.decimal != '.')
    return false;
  const bool negative = !data.empty() && data[0] == '-';
  int64_t v = 0;
  int digits = 0;
  int fraction_digits = -1;  // -1 until the point is seen
  for (size_t i = negative ? 1 : 0; i < data.size(); ++i) {
    const char c = data[i];
    if (is_digit(c)) {
      if (++digits > 15) return false;
      v = v * 10 + (c - '0');
      if (fraction_digits >= 0) ++fraction_digits;
    } else if (c == '.' && fraction_digits < 0) {
      fraction_digits = 0;
    } else if (c != '$' && (c != ',' || fraction_digits >= 0)) {
      return false;
    }
  }
  if (fraction_digits < 0) fraction_digits = 0;
  if (digits == 0 || fraction_digits > spec.scale) return false;
  v *= power_of_ten(spec.scale - fraction_digits);
  out = std::to_string(negative ? -v : v);
  return true;
}

// Input conversion: the number times 10^f, rounded to whole units (or to the n - f places left).
int decimal_iconv(std::string_view data, const DecimalSpec& spec, std::string& out) {
  out.clear();
  if (fast_decimal_iconv(data, spec, out)) return kOk;
  if (trim_spaces(data).empty()) return kOk;
  Decimal d;
  if (!parse_external(data, d)) return kBadData;
  shift_point(d, -spec.scale);
  round_to(d, static_cast<size_t>(spec.places > spec.scale ? spec.places - spec.scale : 0), false);
  strip_leading_zeros(d);
  strip_trailing_zeros(d);
  if (d.negative && !is_zero(d)) out += '-';
  out += d.whole;
  if (!d.fraction.empty()) out += '.' + d.fraction;
  return kOk;
}

}  // namespace

namespace {

// A decimal conversion with its parsed code.
int decimal_with(std::string_view data, const DecimalSpec& spec, Dir dir, std::string& out) {
  if (dir == Dir::In) return decimal_iconv(data, spec, out);
  // MD gives the null string for null data; ML and MR take it as zero (QM without OPTION PICK.NULL).
  if (data.empty() && spec.justify == 'D') {
    out.clear();
    return kOk;
  }
  if (fast_decimal_oconv(data, spec, out)) return kOk;
  Decimal d;
  const bool null_data = trim_spaces(data).empty();
  if (!null_data && !parse_decimal(data, d)) {
    out.assign(data);
    return kBadData;
  }
  out = format_decimal(d, spec, data.find('.') != std::string_view::npos);
  return kOk;
}

// A decimal code parsed once.
class CompiledDecimal : public ParsedCode {
 public:
  explicit CompiledDecimal(std::string_view code) : code_(code) {}
  bool parse() { return parse_decimal_code(code_, spec_); }
  int run(std::string_view data, Dir dir, std::string& out) const override {
    return decimal_with(data, spec_, dir, out);
  }

 private:
  const std::string code_;
  DecimalSpec spec_;
};

}  // namespace

int decimal_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  static thread_local SpecCache<DecimalSpec> cache;
  const DecimalSpec* parsed = cache.find(code, parse_decimal_code);
  if (parsed == nullptr) {
    out.assign(data);
    return kBadCode;
  }
  return decimal_with(data, *parsed, dir, out);
}

std::unique_ptr<ParsedCode> compile_decimal_code(std::string_view code) {
  auto compiled = std::make_unique<CompiledDecimal>(code);
  if (!compiled->parse()) return nullptr;
  return compiled;
}

}  // namespace mv::stdlib::conv
