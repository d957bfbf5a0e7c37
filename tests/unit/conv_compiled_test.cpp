// Checks that a code string resolved once (CompiledConv, the path OCONV/ICONV take for a code they have seen
// before) converts exactly as the text path does: the same result and the same STATUS() for OCONV, ICONV,
// OCONVS and ICONVS. The codes are every string literal in the conversion golden programs (most are codes,
// the rest are data, which makes useful bad codes) plus multi-stage and bad codes written here, each run on
// a spread of data: numbers, dates, times, money, text, marks and the null string. The same for FMT and
// FMTS specifications resolved once (CompiledFormat) at three PRECISION settings.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/conv/format.hpp"

namespace mv::stdlib {
namespace {

namespace fs = std::filesystem;

const std::string kVM = "\xFD";
const std::string kFM = "\xFE";

// The quoted literals of a BASIC source (both quote styles), CHAR() pieces not included.
void literals_of(const std::string& text, std::set<std::string>& out) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char q = text[i];
    if (q != '"' && q != '\'') continue;
    const size_t end = text.find(q, i + 1);
    if (end == std::string::npos || text.find('\n', i) < end) continue;
    out.insert(text.substr(i + 1, end - i - 1));
    i = end;
  }
}

// The literals of the golden programs in `folder`, or of its one program `file` when given.
void golden_literals(const char* folder, const char* file, std::set<std::string>& out) {
#ifdef MVBASIC_SOURCE_DIR
  const fs::path dir = fs::path(MVBASIC_SOURCE_DIR) / "tests/programs" / folder;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".b") continue;
    if (file != nullptr && entry.path().filename() != file) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    literals_of(ss.str(), out);
  }
#else
  (void)folder;
  (void)file;
  (void)out;
#endif
}

std::set<std::string> golden_codes() {
  std::set<std::string> codes;
  golden_literals("conv", nullptr, codes);
  const char* more[] = {"D4/", "D2-", "D", "DE", "D4", "DMY[2,A3,4]", "MD2", "MD2,$", "ML2", "MR2", "MD2T",
                        "MT", "MTH", "MTS", "MTHS", "MX", "MCU", "MCT", "B64", "G1.2", "L3,5", "R1,10", "P3N",
                        "T1,2", "<1,2>", "Q", "MZ", "DQ", "MD2Q", "MTQ", "", "Z9", "MD99", "D9/", "E", "TX;1"};
  for (const char* c : more) codes.insert(c);
  codes.insert("MD2" + kVM + "MCU");
  codes.insert("D4/" + kVM + "MCL");
  codes.insert("MD2" + kVM + kVM + "ML2");
  codes.insert("D2-" + kVM + "QQ" + kVM + "MCU");
  codes.insert(kVM + "MT" + kVM);
  codes.insert("MCU" + kVM + "G0.1" + kVM + "L2");
  return codes;
}

std::vector<std::string> samples() {
  return {"",          "0",          "1",       "-1",       "12345",      "1234.567", "-0.5",      "abc",
          "31/12/1967", "01 JAN 2000", "2/30/2000", "12:30:45", "12:30PM",   " 42 ",     "99999999", "1E3",
          "$1,234.56", "1" + kVM + "2" + kFM + "x", "20000" + kVM + kVM + "-7", "a.b.c",   "10-11-12"};
}

TEST(ConvCompiled, EveryGoldenCodeMatchesTextPath) {
  const std::set<std::string> codes = golden_codes();
  ASSERT_GT(codes.size(), 100u);
  using TextFn = std::string (*)(std::string_view, std::string_view, int&, const ConvEnv*);
  const TextFn text_fns[] = {oconv, iconv, oconvs, iconvs};
  for (const std::string& code : codes) {
    const CompiledConv compiled(code);
    for (const std::string& data : samples()) {
      for (int k = 0; k < 4; ++k) {
        const bool input = k % 2 == 1;
        const bool each = k >= 2;
        int text_status = -1;
        const std::string expected = text_fns[k](data, code, text_status, nullptr);
        // Twice: the compiled form must not change when used.
        for (int round = 0; round < 2; ++round) {
          int status = -1;
          EXPECT_EQ(compiled.run(data, input, each, status), expected) << "code '" << code << "' data '" << data
                                                                       << "' entry " << k;
          EXPECT_EQ(status, text_status) << "code '" << code << "' data '" << data << "' entry " << k;
        }
      }
    }
  }
}

TEST(ConvCompiled, EveryGoldenFormatMatchesTextPath) {
  std::set<std::string> specs;
  golden_literals("strings", "FMT.b", specs);
  golden_literals("conv", "NUMBERS.b", specs);
  ASSERT_GT(specs.size(), 50u);
  const char* more[] = {"10R2", "8L", "R2,$", "10'*'R2", "L#3-#4", "R%5", "12R2C", "5T", "", "0L", "Q", "10R2Z"};
  for (const char* m : more) specs.insert(m);
  for (const std::string& spec : specs) {
    for (int precision : {0, 4, 9}) {
      const CompiledFormat compiled(spec, precision);
      for (const std::string& data : samples()) {
        int text_status = -1;
        int status = -1;
        EXPECT_EQ(compiled.run(data, status), fmt(data, spec, text_status, precision)) << spec << " " << data;
        EXPECT_EQ(status, text_status) << spec << " " << data;
        EXPECT_EQ(compiled.run_each(data, status), fmts(data, spec, text_status, precision)) << spec << " " << data;
        EXPECT_EQ(status, text_status) << spec << " " << data;
      }
    }
  }
  int status = -1;
  EXPECT_EQ(CompiledFormat("8R2", 4).run("1234.5", status), " 1234.50");
  EXPECT_EQ(status, 0);
}

// A few hand-worked values, so that the comparison above cannot pass with both paths broken the same way.
TEST(ConvCompiled, HandWorkedValues) {
  int status = -1;
  EXPECT_EQ(CompiledConv("D4/").run("0", false, false, status), "12/31/1967");
  EXPECT_EQ(status, 0);
  EXPECT_EQ(CompiledConv("MD2,$").run("123456", false, false, status), "$1,234.56");
  EXPECT_EQ(CompiledConv("MD2" + kVM + "MCU").run("-5", false, false, status), "-0.05");
  EXPECT_EQ(CompiledConv("MT").run("3600", false, false, status), "01:00");
  EXPECT_EQ(CompiledConv("D4/").run("1/1/1968", true, false, status), "1");
  EXPECT_EQ(CompiledConv("ZZ").run("x", false, false, status), "x");
  EXPECT_EQ(status, 2);
  EXPECT_EQ(CompiledConv("MD2").run("x", true, false, status), "");
  EXPECT_EQ(status, 1);
  EXPECT_EQ(CompiledConv("").run("data", false, false, status), "data");
  EXPECT_EQ(status, 0);
  EXPECT_EQ(CompiledConv("MT").run("60" + kVM + "x", false, true, status), "00:01" + kVM + "x");
  EXPECT_EQ(status, 1);
}

}  // namespace
}  // namespace mv::stdlib
