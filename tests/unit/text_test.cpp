// Unit tests for stdlib/text: every output line of the conformance programs LEN.TRIM, CASE.FUNCS,
// INDEX.COUNT, FIELD.COL and CONVERT.CHANGE (expected values copied from their .out files), then edge cases
// that follow QM's documented or observed behaviour.
#include "stdlib/text/text.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace mv::stdlib {
namespace {

const std::string fm = "\xFE";
const std::string vm = "\xFD";

// ---- LEN.TRIM ----

TEST(TextLenTrim, ConformanceLines) {
  const std::string s = "  Hello   World  ";
  EXPECT_EQ(s.size(), 17u);                // LEN=17
  EXPECT_EQ(trim(s), "Hello World");       // TRIM
  EXPECT_EQ(trimf(s), "Hello   World  ");  // TRIMF
  EXPECT_EQ(trimb(s), "  Hello   World");  // TRIMB
  EXPECT_EQ(trim(s).size(), 11u);          // TRIMLEN
  EXPECT_EQ(trim("     "), "");            // TRIMALL
  const std::string t = "--a--b---c--";
  EXPECT_EQ(trim(t, "-", "A"), "abc");         // MODEA
  EXPECT_EQ(trim(t, "-", "B"), "a--b---c");    // MODEB
  EXPECT_EQ(trim(t, "-", "C"), "-a-b-c-");     // MODEC
  EXPECT_EQ(trim(t, "-", "L"), "a--b---c--");  // MODEL
  EXPECT_EQ(trim(t, "-", "T"), "--a--b---c");  // MODET
  EXPECT_EQ(trim(t, "-", "R"), "a-b-c");       // MODER
  EXPECT_EQ(trim(t, "-"), "a-b-c");            // DEFMODE
  const std::string u = "  x  y  ";
  EXPECT_EQ(trim(u, "", "D"), "x y");              // MODED
  EXPECT_EQ(trim(u, "", "E"), "  x  y");           // MODEE
  EXPECT_EQ(trim(u, "", "F"), "x  y  ");           // MODEF
  EXPECT_EQ(trim("000120", "0", "L"), "120");      // ZEROS
  EXPECT_EQ(trim("a..b...c", ".", "R"), "a.b.c");  // DOTS
  EXPECT_EQ(trim(" \t ").size(), 1u);              // TABSTAY
  EXPECT_EQ(trim(" 42 "), "42");                   // NUMTRIM (the + 1 is arithmetic)
}

TEST(TextLenTrim, EdgeCases) {
  EXPECT_EQ(trim(""), "");
  EXPECT_EQ(trimf(""), "");
  EXPECT_EQ(trimb("   "), "");
  EXPECT_EQ(trimf("   "), "");
  // Spaces on each side of a mark are inner spaces: plain TRIM does not trim each field separately.
  EXPECT_EQ(trim(" a " + fm + " b "), "a " + fm + " b");
  // A string made only of the trimmed character.
  EXPECT_EQ(trim("---", "-", "A"), "");
  EXPECT_EQ(trim("---", "-", "B"), "");
  EXPECT_EQ(trim("---", "-", "C"), "-");
  EXPECT_EQ(trim("---", "-", "L"), "");
  EXPECT_EQ(trim("---", "-", "T"), "");
  // Only the first character of the character argument counts; D, E and F always trim spaces.
  EXPECT_EQ(trim("xxaxx", "xy", "B"), "a");
  EXPECT_EQ(trim("  a--", "-", "D"), "a--");
  // An empty mode is R; an empty character is a space.
  EXPECT_EQ(trim("  a  b  ", "", ""), "a b");
  // Marks are ordinary characters and can be trimmed.
  EXPECT_EQ(trim(fm + "a" + fm + fm + "b" + fm, fm, "R"), "a" + fm + "b");
  EXPECT_THROW(trim("abc", "-", "Q"), std::invalid_argument);
}

// ---- CASE.FUNCS ----

TEST(TextCaseFuncs, ConformanceLines) {
  const std::string s = "Hello, World 123";
  EXPECT_EQ(upcase(s), "HELLO, WORLD 123");             // UP
  EXPECT_EQ(downcase(s), "hello, world 123");           // DOWN
  EXPECT_EQ(swapcase(s), "hELLO, World 123");           // SWAP (QM stops at the first non-letter)
  EXPECT_EQ(upcase(""), "");                            // UPNULL
  EXPECT_EQ(upcase("12.5"), "12.5");                    // UPNUM
  EXPECT_NE(std::string("abc"), "ABC");                 // EQCASE=0
  EXPECT_EQ(upcase("abc"), "ABC");                      // EQUP=1
  EXPECT_LT(std::string("Zebra"), "apple");             // LTCASE=1
  EXPECT_FALSE(downcase("Zebra") < downcase("apple"));  // LTDOWN=0

  // TITLE: the program's loop capitalises the letter after a space or apostrophe.
  const std::string w = downcase("mARY ann o'BRIEN");
  std::string out;
  char prev = ' ';
  for (char c : w) {
    std::string ch(1, c);
    if (prev == ' ' || prev == '\'') ch = upcase(ch);
    out += ch;
    prev = ch[0];
  }
  EXPECT_EQ(out, "Mary Ann O'Brien");

  const std::string code = "ab-12-cd";  // MIXED: UPCASE(CODE[1,2]):CODE[3,4]:DOWNCASE(UPCASE(CODE[7,2]))
  EXPECT_EQ(upcase(code.substr(0, 2)) + code.substr(2, 4) + downcase(upcase(code.substr(6, 2))), "AB-12-cd");
  EXPECT_EQ(upcase("a" + vm + "b"), "A" + vm + "B");  // MARKS=1
}

TEST(TextCaseFuncs, NonAsciiBytesUnchanged) {
  const std::string bytes = "\xE9\xC9\xFB\xFF";
  EXPECT_EQ(upcase(bytes), bytes);
  EXPECT_EQ(downcase(bytes), bytes);
  EXPECT_EQ(swapcase(bytes), bytes);
  EXPECT_EQ(swapcase("aZ@[`{"), "Az@[`{");
  EXPECT_EQ(swapcase("MixedCase"), "mIXEDcASE");
  EXPECT_EQ(swapcase("1abc"), "1abc");
  EXPECT_EQ(swapcase("ab" + vm + "cd"), "AB" + vm + "cd");
  EXPECT_EQ(swapcase(""), "");
}

// ---- INDEX.COUNT ----

TEST(TextIndexCount, ConformanceLines) {
  const std::string s = "abcabcabc";
  EXPECT_EQ(index_of(s, "bc", 1), 2);                      // INDEX1
  EXPECT_EQ(index_of(s, "bc", 2), 5);                      // INDEX2
  EXPECT_EQ(index_of(s, "bc", 3), 8);                      // INDEX3
  EXPECT_EQ(index_of(s, "bc", 4), 0);                      // INDEX4
  EXPECT_EQ(index_of(s, "x", 1), 0);                       // INDEXNONE
  EXPECT_EQ(index_of(s, "B", 1), 0);                       // INDEXCASE
  EXPECT_EQ(index_of("ab", "abc", 1), 0);                  // INDEXLONG
  EXPECT_EQ(count_occurrences(s, "a"), 3);                 // COUNT1
  EXPECT_EQ(count_occurrences("aaaa", "aa"), 2);           // COUNT2
  EXPECT_EQ(count_occurrences("ABABABABABAB", "ABA"), 3);  // COUNT3
  EXPECT_EQ(count_occurrences("hello", ""), 5);            // COUNTNULLSUB
  EXPECT_EQ(count_occurrences("", "a"), 0);                // COUNTNULLSTR
  EXPECT_EQ(dcount("a,b,c", ","), 3);                      // DCOUNT1
  EXPECT_EQ(dcount("", ","), 0);                           // DCOUNT2
  EXPECT_EQ(dcount("abc", ","), 1);                        // DCOUNT3
  EXPECT_EQ(dcount(",", ","), 2);                          // DCOUNT4
  EXPECT_EQ(dcount("a,,b,", ","), 4);                      // DCOUNT5
  EXPECT_EQ(dcount("x" + fm + "y" + fm + "z", fm), 3);     // DCOUNTFM

  const std::string sent = "the cat sat on the mat with the hat";
  std::string pos;
  for (int64_t n = 1;; ++n) {
    const int64_t p = index_of(sent, "the", n);
    if (p == 0) break;
    pos += std::to_string(p) + " ";
  }
  EXPECT_EQ(trim(pos), "1 16 29");              // ALLPOS
  EXPECT_EQ(dcount(trim(sent), " "), 9);        // WORDS
  EXPECT_EQ(count_occurrences(sent, "at"), 4);  // ATCOUNT
}

TEST(TextIndexCount, EdgeCases) {
  // INDEX occurrences do not overlap, like COUNT.
  EXPECT_EQ(index_of("aaaa", "aa", 2), 3);
  EXPECT_EQ(index_of("aaaa", "aa", 3), 0);
  EXPECT_EQ(index_of("abc", "c", 0), 0);
  EXPECT_EQ(index_of("abc", "c", -1), 0);
  EXPECT_EQ(index_of("abc", "", 2), 2);
  EXPECT_EQ(index_of("a" + vm + "b", vm, 1), 2);
  EXPECT_EQ(count_occurrences("", ""), 0);
  EXPECT_EQ(dcount("abc", ""), 3);
  EXPECT_EQ(dcount("a::b::c", "::"), 3);
}

// ---- FIELD.COL ----

TEST(TextFieldCol, ConformanceLines) {
  const std::string s = "alpha.beta.gamma.delta";
  int64_t c1 = -1;
  int64_t c2 = -1;
  EXPECT_EQ(field(s, ".", 1, 1, c1, c2), "alpha");          // F1
  EXPECT_EQ(field(s, ".", 2, 1, c1, c2), "beta");           // F2
  EXPECT_EQ(field(s, ".", 4, 1, c1, c2), "delta");          // F4
  EXPECT_EQ(field(s, ".", 5, 1, c1, c2), "");               // F5
  EXPECT_EQ(field(s, ".", 0, 1, c1, c2), "alpha");          // F0
  EXPECT_EQ(field(s, ".", 2, 2, c1, c2), "beta.gamma");     // F23
  EXPECT_EQ(field(s, ".", 3, 9, c1, c2), "gamma.delta");    // F39
  EXPECT_EQ(field("single", ".", 1, 1, c1, c2), "single");  // NODELIM
  EXPECT_EQ(field("single", ".", 2, 1, c1, c2), "");        // NODELIM2
  EXPECT_EQ(field("a,,c", ",", 2, 1, c1, c2), "");          // EMPTYMID
  EXPECT_EQ(field("a-b+c", "+-", 2, 1, c1, c2), "c");       // MULTIDELIM
  EXPECT_EQ(field(s, ".", 3, 1, c1, c2), "gamma");          // COL=gamma 11 17
  EXPECT_EQ(c1, 11);
  EXPECT_EQ(c2, 17);
  field(s, ".", 1, 1, c1, c2);  // COLFIRST=0 6
  EXPECT_EQ(c1, 0);
  EXPECT_EQ(c2, 6);
  field(s, ".", 2, 2, c1, c2);  // COLMULTI=6 17
  EXPECT_EQ(c1, 6);
  EXPECT_EQ(c2, 17);
  const std::string rec = "SMITH,JOHN,42,LONDON";
  EXPECT_EQ(field(rec, ",", 1, 1, c1, c2), "SMITH");            // SURNAME
  EXPECT_EQ(field(rec, ",", 3, 1, c1, c2), "42");               // AGE+1=43 (the + 1 is arithmetic)
  EXPECT_EQ(field(rec, ",", 2, 99, c1, c2), "JOHN,42,LONDON");  // REST
  const std::string path = "/usr/local/lib/qm";
  const int64_t n = dcount(path, "/");
  EXPECT_EQ(n, 5);
  EXPECT_EQ(field(path, "/", n, 1, c1, c2), "qm");                  // LASTPART
  EXPECT_EQ(field(path, "/", 1, n - 1, c1, c2), "/usr/local/lib");  // PARENT
}

TEST(TextFieldCol, EdgeCases) {
  int64_t c1 = -1;
  int64_t c2 = -1;
  // A missing field leaves both positions at zero.
  EXPECT_EQ(field("a.b", ".", 3, 1, c1, c2), "");
  EXPECT_EQ(c1, 0);
  EXPECT_EQ(c2, 0);
  // The last field runs to the end: COL2 is one past the string.
  EXPECT_EQ(field("a.bc", ".", 2, 1, c1, c2), "bc");
  EXPECT_EQ(c1, 2);
  EXPECT_EQ(c2, 5);
  // A null delimiter returns the whole string.
  EXPECT_EQ(field("abc", "", 2, 1, c1, c2), "abc");
  EXPECT_EQ(c1, 0);
  EXPECT_EQ(c2, 4);
  EXPECT_EQ(field("", ".", 1, 1, c1, c2), "");
  EXPECT_EQ(c1, 0);
  EXPECT_EQ(c2, 0);
  // A count below 1 means 1; a trailing delimiter inside the range is kept.
  EXPECT_EQ(field("a.b.c", ".", 2, 0, c1, c2), "b");
  EXPECT_EQ(field("a,b,", ",", 2, 2, c1, c2), "b,");
  EXPECT_EQ(field("x" + vm + "y", vm, 2, 1, c1, c2), "y");
}

// ---- CONVERT.CHANGE ----

TEST(TextConvertChange, ConformanceLines) {
  EXPECT_EQ(convert("lo", "01", "hello world"), "he001 w1r0d");           // CONVSTMT
  EXPECT_EQ(convert("abc", "x", "abcabc"), "xx");                         // CONVDROP
  EXPECT_EQ(convert("ab", "12", "aabbcc"), "1122cc");                     // CONVFN
  EXPECT_EQ(convert("", "", "unchanged"), "unchanged");                   // CONVSAME
  EXPECT_EQ(convert(fm + vm, ",;", "a" + fm + "b" + vm + "c"), "a,b;c");  // CONVMARKS
  EXPECT_EQ(convert("aa", "xy", "banana"), "bxnxnx");                     // CONVDUP
  EXPECT_EQ(change("ABRACADABRA", "A", "a"), "aBRaCaDaBRa");              // CHANGE1
  EXPECT_EQ(change("ABRACADABRA", "A", "a", 3, 2), "ABRaCaDaBRA");        // CHANGE2
  EXPECT_EQ(change("aXbXcXd", "X", "--", 2), "a--b--cXd");                // CHANGE3
  EXPECT_EQ(change("aXbXcXd", "X", "", 0), "abcd");                       // CHANGE4
  EXPECT_EQ(change("one two one", "one", "1"), "1 two 1");                // CHANGE5
  EXPECT_EQ(change("abc", "", "z"), "abc");                               // CHANGE6
  EXPECT_EQ(change("aaaa", "aa", "b"), "bb");                             // CHANGE7
  EXPECT_EQ(change("x.y.z", ".", "::", 1, 2), "x.y::z");                  // CHANGE8
  EXPECT_EQ(change("2024-01-05", "-", "/"), "2024/01/05");                // SWAPFN
  std::string t = "Dear NAME, your order NUM is ready. Thanks NAME.";
  t = change(t, "NAME", "Ann");
  t = change(t, "NUM", "1042");
  EXPECT_EQ(t, "Dear Ann, your order 1042 is ready. Thanks Ann.");  // TEMPLATE
  EXPECT_EQ(convert("()- ", "", "(555) 123-4567"), "5551234567");   // DIGITSONLY
}

TEST(TextConvertChange, EdgeCases) {
  EXPECT_EQ(change("", "a", "b"), "");
  EXPECT_EQ(change("abc", "abc", ""), "");
  EXPECT_EQ(change("abab", "ab", "x", -5), "xx");
  EXPECT_EQ(change("abab", "ab", "x", 1, 0), "xab");   // a start below 1 is 1
  EXPECT_EQ(change("abab", "ab", "x", 1, 3), "abab");  // fewer occurrences than start
  // Occurrences passed over before `start` are found one byte apart, so they may overlap.
  EXPECT_EQ(change("aaaa", "aa", "b", 1, 2), "aba");
  EXPECT_EQ(convert("abc", "", "aXbYc"), "XY");
  EXPECT_EQ(convert("ab", "ba", "abba"), "baab");  // mapping is simultaneous, not chained
  EXPECT_EQ(convert("a", "xyz", "aaa"), "xxx");    // extra `to` characters are ignored
}

}  // namespace
}  // namespace mv::stdlib
