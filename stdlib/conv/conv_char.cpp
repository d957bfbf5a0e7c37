// The character conversions, which work the same for input and output and see the whole string, marks and
// all: MCA / MC/A (keep / drop letters), MCAN / MC/AN (letters and digits), MCN{-} / MC/N{-} (digits; with
// '-' a leading minus sign counts as a digit), MCL, MCU, MCT (Pick-style capitals: a letter after anything
// that is not a letter is upper case, the rest lower case), MCS (sentence capitals), MCI (reversed) and
// MCP{c} (non-printing characters, marks included, replaced by '.' or c; '' removes them). Also the boolean
// code B (N/Y and back) and B64 (base64 encoding).
#include "runtime/numeric.hpp"
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib::conv {

namespace {

bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }

// Printing characters: everything but the controls, DEL and the five mark characters.
bool is_printing(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x20 && u != 0x7F && u < 0xFB;
}

// Keeps the characters of one class (or, negated, the others); `minus` lets a leading '-' join the digits.
std::string keep_class(std::string_view s, bool (*in_class)(char), bool negate, bool minus) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool member = in_class(s[i]) || (minus && i == 0 && s[i] == '-');
    if (member != negate) out += s[i];
  }
  return out;
}

std::string title_case(std::string_view s) {
  std::string out(s);
  bool after_letter = false;
  for (char& c : out) {
    if (is_alpha(c)) c = after_letter ? lower(c) : upper(c);
    after_letter = is_alpha(c);
  }
  return out;
}

std::string sentence_case(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && is_alpha(c)) {
      c = upper(c);
      start = false;
    } else if (c == '.' || c == '!' || c == '?') {
      start = true;
    }
  }
  return out;
}

// MCP{c}: the substitute may be quoted, and a pair of quotes means deletion.
bool replace_non_printing(std::string_view data, std::string_view arg, std::string& out) {
  std::string substitute = ".";
  if (arg.size() == 1) {
    substitute = std::string(arg);
  } else if (arg.size() >= 2 && (arg[0] == '\'' || arg[0] == '"') && arg.back() == arg[0] &&
             arg.size() <= 3) {
    substitute = std::string(arg.substr(1, arg.size() - 2));
  } else if (!arg.empty()) {
    return false;
  }
  out.clear();
  for (char c : data) {
    if (is_printing(c))
      out += c;
    else
      out += substitute;
  }
  return true;
}

// MCL, MCU, MCT, MCS and MCI; false for any other letter.
bool case_code(std::string_view data, char letter, std::string& out) {
  out.assign(data);
  switch (letter) {
    case 'L':
      for (char& c : out) c = lower(c);
      return true;
    case 'U':
      for (char& c : out) c = upper(c);
      return true;
    case 'T':
      out = title_case(data);
      return true;
    case 'S':
      out = sentence_case(data);
      return true;
    case 'I':
      out.assign(data.rbegin(), data.rend());
      return true;
    default:
      return false;
  }
}

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64_encode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i += 3) {
    uint32_t n = static_cast<unsigned char>(s[i]) << 16;
    if (i + 1 < s.size()) n |= static_cast<unsigned char>(s[i + 1]) << 8;
    if (i + 2 < s.size()) n |= static_cast<unsigned char>(s[i + 2]);
    out += kBase64[(n >> 18) & 63];
    out += kBase64[(n >> 12) & 63];
    out += i + 1 < s.size() ? kBase64[(n >> 6) & 63] : '=';
    out += i + 2 < s.size() ? kBase64[n & 63] : '=';
  }
  return out;
}

bool base64_decode(std::string_view s, std::string& out) {
  out.clear();
  uint32_t bits = 0;
  int count = 0;
  for (char c : s) {
    if (c == '=' || c == '\r' || c == '\n') continue;
    const char* p = std::char_traits<char>::find(kBase64, 64, c);
    if (p == nullptr) return false;
    bits = (bits << 6) | static_cast<uint32_t>(p - kBase64);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>((bits >> count) & 0xFF);
    }
  }
  return true;
}

}  // namespace

// The MC codes other than MCDX/MCXD (conv_radix.cpp).
int char_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  std::string_view rest = code.substr(2);
  const bool negate = !rest.empty() && rest[0] == '/';
  if (negate) rest.remove_prefix(1);
  std::string key;
  for (char c : rest) key += upper(c);
  bool known = true;
  if (key == "A") {
    out = keep_class(data, is_alpha, negate, false);
  } else if (key == "AN") {
    out = keep_class(data, is_alnum, negate, false);
  } else if (key == "N" || key == "N-") {
    out = keep_class(data, is_digit, negate, key.size() == 2);
  } else if (negate || key.empty()) {
    known = false;
  } else if (key[0] == 'P') {
    known = replace_non_printing(data, rest.substr(1), out);
  } else {
    known = key.size() == 1 && case_code(data, key[0], out);
  }
  if (known) return kOk;
  out.assign(data);
  return kBadCode;
}

int boolean_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  out.assign(data);
  if (code.size() != 1) return kBadCode;
  if (dir == Dir::Out) {
    runtime::Number n;
    const bool is_false = data.empty() || (runtime::parse_strict(data, n) && n.as_double() == 0.0);
    out = is_false ? "N" : "Y";
    return kOk;
  }
  if (data.empty() || data == "N" || data == "n")
    out = "0";
  else if (data == "Y" || data == "y")
    out = "1";
  else
    return kBadData;
  return kOk;
}

int base64_code(std::string_view data, std::string_view, Dir dir, std::string& out) {
  if (dir == Dir::Out) {
    out = base64_encode(data);
    return kOk;
  }
  if (base64_decode(data, out)) return kOk;
  out.clear();
  return kBadData;
}

}  // namespace mv::stdlib::conv
