// Unit tests for stdlib/conv/spec_cache.hpp: a code is parsed once while it stays in the cache, rejected
// codes are remembered as rejected, and codes beyond the cache's size replace the oldest; plus OCONV/ICONV
// giving the same answers when the same codes come back between other codes, and FMT's codes (whose masks
// view the cache's copy of the code) keyed by PRECISION.

#include "stdlib/conv/spec_cache.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/conv/format.hpp"

namespace mv::stdlib::conv {
namespace {

int parses = 0;

bool parse_length(std::string_view code, size_t& spec) {
  ++parses;
  spec = code.size();
  return code != "bad";
}

TEST(SpecCache, ParsesEachCodeOnceWhileItIsCached) {
  SpecCache<size_t, 2> cache;
  parses = 0;
  ASSERT_NE(cache.find("abc", parse_length), nullptr);
  EXPECT_EQ(*cache.find("abc", parse_length), 3u);
  EXPECT_EQ(cache.find("bad", parse_length), nullptr);
  EXPECT_EQ(cache.find("bad", parse_length), nullptr);
  EXPECT_EQ(parses, 2);
  std::string code = "abc";
  code[2] = 'd';  // a code with other text is another code
  EXPECT_EQ(*cache.find(code, parse_length), 3u);
  EXPECT_EQ(parses, 3);
  EXPECT_EQ(*cache.find("abd", parse_length), 3u);
  EXPECT_EQ(*cache.find("abc", parse_length), 3u);  // replaced by "abd", so parsed again
  EXPECT_EQ(parses, 4);
}

TEST(SpecCache, ConversionsAgreeWhenCodesComeBack) {
  int status = 0;
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(oconv("12345", "D4/", status, nullptr), "10/18/2001");
    EXPECT_EQ(oconv("1234567", "MD2,$", status, nullptr), "$12,345.67");
    EXPECT_EQ(iconv("10/18/2001", "D4/", status, nullptr), "12345");
    EXPECT_EQ(oconv("12345", "D2-", status, nullptr), "10-18-01");
    EXPECT_EQ(oconv("12345", "D9", status, nullptr), "12345");
    EXPECT_EQ(status, 2);  // a rejected code stays rejected
    EXPECT_EQ(oconv("5", "MD2", status, nullptr), "0.05");
    EXPECT_EQ(oconv("12345", "D", status, nullptr), "18 OCT 2001");
    EXPECT_EQ(iconv("0.05", "MD2", status, nullptr), "5");
  }
}

// FMT's scale digit counts from PRECISION, so one text under two precisions is two cached codes.
TEST(SpecCache, FmtKeysTheCodeByPrecision) {
  int status = 0;
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(fmt("12345", "R26", status, 4), "123.45");
    EXPECT_EQ(fmt("12345", "R26", status, 2), "1.23");
    EXPECT_EQ(fmt("abc", "8*R##-#", status, 4), "****ab-c");
    EXPECT_EQ(fmt("x", "Q", status, 4), "x");
    EXPECT_EQ(status, 2);
  }
}

}  // namespace
}  // namespace mv::stdlib::conv
