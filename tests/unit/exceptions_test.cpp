// Unit tests for the code TRY/CATCH and THROW compile to (compiler/parser_try.cpp): the TRY_PUSH that names
// the CATCH list and clause table, the TRY_POP at the end of the body and before EXIT or RETURN leaves it,
// and the clause addresses in the table.
#include <gtest/gtest.h>

#include <string>

#include "compiler/compile.hpp"
#include "runtime/bytecode.hpp"

namespace mv::compiler {
namespace {

std::string listing(const std::string& text, runtime::Program& p) {
  CompileResult r = compile("t.b", text, CompileOptions{}, p);
  if (!r.ok) return "compile failed:\n" + r.diagnostics;
  return runtime::disassemble(p);
}

TEST(exceptions, TryPushNamesItsCatchListAndClauseTable) {
  runtime::Program p;
  EXPECT_EQ(listing("TRY\nTHROW 'A.B', 1\nCATCH A, 'c' SAVING.STACK\nX = 1\nCATCH D\nX = 2\nEND\n", p),
            "       ; line 1\n"
            "    0  TRY_PUSH      1 \"A^C]S^D\", 0\n"
            "       ; line 2\n"
            "    2  PUSH_CONST    0 \"A.B\"\n"
            "    3  PUSH_INT      1\n"
            "    4  THROW         0\n"
            "    5  TRY_POP       0\n"
            "    6  JUMP          -> 13\n"
            "       ; line 4\n"
            "    7  PUSH_INT      1\n"
            "    8  STORE         0 (X)\n"
            "    9  JUMP          -> 13\n"
            "       ; line 6\n"
            "   10  PUSH_INT      2\n"
            "   11  STORE         0 (X)\n"
            "   12  JUMP          -> 13\n"
            "   13  HALT          0\n");
  ASSERT_EQ(p.tables.size(), 1u);
  EXPECT_EQ(p.tables[0], (std::vector<uint32_t>{7, 7, 10}));
}

TEST(exceptions, ExitAndReturnLeavingABodyCloseItsTry) {
  runtime::Program p;
  std::string l = listing("LOOP\nTRY\nEXIT\nRETURN\nCATCH E\nEND\nREPEAT\n", p);
  EXPECT_NE(l.find("TRY_POP       0\n    3  JUMP"), std::string::npos) << l;     // before EXIT's jump
  EXPECT_NE(l.find("TRY_POP       0\n    5  RETURN"), std::string::npos) << l;   // before RETURN
}

TEST(exceptions, CatchOutsideTryIsACompileError) {
  runtime::Program p;
  CompileResult r = compile("t.b", "CATCH E\n", CompileOptions{}, p);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.diagnostics.find("t.b:1:1: error: CATCH without TRY"), std::string::npos) << r.diagnostics;
}

}  // namespace
}  // namespace mv::compiler
