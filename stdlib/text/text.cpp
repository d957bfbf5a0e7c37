// The text built-ins declared in text.hpp: trimming, case conversion, substring search and counting, FIELD,
// CHANGE and CONVERT. Every function is a single pass over byte strings with no locale dependence, because QM
// treats strings as bytes and the marks 251..255 must pass through untouched.
#include "stdlib/text/text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace mv::stdlib {

namespace {

// Which runs of the trimmed character a TRIM mode removes or shrinks.
struct TrimRules {
  bool drop_leading = false;
  bool drop_trailing = false;
  bool drop_all = false;
  bool collapse = false;  // an inner (or kept outer) run becomes a single character
};

TrimRules trim_rules(char mode) {
  switch (mode) {
    case 'A':
      return {true, true, true, true};
    case 'B':
      return {true, true, false, false};
    case 'C':
      return {false, false, false, true};
    case 'D':
    case 'R':
      return {true, true, false, true};
    case 'E':
    case 'T':
      return {false, true, false, false};
    case 'F':
    case 'L':
      return {true, false, false, false};
    default:
      throw std::invalid_argument(std::string("invalid TRIM mode '") + mode + "'");
  }
}

// A word with the top bit of each byte set that is (or, above a match, may be) equal to the byte of
// `pattern`: never misses a match, so a zero result proves none of the 8 bytes matches.
inline uint64_t maybe_equal(uint64_t word, uint64_t pattern) {
  const uint64_t v = word ^ pattern;
  return (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
}

// TRIM's default mode (R): leading and trailing runs go, inner runs shrink to one. After the ends are cut
// off, eight bytes at a time are copied as they are whenever no two neighbouring bytes among them (and the
// next) are both `ch`; only around a run of two or more is the copy byte by byte.
std::string trim_default(std::string_view s, char ch) {
  size_t b = 0;
  size_t e = s.size();
  while (b < e && s[b] == ch) ++b;
  while (e > b && s[e - 1] == ch) --e;
  std::string out(e - b, '\0');
  char* w = out.data();
  const char* p = s.data() + b;
  const char* const end = s.data() + e;
  const uint64_t pattern = 0x0101010101010101ULL * static_cast<unsigned char>(ch);
  while (p < end) {
    if (end - p >= 9) {
      uint64_t x, y;
      std::memcpy(&x, p, 8);
      std::memcpy(&y, p + 1, 8);
      if ((maybe_equal(x, pattern) & maybe_equal(y, pattern)) == 0) {
        std::memcpy(w, p, 8);
        w += 8;
        p += 8;
        continue;
      }
    }
    const char c = *p++;
    *w++ = c;
    if (c == ch) {
      while (p < end && *p == ch) ++p;
    }
  }
  out.resize(static_cast<size_t>(w - out.data()));
  return out;
}

// Applies the rules to every run of `ch`: whether a run goes, shrinks to one or stays depends on whether it
// is leading, inner or trailing. The result never outgrows the input, so it is written through a pointer
// into a buffer of the input's size (TRIM meets megabytes of short words; appending byte by byte cost 3x).
std::string trim_runs(std::string_view s, char ch, const TrimRules& rules) {
  if (rules.collapse && rules.drop_leading && rules.drop_trailing && !rules.drop_all) return trim_default(s, ch);
  std::string out(s.size(), '\0');
  // Locals, not the struct's fields: stores through `w` may alias anything, which would make the compiler
  // reload them for every byte.
  const bool drop_leading = rules.drop_leading;
  const bool drop_trailing = rules.drop_trailing;
  const bool drop_all = rules.drop_all;
  const bool collapse = rules.collapse;
  char* w = out.data();
  const char* p = s.data();
  const char* const end = p + s.size();
  while (p < end) {
    const char c = *p;
    if (c != ch) {
      *w++ = c;
      ++p;
      continue;
    }
    const char* q = p + 1;
    while (q < end && *q == ch) ++q;
    const bool leading = p == s.data();
    const bool trailing = q == end;
    // A string made only of `ch` has one run that is both leading and trailing.
    const bool dropped = (leading && drop_leading) || (trailing && drop_trailing) || drop_all;
    if (!dropped) {
      const size_t n = collapse ? 1 : static_cast<size_t>(q - p);
      std::memset(w, ch, n);
      w += n;
    }
    p = q;
  }
  out.resize(static_cast<size_t>(w - out.data()));
  return out;
}

bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

template <typename Map>
std::string map_bytes(std::string_view s, Map map) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(map(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string trim(std::string_view s) { return trim_runs(s, ' ', trim_rules('R')); }

std::string trim(std::string_view s, std::string_view chars, std::string_view mode) {
  const char m = mode.empty() ? 'R' : mode.front();
  const TrimRules rules = trim_rules(m);
  // The D, E and F modes are the space-only forms of R, T and L, so they ignore the character argument.
  const bool spaces_only = m == 'D' || m == 'E' || m == 'F';
  const char ch = (spaces_only || chars.empty()) ? ' ' : chars.front();
  return trim_runs(s, ch, rules);
}

std::string trimf(std::string_view s) { return trim_runs(s, ' ', trim_rules('L')); }

std::string trimb(std::string_view s) { return trim_runs(s, ' ', trim_rules('T')); }

std::string upcase(std::string_view s) {
  return map_bytes(s, [](unsigned char c) { return is_lower(c) ? c - 32 : c; });
}

std::string downcase(std::string_view s) {
  return map_bytes(s, [](unsigned char c) { return is_upper(c) ? c + 32 : c; });
}

std::string swapcase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    const auto u = static_cast<unsigned char>(c);
    if (!is_lower(u) && !is_upper(u)) break;  // QM's loop stops advancing at the first non-letter
    c = static_cast<char>(u ^ 0x20);
  }
  return out;
}

int64_t index_of(std::string_view s, std::string_view sub, int64_t occ) {
  if (occ < 1) return 0;
  if (sub.empty()) return occ;
  size_t pos = 0;
  while ((pos = s.find(sub, pos)) != std::string_view::npos) {
    if (--occ == 0) return static_cast<int64_t>(pos) + 1;
    pos += sub.size();  // occurrences do not overlap
  }
  return 0;
}

int64_t count_occurrences(std::string_view s, std::string_view sub) {
  if (sub.empty()) return static_cast<int64_t>(s.size());
  int64_t n = 0;
  for (size_t pos = s.find(sub); pos != std::string_view::npos; pos = s.find(sub, pos + sub.size())) ++n;
  return n;
}

int64_t dcount(std::string_view s, std::string_view delim) {
  if (s.empty()) return 0;
  if (delim.empty()) return static_cast<int64_t>(s.size());
  return count_occurrences(s, delim) + 1;
}

namespace {

// The next `delim` at or after `from`, or npos. Fields are usually a few bytes long, so the first 32 bytes
// are looked at directly; memchr, whose call costs more than such a scan, takes the rest.
size_t next_delim(std::string_view s, char delim, size_t from) {
  const size_t quick = std::min(s.size(), from + 32);
  for (size_t i = from; i < quick; ++i) {
    if (s[i] == delim) return i;
  }
  if (quick == s.size()) return std::string_view::npos;
  const void* hit = std::memchr(s.data() + quick, delim, s.size() - quick);
  return hit == nullptr ? std::string_view::npos : static_cast<size_t>(static_cast<const char*>(hit) - s.data());
}

}  // namespace

std::string_view field_view(std::string_view s, std::string_view delims, int64_t occ, int64_t count,
                            int64_t& col1, int64_t& col2) {
  col1 = 0;
  col2 = 0;
  if (s.empty()) return {};
  if (delims.empty()) {
    col2 = static_cast<int64_t>(s.size()) + 1;
    return s;
  }
  const char delim = delims.front();
  size_t start = 0;
  for (int64_t skip = occ < 1 ? 0 : occ - 1; skip > 0; --skip) {
    const size_t next = next_delim(s, delim, start);
    if (next == std::string_view::npos) return {};  // fewer fields than occ: COL1 and COL2 stay 0
    start = next + 1;
  }
  size_t end = start;
  for (int64_t left = count < 1 ? 1 : count; left > 0; --left) {
    end = next_delim(s, delim, end);
    if (end == std::string_view::npos) {
      end = s.size();
      break;
    }
    if (left > 1) ++end;  // keep the delimiters between the fields returned
  }
  col1 = static_cast<int64_t>(start);  // 1-based position of the delimiter before the field, or 0
  col2 = static_cast<int64_t>(end) + 1;
  return s.substr(start, end - start);
}

std::string field(std::string_view s, std::string_view delims, int64_t occ, int64_t count, int64_t& col1,
                  int64_t& col2) {
  return std::string(field_view(s, delims, occ, count, col1, col2));
}

std::string change(std::string_view s, std::string_view old_sub, std::string_view new_sub, int64_t occ,
                   int64_t start) {
  if (old_sub.empty() || s.empty()) return std::string(s);
  int64_t skip = start < 1 ? 0 : start - 1;
  int64_t left = occ < 1 ? -1 : occ;  // -1 never counts down to zero, so every occurrence is changed
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (left != 0) {
    const size_t hit = s.find(old_sub, pos);
    if (hit == std::string_view::npos) break;
    out.append(s.substr(pos, hit - pos));
    if (skip > 0) {
      // QM steps one byte past a skipped occurrence, so the occurrences it skips may overlap.
      --skip;
      out += s[hit];
      pos = hit + 1;
      continue;
    }
    out.append(new_sub);
    pos = hit + old_sub.size();
    --left;
  }
  out.append(s.substr(pos));
  return out;
}

std::string convert(std::string_view from, std::string_view to, std::string_view s) {
  // map[c] is the byte c becomes; deleted[c] marks the bytes that go. The first mention of a byte in `from`
  // decides what happens to it.
  std::array<unsigned char, 256> map;
  std::array<bool, 256> deleted{};
  std::array<bool, 256> seen{};
  for (int c = 0; c < 256; ++c) map[static_cast<size_t>(c)] = static_cast<unsigned char>(c);
  bool any_deleted = false;
  for (size_t i = 0; i < from.size(); ++i) {
    const auto c = static_cast<unsigned char>(from[i]);
    if (seen[c]) continue;
    seen[c] = true;
    if (i < to.size()) {
      map[c] = static_cast<unsigned char>(to[i]);
    } else {
      deleted[c] = true;
      any_deleted = true;
    }
  }
  std::string out(s);
  if (!any_deleted) {
    // With up to 4 byte values to change (the usual CONVERT), 8 bytes at a time are tested for any of them
    // and skipped when none is there; otherwise one table lookup per byte.
    uint64_t patterns[4];
    size_t count = 0;
    for (int c = 0; c < 256; ++c) {
      if (map[static_cast<size_t>(c)] == c) continue;
      if (count < 4) patterns[count] = 0x0101010101010101ULL * static_cast<unsigned>(c);
      ++count;
    }
    char* p = out.data();
    char* const end = p + out.size();
    if (count <= 4) {
      for (; end - p >= 8; p += 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        uint64_t hits = 0;
        for (size_t k = 0; k < count; ++k) hits |= maybe_equal(word, patterns[k]);
        if (hits == 0) continue;
        for (int k = 0; k < 8; ++k) p[k] = static_cast<char>(map[static_cast<unsigned char>(p[k])]);
      }
    }
    for (; p < end; ++p) *p = static_cast<char>(map[static_cast<unsigned char>(*p)]);
    return out;
  }
  size_t n = 0;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (!deleted[u]) out[n++] = static_cast<char>(map[u]);
  }
  out.resize(n);
  return out;
}

}  // namespace mv::stdlib
