// $MODE COMPATIBLE.APPEND's index rule (runtime/dynarray_modes.cpp): an append whose null last element of
// the string, field or value would get a mark after it goes into that element instead.
#include <gtest/gtest.h>

#include "runtime/dynarray.hpp"

namespace mv::runtime {
namespace {

struct Index {
  int64_t f, v, sv;
};

Index adjust(std::string_view s, int64_t f, int64_t v, int64_t sv) {
  compatible_append(s, f, v, sv);
  return {f, v, sv};
}

const std::string kS = std::string("ABC") + kFM + "DEF" + kVM + kFM + "XYZ" + kFM;

TEST(CompatibleAppend, FieldAppendFillsANullLastField) {
  Index i = adjust(kS, -1, 0, 0);
  EXPECT_EQ(i.f, 4);  // ABC, DEF]"", XYZ, "" : the null fourth field
}

TEST(CompatibleAppend, ValueAppendFillsANullLastValue) {
  Index i = adjust(kS, 2, -1, 0);
  EXPECT_EQ(i.v, 2);
}

TEST(CompatibleAppend, AnAppendAfterDataIsUnchanged) {
  Index i = adjust(kS, 1, -1, 0);
  EXPECT_EQ(i.v, -1);
  i = adjust("P", -1, 0, 0);
  EXPECT_EQ(i.f, -1);
}

TEST(CompatibleAppend, SubvalueAppendFillsANullLastSubvalue) {
  std::string s = std::string("A") + kVM + "B" + kSM;
  Index i = adjust(s, 1, 2, -1);
  EXPECT_EQ(i.sv, 2);
  std::string r = s;
  replace(r, i.f, i.v, i.sv, "C");
  EXPECT_EQ(r, std::string("A") + kVM + "B" + kSM + "C");
}

TEST(CompatibleAppend, EmptyStringIsLeftToTheDefaultRule) {
  Index i = adjust("", -1, 0, 0);
  EXPECT_EQ(i.f, -1);
}

}  // namespace
}  // namespace mv::runtime
