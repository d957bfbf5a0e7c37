// The extraction and checking codes, which work the same for input and output:
//   G{skip}dn        n groups delimited by the character d, after skipping `skip` groups (G0.1, G1/2)
//   L  Ln  Ln,m      the length of the data, or the data when its length is at most n (n to m), else ""
//   Rn,m{;n,m...}    the data when it is a number within one of the ranges, else ""; non-numeric data is
//                    returned with STATUS() 1
//   P(t){;(t)...}    the data when it matches one of the pattern templates (as MATCHES), else ""
//   S;a;b  S;a       a when the data is neither zero nor null, else b (or the null string without b); each
//                    is '*' (the data itself), a quoted string, nothing (the null string) or a field number
//                    (which needs a record, so gives the null string here)
//   <f> <f,v> <f,v,s> the field, value or subvalue of the data, as EXTRACT() gives it
//   Tm,n  Tm         n characters from position m, or the last m characters
// T followed by a file name (translation through a file) needs the file system and reports an invalid code.
// Null data gives null results, except that L gives 0.
#include <vector>

#include "runtime/dynarray.hpp"
#include "runtime/numeric.hpp"
#include "stdlib/conv/conv_family.hpp"
#include "stdlib/text/pattern.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib::conv {

namespace {

int bad_code(std::string_view data, std::string& out) {
  out.assign(data);
  return kBadCode;
}

// Reads "n" or "n,m" (optionally signed) filling the whole of `s`.
bool read_pair(std::string_view s, int64_t& a, int64_t& b, bool& has_second) {
  size_t i = 0;
  has_second = false;
  if (!read_int(s, i, a)) return false;
  if (i < s.size() && s[i] == ',') {
    ++i;
    if (!read_int(s, i, b)) return false;
    has_second = true;
  }
  return i == s.size();
}

// Splits on ';' outside quotes and parentheses.
std::vector<std::string_view> split_items(std::string_view s) {
  std::vector<std::string_view> items;
  char quote = '\0';
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : ';';
    if (quote != '\0') {
      if (c == quote && i < s.size()) quote = '\0';
      if (i < s.size()) continue;
    }
    if (c == '"' || c == '\'')
      quote = c;
    else if (c == '(')
      ++depth;
    else if (c == ')')
      --depth;
    else if (c == ';' && depth <= 0) {
      items.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return items;
}

}  // namespace

int group_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  size_t i = 1;
  int64_t skip = 0;
  if (i < code.size() && is_digit(code[i]) && !read_int(code, i, skip)) return bad_code(data, out);
  if (i >= code.size() || is_digit(code[i])) return bad_code(data, out);
  const std::string_view delimiter = code.substr(i++, 1);
  int64_t count = 0;
  if (!read_int(code, i, count) || i != code.size() || count < 1) return bad_code(data, out);
  int64_t col1 = 0;
  int64_t col2 = 0;
  out = field(data, delimiter, skip + 1, count, col1, col2);
  return kOk;
}

int length_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  std::string_view rest = code.substr(1);
  if (!rest.empty() && upper(rest[0]) == 'W') rest.remove_prefix(1);  // display width: bytes here
  const auto len = static_cast<int64_t>(data.size());
  if (rest.empty()) {
    out = std::to_string(len);
    return kOk;
  }
  int64_t low = 0;
  int64_t high = 0;
  bool has_second = false;
  if (!read_pair(rest, low, high, has_second)) return bad_code(data, out);
  if (!has_second) {
    high = low;
    low = 0;
  }
  out = len >= low && len <= high ? std::string(data) : std::string();
  return kOk;
}

int range_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  std::vector<std::pair<double, double>> ranges;
  for (std::string_view item : split_items(code.substr(1))) {
    const size_t comma = item.find(',');
    runtime::Number a;
    runtime::Number b;
    if (comma == std::string_view::npos || !runtime::parse_strict(item.substr(0, comma), a) ||
        !runtime::parse_strict(item.substr(comma + 1), b)) {
      return bad_code(data, out);
    }
    ranges.emplace_back(a.as_double(), b.as_double());
  }
  out.clear();
  if (data.empty()) return kOk;
  runtime::Number n;
  if (!runtime::parse_lenient(data, n)) {
    out.assign(data);
    return kBadData;
  }
  for (const auto& [low, high] : ranges) {
    if (n.as_double() >= low && n.as_double() <= high) {
      out.assign(data);
      break;
    }
  }
  return kOk;
}

int pattern_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  std::vector<std::string_view> templates;
  for (std::string_view item : split_items(code.substr(1))) {
    if (item.size() < 2 || item[0] != '(' || item.back() != ')') return bad_code(data, out);
    templates.push_back(item.substr(1, item.size() - 2));
  }
  out.clear();
  if (data.empty() || templates.empty()) return kOk;
  for (std::string_view t : templates) {
    if (matches(data, t)) {
      out.assign(data);
      break;
    }
  }
  return kOk;
}

namespace {

// The S code's zero test, made on the text: only zeros, spaces, one sign before the digits and one point
// (so the null string, "0", "-0.00" and " 0 " are zero; anything else is not).
bool substitution_zero(std::string_view data) {
  bool digit = false, sign = false, point = false;
  for (char c : data) {
    if (c == '0')
      digit = true;
    else if (c == ' ')
      continue;
    else if ((c == '+' || c == '-') && !digit && !sign)
      sign = true;
    else if (c == '.' && !point)
      point = true;
    else
      return false;
  }
  return true;
}

// One S code choice: '*' (the data), a quoted text (up to its closing quote), nothing (the null string) or a
// field number (the field of a record; there is no record here, so the null string). False when invalid.
bool substitution_choice(std::string_view data, std::string_view choice, std::string& out) {
  if (choice.empty()) {
    out.clear();
  } else if (choice == "*") {
    out.assign(data);
  } else if (choice[0] == '"' || choice[0] == '\'' || choice[0] == '\\') {
    const size_t close = choice.find(choice[0], 1);
    if (close == std::string_view::npos) return false;
    out.assign(choice.substr(1, close - 1));
  } else {
    for (char c : choice) {
      if (!is_digit(c)) return false;
    }
    out.clear();
  }
  return true;
}

}  // namespace

int substitution_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  const size_t semicolon = code.find(';');
  if (semicolon == std::string_view::npos) return bad_code(data, out);
  const std::vector<std::string_view> items = split_items(code.substr(semicolon + 1));
  const bool zero = substitution_zero(data);
  // With one choice only, zero data gives the null string.
  const std::string_view choice = !zero ? items[0] : items.size() > 1 ? items[1] : std::string_view();
  std::string result;
  if (!substitution_choice(data, choice, result)) return bad_code(data, out);
  out = std::move(result);
  return kOk;
}

int field_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  // <f>, <f,v> or <f,v,s>: digits only, closed by '>' at the end of the code.
  int64_t index[3] = {0, 0, 0};
  size_t i = 1;
  for (int k = 0; k < 3; ++k) {
    const size_t digits = i;
    while (i < code.size() && is_digit(code[i]) && i - digits < 9) {
      index[k] = index[k] * 10 + (code[i++] - '0');
    }
    if (i == digits) return bad_code(data, out);
    if (i < code.size() && code[i] == ',' && k < 2) {
      ++i;
      continue;
    }
    break;
  }
  if (i + 1 != code.size() || code[i] != '>') return bad_code(data, out);
  out.assign(runtime::extract(data, index[0], index[1], index[2]));
  return kOk;
}

int substring_code(std::string_view data, std::string_view code, Dir, std::string& out) {
  int64_t start = 0;
  int64_t count = 0;
  bool has_second = false;
  if (code.size() < 2 || !is_digit(code[1]) || !read_pair(code.substr(1), start, count, has_second)) {
    return bad_code(data, out);  // includes T file translation, which needs a file
  }
  const auto len = static_cast<int64_t>(data.size());
  if (!has_second) {
    out.assign(data.substr(static_cast<size_t>(len > start ? len - start : 0)));
    return kOk;
  }
  if (start < 1) start = 1;
  out.clear();
  if (start <= len && count > 0)
    out.assign(data.substr(static_cast<size_t>(start - 1), static_cast<size_t>(count)));
  return kOk;
}

}  // namespace mv::stdlib::conv
