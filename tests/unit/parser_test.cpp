// Unit tests for the parser and the compile driver (compiler/compile.hpp): programs in every statement form
// that must compile, and broken programs whose diagnostics must read `file:line:col: error: message`
// followed by the source line and a caret under the column. Also $INCLUDE resolution from a temp dir.
#include "compiler/compile.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace mv::compiler {
namespace {

struct Compiled {
  CompileResult result;
  runtime::Program program;
};

Compiled compile_text(const std::string& text, const std::string& path = "t.b") {
  Compiled c;
  c.result = compile(path, text, CompileOptions{}, c.program);
  return c;
}

// Asserts that a program compiles cleanly (no errors, no warnings) and produced code.
void expect_compiles(const std::string& text) {
  SCOPED_TRACE(text);
  Compiled c = compile_text(text);
  EXPECT_TRUE(c.result.ok);
  EXPECT_EQ(c.result.diagnostics, "");
  EXPECT_FALSE(c.program.code.empty());
}

// Compiles a broken program and returns its rendered diagnostics.
std::string errors_of(const std::string& text) {
  Compiled c = compile_text(text);
  EXPECT_FALSE(c.result.ok) << text;
  return c.result.diagnostics;
}

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) ++n;
  return n;
}

// A scratch directory for $INCLUDE records, removed when the test ends.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mvbasic-parser-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::path p = path / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
};

// ---- programs that compile ----

TEST(parser, CompilesAssignmentsAndArithmetic) {
  expect_compiles("X = 1\nY = X + 2 * 3 - 4 / 2 // 1\nZ = -X ** 2 ^ 2\nS = \"a\" : Y : 'b'\nX += 1\nX -= 1\n"
                  "X *= 2\nX /= 2\nS := \"c\"\n");
}

TEST(parser, CompilesEveryIfForm) {
  expect_compiles(
      "X = 1\n"
      "IF X THEN PRINT 1\n"
      "IF X = 1 THEN PRINT 1 ELSE PRINT 2\n"
      "IF X THEN PRINT 1 ; PRINT 2\n"
      "IF X ELSE PRINT 3\n"
      "IF X THEN\n  PRINT 1\nEND ELSE\n  PRINT 2\nEND\n"
      "IF X THEN PRINT 1 ELSE\n  PRINT 2\nEND\n"
      "IF X THEN\n  PRINT 1\nEND ELSE PRINT 2\n"
      "IF X > 5\nTHEN PRINT 1\nELSE PRINT 2\n"
      "IF X THEN IF X = 2 THEN PRINT 1 ELSE PRINT 2\n"
      "IF X = 1 AND X # 2 OR NOT(X) THEN NULL ELSE PRINT 3\n"
      "Y = IF X THEN 'a' ELSE 'b'\n");
}

TEST(parser, CompilesForLoopsWithStepWhileExitAndContinue) {
  expect_compiles(
      "FOR I = 1 TO 10 STEP 2\n  PRINT I\nNEXT I\n"
      "FOR J = 10 TO 1 STEP -1\n  IF J = 5 THEN EXIT\n  IF J = 7 THEN CONTINUE\nNEXT\n"
      "FOR K = 1 TO 3 WHILE K < 3\nNEXT K\n"
      "FOR K = 1 TO 3\n  UNTIL K > 1\nNEXT K\n");
}

TEST(parser, CompilesLoopForms) {
  expect_compiles(
      "I = 0\n"
      "LOOP WHILE I < 3 DO I += 1 REPEAT\n"
      "LOOP\n  I -= 1\nUNTIL I = 0 DO\n  PRINT I\nREPEAT\n"
      "LOOP\n  I += 1\n  IF I > 5 THEN EXIT\n  WHILE I < 10\nREPEAT\n");
}

TEST(parser, CompilesCaseGosubGotoAndOn) {
  expect_compiles(
      "X = 2\n"
      "BEGIN CASE\n  CASE X = 1\n    PRINT 'one'\n  CASE X = 2 ; PRINT 'two'\n  CASE 1\n    NULL\nEND CASE\n"
      "GOSUB SUB1\nGOSUB SUB1:\nON X GOSUB SUB1, 100\nON X GOTO DONE\n"
      "SUB1:\n  RETURN\n100 RETURN\n"
      "DONE: STOP\n");
}

TEST(parser, CompilesCommentsInEveryForm) {
  expect_compiles(
      "* a comment with an unbalanced \" quote\n"
      "! another\n"
      "REM and another\n"
      "X = 1 ;* trailing comment\n"
      "X = 2 ; REM trailing REM\n"
      "REM = 3\n"
      "PRINT REM\n");
}

TEST(parser, CompilesFieldReferencesAndSubstrings) {
  expect_compiles(
      "R = 'a' : @FM : 'b'\n"
      "X = R<1>\nX = R<1,2>\nX = R<1,2,3>\n"
      "R<2> = 'x'\nR<-1> = 'y'\nR<1,-1> = 'z'\nR<1>=5\n"
      "IF R<1> = 'a' THEN PRINT 1\n"
      "IF X < 1 THEN PRINT 2\n"
      "IF X<1 AND X>0 THEN PRINT 3\n"
      "S = 'hello'\nT = S[2,3]\nT = S[2]\nS[1,1] = 'J'\n"
      "T = (R)<1>\n");
}

TEST(parser, CompilesDynamicArrayStatements) {
  expect_compiles(
      "D = ''\n"
      "INS 'a' BEFORE D<1>\nDEL D<1>\n"
      "LOCATE 'a' IN D<1> SETTING P THEN PRINT P ELSE PRINT 0\n"
      "LOCATE 'a' IN D BY 'AL' SETTING P ELSE NULL\n"
      "LOCATE('a', D, 1; P; 'AR') THEN PRINT P\n"
      "REMOVE E FROM D SETTING C\n"
      "E = REMOVE(D, C)\n"
      "CONVERT 'a' TO 'b' IN D\n"
      "X = EXTRACT(D, 1, 2)\nD = REPLACE(D, 1, 2; 'x')\nD = INSERT(D, 1, 0, 0, 'y')\nD = DELETE(D, 1)\n");
}

TEST(parser, CompilesDimEquatePrecisionAndPrintLists) {
  expect_compiles(
      "DIM A(3), B(2, 2)\n"
      "A(1) = 5\nB(1, 2) = A(1)\n"
      "EQU K TO 10, TAB TO CHAR(9)\nEQUATE L LITERALLY 0x1F\n"
      "PRECISION 6\n"
      "PRINT K, L : TAB :\nCRT 'x'\nDISPLAY 'y'\nPRINT\n"
      "PRINT 12.5 'R2#10'\n"
      "PROGRAM NAME\n");
}

TEST(parser, CompilesBuiltinsWithinTheirArity) {
  expect_compiles(
      "X = LEN('abc') + ABS(-1) + MOD(7, 3) + INDEX('abc', 'b', 1)\n"
      "Y = TRIM(' a ') : TRIM('xax', 'x') : TRIM('xax', 'x', 'B')\n"
      "Z = CHANGE('aaa', 'a', 'b') : CHANGE('aaa', 'a', 'b', 1) : CHANGE('aaa', 'a', 'b', 1, 2)\n"
      "W = COL1() + COL2()\n"
      "IF ASSIGNED(Q) OR UNASSIGNED(Q) THEN NULL\n"
      "IF 'abc' MATCHES '3A' THEN NULL\n");
}

TEST(parser, CompilesStopAbortAndEnd) {
  expect_compiles("IF 1 THEN STOP\nIF 0 THEN STOP 'bye'\nIF 0 THEN ABORT 'bad'\nEND\n");
}

TEST(parser, NamesAndKeywordsAreCaseInsensitive) {
  expect_compiles("for i = 1 to 2\n  print I\nnext I\nif i then print 'x' else print 'y'\n");
}

TEST(parser, AcceptsHashBangAndCrLfSource) {
  expect_compiles("#!/usr/bin/env mvbasic\r\nX = 1\r\nIF X THEN\r\n  PRINT X\r\nEND\r\n");
}

TEST(parser, EmptySourceCompilesToHalt) {
  Compiled c = compile_text("");
  EXPECT_TRUE(c.result.ok);
  EXPECT_EQ(c.program.code.size(), 1u);
  ASSERT_EQ(c.program.files.size(), 1u);
  EXPECT_EQ(c.program.files[0], "t.b");
}

// ---- diagnostics: file:line:col, message, source line and caret ----

TEST(parser, MissingNextPointsAtTheFor) {
  EXPECT_EQ(errors_of("X = 0\nFOR I = 1 TO 3\n  PRINT I\n"),
            "t.b:2:1: error: FOR I has no NEXT\n"
            "    FOR I = 1 TO 3\n"
            "    ^\n");
}

TEST(parser, MissingRepeatPointsAtTheLoop) {
  EXPECT_EQ(errors_of("LOOP\n  X = 1\n"),
            "t.b:1:1: error: LOOP has no REPEAT\n"
            "    LOOP\n"
            "    ^\n");
}

TEST(parser, MissingEndCasePointsAtTheBegin) {
  EXPECT_EQ(errors_of("X = 1\n  BEGIN CASE\n    CASE X = 1\n      PRINT 1\n"),
            "t.b:2:3: error: BEGIN CASE has no END CASE\n"
            "      BEGIN CASE\n"
            "      ^\n");
}

TEST(parser, UnknownLabelPointsAtItsUse) {
  EXPECT_EQ(errors_of("GOSUB NOWHERE\nSTOP\n"),
            "t.b:1:7: error: label 'NOWHERE' is not defined\n"
            "    GOSUB NOWHERE\n"
            "          ^\n");
  EXPECT_EQ(errors_of("X = 1\nON X GOTO 10, 20\n10 STOP\n"),
            "t.b:2:15: error: label '20' is not defined\n"
            "    ON X GOTO 10, 20\n"
            "                  ^\n");
}

TEST(parser, DuplicateLabelIsAnError) {
  EXPECT_EQ(errors_of("A:\nA:\nGOTO A\n"),
            "t.b:2:1: error: label 'A' is defined twice\n"
            "    A:\n"
            "    ^\n");
}

TEST(parser, BuiltinArityErrorQuotesTheUsage) {
  EXPECT_EQ(errors_of("X = LEN(1, 2)\n"),
            "t.b:1:5: error: LEN takes 1 argument, not 2 (usage: LEN(s): length in characters)\n"
            "    X = LEN(1, 2)\n"
            "        ^\n");
  EXPECT_EQ(errors_of("X = MOD(1)\n"),
            "t.b:1:5: error: MOD takes 2 arguments, not 1 (usage: MOD(a, b): remainder with floor semantics)\n"
            "    X = MOD(1)\n"
            "        ^\n");
  EXPECT_EQ(errors_of("X = TRIM()\n"),
            "t.b:1:5: error: TRIM takes 1 to 3 arguments, not 0 (usage: TRIM(s {, char {, mode}}): remove "
            "surplus characters)\n"
            "    X = TRIM()\n"
            "        ^\n");
}

TEST(parser, UnterminatedStringIsReportedAtItsQuote) {
  EXPECT_EQ(errors_of("X = 1\nPRINT \"abc\n"),
            "t.b:2:7: error: unterminated string: missing closing \"\n"
            "    PRINT \"abc\n"
            "          ^\n");
}

TEST(parser, UnknownFunctionIsReported) {
  EXPECT_EQ(errors_of("X = FOO(1)\n"),
            "t.b:1:5: error: 'FOO' is not a built-in function or a dimensioned matrix\n"
            "    X = FOO(1)\n"
            "        ^\n");
}

TEST(parser, SeveralErrorsAreReportedInOneCompile) {
  EXPECT_EQ(errors_of("X = FOO(1)\nY = LEN()\nPRINT 'ok'\nGOTO 99\n"),
            "t.b:1:5: error: 'FOO' is not a built-in function or a dimensioned matrix\n"
            "    X = FOO(1)\n"
            "        ^\n"
            "t.b:2:5: error: LEN takes 1 argument, not 0 (usage: LEN(s): length in characters)\n"
            "    Y = LEN()\n"
            "        ^\n"
            "t.b:4:6: error: label '99' is not defined\n"
            "    GOTO 99\n"
            "         ^\n");
}

TEST(parser, ErrorCountStopsAtFifty) {
  std::string text;
  for (int i = 0; i < 60; ++i) text += "X = FOO(1)\n";
  std::string d = errors_of(text);
  EXPECT_EQ(count_of(d, ": error: "), 50u);
  EXPECT_NE(d.find("t.b:50:5: error:"), std::string::npos);
  EXPECT_EQ(d.find("t.b:51:5: error:"), std::string::npos);
  EXPECT_EQ(d.substr(d.size() - 26), "too many errors; stopping\n");
}

TEST(parser, CaretKeepsTabsSoItLinesUp) {
  EXPECT_EQ(errors_of("X = 1\n\tY = LEN(1,2)\n"),
            "t.b:2:6: error: LEN takes 1 argument, not 2 (usage: LEN(s): length in characters)\n"
            "    \tY = LEN(1,2)\n"
            "    \t    ^\n");
}

TEST(parser, BlockEndersWithoutTheirBlock) {
  EXPECT_EQ(errors_of("X = 1\nNEXT I\n"),
            "t.b:2:1: error: NEXT without a matching FOR\n"
            "    NEXT I\n"
            "    ^\n");
  EXPECT_NE(errors_of("REPEAT\n").find("t.b:1:1: error: REPEAT without a matching LOOP\n"), std::string::npos);
  EXPECT_NE(errors_of("END CASE\nCASE 1\n").find("t.b:2:1: error: CASE without a matching BEGIN CASE\n"),
            std::string::npos);
}

TEST(parser, UnclosedThenOrElseBlockIsReportedWhereItOpened) {
  EXPECT_EQ(errors_of("X = 1\nIF X THEN\n  PRINT 1\n"),
            "t.b:2:6: error: this THEN block has no END\n"
            "    IF X THEN\n"
            "         ^\n");
  EXPECT_EQ(errors_of("X = 1\nIF X THEN PRINT 1 ELSE\n  PRINT 2\n"),
            "t.b:2:19: error: this ELSE block has no END\n"
            "    IF X THEN PRINT 1 ELSE\n"
            "                      ^\n");
}

TEST(parser, ErrorsAreListedInSourceOrder) {
  // The missing NEXT is found at the end of the file but belongs to line 1.
  EXPECT_EQ(errors_of("FOR I = 1 TO 2\nX = LEN()\n"),
            "t.b:1:1: error: FOR I has no NEXT\n"
            "    FOR I = 1 TO 2\n"
            "    ^\n"
            "t.b:2:5: error: LEN takes 1 argument, not 0 (usage: LEN(s): length in characters)\n"
            "    X = LEN()\n"
            "        ^\n");
}

TEST(parser, NextVariableMustMatchTheFor) {
  EXPECT_EQ(errors_of("FOR I = 1 TO 3\nNEXT J\n"),
            "t.b:2:6: error: NEXT J does not match FOR I\n"
            "    NEXT J\n"
            "         ^\n");
}

TEST(parser, ExitOutsideALoop) {
  EXPECT_EQ(errors_of("EXIT\n"),
            "t.b:1:1: error: EXIT outside a LOOP or FOR\n"
            "    EXIT\n"
            "    ^\n");
}

TEST(parser, IfWithoutThenOrElse) {
  EXPECT_EQ(errors_of("IF X = 1 PRINT 2\n"),
            "t.b:1:10: error: expected THEN or ELSE after the IF condition, found 'PRINT'\n"
            "    IF X = 1 PRINT 2\n"
            "             ^\n");
}

TEST(parser, UnknownStatementWord) {
  EXPECT_EQ(
      errors_of("FOO BAR\n"),
      "t.b:1:1: error: 'FOO' is not a statement mvbasic knows (assignments need '='); did you mean 'FOR'?\n"
      "    FOO BAR\n"
      "    ^\n");
}

TEST(parser, ExpressionErrorsSayWhatWasFound) {
  EXPECT_EQ(errors_of("X = (1 + 2\n"),
            "t.b:1:11: error: expected ')' to close the parenthesis, found end of line\n"
            "    X = (1 + 2\n"
            "              ^\n");
  EXPECT_EQ(errors_of("X = 1 +\n"),
            "t.b:1:8: error: expected a value, found end of line\n"
            "    X = 1 +\n"
            "           ^\n");
}

TEST(parser, UnknownAtVariable) {
  EXPECT_EQ(errors_of("X = @NOPE\n"),
            "t.b:1:5: error: unknown @variable @NOPE\n"
            "    X = @NOPE\n"
            "        ^\n");
}

TEST(parser, WholeMatrixAssignmentNeedsMat) {
  EXPECT_EQ(errors_of("DIM A(3)\nA = 1\n"),
            "t.b:2:1: error: whole-matrix assignment needs MAT\n"
            "    A = 1\n"
            "    ^\n");
}

TEST(parser, DeepNestingIsAnErrorNotACrash) {
  std::string deep = "X = " + std::string(5000, '(') + "1" + std::string(5000, ')') + "\n";
  std::string d = errors_of(deep);
  EXPECT_NE(d.find(": error: expression nested too deeply"), std::string::npos);
  std::string blocks;
  for (int i = 0; i < 2000; ++i) blocks += "IF 1 THEN\n";
  EXPECT_NE(errors_of(blocks).find("nested too deeply"), std::string::npos);
}

TEST(parser, HugeHexConstantIsAnErrorNotACrash) {
  Compiled c;
  EXPECT_NO_THROW(c = compile_text("X = 0x10000000000000000\n"));
  EXPECT_FALSE(c.result.ok);
  EXPECT_NE(c.result.diagnostics.find("t.b:1:5: error: hexadecimal constant"), std::string::npos);
}

TEST(parser, FieldReferenceTrialParseIsNotExponential) {
  // Each '<' after a value starts a trial field-reference parse; a failed trial must not be retried from
  // every enclosing trial, or this takes about 1.5^60 steps (found by compile_fuzz).
  std::string d = errors_of("X = Y" + std::string(60, '<') + " 1\n");
  EXPECT_NE(d.find("t.b:1:"), std::string::npos);
}

TEST(parser, WhileOutsideALoopIsOneError) {
  std::string d = errors_of("WHILE X DO\n");
  EXPECT_EQ(d,
            "t.b:1:1: error: WHILE outside a LOOP or FOR\n"
            "    WHILE X DO\n"
            "    ^\n");
}

// ---- $INCLUDE ----

TEST(parser, IncludeFindsARecordBesideTheProgram) {
  TempDir dir;
  dir.write("DEFS", "EQU K TO 5\nY = 2\n");
  std::string main = dir.write("MAIN.b", "X = 1\n$INCLUDE DEFS\nPRINT K + Y\n");
  runtime::Program p;
  CompileResult r = compile(main, "X = 1\n$INCLUDE DEFS\nPRINT K + Y\n", CompileOptions{}, p);
  EXPECT_TRUE(r.ok) << r.diagnostics;
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_EQ(r.files[0], main);
  EXPECT_EQ(r.files[1], (dir.path / "DEFS").string());
  EXPECT_EQ(p.files, r.files);
}

TEST(parser, IncludeSearchesIncludeDirsAndUpperCasedNames) {
  TempDir dir;
  dir.write("syscom/KEYS.H", "* keys\nEQU K$ENTER TO 13\n");
  std::string main = dir.write("prog/MAIN.b", "");
  CompileOptions options;
  options.include_dirs.push_back((dir.path / "syscom").string());
  runtime::Program p;
  CompileResult r = compile(main, "$INCLUDE SYSCOM keys.h\nPRINT K$ENTER\n", options, p);
  EXPECT_TRUE(r.ok) << r.diagnostics;
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_EQ(r.files[1], (dir.path / "syscom/KEYS.H").string());
}

TEST(parser, ErrorsInAnIncludedRecordNameThatRecord) {
  TempDir dir;
  std::string defs = dir.write("DEFS", "* defs\nY = LEN(1,2)\n");
  std::string main = dir.write("MAIN.b", "");
  runtime::Program p;
  CompileResult r = compile(main, "X = 1\n$INCLUDE DEFS\n$INCLUDE NOPE\n", CompileOptions{}, p);
  EXPECT_FALSE(r.ok);
  // Both errors are reported, each naming its own file; their order is the renderer's (by file, then line).
  // An error in the included record says where it was included from.
  const std::string in_defs =
      defs +
      ":2:5: error: LEN takes 1 argument, not 2 (usage: LEN(s): length in characters)\n"
      "    Y = LEN(1,2)\n"
      "        ^\n"
      "    (in the record included at " +
      main + ":2)\n";
  const std::string in_main = main +
                              ":3:1: error: cannot find the $INCLUDE record NOPE\n"
                              "    $INCLUDE NOPE\n"
                              "    ^\n";
  EXPECT_NE(r.diagnostics.find(in_defs), std::string::npos) << r.diagnostics;
  EXPECT_NE(r.diagnostics.find(in_main), std::string::npos) << r.diagnostics;
  EXPECT_EQ(r.diagnostics.size(), in_defs.size() + in_main.size()) << r.diagnostics;
}

TEST(parser, IncludeRecordMayStartWithAStatement) {
  TempDir dir;
  dir.write("DEFS", "* definitions\nEQU K TO 5\n");
  std::string main = dir.write("MAIN.b", "");
  runtime::Program p;
  CompileResult r = compile(main, "$INCLUDE DEFS\nPRINT K\n", CompileOptions{}, p);
  EXPECT_TRUE(r.ok) << r.diagnostics;
  r = compile(main, "INCLUDE DEFS\nPRINT K\n", CompileOptions{}, p);
  EXPECT_TRUE(r.ok) << r.diagnostics;
}

TEST(parser, BareIncludeOnACrLfLineIsAnError) {
  // Found by compile_fuzz: the column of the buffered newline lay past the line without its '\r'.
  Compiled c;
  EXPECT_NO_THROW(c = compile_text("$INCLUDE\r\n"));
  EXPECT_EQ(c.result.diagnostics,
            "t.b:1:1: error: $INCLUDE needs a record name\n"
            "    $INCLUDE\n"
            "    ^\n");
}

TEST(parser, SelfIncludeStopsAtTheDepthLimit) {
  TempDir dir;
  dir.write("LOOPY", "$INCLUDE LOOPY\n");
  std::string main = dir.write("MAIN.b", "");
  runtime::Program p;
  CompileResult r = compile(main, "$INCLUDE LOOPY\n", CompileOptions{}, p);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.diagnostics.find("$INCLUDE nested too deeply"), std::string::npos) << r.diagnostics;
}

}  // namespace
}  // namespace mv::compiler
