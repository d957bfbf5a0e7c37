// Unit tests for stdlib/pattern: every output line of the MATCHES.PATTERNS conformance program (expected
// values from its .out file), the examples of QM's pattern-matching documentation, and parser edge cases.
#include "stdlib/text/pattern.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mv::stdlib {
namespace {

const std::string vm = "\xFD";

TEST(PatternMatches, ConformanceLines) {
  const std::string t = "123-4567";
  EXPECT_TRUE(matches(t, "3N'-'4N"));                              // P1
  EXPECT_TRUE(matches(t, "1N0N'-'1N0N"));                          // P2
  EXPECT_FALSE(matches("12-4567", "3N'-'4N"));                     // P3
  EXPECT_TRUE(matches("ABC", "3A"));                               // P4
  EXPECT_FALSE(matches("ABC", "2A"));                              // P5
  EXPECT_TRUE(matches("", "0A"));                                  // P6
  EXPECT_TRUE(matches("", "..."));                                 // P7
  EXPECT_FALSE(matches("", "1X"));                                 // P8
  EXPECT_TRUE(matches("A1", "1A1N"));                              // P9
  EXPECT_TRUE(matches("ABC123DEF", "0X2N0X"));                     // P10
  EXPECT_TRUE(matches("1.5", "1N'.'1N"));                          // P11
  EXPECT_TRUE(matches("abcd", "~4N"));                             // P12
  EXPECT_FALSE(matches("12C4", "~4N"));                            // P13
  EXPECT_TRUE(matches("XYZ", "2-4A"));                             // P14
  EXPECT_FALSE(matches("XYZWV", "2-4A"));                          // P15
  EXPECT_TRUE(matches("hello", "'hello'"));                        // P16
  EXPECT_FALSE(matches("Hello", "'hello'"));                       // P17
  EXPECT_FALSE(matches("abc", "2X"));                              // P18
  EXPECT_TRUE(matches("Hello", "1A..."));                          // P19
  EXPECT_TRUE(matches("abc", "0X'c'"));                            // P20
  EXPECT_FALSE(matches("1234", "2-3N"));                           // P21
  EXPECT_TRUE(matches("5", "1N" + vm + "2N"));                     // P22
  EXPECT_TRUE(matches("55", "1N" + vm + "2N"));                    // P23
  EXPECT_FALSE(matches("555", "1N" + vm + "2N"));                  // P24
  EXPECT_TRUE(matches("AB-12", "2A\"-\"2N"));                      // P25
  EXPECT_TRUE(matches("ABC", "3A"));                               // MATCHKW=YES
  EXPECT_TRUE(matches("AB12", "2A2N"));                            // CODE AB12=VALID
  EXPECT_FALSE(matches("A123", "2A2N"));                           // CODE A123=INVALID
  EXPECT_TRUE(matches("ab99", "2A2N"));                            // CODE ab99=VALID
  EXPECT_FALSE(matches("ZZ00X", "2A2N"));                          // CODE ZZ00X=INVALID
  EXPECT_TRUE(matches("2024-03-15", "4N'-'2N'-'2N"));              // ISODATE=YES
  EXPECT_TRUE(matches("user@example.com", "1X0X'@'1X0X'.'2-3A"));  // EMAILISH
}

// The worked examples of QM's pattern-matching page: "A123BCD" against several equivalent templates.
TEST(PatternMatches, ManualExamples) {
  for (const char* p : {"1A3N3A", "1A1-3N3A", "'A'1-3N3A", "0A0N0A", "1A...3A", "1A~3A3A"}) {
    EXPECT_TRUE(matches("A123BCD", p)) << p;
  }
  EXPECT_TRUE(matches("ABC123DEF", "0X2-3N0X"));
  // A null string matches ..., 0A, 0X, 0N, their inverses and "".
  for (const char* p : {"...", "0A", "0X", "0N", "~0A", "~0N", "\"\"", "''"}) {
    EXPECT_TRUE(matches("", p)) << p;
  }
}

TEST(PatternMatches, CodesAndRanges) {
  EXPECT_TRUE(matches("abc", "3a"));  // code letters are case-insensitive
  EXPECT_TRUE(matches("12", "2n"));
  EXPECT_TRUE(matches("a1!", "3x"));
  EXPECT_TRUE(matches("abc", "1-3X'c'"));  // the range may take its full upper bound
  EXPECT_TRUE(matches("ac", "1-3X'c'"));
  EXPECT_FALSE(matches("abcdc", "1-3X'c'"));
  EXPECT_TRUE(matches("12345", "0-9N"));
  EXPECT_FALSE(matches("12345", "3-2N"));  // an upper bound below the lower never matches
  EXPECT_TRUE(matches("", "0-2A"));
  EXPECT_TRUE(matches("123456789012", "12N"));  // counts may have several digits
  EXPECT_FALSE(matches("\xE9", "1A"));          // only ASCII letters are alphabetic
  EXPECT_TRUE(matches("\xE9", "~1A"));
  EXPECT_TRUE(
      matches("a\xFE"
              "b",
              "1A1X1A"));  // marks are ordinary characters
}

TEST(PatternMatches, Literals) {
  EXPECT_TRUE(matches("123-4567", "3N-4N"));  // an unquoted character is a literal
  EXPECT_FALSE(matches("123/4567", "3N-4N"));
  EXPECT_TRUE(matches("x12", "'x'12"));  // digits with no code letter after them are literal text
  EXPECT_TRUE(matches("12.5", "12'.'1N"));
  EXPECT_TRUE(matches("1-2", "1-2"));
  EXPECT_TRUE(matches("it's", "\"it's\""));
  EXPECT_FALSE(matches("ab", "'ab"));   // an unclosed quote never matches
  EXPECT_TRUE(matches("xy", "~'ab'"));  // an inverted literal is text of the same length that differs
  EXPECT_FALSE(matches("ab", "~'ab'"));
  EXPECT_FALSE(matches("a", "~'ab'"));
  EXPECT_TRUE(matches("b", "~a"));
  EXPECT_FALSE(matches("a", "~a"));
  EXPECT_FALSE(matches("a", "~..."));
  EXPECT_FALSE(matches("12", "1-N"));  // a count followed by '-' and no second count is invalid
}

TEST(PatternMatches, WholeStringAndAlternatives) {
  EXPECT_FALSE(matches("abc", ""));
  EXPECT_TRUE(matches("", ""));
  EXPECT_FALSE(matches("abcd", "3A"));
  EXPECT_TRUE(matches("abcd", "3A" + vm + "4A"));
  EXPECT_TRUE(matches("", "1N" + vm));  // an empty alternative matches the null string
  EXPECT_TRUE(matches("ab12", "0A0N"));
  EXPECT_FALSE(matches("12ab", "0A0N"));
}

TEST(PatternMatches, BacktrackingStaysFast) {
  const std::string s(4000, 'a');
  EXPECT_FALSE(matches(s, "0X'a'0X'a'0X'a'0X'b'"));
  EXPECT_TRUE(matches(s + "b", "0X'a'0X'a'0X'a'0X'b'"));
  EXPECT_FALSE(matches(s, "0A0A0A0A'b'"));
}

// MATCHFIELD's split (match_parts): the examples of QM's MATCHFIELD page, with X taking as few characters as
// it can and A and N as many.
std::string split(std::string_view s, std::string_view pattern) {
  std::vector<std::string_view> parts;
  if (!match_parts(s, pattern, parts)) return "no match";
  std::string out;
  for (std::string_view p : parts) out += "[" + std::string(p) + "]";
  return out;
}

TEST(PatternParts, LazyXGreedyAN) {
  EXPECT_EQ(split("ABC123DEF", "0X2N0X"), "[ABC][12][3DEF]");
  EXPECT_EQ(split("ABC123DEF", "0X2-3N0X"), "[ABC][123][DEF]");
  EXPECT_EQ(split("AA123BBB9", "2A0N3A0N"), "[AA][123][BBB][9]");
  EXPECT_EQ(split("ABC123", "3A3N"), "[ABC][123]");
  EXPECT_EQ(split("12AB", "2N'AB'"), "[12][AB]");
  EXPECT_EQ(split("A1B2", "0A0N0A0N"), "[A][1][B][2]");
  EXPECT_EQ(split("", "0N"), "[]");
}

TEST(PatternParts, AlternativesAndFailures) {
  EXPECT_EQ(split("123", "3A" + vm + "3N"), "[123]");
  EXPECT_EQ(split("XYZ123AB", "3X3N"), "no match");
  EXPECT_EQ(split("XYZ123AB", "3X3N0X"), "[XYZ][123][AB]");
  EXPECT_EQ(split("abc", "~3N"), "[abc]");
  EXPECT_EQ(split("abc", "2-"), "no match");  // a malformed template never matches
}

}  // namespace
}  // namespace mv::stdlib
