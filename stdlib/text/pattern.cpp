// The MATCHES engine declared in pattern.hpp. Each template is parsed into a list of elements, then matched
// by carrying the set of string positions reachable after each element, which explores every way of splitting
// the string (what QM's backtracking does) in time linear in the string per element, so templates such as
// 0X'a'0X'a'0X'b' cannot blow up. QM's rule that X takes as few characters as it can and A/N as many only
// decides which split MATCHFIELD reports; for MATCHES every split counts the same.
#include "stdlib/text/pattern.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace mv::stdlib {

namespace {

constexpr char value_mark = '\xFD';
constexpr size_t unbounded = static_cast<size_t>(-1);

struct Element {
  bool literal = false;
  char kind = 'X';  // 'A', 'N' or 'X' for a character-class element
  size_t min = 0;
  size_t max = 0;
  bool negate = false;
  std::string_view text;  // a literal's bytes
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

char class_code(char c) {
  const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  return (u == 'A' || u == 'N' || u == 'X') ? u : '\0';
}

// Reads a run of digits at t[i], saturating instead of overflowing on absurd counts.
size_t read_count(std::string_view t, size_t& i) {
  size_t n = 0;
  for (; i < t.size() && is_digit(t[i]); ++i)
    n = n > 100000000000ULL ? n : n * 10 + static_cast<size_t>(t[i] - '0');
  return n;
}

// Parses a counted element ("4N", "2-3A", or a bare digit literal) starting at the first digit t[i].
bool parse_counted(std::string_view t, size_t& i, Element& e) {
  const size_t start = i;
  e.min = read_count(t, i);
  e.max = e.min;
  if (i < t.size() && t[i] == '-') {
    // QM rejects a template in which a count is followed by '-' and no second count.
    if (i + 1 >= t.size() || !is_digit(t[i + 1])) return false;
    ++i;
    e.max = read_count(t, i);
    if (i < t.size() && class_code(t[i]) != '\0') {
      e.kind = class_code(t[i++]);
      return e.max >= e.min;
    }
  } else if (i < t.size() && class_code(t[i]) != '\0') {
    e.kind = class_code(t[i++]);
    if (e.min == 0) e.max = unbounded;
    return true;
  }
  e.literal = true;  // digits (or "n-m") with no code letter after them are literal text
  e.text = t.substr(start, i - start);
  return true;
}

// Parses one template (no value marks) into elements; false when the template is malformed.
bool parse_template(std::string_view t, std::vector<Element>& out) {
  size_t i = 0;
  while (i < t.size()) {
    Element e;
    if (t[i] == '~') {
      e.negate = true;
      ++i;
      if (i == t.size()) return false;
    }
    if (is_digit(t[i])) {
      if (!parse_counted(t, i, e)) return false;
    } else if (t.substr(i, 3) == "...") {
      if (e.negate) return false;  // nothing can fail to be "any character"
      e.max = unbounded;
      i += 3;
    } else if (t[i] == '\'' || t[i] == '"') {
      const size_t close = t.find(t[i], i + 1);
      if (close == std::string_view::npos) return false;
      e.literal = true;
      e.text = t.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      e.literal = true;
      e.text = t.substr(i++, 1);
    }
    out.push_back(e);
  }
  return true;
}

bool in_class(const Element& e, char c) {
  if (e.kind == 'X') return true;  // QM ignores '~' on X: every character is "any character"
  const bool member = e.kind == 'N' ? is_digit(c) : is_alpha(c);
  return member != e.negate;
}

// Moves every reachable position past one literal element.
void step_literal(std::string_view s, const Element& e, const std::vector<char>& from,
                  std::vector<char>& to) {
  const size_t n = e.text.size();
  for (size_t p = 0; p + n <= s.size(); ++p) {
    if (!from[p]) continue;
    // An inverted literal needs text of the same length that differs; an empty literal always matches.
    if (n == 0 || (s.compare(p, n, e.text) == 0) != e.negate) to[p + n] = 1;
  }
}

// Moves every reachable position past one character-class element, which may take any count from min to max
// of the class characters that follow. Ranges of end positions are marked with a difference array, so the
// step is linear in the string length however wide the ranges are.
void step_class(std::string_view s, const Element& e, const std::vector<char>& from, std::vector<char>& to) {
  const size_t len = s.size();
  std::vector<size_t> run(len + 1, 0);  // class characters starting at each position
  for (size_t p = len; p-- > 0;) run[p] = in_class(e, s[p]) ? run[p + 1] + 1 : 0;
  std::vector<int64_t> diff(len + 2, 0);
  for (size_t p = 0; p <= len; ++p) {
    const size_t most = std::min(e.max, run[p]);
    if (!from[p] || most < e.min) continue;
    ++diff[p + e.min];
    --diff[p + most + 1];
  }
  int64_t open = 0;
  for (size_t p = 0; p <= len; ++p) {
    open += diff[p];
    to[p] = open > 0;
  }
}

bool matches_template(std::string_view s, std::string_view t) {
  std::vector<Element> elements;
  if (!parse_template(t, elements)) return false;
  std::vector<char> reach(s.size() + 1, 0);
  std::vector<char> next(s.size() + 1, 0);
  reach[0] = 1;
  for (const Element& e : elements) {
    std::fill(next.begin(), next.end(), 0);
    if (e.literal) {
      step_literal(s, e, reach, next);
    } else {
      step_class(s, e, reach, next);
    }
    reach.swap(next);
  }
  return reach[s.size()] != 0;
}

// The number of characters element `e` may take at position p: [lo, hi], or lo > hi when none.
void element_span(std::string_view s, const Element& e, size_t p, size_t& lo, size_t& hi) {
  if (e.literal) {
    const size_t n = e.text.size();
    bool ok = p + n <= s.size() && (n == 0 || (s.compare(p, n, e.text) == 0) != e.negate);
    lo = n;
    hi = ok ? n : n - 1;  // an empty range when the literal does not match here
    return;
  }
  size_t run = 0;
  while (p + run < s.size() && run < e.max && in_class(e, s[p + run])) ++run;
  lo = e.min;
  hi = run;
}

// Splits `s` by one template: can[k][p] says whether elements k.. can match s from p to its end; the walk
// forward then gives each element its preferred length among those that still let the rest match.
bool split_template(std::string_view s, std::string_view t, std::vector<std::string_view>& parts) {
  std::vector<Element> elements;
  if (!parse_template(t, elements)) return false;
  const size_t len = s.size();
  std::vector<std::vector<char>> can(elements.size() + 1, std::vector<char>(len + 1, 0));
  can[elements.size()][len] = 1;
  for (size_t k = elements.size(); k-- > 0;) {
    for (size_t p = 0; p <= len; ++p) {
      size_t lo, hi;
      element_span(s, elements[k], p, lo, hi);
      for (size_t n = lo; n <= hi && !can[k][p]; ++n) can[k][p] = can[k + 1][p + n];
    }
  }
  if (!can[0][0]) return false;
  parts.clear();
  size_t p = 0;
  for (size_t k = 0; k < elements.size(); ++k) {
    size_t lo, hi;
    element_span(s, elements[k], p, lo, hi);
    size_t take = lo;
    if (!elements[k].literal && elements[k].kind != 'X') {
      for (take = hi; take > lo && !can[k + 1][p + take]; --take) {
      }
    } else {
      while (take < hi && !can[k + 1][p + take]) ++take;
    }
    parts.push_back(s.substr(p, take));
    p += take;
  }
  return true;
}

}  // namespace

bool match_parts(std::string_view s, std::string_view pattern, std::vector<std::string_view>& parts) {
  size_t start = 0;
  while (true) {
    const size_t vm = pattern.find(value_mark, start);
    if (split_template(s, pattern.substr(start, vm == std::string_view::npos ? vm : vm - start), parts))
      return true;
    if (vm == std::string_view::npos) return false;
    start = vm + 1;
  }
}

bool matches(std::string_view s, std::string_view pattern) {
  size_t start = 0;
  while (true) {
    const size_t vm = pattern.find(value_mark, start);
    if (matches_template(s, pattern.substr(start, vm == std::string_view::npos ? vm : vm - start)))
      return true;
    if (vm == std::string_view::npos) return false;
    start = vm + 1;
  }
}

}  // namespace mv::stdlib
