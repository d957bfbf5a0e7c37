// FMT(), the implicit format operator and FMTS(), declared in format.hpp. A specification is parsed once into
// a FormatSpec; the value then goes through three stages: number conversion (only when a numeric code asks
// for it), the mask, and justification into the field width. Numbers are rounded as decimal text rather than
// as doubles, so 1.005 with two places gives 1.01 the way the written value says, and nothing here depends on
// the runtime's number parser.
#include "stdlib/conv/format.hpp"

#include <algorithm>
#include <cstdint>

#include "stdlib/conv/decimal.hpp"
#include "stdlib/conv/nls.hpp"
#include "stdlib/conv/spec_cache.hpp"

namespace mv::stdlib {

namespace {

constexpr char text_mark = '\xFB';
// Widths and repeat counts above this are rejected as invalid specifications rather than allocated.
constexpr size_t max_count = size_t{1} << 20;

struct FormatSpec {
  int64_t width = -1;  // -1 when the specification gives none
  char fill = ' ';
  char justification = 'L';
  int places = -1;  // decimal places, -1 when not given
  int scale = 0;    // power of ten the value is divided by
  bool currency = false;
  bool commas = false;
  bool zero_as_null = false;
  char sign_code = '\0';
  std::string_view mask;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

bool is_justification(char c) {
  const char u = upper(c);
  return u == 'L' || u == 'R' || u == 'C' || u == 'T' || u == 'U';
}

// Reads a run of digits at t[i]; false when the count is too large to honour.
bool read_count(std::string_view t, size_t& i, size_t& n) {
  n = 0;
  for (; i < t.size() && is_digit(t[i]); ++i) {
    n = n * 10 + static_cast<size_t>(t[i] - '0');
    if (n > max_count) return false;
  }
  return true;
}

// Parses the fill character; a letter that is a justification code is never taken as the fill.
bool parse_fill(std::string_view t, size_t& i, FormatSpec& spec) {
  if (i >= t.size()) return true;
  const char c = t[i];
  if (c == '\'' || c == '"') {
    if (i + 2 >= t.size() || t[i + 2] != c) return false;
    spec.fill = t[i + 1];
    i += 3;
  } else if (!is_justification(c)) {
    spec.fill = c;
    ++i;
  }
  return true;
}

// Parses the conversion codes after the decimal places; the first other character starts the mask.
void parse_codes(std::string_view t, size_t& i, FormatSpec& spec) {
  for (; i < t.size(); ++i) {
    const char c = upper(t[i]);
    if (c == '$') {
      spec.currency = true;
    } else if (c == ',') {
      spec.commas = true;
    } else if (c == 'Z') {
      spec.zero_as_null = true;
    } else if (c == 'B' || c == 'C' || c == 'D' || c == 'E' || c == 'M' || c == 'N') {
      spec.sign_code = c;
    } else {
      return;
    }
  }
}

bool is_mask_position(char c) { return c == '#' || c == '%' || c == '*'; }

// True when every repeat count in the mask is small enough to honour.
bool mask_counts_ok(std::string_view mask) {
  for (size_t i = 0; i < mask.size();) {
    const char c = mask[i++];
    size_t n = 0;
    if (c == '\\') {
      ++i;
    } else if (is_mask_position(c) && !read_count(mask, i, n)) {
      return false;
    }
  }
  return true;
}

bool parse_spec(std::string_view t, int precision, FormatSpec& spec) {
  size_t i = 0;
  if (i < t.size() && is_digit(t[i])) {
    size_t width = 0;
    if (!read_count(t, i, width)) return false;
    spec.width = static_cast<int64_t>(width);
  }
  if (!parse_fill(t, i, spec)) return false;
  if (i >= t.size() || !is_justification(t[i])) return false;
  spec.justification = upper(t[i++]);
  if (i < t.size() && is_digit(t[i])) {
    spec.places = t[i++] - '0';
    // The scale digit counts from the program's PRECISION, so with the default of 4, "R26" divides by 100.
    if (i < t.size() && is_digit(t[i])) spec.scale = (t[i++] - '0') - precision;
  }
  parse_codes(t, i, spec);
  spec.mask = t.substr(i);
  return mask_counts_ok(spec.mask);
}

// The text a sign code adds after the number; lower case is QM's default (OPTION CRDB.UPCASE aside).
std::string_view sign_suffix(char code, bool negative) {
  switch (code) {
    case 'B':
      return negative ? "db" : "  ";
    case 'C':
      return negative ? "cr" : "  ";
    case 'D':
      return negative ? "  " : "db";
    case 'E':
      return negative ? ">" : " ";
    case 'M':
      return negative ? "-" : " ";
    default:
      return "";
  }
}

// Reads a number the way arithmetic does: surrounding spaces ignored, the null string is zero.
bool parse_number(std::string_view s, Decimal& d) {
  return s.find_first_not_of(' ') == std::string_view::npos || parse_decimal(s, d);
}

std::string format_number(Decimal d, const FormatSpec& spec, int precision) {
  shift_point(d, spec.scale);
  const bool null_zero = spec.zero_as_null && is_zero(d);
  if (spec.places >= 0) {
    round_to(d, static_cast<size_t>(spec.places));
  } else {
    // Without fixed places a number shows up to PRECISION decimals with trailing zeros dropped.
    round_to(d, static_cast<size_t>(std::clamp(precision, 0, 14)));
    strip_trailing_zeros(d);
  }
  strip_leading_zeros(d);
  // A value that rounds to zero is printed without a sign.
  const bool negative = d.negative && !is_zero(d);
  std::string out;
  if (spec.sign_code == 'E' && negative) out += '<';
  const NlsSettings& n = nls();  // SETNLS: currency symbol, separator and point
  if (spec.currency) out += n.currency;
  if (!null_zero) {
    if (negative && spec.sign_code == '\0') out += '-';
    out += spec.commas ? group_thousands(d.whole, n.thousands) : d.whole;
    if (!d.fraction.empty()) (n.decimal ? out += n.decimal : out) += d.fraction;
  }
  out += sign_suffix(spec.sign_code, negative);
  return out;
}

// Reads a mask element's repeat count; a position with no count is one character. parse_spec has already
// checked that every count is within bounds.
size_t mask_repeat(std::string_view mask, size_t& i) {
  if (i >= mask.size() || !is_digit(mask[i])) return 1;
  size_t n = 0;
  read_count(mask, i, n);
  return n;
}

size_t count_mask_positions(std::string_view mask) {
  size_t positions = 0;
  for (size_t i = 0; i < mask.size();) {
    const char c = mask[i++];
    if (c == '\\') {
      ++i;  // an escaped character is literal text, not a position
    } else if (is_mask_position(c)) {
      positions += mask_repeat(mask, i);
    }
  }
  return positions;
}

// Pours `src` into the mask's data positions. A right-justified mask keeps the rightmost characters and pads
// on the left; otherwise the data fills from the left and any excess is dropped.
std::string apply_mask(std::string_view src, std::string_view mask, bool right, char fill) {
  size_t pad = 0;
  if (right) {
    const size_t positions = count_mask_positions(mask);
    if (src.size() > positions) {
      src.remove_prefix(src.size() - positions);
    } else {
      pad = positions - src.size();
    }
  }
  std::string out;
  size_t next = 0;
  for (size_t i = 0; i < mask.size();) {
    char c = mask[i++];
    if (!is_mask_position(c)) {
      if (c == '\\' && i < mask.size()) c = mask[i++];
      out += c;
      continue;
    }
    const char pad_char = c == '#' ? fill : c == '%' ? '0' : '*';
    for (size_t n = mask_repeat(mask, i); n > 0; --n) {
      if (pad > 0) {
        --pad;
        out += pad_char;
      } else {
        out += next < src.size() ? src[next++] : pad_char;
      }
    }
  }
  return out;
}

// Cuts `s` into width-sized pieces separated by text marks, padding the last piece with the fill character.
// Text justification breaks at the last space that fits instead and drops that space.
std::string break_lines(std::string_view s, size_t width, char fill, bool at_spaces) {
  std::string out;
  size_t pos = 0;
  while (true) {
    const size_t remaining = s.size() - pos;
    size_t take = std::min(width, remaining);
    size_t skip = 0;
    if (at_spaces && remaining > width) {
      for (size_t x = take; x >= 1; --x) {
        if (s[pos + x] == ' ') {
          take = x;
          skip = 1;
          break;
        }
      }
    }
    out.append(s.substr(pos, take));
    out.append(width - take, fill);
    pos += take + skip;
    if (pos >= s.size()) return out;
    out += text_mark;
  }
}

std::string justify(std::string_view s, const FormatSpec& spec) {
  const size_t width = static_cast<size_t>(spec.width);
  if (spec.justification == 'T') return break_lines(s, width, spec.fill, true);
  if (s.size() > width) return break_lines(s, width, spec.fill, false);
  const size_t pad = width - s.size();
  size_t before = 0;
  if (spec.justification == 'R') before = pad;
  if (spec.justification == 'C') before = pad / 2;  // an odd extra fill character goes on the right
  std::string out(before, spec.fill);
  out.append(s);
  out.append(pad - before, spec.fill);
  return out;
}

}  // namespace

namespace {

// FMT with the specification parsed (null: an invalid specification).
std::string fmt_with(std::string_view value, const FormatSpec* parsed, int& status, int precision) {
  if (parsed == nullptr) {
    status = 2;
    return std::string(value);
  }
  const FormatSpec& spec = *parsed;
  status = 0;
  if (spec.width == 0) return {};
  Decimal number;
  const bool numeric = spec.places >= 0 || spec.zero_as_null || spec.commas;
  std::string text =
      numeric && parse_number(value, number) ? format_number(number, spec, precision) : std::string(value);
  if (!spec.mask.empty()) text = apply_mask(text, spec.mask, spec.justification == 'R', spec.fill);
  if (spec.width > 0) text = justify(text, spec);
  return text;
}

// FMTS: `one` formats each element between marks, the marks kept.
template <typename One>
std::string each_element(std::string_view values, int& status, One one) {
  status = 0;
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t mark = values.find_first_of("\xFC\xFD\xFE", start);
    const std::string_view element =
        values.substr(start, mark == std::string_view::npos ? mark : mark - start);
    int element_status = 0;
    out += one(element, element_status);
    if (status == 0) status = element_status;
    if (mark == std::string_view::npos) return out;
    out += values[mark];
    start = mark + 1;
  }
}

}  // namespace

std::string fmt(std::string_view value, std::string_view spec_text, int& status, int precision) {
  // The scale digit depends on PRECISION, so the cache's key is the precision followed by the text.
  static thread_local conv::SpecCache<FormatSpec> cache;
  std::string key(1, static_cast<char>('0' + precision));
  key.append(spec_text);
  const FormatSpec* parsed = cache.find(
      key, [](std::string_view k, FormatSpec& spec) { return parse_spec(k.substr(1), k[0] - '0', spec); });
  return fmt_with(value, parsed, status, precision);
}

std::string fmts(std::string_view values, std::string_view spec, int& status, int precision) {
  return each_element(values, status, [&](std::string_view element, int& element_status) {
    return fmt(element, spec, element_status, precision);
  });
}

// The parsed specification, with its own copy of the text (the mask is a view into it).
struct CompiledFormat::Parsed {
  std::string text;
  FormatSpec spec;
  bool ok = false;
};

CompiledFormat::CompiledFormat(std::string_view spec, int precision)
    : parsed_(std::make_unique<Parsed>()), precision_(precision) {
  parsed_->text.assign(spec);
  parsed_->ok = parse_spec(parsed_->text, precision, parsed_->spec);
}

CompiledFormat::~CompiledFormat() = default;

std::string CompiledFormat::run(std::string_view value, int& status) const {
  return fmt_with(value, parsed_->ok ? &parsed_->spec : nullptr, status, precision_);
}

std::string CompiledFormat::run_each(std::string_view values, int& status) const {
  return each_element(values, status, [&](std::string_view element, int& element_status) {
    return run(element, element_status);
  });
}

}  // namespace mv::stdlib
