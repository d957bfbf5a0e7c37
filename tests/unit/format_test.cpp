// Unit tests for stdlib/format: every output line of the FMT.MASKS conformance program and the FMTS line of
// dynarray/SUM.MAX.MIN (expected values from their .out files), then the numeric codes, overflow into text
// marks and invalid specifications.
#include "stdlib/conv/format.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mv::stdlib {
namespace {

const std::string tm = "\xFB";
const std::string vm = "\xFD";
const std::string fm = "\xFE";
const std::string sm = "\xFC";

// Formats and checks STATUS() in one step.
std::string f(std::string_view value, std::string_view spec, int expected_status = 0) {
  int status = -1;
  std::string out = fmt(value, spec, status);
  EXPECT_EQ(status, expected_status) << "value '" << value << "' spec '" << spec << "'";
  return out;
}

TEST(FormatMasks, ConformanceLines) {
  EXPECT_EQ(f("ABCDE", "8L"), "ABCDE   ");                    // L8
  EXPECT_EQ(f("ABCDE", "8R"), "   ABCDE");                    // R8
  EXPECT_EQ(f("ABCDE", "8*L"), "ABCDE***");                   // FILLSTAR
  EXPECT_EQ(f("ABCDE", "8'-'R"), "---ABCDE");                 // FILLQUOTE
  EXPECT_EQ(f("12345", "8'0'R"), "00012345");                 // ZEROFILL
  EXPECT_EQ(f("0012345", "8R"), " 0012345");                  // LEADZ
  EXPECT_EQ(f("ab", "6C"), "  ab  ");                         // C6
  EXPECT_EQ(f("abc", "6C"), " abc  ");                        // C6ODD
  EXPECT_EQ(f("abc", "L#10"), "abc       ");                  // LHASH
  EXPECT_EQ(f("abc", "R#10"), "       abc");                  // RHASH
  EXPECT_EQ(f("abcdef", "R#4"), "cdef");                      // RTRUNC
  EXPECT_EQ(f("abcdef", "L#4"), "abcd");                      // LTRUNC
  EXPECT_EQ(f("ab", "10R"), "        ab");                    // TENR
  EXPECT_EQ(f("1234567890", "L###-#######"), "123-4567890");  // PHONE
  EXPECT_EQ(f("123456789", "L#3-#3-#3"), "123-456-789");      // SSN
  EXPECT_EQ(f("43", "R###m"), " 43m");                        // UNITS
  EXPECT_EQ(f("43", "L###m"), "43 m");                        // UNITSL
  EXPECT_EQ(f("7", "R%3"), "007");                            // PCT
  EXPECT_EQ(f("7", "R*3"), "**7");                            // STAR
  EXPECT_EQ(f("abc", "6R"), "   abc");                        // SHORT1
  EXPECT_EQ(f("abc", "L#5"), "abc  ");                        // SHORT2
  EXPECT_EQ(f("12.5", "R2#8"), "   12.50");                   // SHORT3, STATUS=0
  EXPECT_EQ(f("ITEM", "L#10") + f("QTY", "R#5") + f("PRICE", "R#9"), "ITEM        QTY    PRICE");
  EXPECT_EQ(f("Bolt", "L#10") + f("120", "R#5") + f("0.05", "R2#9"), "Bolt        120     0.05");
  EXPECT_EQ(f("Washer", "L#10") + f("75", "R#5") + f("0.02", "R2#9"), "Washer       75     0.02");
  EXPECT_EQ(f("Hinge", "L#10") + f("8", "R#5") + f("3.5", "R2#9"), "Hinge         8     3.50");
}

TEST(FormatMasks, FmtsConformanceLine) {
  int status = -1;
  // FMTS=   1]  22] 333 once the program converts the value marks to ']'.
  EXPECT_EQ(fmts("1" + vm + "22" + vm + "333", "R#4", status), "   1" + vm + "  22" + vm + " 333");
  EXPECT_EQ(status, 0);
  EXPECT_EQ(fmts("a" + fm + "b" + sm + "c", "2R", status), " a" + fm + " b" + sm + " c");
  EXPECT_EQ(fmts("", "3L", status), "   ");
}

TEST(FormatNumbers, DecimalPlacesRoundHalfAwayFromZero) {
  EXPECT_EQ(f("0.05", "R2#9"), "     0.05");
  EXPECT_EQ(f("1.005", "R2"), "1.01");
  EXPECT_EQ(f("-1.005", "R2"), "-1.01");
  EXPECT_EQ(f("2.5", "R0"), "3");
  EXPECT_EQ(f("-2.5", "R0"), "-3");
  EXPECT_EQ(f("9.995", "R2"), "10.00");
  EXPECT_EQ(f("99.5", "R0"), "100");
  EXPECT_EQ(f("12", "R3"), "12.000");
  EXPECT_EQ(f(".5", "R2"), "0.50");
  EXPECT_EQ(f("-0.001", "R2"), "0.00");  // a value that rounds to zero loses its sign
  EXPECT_EQ(f(" 42 ", "R1"), "42.0");    // arithmetic's conversion: surrounding spaces are ignored
  EXPECT_EQ(f("", "R2"), "0.00");        // and the null string is zero
  EXPECT_EQ(f("12.5", "10R2"), "     12.50");
  EXPECT_EQ(f("12.5", "10L2"), "12.50     ");
}

TEST(FormatNumbers, NonNumericDataIsFormattedAsText) {
  EXPECT_EQ(f("abc", "R2#6"), "   abc");
  EXPECT_EQ(f("1e3", "R2"), "1e3");
  EXPECT_EQ(f("12abc", "8R2"), "   12abc");
}

TEST(FormatNumbers, ScaleFactorCountsFromPrecision) {
  // With PRECISION 4, m = 6 divides by 10^2 and m = 4 leaves the value alone.
  EXPECT_EQ(f("12345", "R26"), "123.45");
  EXPECT_EQ(f("12345", "R24"), "12345.00");
  EXPECT_EQ(f("5", "R27"), "0.01");  // 0.005 rounds up
  int status = -1;
  EXPECT_EQ(fmt("12345", "R22", status, 2), "12345.00");
  EXPECT_EQ(fmt("12345", "R23", status, 2), "1234.50");
  EXPECT_EQ(fmt("12", "R21", status, 2), "120.00");  // a scale below the precision multiplies
}

TEST(FormatNumbers, ConversionCodes) {
  EXPECT_EQ(f("1234567.891", "R2,"), "1,234,567.89");
  EXPECT_EQ(f("-1234567", "R,"), "-1,234,567");
  EXPECT_EQ(f("123", "R,"), "123");
  EXPECT_EQ(f("1234.5", "R,"), "1,234.5");  // no fixed places: trailing zeros dropped
  EXPECT_EQ(f("0012345", "R,"), "12,345");
  EXPECT_EQ(f("12.5", "R2$"), "$12.50");
  EXPECT_EQ(f("-12.5", "R2$"), "$-12.50");
  EXPECT_EQ(f("1234.5", "R2$,"), "$1,234.50");
  EXPECT_EQ(f("0", "R2Z"), "");
  EXPECT_EQ(f("0.00", "8R2Z"), "        ");
  EXPECT_EQ(f("0.001", "R2Z"), "0.00");
  EXPECT_EQ(f("5", "R2Z"), "5.00");
  EXPECT_EQ(f("-5", "R2C"), "5.00cr");
  EXPECT_EQ(f("5", "R2C"), "5.00  ");
  EXPECT_EQ(f("5", "R2D"), "5.00db");
  EXPECT_EQ(f("-5", "R2D"), "5.00  ");
  EXPECT_EQ(f("-5", "R2B"), "5.00db");
  EXPECT_EQ(f("-5", "R2E"), "<5.00>");
  EXPECT_EQ(f("5", "R2E"), "5.00 ");
  EXPECT_EQ(f("-5", "R2M"), "5.00-");
  EXPECT_EQ(f("5", "R2M"), "5.00 ");
  EXPECT_EQ(f("-5", "R2N"), "5.00");
  EXPECT_EQ(f("-1234.5", "12R2,E"), "  <1,234.50>");
  EXPECT_EQ(f("-5", "R2$E"), "<$5.00>");
  // Codes are case-insensitive; without a numeric code ($ alone) the value stays text.
  EXPECT_EQ(f("-5", "r2m"), "5.00-");
  EXPECT_EQ(f("-5", "6R$"), "    -5");
}

TEST(FormatMasks, MaskDetails) {
  EXPECT_EQ(f("12345", "R#3"), "345");
  EXPECT_EQ(f("ab", "L#2-#2"), "ab-  ");
  EXPECT_EQ(f("ab", "R#2-#2"), "  -ab");
  EXPECT_EQ(f("7", "'0'R#3"), "007");  // '#' pads with the fill character
  EXPECT_EQ(f("7", "L%3"), "700");
  EXPECT_EQ(f("5551234", "L(###)\\#####"), "(555)#1234");  // '\' makes the next character literal
  EXPECT_EQ(f("4", "R\\##"), "#4");
  EXPECT_EQ(f("1234.5", "R2#10"), "   1234.50");
  EXPECT_EQ(f("abc", "12R#5"), "         abc");  // mask first, then justification into the width
  EXPECT_EQ(f("abc", "C#5"), "abc  ");           // only R masks are right-justified
}

TEST(FormatJustify, OverflowBecomesTextMarkedLines) {
  EXPECT_EQ(f("ABCDEFGHIJ", "4L"), "ABCD" + tm + "EFGH" + tm + "IJ  ");
  EXPECT_EQ(f("ABCDEFGHIJ", "4R"), "ABCD" + tm + "EFGH" + tm + "IJ  ");
  EXPECT_EQ(f("ABCDEFGH", "4C"), "ABCD" + tm + "EFGH");
  EXPECT_EQ(f("ABCDEFGHIJ", "4*L"), "ABCD" + tm + "EFGH" + tm + "IJ**");
  EXPECT_EQ(f("ABCD", "4L"), "ABCD");
}

TEST(FormatJustify, TextJustificationBreaksAtSpaces) {
  EXPECT_EQ(f("the quick brown fox", "10T"), "the quick " + tm + "brown fox ");
  EXPECT_EQ(f("abc defgh", "5T"), "abc  " + tm + "defgh");
  EXPECT_EQ(f("abcdefghij", "4T"), "abcd" + tm + "efgh" + tm + "ij  ");
  EXPECT_EQ(f("ab", "5T"), "ab   ");
  EXPECT_EQ(f("", "3T"), "   ");
  EXPECT_EQ(f("ab", "5U"), "ab   ");
}

TEST(FormatSpec, FillAndWidthForms) {
  EXPECT_EQ(f("ab", "5\"0\"R"), "000ab");
  EXPECT_EQ(f("ab", "5'L'R"), "LLLab");  // a justification letter needs quotes to be the fill
  EXPECT_EQ(f("ab", "5.R"), "...ab");
  EXPECT_EQ(f("ab", "5r"), "   ab");
  EXPECT_EQ(f("ab", "L"), "ab");  // no width and no mask: unchanged
  EXPECT_EQ(f("abc", "0L"), "");  // an explicit zero width gives the null string
  EXPECT_EQ(f("", "4R"), "    ");
}

TEST(FormatSpec, InvalidSpecificationsReturnTheValueWithStatus2) {
  EXPECT_EQ(f("abc", "", 2), "abc");
  EXPECT_EQ(f("abc", "8", 2), "abc");
  EXPECT_EQ(f("abc", "8X", 2), "abc");  // X is taken as the fill, then no justification follows
  EXPECT_EQ(f("abc", "8'-R", 2), "abc");
  EXPECT_EQ(f("abc", "#5", 2), "abc");
  EXPECT_EQ(f("abc", "99999999L", 2), "abc");  // absurd widths are refused rather than allocated
  EXPECT_EQ(f("abc", "0", 2), "abc");
  EXPECT_EQ(f("abc", "L#99999999", 2), "abc");
}

}  // namespace
}  // namespace mv::stdlib
