// Unit tests for the compiler directives and forms of issue 10 (compiler/directives.cpp, parser_forms.cpp):
// the lexer's raw lines and #< / #> operators, the messages of directive errors, skipped $IFDEF groups that
// are never tokenised, and unknown @names named in the error whether read or assigned.
#include <gtest/gtest.h>

#include <string>

#include "compiler/compile.hpp"
#include "compiler/lexer.hpp"

namespace mv::compiler {
namespace {

std::string diagnostics_of(const std::string& text) {
  runtime::Program program;
  return compile("t.b", text, CompileOptions{}, program).diagnostics;
}

bool compiles(const std::string& text) {
  runtime::Program program;
  return compile("t.b", text, CompileOptions{}, program).ok;
}

TEST(directives, RawLineTakesTheRestOfTheLineAndItsNewline) {
  Diagnostics diags;
  uint16_t id = diags.add_source("t.b", "A \"unbalanced\nB\n");
  Lexer lexer(diags.sources[id]->text, id, diags);
  std::string line;
  ASSERT_TRUE(lexer.raw_line(line));
  EXPECT_EQ(line, "A \"unbalanced");
  Token b = lexer.next();
  EXPECT_EQ(b.text, "B");
  EXPECT_EQ(b.loc.line, 2u);
  EXPECT_EQ(diags.error_count(), 0u);
}

TEST(directives, NotLessAndNotGreaterAreOneToken) {
  Diagnostics diags;
  uint16_t id = diags.add_source("t.b", "A #< B #> C # D");
  Lexer lexer(diags.sources[id]->text, id, diags);
  std::vector<std::string> ops;
  for (Token t = lexer.next(); t.kind != Tok::End; t = lexer.next())
    if (t.kind == Tok::Op) ops.push_back(t.text);
  EXPECT_EQ(ops, (std::vector<std::string>{"#<", "#>", "#"}));
}

TEST(directives, SkippedGroupsAreNeverTokenised) {
  EXPECT_TRUE(compiles("$IFDEF NOPE\nX = \"unbalanced ~ %\n$IFDEF INNER\n$ELSE\n$ENDIF\n$ENDIF\nPRINT 1\n"));
  EXPECT_TRUE(compiles("#DEFINE YES\n#IFNDEF YES\n@@@\n#ELSE\nPRINT 2\n#ENDIF\n"));
}

TEST(directives, ErrorsNameTheProblem) {
  EXPECT_NE(diagnostics_of("$ENDIF\n").find("t.b:1:1: error: $ENDIF without $IFDEF or $IFNDEF"),
            std::string::npos);
  EXPECT_NE(diagnostics_of("$IFDEF A\n$ELSE\n$ELSE\n$ENDIF\n").find("$ELSE already seen"), std::string::npos);
  EXPECT_NE(diagnostics_of("$MODE UV.LOCATE FOO\n").find("expected ',' between $MODE options"),
            std::string::npos);
  EXPECT_NE(diagnostics_of("$DEFINE\n").find("misformed $DEFINE"), std::string::npos);
  EXPECT_NE(diagnostics_of("$EXECUTE X\n").find("misformed $EXECUTE"), std::string::npos);
}

TEST(directives, UnknownAtNamesAreNamedWhenReadOrAssigned) {
  EXPECT_NE(diagnostics_of("X = @NOPE\n").find("unknown @variable @NOPE"), std::string::npos);
  EXPECT_NE(diagnostics_of("@NOPE = 1\n").find("t.b:1:1: error: unknown @variable @NOPE"), std::string::npos);
  EXPECT_NE(diagnostics_of("@NOPE<2> = 1\n").find("unknown @variable @NOPE"), std::string::npos);
  EXPECT_NE(diagnostics_of("@CRTWIDE = 1\n").find("@CRTWIDE cannot be assigned"), std::string::npos);
  EXPECT_NE(diagnostics_of("@FM = 1\n").find("@FM cannot be assigned"), std::string::npos);
  EXPECT_TRUE(compiles("@USER0 = 1 ; @USER1<2> = 3 ; @ANS += 1 ; @SYSTEM.SET = 4\n"));
}

TEST(directives, VarArgsFunctionsNeedAVarArgsRoutine) {
  EXPECT_NE(
      diagnostics_of("X = ARG.COUNT()\n").find("only allowed in a SUBROUTINE or FUNCTION declared VAR.ARGS"),
      std::string::npos);
  EXPECT_TRUE(compiles("SUBROUTINE S(A, B) VAR.ARGS\nIF ARG.COUNT() > 1 THEN SET.ARG 2, ARG(1)\nRETURN\n"));
}

}  // namespace
}  // namespace mv::compiler
