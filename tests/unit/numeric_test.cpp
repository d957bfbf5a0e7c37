// Unit tests for runtime/numeric, the one string<->number path: the strict reading used by comparisons and
// NUM(), the lenient one used by arithmetic, float formatting under PRECISION (rounded half away from zero,
// trailing zeros dropped), FLTDIFF equality and INTPREC rounding (language notes, section 2).
#include "runtime/numeric.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace mv::runtime {
namespace {

std::string fmt(double v, int precision) {
  std::string out;
  append_double(out, v, precision);
  return out;
}

std::string fmt_int(int64_t v) {
  std::string out;
  append_int(out, v);
  return out;
}

// ---- parse_strict ----

TEST(numeric, StrictAcceptsSignDigitsAndOnePoint) {
  Number n;
  ASSERT_TRUE(parse_strict("42", n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 42);
  ASSERT_TRUE(parse_strict("+3", n));
  EXPECT_EQ(n.i, 3);
  ASSERT_TRUE(parse_strict("-17", n));
  EXPECT_EQ(n.i, -17);
  ASSERT_TRUE(parse_strict(".5", n));
  EXPECT_FALSE(n.is_int);
  EXPECT_DOUBLE_EQ(n.f, 0.5);
  ASSERT_TRUE(parse_strict("12.", n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 12);
  ASSERT_TRUE(parse_strict("-2.25", n));
  EXPECT_DOUBLE_EQ(n.f, -2.25);
  ASSERT_TRUE(parse_strict("007", n));
  EXPECT_EQ(n.i, 7);
}

TEST(numeric, StrictReadsAZeroFractionAsAnInteger) {
  Number n;
  ASSERT_TRUE(parse_strict("1.0", n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 1);
  ASSERT_TRUE(parse_strict("-5.000", n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, -5);
}

TEST(numeric, StrictRejectsSpacesExponentsAndTrailingSigns) {
  Number n;
  for (const char* s : {"", " 12", "12 ", "1e3", "3-", "1.2.3", ".", "+", "-", "abc", "12a", "0x1F", "1,000",
                        "--1", "+-1", "\t1"}) {
    EXPECT_FALSE(parse_strict(s, n)) << '"' << s << '"';
  }
}

TEST(numeric, StrictAllowsAtMostFifteenDigitsBeforeThePoint) {
  Number n;
  ASSERT_TRUE(parse_strict("123456789012345", n));
  EXPECT_EQ(n.i, 123456789012345);
  ASSERT_TRUE(parse_strict("-123456789012345.5", n));
  EXPECT_FALSE(parse_strict("1234567890123456", n));
  EXPECT_FALSE(parse_strict("-1234567890123456", n));
  EXPECT_FALSE(parse_strict("1234567890123456.5", n));
  // Digits after the point do not count.
  ASSERT_TRUE(parse_strict("0.12345678901234567890", n));
}

// ---- parse_lenient ----

TEST(numeric, LenientSkipsLeadingAndTrailingSpaces) {
  Number n;
  ASSERT_TRUE(parse_lenient(" 12", n));
  EXPECT_EQ(n.i, 12);
  ASSERT_TRUE(parse_lenient("12 ", n));
  EXPECT_EQ(n.i, 12);
  ASSERT_TRUE(parse_lenient("  -1.5  ", n));
  EXPECT_DOUBLE_EQ(n.f, -1.5);
}

TEST(numeric, LenientTakesTheNullStringAsZero) {
  Number n;
  n.i = 99;
  ASSERT_TRUE(parse_lenient("", n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 0);
  ASSERT_TRUE(parse_lenient("   ", n));
  EXPECT_EQ(n.i, 0);
}

TEST(numeric, LenientStillRejectsNonNumbers) {
  Number n;
  for (const char* s : {"abc", "1e3", "3-", "1 2", "1.2.3", "0x10", " . "}) {
    EXPECT_FALSE(parse_lenient(s, n)) << '"' << s << '"';
  }
}

TEST(numeric, LenientReadsLongNumbersAsFloats) {
  Number n;
  ASSERT_TRUE(parse_lenient("12345678901234567890", n));
  EXPECT_FALSE(n.is_int);
  EXPECT_DOUBLE_EQ(n.f, 12345678901234567890.0);
  ASSERT_TRUE(parse_lenient("123456789012345678", n));
  EXPECT_TRUE(n.is_int);
  EXPECT_EQ(n.i, 123456789012345678);
}

// ---- append_int / append_double ----

TEST(numeric, AppendIntWritesDecimalText) {
  EXPECT_EQ(fmt_int(0), "0");
  EXPECT_EQ(fmt_int(-42), "-42");
  EXPECT_EQ(fmt_int(std::numeric_limits<int64_t>::min()), "-9223372036854775808");
}

TEST(numeric, AppendDoubleRoundsHalfAwayFromZero) {
  EXPECT_EQ(fmt(1.03125, 4), "1.0313");
  EXPECT_EQ(fmt(-1.03125, 4), "-1.0313");
  EXPECT_EQ(fmt(0.5, 0), "1");
  EXPECT_EQ(fmt(-0.5, 0), "-1");
  EXPECT_EQ(fmt(1.5, 0), "2");
  EXPECT_EQ(fmt(2.5, 0), "3");
  EXPECT_EQ(fmt(-2.5, 0), "-3");
  EXPECT_EQ(fmt(0.125, 2), "0.13");
}

TEST(numeric, AppendDoubleAtSeveralPrecisions) {
  EXPECT_EQ(fmt(1.0 / 3, 4), "0.3333");
  EXPECT_EQ(fmt(1.0 / 3, 14), "0.33333333333333");
  EXPECT_EQ(fmt(2.0 / 3, 14), "0.66666666666667");
  EXPECT_EQ(fmt(2.0 / 3, 0), "1");
  EXPECT_EQ(fmt(333.33333, 1), "333.3");
  EXPECT_EQ(fmt(3.14159, 2), "3.14");
  EXPECT_EQ(fmt(123.456, 4), "123.456");
}

TEST(numeric, AppendDoubleDropsTrailingZerosAndBarePoint) {
  EXPECT_EQ(fmt(2.0, 4), "2");
  EXPECT_EQ(fmt(2.5, 4), "2.5");
  EXPECT_EQ(fmt(0.10, 4), "0.1");
  EXPECT_EQ(fmt(100.0, 14), "100");
  EXPECT_EQ(fmt(0.00001, 4), "0");
}

TEST(numeric, AppendDoubleNeverPrintsMinusZero) {
  EXPECT_EQ(fmt(-0.0, 4), "0");
  EXPECT_EQ(fmt(-0.00001, 4), "0");
  EXPECT_EQ(fmt(-0.4, 0), "0");
}

TEST(numeric, AppendDoubleClampsPrecisionToZeroThroughFourteen) {
  EXPECT_EQ(fmt(1.0 / 3, 20), fmt(1.0 / 3, 14));
  EXPECT_EQ(fmt(2.7, -3), "3");
}

TEST(numeric, AppendDoubleHandlesLargeMagnitudes) {
  EXPECT_EQ(fmt(1e20, 4), "100000000000000000000");
  EXPECT_EQ(fmt(-1e16, 0), "-10000000000000000");
  EXPECT_EQ(fmt(123456789012.5, 4), "123456789012.5");
}

TEST(numeric, AppendDoubleAppendsToExistingText) {
  std::string out = "x=";
  append_double(out, 0.25, 4);
  EXPECT_EQ(out, "x=0.25");
}

// ---- float_equal and intprec_round ----

TEST(numeric, FloatEqualUsesTheFltdiffTolerance) {
  EXPECT_TRUE(float_equal(0.1 + 0.2, 0.3));
  EXPECT_TRUE(float_equal(1.0, 1.0 + 2e-11));
  EXPECT_FALSE(float_equal(1.0, 1.0 + 1e-10));
  EXPECT_FALSE(float_equal(0.0, 3e-11));
}

TEST(numeric, IntprecRoundRemovesBinaryNoiseBeforeTruncation) {
  double v = 17.9 * 100;
  EXPECT_LT(v, 1790.0);  // the noise the rounding exists for
  EXPECT_EQ(intprec_round(v), 1790.0);
  EXPECT_EQ(std::trunc(intprec_round(v)), 1790.0);
  EXPECT_EQ(std::trunc(intprec_round(0.1 * 3 * 10)), 3.0);
  EXPECT_EQ(std::trunc(intprec_round(-17.9 * 100)), -1790.0);
}

TEST(numeric, IntprecRoundKeepsEveryDigitOfLargeNumbers) {
  EXPECT_EQ(std::trunc(intprec_round(12345678901234.56)), 12345678901234.0);
  EXPECT_EQ(std::trunc(intprec_round(-12345678901234.56)), -12345678901234.0);
  EXPECT_EQ(std::trunc(intprec_round(99999999999.999)), 99999999999.0);
}

TEST(numeric, AppendDoubleRoundsOnTheFifteenDecimalText) {
  EXPECT_EQ(fmt(1.005, 2), "1.01");  // 1.00499999999999989... reads 1.005000000000000
  EXPECT_EQ(fmt(-1.005, 2), "-1.01");
  EXPECT_EQ(fmt(12345678901234.56 + 1, 4), "12345678901235.5605");
  EXPECT_EQ(fmt(-0.00001, 4), "0");
  EXPECT_EQ(fmt(9.99996, 4), "10");
  EXPECT_EQ(fmt(std::numeric_limits<double>::infinity(), 4), "inf");
}

TEST(numeric, IntprecRoundKeepsRealFractions) {
  EXPECT_EQ(std::trunc(intprec_round(1789.5)), 1789.0);
  EXPECT_EQ(std::trunc(intprec_round(2.999)), 2.0);
  EXPECT_EQ(intprec_round(42.0), 42.0);
  EXPECT_TRUE(std::isinf(intprec_round(std::numeric_limits<double>::infinity())));
}

}  // namespace
}  // namespace mv::runtime
