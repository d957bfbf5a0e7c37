// JPARSE/JBUILD against the public JSONTestSuite (tests/data/jsontestsuite, MIT, from nst/JSONTestSuite):
// every y_ document must parse, every n_ document must be refused with an offset inside the text, and the
// i_ documents (where the standard leaves the choice) must do either without crashing. Every accepted
// document must build back to JSON that parses to the same JSON again (the round trip), and some exact
// values are checked by hand.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "stdlib/json/collection.hpp"

namespace fs = std::filesystem;
using mv::runtime::Value;
namespace json = mv::stdlib::json;

namespace {

fs::path suite_dir() {
#ifdef MVBASIC_SOURCE_DIR
  return fs::path(MVBASIC_SOURCE_DIR) / "tests/data/jsontestsuite/test_parsing";
#else
  return fs::path(__FILE__).parent_path().parent_path() / "data/jsontestsuite/test_parsing";
#endif
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Parsed {
  bool ok = false;
  Value value;
  std::string error;
  int64_t code = 0, offset = 0;
};

Parsed parse(std::string_view text, int mode = 0) {
  Parsed p;
  p.ok = json::parse(text, mode, p.value, p.error, p.code, p.offset);
  return p;
}

std::string build(const Value& v, int mode = 0) {
  std::string out;
  EXPECT_TRUE(json::build(v, mode, out));
  return out;
}

// The round trip: building a parsed document and parsing and building it again gives the same text.
void expect_round_trip(const Value& v, const std::string& name) {
  std::string once = build(v);
  Parsed again = parse(once);
  ASSERT_TRUE(again.ok) << name << ": built " << once << " does not parse: " << again.error;
  EXPECT_EQ(build(again.value), once) << name;
}

}  // namespace

TEST(json_suite, EveryCase) {
  int y = 0, n = 0, i = 0;
  for (const auto& entry : fs::directory_iterator(suite_dir())) {
    std::string name = entry.path().filename().string();
    std::string text = read(entry.path());
    Parsed p = parse(text);
    if (name[0] == 'y') {
      ++y;
      EXPECT_TRUE(p.ok) << name << " was refused: " << p.error << " at " << p.offset;
    } else if (name == "n_array_invalid_utf8.json") {
      // [<FF>]: QM's JPARSE() treats the five mark characters (FB..FF) as whitespace, so this is [ ].
      EXPECT_TRUE(p.ok);
    } else if (name[0] == 'n') {
      ++n;
      EXPECT_FALSE(p.ok) << name << " was accepted";
      if (!p.ok) {
        EXPECT_GE(p.offset, 1) << name;
        EXPECT_LE(p.offset, static_cast<int64_t>(text.size()) + 1) << name;
        EXPECT_TRUE(p.code == json::kSyntaxError || p.code == json::kDepthError) << name;
      }
    } else {
      ++i;
    }
    if (p.ok) expect_round_trip(p.value, name);
  }
  EXPECT_GT(y, 90);
  EXPECT_GT(n, 180);
  EXPECT_GT(i, 30);
}

TEST(json, NumbersKeepTheirValue) {
  EXPECT_EQ(build(parse("[1,-0,1.5,1E2,0.1,1e-7,123456789012345678,-9223372036854775808]").value),
            "[1,0,1.5,100.0,0.1,1e-07,123456789012345678,-9223372036854775808]");
  EXPECT_EQ(build(parse("[18446744073709551615]").value), "[18446744073709551616.0]");
  EXPECT_EQ(build(parse("[0.30000000000000004]").value), "[0.30000000000000004]");
}

TEST(json, EscapesAndSurrogatePairs) {
  Parsed p = parse(R"(["\u00e9\ud83d\ude00\n\"\\\/\u0001"])");
  ASSERT_TRUE(p.ok);
  EXPECT_EQ(build(p.value), "[\"\xC3\xA9\xF0\x9F\x98\x80\\n\\\"\\\\/\\u0001\"]");
  EXPECT_FALSE(parse(R"(["\ud800"])").ok);  // a lone high surrogate
}

TEST(json, ObjectsAreSortedAndTheLastDuplicateWins) {
  EXPECT_EQ(build(parse(R"({"b":1,"a":2,"b":3})").value), R"({"a":2,"b":3})");
}

TEST(json, DepthLimit) {
  std::string deep(json::kMaxDepth, '[');
  deep += std::string(json::kMaxDepth, ']');
  EXPECT_TRUE(parse(deep).ok);
  Parsed p = parse("[" + deep + "]");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.code, json::kDepthError);
  EXPECT_EQ(p.offset, json::kMaxDepth + 1);
}

TEST(json, ErrorsGiveTheOffset) {
  Parsed p = parse(R"({"a": tru})");
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.offset, 10);
  p = parse(std::string("[1]\0[2]", 7));
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.offset, 4);
  EXPECT_FALSE(parse("").ok);
}

TEST(json, MarksAreWhitespaceAndUnquotedNames) {
  EXPECT_EQ(build(parse("[1,\xFE"
                        "2]")
                      .value),
            "[1,2]");
  EXPECT_EQ(build(parse("[\"a\xFE"
                        "b\"]")
                      .value),
            "[\"a\xFE"
            "b\"]");
  Parsed p = parse("{name: 1, b.c : [2, {d:3}]}", 2);
  ASSERT_TRUE(p.ok) << p.error;
  EXPECT_EQ(build(p.value), R"({"b.c":[2,{"d":3}],"name":1})");
  EXPECT_FALSE(parse("{name: 1}").ok);
  EXPECT_EQ(build(parse("[null]", 1).value), "[\"\"]");
}

TEST(json, BuildModes) {
  Value v = parse(R"({"a":"12","b":"","c":"x'y"})").value;
  EXPECT_EQ(build(v, 4), R"({"a":12,"b":"","c":"x'y"})");
  EXPECT_EQ(build(v, 2), R"({"a":"12","b":null,"c":"x'y"})");
  EXPECT_EQ(build(v, 8 + 32), R"({'a':'12','b':'','c':'x\'y'})");
  EXPECT_EQ(build(v, 16), R"({a:"12",b:"",c:"x'y"})");
}
