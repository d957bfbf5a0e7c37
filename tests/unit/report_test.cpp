// Unit tests for stdlib/report: HEADING and FOOTING texts expanded for one page, with a fixed date and time
// so that 'D' and 'T' can be checked (the golden programs avoid them).
#include "stdlib/report.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mv::stdlib {
namespace {

PageFacts facts(int64_t page, int64_t width = 40) {
  PageFacts f;
  f.page = page;
  f.width = width;
  f.date = "25 MAR 2006";
  f.time = "14:05:09";
  return f;
}

std::vector<std::string> lines(std::string_view text, int64_t page = 1, int64_t width = 40) {
  return expand_page_text(text, facts(page, width)).lines;
}

TEST(Report, PlainTextAndQuotes) {
  EXPECT_EQ(lines("Sales"), std::vector<std::string>{"Sales"});
  EXPECT_EQ(lines("Bob''s list"), std::vector<std::string>{"Bob's list"});
  EXPECT_EQ(lines(""), std::vector<std::string>{""});
}

TEST(Report, DateAndTime) {
  EXPECT_EQ(lines("On 'D'"), std::vector<std::string>{"On 25 MAR 2006"});
  EXPECT_EQ(lines("At 'T'"), std::vector<std::string>{"At 14:05:09  25 MAR 2006"});
}

TEST(Report, PageNumbers) {
  EXPECT_EQ(lines("Page 'P'", 7), std::vector<std::string>{"Page    7"});
  EXPECT_EQ(lines("Page 'P2'", 7), std::vector<std::string>{"Page  7"});
  EXPECT_EQ(lines("Page 'P1'", 123), std::vector<std::string>{"Page 123"});
  EXPECT_EQ(lines("['S']", 7), std::vector<std::string>{"[7]"});
  EXPECT_EQ(lines("['S3']", 7), std::vector<std::string>{"[7  ]"});
}

TEST(Report, NewLines) {
  EXPECT_EQ(lines("Title'L'"), (std::vector<std::string>{"Title", ""}));
  EXPECT_EQ(lines("A'LL'B"), (std::vector<std::string>{"A", "", "B"}));
}

TEST(Report, CentreAndGaps) {
  EXPECT_EQ(lines("'C'Title", 1, 20), std::vector<std::string>{"       Title"});
  // One gap right-justifies what follows at one column short of the width.
  EXPECT_EQ(lines("Left'G'Right", 1, 20), std::vector<std::string>{"Left          Right"});
  // Earlier gaps take the rounded-up share: 11 spaces over 2 gaps are 6, then 5.
  EXPECT_EQ(lines("A'G'B'G'C", 1, 15), std::vector<std::string>{"A      B     C"});
  // A centred section between two others, each spread over the room beside it.
  EXPECT_EQ(lines("L'G'Mid'CG'R", 1, 21), std::vector<std::string>{"L        Mid       R"});
}

TEST(Report, HorizontalPositionAndReversal) {
  EXPECT_EQ(lines("ab'H6'cd"), std::vector<std::string>{"ab   cd"});
  EXPECT_EQ(lines("abcdef'H3'x"), std::vector<std::string>{"abx"});
  EXPECT_EQ(lines("'O'Odd'G'Even", 1, 12), std::vector<std::string>{"Odd    Even"});
  EXPECT_EQ(lines("'O'Odd'G'Even", 2, 12), std::vector<std::string>{"Even    Odd"});
}

TEST(Report, OptionsThatOnlyFlag) {
  PageText t = expand_page_text("Once'N'", facts(1));
  EXPECT_TRUE(t.no_paging);
  EXPECT_EQ(t.lines, std::vector<std::string>{"Once"});
  // Query processor options (B, F, I, R) and unknown letters insert nothing.
  EXPECT_EQ(lines("x'BFIRZ'y"), std::vector<std::string>{"xy"});
  EXPECT_FALSE(expand_page_text("plain", facts(1)).no_paging);
}

}  // namespace
}  // namespace mv::stdlib
