// Unit tests for stdlib/csv: QM's dequoting (CSVDQ, READCSV), the RFC 4180 record continuation and the
// quoting of output fields, with the edge cases of quotes, delimiters, line breaks and empty fields.
#include "stdlib/text/csv.hpp"

#include <gtest/gtest.h>

#include <string>

namespace mv::stdlib {
namespace {

// Dequotes with ',' and shows field marks as '|'.
std::string split(std::string_view line, char delim = ',') {
  std::string s = csv_dequote(line, delim);
  for (char& c : s) {
    if (c == '\xFE') c = '|';
  }
  return s;
}

std::string field(std::string_view f) {
  std::string out;
  csv_append_field(out, f);
  return out;
}

TEST(CsvDequote, PlainFields) {
  EXPECT_EQ(split("a,b,c"), "a|b|c");
  EXPECT_EQ(split("plain"), "plain");
  EXPECT_EQ(split(""), "");
  EXPECT_EQ(split(",,"), "||");
  EXPECT_EQ(split(" a , b "), " a | b ");
}

TEST(CsvDequote, QuotedFields) {
  EXPECT_EQ(split("x,\"y,z\",w"), "x|y,z|w");
  EXPECT_EQ(split("\"say \"\"hi\"\"\""), "say \"hi\"");
  EXPECT_EQ(split("a,\"\",b"), "a||b");
  EXPECT_EQ(split("\"\"\"\""), "\"");
  EXPECT_EQ(split("\"line1\nline2\",z"), "line1\nline2|z");
}

TEST(CsvDequote, MalformedInputAsQm) {
  EXPECT_EQ(split("has\"quote"), "hasquote");
  EXPECT_EQ(split("a\"\"b"), "a\"b");
  EXPECT_EQ(split("\"x,y"), "x,y");
  EXPECT_EQ(split("\"ab\"cd,e"), "abcd,e");
}

TEST(CsvDequote, OtherDelimiters) {
  EXPECT_EQ(split("a;\"b;c\";d", ';'), "a|b;c|d");
  EXPECT_EQ(split("a,b", ';'), "a,b");
  EXPECT_EQ(split("a\tb", '\t'), "a|b");
}

TEST(CsvContinuation, OnlyAnOpenQuotedFieldContinues) {
  EXPECT_FALSE(csv_ends_inside_quotes(""));
  EXPECT_FALSE(csv_ends_inside_quotes("a,b"));
  EXPECT_FALSE(csv_ends_inside_quotes("a,\"b\""));
  EXPECT_FALSE(csv_ends_inside_quotes("a\"b"));       // a quote inside an unquoted field
  EXPECT_FALSE(csv_ends_inside_quotes("\"a\"\"\""));  // a doubled quote, then the closing one
  EXPECT_TRUE(csv_ends_inside_quotes("\"two"));
  EXPECT_TRUE(csv_ends_inside_quotes("x,\"a,b"));
  EXPECT_TRUE(csv_ends_inside_quotes("\"a\"\""));  // the doubled quote is data: still open
}

TEST(CsvField, QuotedOnlyWhenNeeded) {
  EXPECT_EQ(field("a"), "a");
  EXPECT_EQ(field(""), "");
  EXPECT_EQ(field("a b\t"), "a b\t");
  EXPECT_EQ(field("b,c"), "\"b,c\"");
  EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(field("\""), "\"\"\"\"");
  EXPECT_EQ(field("one\ntwo"), "\"one\ntwo\"");
  EXPECT_EQ(field("cr\r"), "\"cr\r\"");
}

TEST(CsvRoundTrip, FieldsComeBackUnchanged) {
  for (std::string_view f : {"a", "", "b,c", "say \"hi\"", "\"", ",", "\"\""}) {
    EXPECT_EQ(csv_dequote(field(f), ','), std::string(f)) << f;
  }
}

}  // namespace
}  // namespace mv::stdlib
