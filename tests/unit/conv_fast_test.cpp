// Checks the fast paths of the MD/ML/MR decimal codes (integer data, plain codes) and of date input against
// the general paths: the same value written so that the fast path cannot take it ("1234.0" instead of "1234"
// for output, a leading space for input) must convert to the same result. Also a few hand-worked values.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "stdlib/conv/conv_codes.hpp"

namespace mv::stdlib {
namespace {

std::string conv_out(std::string_view data, std::string_view code, int& status) {
  return oconv(data, code, status);
}

TEST(ConvFastPaths, DecimalOutputMatchesGeneralPath) {
  std::mt19937 rng(151);
  const char* codes[] = {"MD2", "MD2,$", "MD0", "MD3,", "ML2", "MR2$", "MD1$", "MD2T"};
  for (int k = 0; k < 4000; ++k) {
    const int64_t magnitude = static_cast<int64_t>(rng() % 100000000) / (1 + static_cast<int64_t>(rng() % 1000));
    const int64_t v = rng() % 3 == 0 ? -magnitude : magnitude;
    const std::string plain = std::to_string(v);
    for (const char* code : codes) {
      int s1 = -1, s2 = -1;
      EXPECT_EQ(conv_out(plain, code, s1), conv_out(plain + ".0", code, s2)) << plain << " " << code;
      EXPECT_EQ(s1, s2) << plain << " " << code;
    }
  }
}

TEST(ConvFastPaths, DecimalInputMatchesGeneralPath) {
  std::mt19937 rng(152);
  const char* codes[] = {"MD2", "MD2,$", "MD0", "MD3", "MR2", "MD20"};
  for (int k = 0; k < 4000; ++k) {
    const int64_t v = static_cast<int64_t>(rng() % 100000000) - 50000000;
    for (const char* code : codes) {
      int s0 = -1;
      const std::string text = oconv(std::to_string(v), code, s0);
      const std::string variants[] = {text, text + ".", text + "5", "$" + text, text.substr(0, text.size() / 2)};
      for (const std::string& t : variants) {
        int s1 = -1, s2 = -1;
        EXPECT_EQ(iconv(t, code, s1), iconv(" " + t, code, s2)) << "'" << t << "' " << code;
        EXPECT_EQ(s1, s2) << "'" << t << "' " << code;
      }
    }
  }
}

TEST(ConvFastPaths, DatesMatchGeneralPath) {
  std::mt19937 rng(153);
  const char* codes[] = {"D4/", "D2-", "D4/E", "D2.", "D", "D4-"};
  for (int k = 0; k < 3000; ++k) {
    const int64_t day = static_cast<int64_t>(rng() % 200000) - 100000;
    const std::string num = std::to_string(day);
    for (const char* code : codes) {
      int s1 = -1, s2 = -1;
      const std::string text = oconv(num, code, s1);
      EXPECT_EQ(text, oconv(num + ".0", code, s2)) << num << " " << code;
      EXPECT_EQ(s1, s2);
      // Day numbers round-trip, and the text reads the same with a leading space (the general path).
      EXPECT_EQ(iconv(text, code, s1), iconv(" " + text, code, s2)) << "'" << text << "' " << code;
      EXPECT_EQ(s1, s2) << "'" << text << "' " << code;
    }
    // Arbitrary digit runs: out-of-range months and days, days past the end of a month, short years.
    const std::string odd = std::to_string(rng() % 15) + "/" + std::to_string(rng() % 34) + "/" +
                            std::to_string(rng() % 3000);
    for (const char* code : {"D4/", "D2/E"}) {
      int s1 = -1, s2 = -1;
      EXPECT_EQ(iconv(odd, code, s1), iconv(" " + odd, code, s2)) << "'" << odd << "' " << code;
      EXPECT_EQ(s1, s2) << "'" << odd << "' " << code;
    }
  }
}

TEST(ConvFastPaths, HandWorkedValues) {
  int s = -1;
  EXPECT_EQ(oconv("123456", "MD2,$", s), "$1,234.56");
  EXPECT_EQ(oconv("-5", "MD2", s), "-0.05");
  EXPECT_EQ(oconv("-0", "MD2,$", s), "$0.00");
  EXPECT_EQ(oconv("1234567", "MD0,", s), "1,234,567");
  EXPECT_EQ(iconv("-$1,234.5", "MD2,$", s), "-123450");
  EXPECT_EQ(iconv("1,234.567", "MD2", s), "123457");  // more places than the scale: rounded, general path
  EXPECT_EQ(iconv("12/31/1967", "D4/", s), "0");
  EXPECT_EQ(oconv("0", "D4/", s), "12/31/1967");
  EXPECT_EQ(oconv("1", "D2-", s), "01-01-68");
  EXPECT_EQ(oconv("31", "D4/E", s), "31/01/1968");
  EXPECT_EQ(iconv("02/30/1968", "D4/", s), "61");  // 30 February 1968 rolls into 1 March: day 31 + 29 + 1
  EXPECT_EQ(s, 3);
  EXPECT_EQ(iconv("13/01/1968", "D4/", s), "");  // no month 13
  EXPECT_EQ(s, 1);
  EXPECT_EQ(iconv("1 JAN 1968", "D", s), "1");
  EXPECT_EQ(iconv("01-07-30", "D2-", s), "-13872");  // two-digit 30 is 1930: 13,872 days before 1968
  EXPECT_EQ(iconv("1/2/3/4", "D4/", s), "");           // four numbers are not a date
  EXPECT_EQ(s, 1);
  EXPECT_EQ(iconv("JAN FEB 1994", "D", s), "");        // two month names are not a date
  EXPECT_EQ(s, 1);
}

}  // namespace
}  // namespace mv::stdlib
