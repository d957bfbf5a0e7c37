// Checks the stretch-at-a-time TRIM, CHANGE and CONVERT of stdlib/text against straightforward byte-at-a-time
// reference versions (the code they replaced), on many short random strings over a small alphabet, so that
// runs at the ends, overlapping occurrences, deletions and repeated mappings all turn up.
#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>

#include "stdlib/text/text.hpp"

namespace mv::stdlib {
namespace {

// The reference TRIM: a run is held back until the next other byte shows whether it was leading or inner.
std::string ref_trim(std::string_view s, char ch, bool drop_leading, bool drop_trailing, bool drop_all,
                     bool collapse) {
  std::string out;
  size_t run = 0;
  bool at_front = true;
  auto emit_run = [&](bool dropped) {
    if (run > 0 && !dropped && !drop_all) out.append(collapse ? 1 : run, ch);
    run = 0;
  };
  for (char c : s) {
    if (c == ch) {
      ++run;
      continue;
    }
    emit_run(at_front && drop_leading);
    out += c;
    at_front = false;
  }
  emit_run(drop_trailing || (at_front && drop_leading));
  return out;
}

std::string ref_change(std::string_view s, std::string_view old_sub, std::string_view new_sub, int64_t occ,
                       int64_t start) {
  if (old_sub.empty() || s.empty()) return std::string(s);
  int64_t skip = start < 1 ? 0 : start - 1;
  int64_t left = occ < 1 ? -1 : occ;
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    if (left == 0 || s.compare(pos, old_sub.size(), old_sub) != 0) {
      out += s[pos++];
      continue;
    }
    if (skip > 0) {
      --skip;
      out += s[pos++];
      continue;
    }
    out.append(new_sub);
    pos += old_sub.size();
    --left;
  }
  return out;
}

std::string ref_convert(std::string_view from, std::string_view to, std::string_view s) {
  std::array<int, 256> map;
  map.fill(-1);
  for (size_t i = 0; i < from.size(); ++i) {
    int& slot = map[static_cast<unsigned char>(from[i])];
    if (slot == -1) slot = i < to.size() ? static_cast<unsigned char>(to[i]) : -2;
  }
  std::string out;
  for (char c : s) {
    const int m = map[static_cast<unsigned char>(c)];
    if (m == -1) out += c;
    else if (m != -2) out += static_cast<char>(m);
  }
  return out;
}

// The reference FIELD: find() for every delimiter.
std::string ref_field(std::string_view s, char delim, int64_t occ, int64_t count, int64_t& col1, int64_t& col2) {
  col1 = 0;
  col2 = 0;
  if (s.empty()) return {};
  size_t start = 0;
  for (int64_t skip = occ < 1 ? 0 : occ - 1; skip > 0; --skip) {
    const size_t next = s.find(delim, start);
    if (next == std::string_view::npos) return {};
    start = next + 1;
  }
  size_t end = start;
  for (int64_t left = count < 1 ? 1 : count; left > 0; --left) {
    end = s.find(delim, end);
    if (end == std::string_view::npos) {
      end = s.size();
      break;
    }
    if (left > 1) ++end;
  }
  col1 = static_cast<int64_t>(start);
  col2 = static_cast<int64_t>(end) + 1;
  return std::string(s.substr(start, end - start));
}

std::string random_text(std::mt19937& rng, const std::string& alphabet, size_t max_len) {
  std::string s(rng() % (max_len + 1), ' ');
  for (char& c : s) c = alphabet[rng() % alphabet.size()];
  return s;
}

TEST(TextFastPaths, TrimMatchesReferenceInEveryMode) {
  std::mt19937 rng(15);
  struct Mode {
    const char* name;
    bool lead, trail, all, collapse;
  };
  const Mode modes[] = {{"A", true, true, true, true},    {"B", true, true, false, false},
                        {"C", false, false, false, true}, {"R", true, true, false, true},
                        {"T", false, true, false, false}, {"L", true, false, false, false}};
  for (int k = 0; k < 3000; ++k) {
    const std::string s = random_text(rng, "  ab*\xFE", 40);
    for (const Mode& m : modes) {
      EXPECT_EQ(trim(s, "*", m.name), ref_trim(s, '*', m.lead, m.trail, m.all, m.collapse))
          << "TRIM('" << s << "', '*', '" << m.name << "')";
    }
    EXPECT_EQ(trim(s), ref_trim(s, ' ', true, true, false, true)) << "TRIM('" << s << "')";
  }
}

TEST(TextFastPaths, ChangeMatchesReference) {
  std::mt19937 rng(16);
  for (int k = 0; k < 5000; ++k) {
    const std::string s = random_text(rng, "aab", 14);
    const std::string old_sub = random_text(rng, "ab", 3);
    const std::string new_sub = random_text(rng, "xy", 2);
    const int64_t occ = static_cast<int64_t>(rng() % 5) - 1;
    const int64_t start = static_cast<int64_t>(rng() % 5) - 1;
    EXPECT_EQ(change(s, old_sub, new_sub, occ, start), ref_change(s, old_sub, new_sub, occ, start))
        << "CHANGE('" << s << "', '" << old_sub << "', '" << new_sub << "', " << occ << ", " << start << ")";
  }
}

TEST(TextFastPaths, ConvertMatchesReference) {
  std::mt19937 rng(17);
  for (int k = 0; k < 5000; ++k) {
    const std::string s = random_text(rng, "abcd\xFD", 40);
    const std::string from = random_text(rng, "abce", 4);
    const std::string to = random_text(rng, "xyz", 4);
    EXPECT_EQ(convert(from, to, s), ref_convert(from, to, s))
        << "CONVERT('" << from << "', '" << to << "', '" << s << "')";
  }
}

TEST(TextFastPaths, FieldMatchesReferenceOnShortAndLongStrings) {
  std::mt19937 rng(18);
  for (int k = 0; k < 5000; ++k) {
    // Long runs without a delimiter send the search past the first 32 bytes, to memchr.
    const std::string s = random_text(rng, k % 2 ? "abcdefgh," : "aaaaaaaaaaaaaaaaaaaaaaaa,", 120);
    const int64_t occ = static_cast<int64_t>(rng() % 8) - 1;
    const int64_t count = static_cast<int64_t>(rng() % 4) - 1;
    int64_t c1 = -1, c2 = -1, r1 = -1, r2 = -1;
    EXPECT_EQ(field(s, ",", occ, count, c1, c2), ref_field(s, ',', occ, count, r1, r2))
        << "FIELD('" << s << "', ',', " << occ << ", " << count << ")";
    EXPECT_EQ(c1, r1);
    EXPECT_EQ(c2, r2);
  }
}

}  // namespace
}  // namespace mv::stdlib
