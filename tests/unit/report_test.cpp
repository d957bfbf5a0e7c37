// Colour in diagnostics (runtime/cli/report.cpp): what gets coloured and what is left as it is.
#include "runtime/cli/report.hpp"

#include <gtest/gtest.h>

namespace {

TEST(Report, ColoursLocationSeverityAndCaret) {
  std::string in = "f.b:1:10: error: expected a value\n    PRINT 1 +\n             ^\n";
  std::string out = mv::cli::colourize(in);
  EXPECT_EQ(out,
            "\x1b[1mf.b:1:10\x1b[0m: \x1b[1;31merror:\x1b[0m expected a value\n    PRINT 1 +\n"
            "             \x1b[1;32m^\x1b[0m\n");
}

TEST(Report, RuntimeErrorsAndWarnings) {
  EXPECT_EQ(mv::cli::colourize("p.b:3: runtime error: Division by zero\n"),
            "\x1b[1mp.b:3\x1b[0m: \x1b[1;31mruntime error:\x1b[0m Division by zero\n");
  EXPECT_EQ(mv::cli::colourize("p.b:3:1: warning: unused\n"),
            "\x1b[1mp.b:3:1\x1b[0m: \x1b[1;35mwarning:\x1b[0m unused\n");
}

TEST(Report, OtherTextIsUnchanged) {
  std::string plain =
      "    called from MAIN.b:2\nmvbasic check: 1 file checked, 0 with errors; 0 errors, 0 warnings\n";
  EXPECT_EQ(mv::cli::colourize(plain), plain);
  // A message that merely contains ": error: " after a blank is not a diagnostic line.
  EXPECT_EQ(mv::cli::colourize("some text: error: here"), "some text: error: here");
}

}  // namespace
