// Unit tests for compiler/codegen: small programs compiled and their `runtime::disassemble` listing compared
// exactly. They pin the in-place opcodes the style guide promises (X = X + 1, X := Y, X<-1> = Y, X<f>,
// FOR ... NEXT) and the shapes of jumps, constants and built-in calls.
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

TEST(codegen, IncrementIsOneFusedAdd) {
  EXPECT_EQ(listing("X = 1\nX = X + 1\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      1\n"
            "    1  STORE         0 (X)\n"
            "       ; line 2\n"
            "    2  ADD_VVK       0 (X), 0, 0\n"
            "    5  HALT          0\n");
}

TEST(codegen, ConstantFirstAddIsFusedToo) {
  EXPECT_EQ(listing("X = 1 + Y\n"),
            "       ; line 1\n"
            "    0  ADD_VVK       0 (X), 1, 0\n"
            "    3  HALT          0\n");
}

TEST(codegen, SumOfTwoVariablesIsAddVvv) {
  EXPECT_EQ(listing("X = Y + Z\n"),
            "       ; line 1\n"
            "    0  ADD_VVV       0 (X), 1, 2\n"
            "    3  HALT          0\n");
}

TEST(codegen, SumOfVariableAndFieldIsAddVvf) {
  // T = T + R<I> is one instruction; a constant field number, a second index or R<I> + T are not fused.
  EXPECT_EQ(listing("T = T + R<I>\n"),
            "       ; line 1\n"
            "    0  ADD_VVF       0 (T), 0, 1, 2\n"
            "    4  HALT          0\n");
  EXPECT_EQ(listing("T = T + R<1>\n"),
            "       ; line 1\n"
            "    0  LOAD          0 (T)\n"
            "    1  PUSH_INT      1\n"
            "    2  EXTRACT_F     1 (R)\n"
            "    3  ADD           0\n"
            "    4  STORE         0 (T)\n"
            "    5  HALT          0\n");
}

TEST(codegen, OtherArithmeticUsesTheStack) {
  EXPECT_EQ(listing("X = Y - 1 * Z\n"),
            "       ; line 1\n"
            "    0  LOAD          1 (Y)\n"
            "    1  PUSH_INT      1\n"
            "    2  LOAD          2 (Z)\n"
            "    3  MUL           0\n"
            "    4  SUB           0\n"
            "    5  STORE         0 (X)\n"
            "    6  HALT          0\n");
}

TEST(codegen, PlusEqualsIsAddVar) {
  EXPECT_EQ(listing("X = 0\nX += 2\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      0\n"
            "    1  STORE         0 (X)\n"
            "       ; line 2\n"
            "    2  PUSH_INT      2\n"
            "    3  ADD_VAR       0 (X)\n"
            "    4  HALT          0\n");
}

TEST(codegen, ColonEqualsAppendsInPlace) {
  EXPECT_EQ(listing("S = \"\"\nS := \"x\"\n"),
            "       ; line 1\n"
            "    0  PUSH_EMPTY    0\n"
            "    1  STORE         0 (S)\n"
            "       ; line 2\n"
            "    2  PUSH_CONST    0 \"x\"\n"
            "    3  CAT_VAR       0 (S)\n"
            "    4  HALT          0\n");
}

TEST(codegen, SelfConcatenationAppendsInPlace) {
  EXPECT_EQ(listing("S = S : T\n"),
            "       ; line 1\n"
            "    0  LOAD          1 (T)\n"
            "    1  CAT_VAR       0 (S)\n"
            "    2  HALT          0\n");
  // Prepending cannot be done in place.
  EXPECT_EQ(listing("S = T : S\n"),
            "       ; line 1\n"
            "    0  LOAD          1 (T)\n"
            "    1  LOAD          0 (S)\n"
            "    2  CAT           0\n"
            "    3  STORE         0 (S)\n"
            "    4  HALT          0\n");
}

TEST(codegen, AppendChainJoinsTheTailThenAppendsOnce) {
  // S = S : A : S joins A : S first (reading the old S), then appends the result in place.
  EXPECT_EQ(listing("S = S : A : S\n"),
            "       ; line 1\n"
            "    0  LOAD          1 (A)\n"
            "    1  LOAD          0 (S)\n"
            "    2  CAT           0\n"
            "    3  CAT_VAR       0 (S)\n"
            "    4  HALT          0\n");
}

TEST(codegen, AppendChainWithAUserFunctionIsEvaluatedPlainly) {
  // F(S) may change S through its argument, so S is read before the call, as written.
  std::string text = listing("DEFFUN F(X)\nS = S : F(S)\n");
  EXPECT_EQ(text.find("CAT_VAR"), std::string::npos) << text;
  EXPECT_NE(text.find("STORE         0 (S)"), std::string::npos) << text;
}

TEST(codegen, FieldAppendAndMultiLevelReplaceWorkInPlace) {
  EXPECT_EQ(listing("R = \"\"\nY = 5\nR<-1> = Y\nR<1,-1> = Y\nR<1,2,3> = Y\n"),
            "       ; line 1\n"
            "    0  PUSH_EMPTY    0\n"
            "    1  STORE         0 (R)\n"
            "       ; line 2\n"
            "    2  PUSH_INT      5\n"
            "    3  STORE         1 (Y)\n"
            "       ; line 3\n"
            "    4  PUSH_INT      -1\n"
            "    5  LOAD          1 (Y)\n"
            "    6  REPLACE_F     0 (R)\n"
            "       ; line 4\n"
            "    7  PUSH_INT      1\n"
            "    8  PUSH_INT      -1\n"
            "    9  PUSH_INT      0\n"
            "   10  LOAD          1 (Y)\n"
            "   11  REPLACE_VAR   0 (R)\n"
            "       ; line 5\n"
            "   12  PUSH_INT      1\n"
            "   13  PUSH_INT      2\n"
            "   14  PUSH_INT      3\n"
            "   15  LOAD          1 (Y)\n"
            "   16  REPLACE_VAR   0 (R)\n"
            "   17  HALT          0\n");
}

TEST(codegen, FieldExtractionReadsTheVariableInPlace) {
  EXPECT_EQ(listing("R = \"a\"\nI = 1\nX = R<I>\nX = R<I,2>\nX = R<1,2,3>\n"),
            "       ; line 1\n"
            "    0  PUSH_CONST    0 \"a\"\n"
            "    1  STORE         0 (R)\n"
            "       ; line 2\n"
            "    2  PUSH_INT      1\n"
            "    3  STORE         1 (I)\n"
            "       ; line 3\n"
            "    4  LOAD          1 (I)\n"
            "    5  EXTRACT_F     0 (R)\n"
            "    6  STORE         2 (X)\n"
            "       ; line 4\n"
            "    7  LOAD          1 (I)\n"
            "    8  PUSH_INT      2\n"
            "    9  PUSH_INT      0\n"
            "   10  EXTRACT_VAR   0 (R)\n"
            "   11  STORE         2 (X)\n"
            "       ; line 5\n"
            "   12  PUSH_INT      1\n"
            "   13  PUSH_INT      2\n"
            "   14  PUSH_INT      3\n"
            "   15  EXTRACT_VAR   0 (R)\n"
            "   16  STORE         2 (X)\n"
            "   17  HALT          0\n");
}

TEST(codegen, ExtractionFromAnExpressionUsesExtract) {
  EXPECT_EQ(listing("X = (R : S)<2>\n"),
            "       ; line 1\n"
            "    0  LOAD          1 (R)\n"
            "    1  LOAD          2 (S)\n"
            "    2  CAT           0\n"
            "    3  PUSH_INT      2\n"
            "    4  PUSH_INT      0\n"
            "    5  PUSH_INT      0\n"
            "    6  EXTRACT       0\n"
            "    7  STORE         0 (X)\n"
            "    8  HALT          0\n");
}

TEST(codegen, ForLoopWithConstantLimitUsesForCheckAndForNext) {
  // A constant limit is parked in a hidden variable (~T1) that FOR_NEXT's last word names; without STEP
  // the loop ends in FOR_NEXT1, which takes the step (~T0) as 1.
  EXPECT_EQ(listing("FOR I = 1 TO 10\n  PRINT I\nNEXT I\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      1\n"
            "    1  STORE         0 (I)\n"
            "    2  PUSH_INT      1\n"
            "    3  STORE         1 (~T0)\n"
            "    4  PUSH_INT      10\n"
            "    5  STORE         2 (~T1)\n"
            "    6  PUSH_INT      10\n"
            "    7  FOR_CHECK     0 (I), 1, 17\n"
            "       ; line 2\n"
            "   10  LOAD          0 (I)\n"
            "   11  PRINT         0\n"
            "   12  PRINT_END     3\n"
            "       ; line 3\n"
            "   13  FOR_NEXT1     0 (I), 1, 10, 2\n"
            "   17  HALT          0\n");
}

TEST(codegen, ForLoopWithVariableLimitReadsItInPlace) {
  EXPECT_EQ(listing("FOR I = 1 TO N STEP 2\nNEXT I\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      1\n"
            "    1  STORE         0 (I)\n"
            "    2  PUSH_INT      2\n"
            "    3  STORE         1 (~T0)\n"
            "    4  LOAD          2 (N)\n"
            "    5  FOR_CHECK     0 (I), 1, 12\n"
            "       ; line 2\n"
            "    8  FOR_NEXT      0 (I), 1, 8, 2\n"
            "   12  HALT          0\n");
}

TEST(codegen, ForLoopWithComputedLimitUsesForStep) {
  // The limit is evaluated again at every NEXT; with an empty body FOR_STEP jumps back to the limit's code.
  EXPECT_EQ(listing("N = 3\nFOR I = 1 TO N * 2 STEP 2\nNEXT\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      3\n"
            "    1  STORE         0 (N)\n"
            "       ; line 2\n"
            "    2  PUSH_INT      1\n"
            "    3  STORE         1 (I)\n"
            "    4  PUSH_INT      2\n"
            "    5  STORE         2 (~T0)\n"
            "    6  LOAD          0 (N)\n"
            "    7  PUSH_INT      2\n"
            "    8  MUL           0\n"
            "    9  FOR_CHECK     1 (I), 2, 18\n"
            "       ; line 3\n"
            "   12  LOAD          0 (N)\n"
            "   13  PUSH_INT      2\n"
            "   14  MUL           0\n"
            "   15  FOR_STEP      1 (I), 2, 12\n"
            "   18  HALT          0\n");
}

TEST(codegen, ExitAndContinueInAForLoop) {
  // CONTINUE jumps to the FOR_NEXT, EXIT past it.
  EXPECT_EQ(listing("FOR I = 1 TO 3\n  IF I = 2 THEN CONTINUE\n  EXIT\nNEXT I\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      1\n"
            "    1  STORE         0 (I)\n"
            "    2  PUSH_INT      1\n"
            "    3  STORE         1 (~T0)\n"
            "    4  PUSH_INT      3\n"
            "    5  STORE         2 (~T1)\n"
            "    6  PUSH_INT      3\n"
            "    7  FOR_CHECK     0 (I), 1, 20\n"
            "       ; line 2\n"
            "   10  LOAD          0 (I)\n"
            "   11  PUSH_INT      2\n"
            "   12  EQ            0\n"
            "   13  JUMP_FALSE    -> 15\n"
            "   14  JUMP          -> 16\n"
            "       ; line 3\n"
            "   15  JUMP          -> 20\n"
            "       ; line 4\n"
            "   16  FOR_NEXT1     0 (I), 1, 10, 2\n"
            "   20  HALT          0\n");
}

TEST(codegen, NextMarksItsOwnLine) {
  // A runtime error in the step or limit (say the body set the variable to "abc") names the NEXT's line.
  std::string l = listing("FOR I = 1 TO 3\n  X = 1\nNEXT I\n");
  size_t next_line = l.find("       ; line 3\n");
  ASSERT_NE(next_line, std::string::npos) << l;
  EXPECT_NE(l.find("FOR_NEXT", next_line), std::string::npos) << l;
}

TEST(codegen, IfThenElseJumps) {
  EXPECT_EQ(listing("IF X THEN Y = 1 ELSE Y = 2\n"),
            "       ; line 1\n"
            "    0  LOAD          0 (X)\n"
            "    1  JUMP_FALSE    -> 5\n"
            "    2  PUSH_INT      1\n"
            "    3  STORE         1 (Y)\n"
            "    4  JUMP          -> 7\n"
            "    5  PUSH_INT      2\n"
            "    6  STORE         1 (Y)\n"
            "    7  HALT          0\n");
}

TEST(codegen, LoopWhileRepeat) {
  EXPECT_EQ(listing("LOOP WHILE X DO X = 0 REPEAT\n"),
            "       ; line 1\n"
            "    0  LOAD          0 (X)\n"
            "    1  JUMP_FALSE    -> 5\n"
            "    2  PUSH_INT      0\n"
            "    3  STORE         0 (X)\n"
            "    4  JUMP          -> 0\n"
            "    5  HALT          0\n");
}

TEST(codegen, GosubToALaterLabel) {
  EXPECT_EQ(listing("GOSUB L\nSTOP\nL: RETURN\n"),
            "       ; line 1\n"
            "    0  GOSUB         -> 3\n"
            "       ; line 2\n"
            "    1  PUSH_EMPTY    0\n"
            "    2  STOP          0\n"
            "       ; line 3\n"
            "    3  RETURN        0\n"
            "    4  HALT          0\n");
}

TEST(codegen, StringConstantsAreSharedNumbersAreNot) {
  EXPECT_EQ(listing("A = \"x\"\nB = \"x\"\nC = 1.5\nD = 1.5\n"),
            "       ; line 1\n"
            "    0  PUSH_CONST    0 \"x\"\n"
            "    1  STORE         0 (A)\n"
            "       ; line 2\n"
            "    2  PUSH_CONST    0 \"x\"\n"
            "    3  STORE         1 (B)\n"
            "       ; line 3\n"
            "    4  PUSH_CONST    1 1.5\n"
            "    5  STORE         2 (C)\n"
            "       ; line 4\n"
            "    6  PUSH_CONST    2 1.5\n"
            "    7  STORE         3 (D)\n"
            "    8  HALT          0\n");
}

TEST(codegen, SmallIntegersAreImmediateLargeOnesAreConstants) {
  EXPECT_EQ(listing("A = 8388607\nB = 8388608\nC = -5\nD = 0x1F\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      8388607\n"
            "    1  STORE         0 (A)\n"
            "       ; line 2\n"
            "    2  PUSH_CONST    0 8388608\n"
            "    3  STORE         1 (B)\n"
            "       ; line 3\n"
            "    4  PUSH_INT      -5\n"
            "    5  STORE         2 (C)\n"
            "       ; line 4\n"
            "    6  PUSH_CONST    1 0x1F\n"
            "    7  STORE         3 (D)\n"
            "    8  HALT          0\n");
}

TEST(codegen, MarksAndTruthConstantsAreFolded) {
  EXPECT_EQ(listing("A = @FM\nB = @TRUE\nC = @SENTENCE\n"),
            "       ; line 1\n"
            "    0  PUSH_CONST    0 \"^\"\n"
            "    1  STORE         0 (A)\n"
            "       ; line 2\n"
            "    2  PUSH_INT      1\n"
            "    3  STORE         1 (B)\n"
            "       ; line 3\n"
            "    4  LOAD_SYSVAR   @SENTENCE\n"
            "    5  STORE         2 (C)\n"
            "    6  HALT          0\n");
}

TEST(codegen, BuiltinCallsCarryTheirArgumentCount) {
  EXPECT_EQ(listing("X = LEN(\"ab\")\nY = MOD(7, 3)\n"),
            "       ; line 1\n"
            "    0  PUSH_CONST    0 \"ab\"\n" +
                call_line(1, "LEN", 1) +
                "    3  STORE         0 (X)\n"
                "       ; line 2\n"
                "    4  PUSH_INT      7\n"
                "    5  PUSH_INT      3\n" +
                call_line(6, "MOD", 2) +
                "    8  STORE         1 (Y)\n"
                "    9  HALT          0\n");
}

TEST(codegen, AssignedReadsTheVariableWithoutTheUnassignedCheck) {
  EXPECT_EQ(listing("X = ASSIGNED(V)\n"),
            "       ; line 1\n"
            "    0  LOAD_ANY      1 (V)\n" +
                call_line(1, "ASSIGNED", 1) +
                "    3  STORE         0 (X)\n"
                "    4  HALT          0\n");
}

TEST(codegen, SubstringReadAndAssign) {
  EXPECT_EQ(listing("T = S[2,3]\nS[1,1] = T\n"),
            "       ; line 1\n"
            "    0  LOAD          1 (S)\n"
            "    1  PUSH_INT      2\n"
            "    2  PUSH_INT      3\n"
            "    3  SUBSTR        0\n"
            "    4  STORE         0 (T)\n"
            "       ; line 2\n"
            "    5  PUSH_INT      1\n"
            "    6  PUSH_INT      1\n"
            "    7  LOAD          0 (T)\n"
            "    8  SUBSTR_SET    1 (S)\n"
            "    9  HALT          0\n");
}

TEST(codegen, PrintListsTabsAndSuppressedNewline) {
  // PRINT_END 2: a PRINT line (for the print unit, not CRT's display) with no newline.
  EXPECT_EQ(listing("PRINT 1, 2 :\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      1\n"
            "    1  PRINT         0\n"
            "    2  PRINT_TAB     0\n"
            "    3  PUSH_INT      2\n"
            "    4  PRINT         0\n"
            "    5  PRINT_END     2\n"
            "    6  HALT          0\n");
}

TEST(codegen, CallListsItsArgumentDescriptors) {
  // CALL SUB(X, 1): the routine's name, argc 2, then a by-reference descriptor for X and a by-value one for
  // the constant; the listing shows them as operands and the next instruction starts after them.
  std::string text = listing("CALL SUB(X, 1)\nY = 2\n");
  EXPECT_NE(text.find("CALL          SUB, 2, 1073741824, 0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("STORE         1 (Y)"), std::string::npos) << text;
}

TEST(codegen, StackBoundIsTheLargestLineOfPushes) {
  runtime::Program p;
  ASSERT_TRUE(compile("t.b", "X = 1\nY = X : (X : (X : X))\nCALL S(1, 2, 3)\n", CompileOptions{}, p).ok);
  // Line 2 pushes X four times; line 3 pushes three arguments; line 1 one constant.
  EXPECT_EQ(runtime::stack_bound(p), 4u);
  ASSERT_TRUE(compile("t.b", "PRINT 1\n", CompileOptions{}, p).ok);
  EXPECT_EQ(runtime::stack_bound(p), 1u);
}

}  // namespace
}  // namespace mv::compiler
