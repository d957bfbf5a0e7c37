// Unit tests for stdlib/conv_codes: OCONV/ICONV/OCONVS/ICONVS with every code family. Expected values come
// from the QM reference manual's examples (and those of other Pick manuals where QM agrees), from the
// conformance suite's lang/conv outputs, and from calendar arithmetic worked out by hand (noted beside
// each such value).
#include <gtest/gtest.h>

#include <string>

#include "stdlib/conv/conv_codes.hpp"

namespace mv::stdlib {
namespace {

const std::string vm = "\xFD";
const std::string fm = "\xFE";

// Converts and checks STATUS() in one step.
std::string out(std::string_view data, std::string_view code, int expected_status = 0) {
  int status = -1;
  std::string result = oconv(data, code, status);
  EXPECT_EQ(status, expected_status) << "OCONV('" << data << "', '" << code << "')";
  return result;
}

std::string in(std::string_view data, std::string_view code, int expected_status = 0) {
  int status = -1;
  std::string result = iconv(data, code, status);
  EXPECT_EQ(status, expected_status) << "ICONV('" << data << "', '" << code << "')";
  return result;
}

TEST(ConvDate, FullDates) {
  EXPECT_EQ(out("0", "D"), "31 DEC 1967");
  EXPECT_EQ(out("9649", "D"), "01 JUN 1994");
  EXPECT_EQ(out("9649", "D2"), "01 JUN 94");
  EXPECT_EQ(out("9649", "D/"), "06/01/1994");
  EXPECT_EQ(out("9649", "D2/"), "06/01/94");
  EXPECT_EQ(out("9649", "D2-"), "06-01-94");
  EXPECT_EQ(out("9649", "D/E"), "01/06/1994");
  EXPECT_EQ(out("9649", "D2 E"), "01 06 94");
  EXPECT_EQ(out("9649", "D0"), "01 JUN");
  EXPECT_EQ(out("-1", "D4/"), "12/30/1967");
  EXPECT_EQ(out("", "D"), "");
}

TEST(ConvDate, Parts) {
  EXPECT_EQ(out("9649", "DD"), "01");
  EXPECT_EQ(out("9649", "DM"), "06");
  EXPECT_EQ(out("9649", "DY"), "1994");
  EXPECT_EQ(out("9649", "DY2"), "94");
  EXPECT_EQ(out("9649", "DMA"), "JUNE");
  EXPECT_EQ(out("9649", "DMB"), "JUN");
  EXPECT_EQ(out("9649", "DMAL"), "June");
  EXPECT_EQ(out("9649", "DW"), "3");  // 1 June 1994 was a Wednesday
  EXPECT_EQ(out("9649", "DWA"), "WEDNESDAY");
  EXPECT_EQ(out("9649", "DWB"), "WED");
  EXPECT_EQ(out("9649", "DWAL"), "Wednesday");
  EXPECT_EQ(out("9649", "DQ"), "2");
  EXPECT_EQ(out("9649", "DJ"), "152");  // 31+28+31+30+31 days before June, then the 1st
  EXPECT_EQ(out("9649", "DDO"), "1st");
  EXPECT_EQ(out("9649", "DX"), "19940601");
  EXPECT_EQ(out("9649", "D-YMD"), "1994-06-01");
  EXPECT_EQ(out("9649", "D/DMY"), "01/06/1994");
  EXPECT_EQ(out("9649", "D40YMD"), "19940601");
  EXPECT_EQ(out("9649", "DYMD[\"\",\"\"]"), "19940601");
  EXPECT_EQ(out("9649", "D-YMD[4,2,2]"), "1994-06-01");
  EXPECT_EQ(out("9649", "D-DMY[2,A3,2]"), "01-JUN-94");
  EXPECT_EQ(out("9649", "D DMY[,A9,2]"), "01 JUNE      94");
  EXPECT_EQ(out("9649", "D/MDY[Z,Z,2]"), "6/1/94");
  EXPECT_EQ(out("9649", "DYMD[4'-',Z'/',Z]"), "1994-6/1");
  EXPECT_EQ(out("9649", "D DMY[Q]", 2), "9649");
}

TEST(ConvDate, CalendarEdges) {
  // 1 January 1900 is 68 years (16 of them leap) before 1 January 1968, day 1: 1 - 24836.
  EXPECT_EQ(out("-24835", "D4/"), "01/01/1900");
  EXPECT_EQ(out("-24835", "DWA"), "MONDAY");
  EXPECT_EQ(out("11748", "D4/"), "02/29/2000");
  EXPECT_EQ(out("11749", "D4/"), "03/01/2000");
  // 1 January 2021 (day 19360) was a Friday in ISO week 53 of 2020.
  EXPECT_EQ(out("19360", "DW"), "5");
  EXPECT_EQ(out("19360", "DWI"), "53");
  EXPECT_EQ(out("19360", "DYI"), "2020");
  EXPECT_EQ(out("9649.9", "D4/"), "06/01/1994");
}

TEST(ConvDate, OutputErrors) {
  EXPECT_EQ(out("abc", "D", 1), "abc");
  EXPECT_EQ(out("9649", "DZ", 2), "9649");
  EXPECT_EQ(out("9649", "D9", 2), "9649");
}

TEST(ConvDate, Input) {
  EXPECT_EQ(in("31 DEC 1967", "D"), "0");
  EXPECT_EQ(in("1 Jun 94", "D"), "9649");
  EXPECT_EQ(in("Jun 1 94", "D"), "9649");
  EXPECT_EQ(in("june 1, 1994", "D"), "9649");
  EXPECT_EQ(in("06/01/94", "D2/"), "9649");
  EXPECT_EQ(in("01.06.1994", "D.E"), "9649");
  EXPECT_EQ(in("1994-06-01", "D-YMD"), "9649");
  EXPECT_EQ(in("060194", "D"), "9649");
  EXPECT_EQ(in("19940601", "DYMD"), "9649");
  EXPECT_EQ(in("JUN 94", "D"), "9649");  // no day: the 1st
  EXPECT_EQ(in("29 FEB 2000", "D"), "11748");
  EXPECT_EQ(in("", "D"), "");
}

TEST(ConvDate, InputWindowAndErrors) {
  EXPECT_EQ(in("1/1/29", "D"), "22282");   // 2029
  EXPECT_EQ(in("1/1/30", "D"), "-13878");  // 1930
  EXPECT_EQ(in("13/01/94", "D", 1), "");
  EXPECT_EQ(in("0/1/94", "D", 1), "");
  EXPECT_EQ(in("1/32/94", "D", 1), "");
  EXPECT_EQ(in("JUNI 1 94", "D", 1), "");
  EXPECT_EQ(in("hello", "D", 1), "");
  // 31 April rolls over into 1 May 2000: 1 March (11749) + 31 + 30 days, with STATUS() 3.
  EXPECT_EQ(in("4/31/2000", "D", 3), "11810");
}

TEST(ConvTime, Output) {
  EXPECT_EQ(out("0", "MT"), "00:00");
  EXPECT_EQ(out("31653", "MT"), "08:47");
  EXPECT_EQ(out("63306", "MT"), "17:35");
  EXPECT_EQ(out("0", "MTH"), "12:00am");
  EXPECT_EQ(out("31653", "MTH"), "08:47am");
  EXPECT_EQ(out("63306", "MTH"), "05:35pm");
  EXPECT_EQ(out("63306", "MTS"), "17:35:06");
  EXPECT_EQ(out("63306", "MTHS"), "05:35:06pm");
  EXPECT_EQ(out("63306", "MTS."), "17.35.06");
  EXPECT_EQ(out("63306", "MT'h'"), "17h35");
  EXPECT_EQ(out("63306", "MT''"), "1735");
  EXPECT_EQ(out("33888250", "MTMS"), "09:24:48.250");
  EXPECT_EQ(out("10000", "MTHS"), "02:46:40am");
  EXPECT_EQ(out("12.7", "MTS"), "00:00:12");
  EXPECT_EQ(out("90000", "MT"), "01:00");  // a day and an hour: the time of day
  EXPECT_EQ(out("", "MT"), "");
  EXPECT_EQ(out("noon", "MT", 1), "noon");
}

TEST(ConvTime, Input) {
  EXPECT_EQ(in("00:00", "MT"), "0");
  EXPECT_EQ(in("10:45", "MT"), "38700");
  EXPECT_EQ(in("12:01AM", "MT"), "60");
  EXPECT_EQ(in("12:01PM", "MT"), "43260");
  EXPECT_EQ(in("0800", "MT"), "28800");
  EXPECT_EQ(in("2pm", "MTH"), "50400");
  EXPECT_EQ(in("02:46:40", "MTS"), "10000");
  EXPECT_EQ(in("02.46", "MT."), "9960");
  EXPECT_EQ(in("17h35", "MT'h'"), "63300");
  EXPECT_EQ(in("24:00", "MT", 1), "");
  EXPECT_EQ(in("10:60", "MT", 1), "");
  EXPECT_EQ(in("10:", "MT", 1), "");
  EXPECT_EQ(in("", "MT"), "");
}

TEST(ConvDecimal, ManualExamples) {
  EXPECT_EQ(out("987654", "MD2"), "9876.54");
  EXPECT_EQ(out("987654", "MD0"), "987654");
  EXPECT_EQ(out("987654", "MD2,$"), "$9,876.54");
  EXPECT_EQ(out("987654", "MD24$"), "$98.77");
  EXPECT_EQ(out("12345", "MD2"), "123.45");
}

TEST(ConvDecimal, RoundingAndScaling) {
  EXPECT_EQ(out("1234.5", "MD2"), "12.35");
  EXPECT_EQ(out("1.005", "MD20"), "1.01");  // decimal rounding, not binary
  EXPECT_EQ(out("-5", "MD2"), "-0.05");
  EXPECT_EQ(out("-0.001", "MD2"), "0.00");
  EXPECT_EQ(out("12399", "MD02"), "124");
  EXPECT_EQ(out("12399", "MD02T"), "123");
  EXPECT_EQ(out("12.5", "MD2P"), "12.50");  // already has a point: not scaled
  EXPECT_EQ(out("1250", "MD2P"), "12.50");
  EXPECT_EQ(out("0", "MD2Z"), "");
  EXPECT_EQ(out("", "MD2"), "");  // MD keeps null data null; ML and MR take it as zero
  EXPECT_EQ(out("", "MR2"), "0.00");
  EXPECT_EQ(out("", "ML2"), "0.00");
  EXPECT_EQ(out("12a", "MD2", 1), "12a");
}

TEST(ConvDecimal, SignsAndLayout) {
  EXPECT_EQ(out("-1234", "MD2-"), "12.34-");
  EXPECT_EQ(out("1234", "MD2-"), "12.34 ");
  EXPECT_EQ(out("1234", "MD2+"), "12.34+");
  EXPECT_EQ(out("-1234", "MD2("), "(12.34)");
  EXPECT_EQ(out("-1234", "MD2<"), "<12.34>");
  EXPECT_EQ(out("-1234", "MD2C"), "12.34cr");
  EXPECT_EQ(out("1234", "MD2C"), "12.34  ");
  EXPECT_EQ(out("-1234", "MD2D"), "12.34db");
  EXPECT_EQ(out("-1234", "MD2N"), "12.34");
  EXPECT_EQ(out("123456", "MR2,10"), "  1,234.56");
  EXPECT_EQ(out("1234", "ML2*8"), "12.34***");
  EXPECT_EQ(out("1234", "MR2%8"), "00012.34");
  EXPECT_EQ(out("1234", "ML2#8"), "12.34   ");
  EXPECT_EQ(out("1234567", "MR0#3-#4"), "123-4567");
  EXPECT_EQ(out("12345", "MR0#3-#4"), "  1-2345");
  EXPECT_EQ(out("1234", "MQ2", 2), "1234");
}

TEST(ConvDecimal, Input) {
  EXPECT_EQ(in("12.34", "MD2"), "1234");
  EXPECT_EQ(in("$1,234.56", "MD2,$"), "123456");
  EXPECT_EQ(in("(12.34)", "MD2"), "-1234");
  EXPECT_EQ(in("<12.34>", "MD2"), "-1234");
  EXPECT_EQ(in("12.34-", "MD2"), "-1234");
  EXPECT_EQ(in("12.34cr", "MD2"), "-1234");
  EXPECT_EQ(in("12.345", "MD2"), "1235");
  EXPECT_EQ(in("1.5", "MD0"), "2");
  EXPECT_EQ(in("12.5", "MD21"), "125");
  EXPECT_EQ(in("12.345", "MD20"), "12.35");
  EXPECT_EQ(in("abc", "MD2", 1), "");
  EXPECT_EQ(in("", "MD2"), "");
}

TEST(ConvChar, ManualExamples) {
  EXPECT_EQ(out("267PS-A17", "MCA"), "PSA");
  EXPECT_EQ(out("267PS-A17", "MC/A"), "267-17");
  EXPECT_EQ(out("267PS-A17", "MCAN"), "267PSA17");
  EXPECT_EQ(out("267PS-A17", "MC/AN"), "-");
  EXPECT_EQ(out("267PS-A17", "MCN"), "26717");
  EXPECT_EQ(out("267PS-A17", "MC/N"), "PS-A");
  EXPECT_EQ(out("Red pencil", "MCL"), "red pencil");
  EXPECT_EQ(out("Red pencil", "MCU"), "RED PENCIL");
  EXPECT_EQ(out("Red pencil", "MCT"), "Red Pencil");
  EXPECT_EQ(out("123" + fm + "456", "MCP"), "123.456");
}

TEST(ConvChar, MoreCodes) {
  EXPECT_EQ(out("o'neil mc-donald 2nd", "MCT"), "O'Neil Mc-Donald 2Nd");
  EXPECT_EQ(out("-12ab3", "MCN-"), "-123");
  EXPECT_EQ(out("-12ab3", "MC/N-"), "ab");
  EXPECT_EQ(out("abc", "MCI"), "cba");
  EXPECT_EQ(out("hello. world? yes", "MCS"), "Hello. World? Yes");
  EXPECT_EQ(out("a\tb", "MCP*"), "a*b");
  EXPECT_EQ(out("a\tb", "MCP''"), "ab");
  EXPECT_EQ(in("abc", "MCU"), "ABC");
  EXPECT_EQ(out("ab" + fm + "cd", "MCU"), "AB" + fm + "CD");
  EXPECT_EQ(out("abc", "MCQ", 2), "abc");
}

TEST(ConvChar, BooleanAndBase64) {
  EXPECT_EQ(out("0", "B"), "N");
  EXPECT_EQ(out("", "B"), "N");
  EXPECT_EQ(out("7", "B"), "Y");
  EXPECT_EQ(in("y", "B"), "1");
  EXPECT_EQ(in("N", "B"), "0");
  EXPECT_EQ(in("maybe", "B", 1), "maybe");
  EXPECT_EQ(out("Man", "B64"), "TWFu");
  EXPECT_EQ(out("Ma", "B64"), "TWE=");
  EXPECT_EQ(out("M", "B64"), "TQ==");
  EXPECT_EQ(in("TWFu", "B64"), "Man");
}

TEST(ConvRadix, ManualExamples) {
  EXPECT_EQ(in("1110", "MB"), "14");
  EXPECT_EQ(in("37777777762", "MO"), "-14");
  EXPECT_EQ(in("010000010100001001000011", "MB0C"), "ABC");
  EXPECT_EQ(in("101102103", "MO0C"), "ABC");
  EXPECT_EQ(in("414243", "MX0C"), "ABC");
  EXPECT_EQ(out("19", "MB"), "10011");
  EXPECT_EQ(out("19", "MO"), "23");
  EXPECT_EQ(out("19", "MX"), "13");
  EXPECT_EQ(out("1024", "MX"), "400");
  EXPECT_EQ(out("ABC", "MB0C"), "010000010100001001000011");
  EXPECT_EQ(out("ABC", "MO0C"), "101102103");
  EXPECT_EQ(out("ABC", "MX0C"), "414243");
  EXPECT_EQ(out("-14", "MX"), "FFFFFFF2");
  EXPECT_EQ(out("19", "MXZ"), "00000013");
  EXPECT_EQ(out("A", "MXUC"), "0041");
  EXPECT_EQ(in("41", "MX0C"), "A");
  EXPECT_EQ(in("4G", "MX", 1), "");
}

TEST(ConvRadix, HexDecimal) {
  EXPECT_EQ(out("A", "MCXD"), "10");
  EXPECT_EQ(out("A3", "MCXD"), "163");
  EXPECT_EQ(out("17", "MCDX"), "11");
  EXPECT_EQ(out("30", "MCD"), "1E");
  EXPECT_EQ(out("1E", "MCX"), "30");
  EXPECT_EQ(in("1E", "MCDX"), "30");
}

TEST(ConvExtract, GroupAndLength) {
  const std::string s = "ca*92714*1000";
  EXPECT_EQ(out(s, "G*1"), "ca");
  EXPECT_EQ(out(s, "G0*1"), "ca");
  EXPECT_EQ(out(s, "G*3"), s);
  EXPECT_EQ(out(s, "G1*2"), "92714*1000");
  EXPECT_EQ(out(s, "G2*1"), "1000");
  EXPECT_EQ(out(s, "G2*2"), "1000");
  EXPECT_EQ(out(s, "G3*1"), "");
  EXPECT_EQ(out("www.example.com", "G1.1"), "example");
  EXPECT_EQ(out(s, "G1*", 2), s);
  EXPECT_EQ(out("1234", "L"), "4");
  EXPECT_EQ(out("ABC", "L3"), "ABC");
  EXPECT_EQ(out("ABCD", "L3"), "");
  EXPECT_EQ(out("A", "L2,3"), "");
  EXPECT_EQ(out("AB", "L2,3"), "AB");
  EXPECT_EQ(out("ABCD", "L2,3"), "");
}

TEST(ConvExtract, RangePatternSubstitutionSubstring) {
  EXPECT_EQ(out("6", "R1,10"), "6");
  EXPECT_EQ(out("1.2", "R1,10"), "1.2");
  EXPECT_EQ(out("0.34", "R1,10"), "");
  EXPECT_EQ(out("-99", "R-100,-1"), "-99");
  EXPECT_EQ(out("679", "R1,10;100,999"), "679");
  EXPECT_EQ(out("", "R1,10"), "");
  EXPECT_EQ(out("abc", "R1,10", 1), "abc");
  EXPECT_EQ(out("AA*123/BB", "P(2A\"*\"3N\"/\"2A)"), "AA*123/BB");
  EXPECT_EQ(out("AAA*123/BB", "P(2A\"*\"3N\"/\"2A)"), "");
  EXPECT_EQ(out("10-xx", "P(2A\"*\"3N\"/\"2A);(2N\"-\"2A)"), "10-xx");
  EXPECT_EQ(out("x", "S;*;'zero'"), "x");
  EXPECT_EQ(out("0", "S;*;'zero'"), "zero");
  EXPECT_EQ(out("", "S;*;'zero'"), "zero");
  EXPECT_EQ(out(" -0.0 ", "S;*;'zero'"), "zero");
  EXPECT_EQ(out("0", "S;'yes'"), "");     // no second choice: null
  EXPECT_EQ(out("7", "S;;'zero'"), "");   // an empty choice is the null string
  EXPECT_EQ(out("7", "S;3;'zero'"), "");  // a field number needs a record
  EXPECT_EQ(out("7", "S;x;'zero'", 2), "7");
  EXPECT_EQ(out("7", "S", 2), "7");
  EXPECT_EQ(out("A" + fm + "B" + vm + "C", "<2,2>"), "C");
  EXPECT_EQ(out("A" + fm + "B" + vm + "C", "<2>"), "B" + vm + "C");
  EXPECT_EQ(out("A" + fm + "B", "<2", 2), "A" + fm + "B");
  EXPECT_EQ(out("A", "<x>", 2), "A");
  EXPECT_EQ(out("ABCDEF", "T2,3"), "BCD");
  EXPECT_EQ(out("ABCDEF", "T3"), "DEF");
  EXPECT_EQ(out("X1", "TCUSTOMERS;X;1;2", 2), "X1");
}

TEST(ConvMultivalue, ElementsChainsAndStatus) {
  EXPECT_EQ(out("1234" + vm + "5", "MD2"), "12.34" + vm + "0.05");
  EXPECT_EQ(out("0" + fm + "1", "D2/"), "12/31/67" + fm + "01/01/68");
  int status = -1;
  EXPECT_EQ(oconvs("a" + fm + "b", "MCP", status), "a" + fm + "b");
  EXPECT_EQ(status, 0);
  EXPECT_EQ(iconvs("1/1/68" + vm + "x", "D", status), "1" + vm);
  EXPECT_EQ(status, 1);
  EXPECT_EQ(out("9649", "D4/" + vm + "G2/1"), "1994");
  EXPECT_EQ(out("abc", "MD2" + vm + "MCU", 1), "abc");  // the failing stage ends the chain
  EXPECT_EQ(out("abc", ""), "abc");
}

}  // namespace
}  // namespace mv::stdlib
