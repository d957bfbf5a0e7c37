// Unit tests for the code TRY/CATCH and THROW compile to (compiler/parser_try.cpp): the TRY_PUSH that names
// the CATCH list and clause table, the TRY_POP at the end of the body and before EXIT or RETURN leaves it,
// and the clause addresses in the table.
#include <gtest/gtest.h>

#include <string>

#include "compiler/compile.hpp"
#include "runtime/bytecode.hpp"
#include "stdlib/builtins.hpp"
#include "tests/unit/listing_helpers.hpp"

namespace mv::compiler {
namespace {

using test::call_line;
using test::listing;

TEST(exceptions, TryPushNamesItsCatchListAndClauseTable) {
  runtime::Program p;
  EXPECT_EQ(listing("TRY\nTHROW 'A.B', 1\nCATCH A, 'c' SAVING.STACK\nX = 1\nCATCH D\nX = 2\nEND\n", p),
            "       ; line 1\n" + call_line(0, "~TRANSACTION.LEVEL", 0) +
                "    2  STORE         0 (~TRY.LEVEL0)\n"
                "    3  TRY_PUSH      1 \"A^C]S^D\", 0\n"
                "       ; line 2\n"
                "    5  PUSH_CONST    0 \"A.B\"\n"
                "    6  PUSH_INT      1\n"
                "    7  THROW         0\n"
                "    8  TRY_POP       0\n"
                "    9  JUMP          -> 24\n"
                "       ; line 3\n"
                "   10  LOAD          0 (~TRY.LEVEL0)\n" +
                call_line(11, "~TRY", 1) +
                "   13  POP           0\n"
                "       ; line 4\n"
                "   14  PUSH_INT      1\n"
                "   15  STORE         1 (X)\n"
                "   16  JUMP          -> 24\n"
                "       ; line 5\n"
                "   17  LOAD          0 (~TRY.LEVEL0)\n" +
                call_line(18, "~TRY", 1) +
                "   20  POP           0\n"
                "       ; line 6\n"
                "   21  PUSH_INT      2\n"
                "   22  STORE         1 (X)\n"
                "   23  JUMP          -> 24\n"
                "   24  HALT          0\n");
  ASSERT_EQ(p.tables.size(), 1u);
  EXPECT_EQ(p.tables[0], (std::vector<uint32_t>{10, 10, 17}));
}

TEST(exceptions, ExitAndReturnLeavingABodyCloseItsTry) {
  runtime::Program p;
  std::string l = listing("LOOP\nTRY\nEXIT\nRETURN\nCATCH E\nEND\nREPEAT\n", p);
  EXPECT_NE(l.find("TRY_POP       0\n    6  JUMP"), std::string::npos) << l;    // before EXIT's jump
  EXPECT_NE(l.find("TRY_POP       0\n    8  RETURN"), std::string::npos) << l;  // before RETURN
}

TEST(exceptions, CatchOutsideTryIsACompileError) {
  runtime::Program p;
  CompileResult r = compile("t.b", "CATCH E\n", CompileOptions{}, p);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.diagnostics.find("t.b:1:1: error: CATCH without TRY"), std::string::npos) << r.diagnostics;
}

}  // namespace
}  // namespace mv::compiler
