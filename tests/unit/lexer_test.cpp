// Unit tests for compiler/lexer: the tokens of names (upper-cased, with . % $ _), numbers (.5, 12., 0x1F),
// the three string quotes, one- and two-character operators, line/column positions, the '#!' script line,
// and the file:line:col diagnostics for unterminated strings and stray characters.
#include "compiler/lexer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mv::compiler {
namespace {

// Lexes a whole text (as file "t.b") and keeps the diagnostics for inspection.
struct Lexed {
  Diagnostics diags;
  std::vector<Token> tokens;  // every token up to, not including, End
};

void lex_all(const std::string& text, Lexed& out) {
  uint16_t id = out.diags.add_source("t.b", text);
  Lexer lexer(out.diags.sources[id]->text, id, out.diags);
  for (;;) {
    Token t = lexer.next();
    if (t.kind == Tok::End) break;
    out.tokens.push_back(std::move(t));
  }
}

std::vector<std::string> texts(const Lexed& l) {
  std::vector<std::string> v;
  for (const Token& t : l.tokens) v.push_back(t.text);
  return v;
}

TEST(lexer, NamesAreUpperCasedAndMayHoldDotPercentDollarUnderscore) {
  Lexed l;
  lex_all("abc Foo.Bar x% a$b my_var Total.2", l);
  ASSERT_EQ(l.tokens.size(), 6u);
  for (const Token& t : l.tokens) EXPECT_EQ(t.kind, Tok::Ident) << t.text;
  EXPECT_EQ(texts(l), (std::vector<std::string>{"ABC", "FOO.BAR", "X%", "A$B", "MY_VAR", "TOTAL.2"}));
  EXPECT_EQ(l.diags.error_count(), 0u);
}

TEST(lexer, AtVariablesAndDollarDirectivesAreNames) {
  Lexed l;
  lex_all("@fm @Sentence $include $Insert", l);
  ASSERT_EQ(l.tokens.size(), 4u);
  for (const Token& t : l.tokens) EXPECT_EQ(t.kind, Tok::Ident) << t.text;
  EXPECT_EQ(texts(l), (std::vector<std::string>{"@FM", "@SENTENCE", "$INCLUDE", "$INSERT"}));
}

TEST(lexer, NumbersIncludeLeadingAndTrailingPointAndHex) {
  Lexed l;
  lex_all("42 .5 12. 3.25 0x1F 0XfF 007", l);
  ASSERT_EQ(l.tokens.size(), 7u);
  for (const Token& t : l.tokens) EXPECT_EQ(t.kind, Tok::Number) << t.text;
  // Numbers keep their source text; the code generator decides their value.
  EXPECT_EQ(texts(l), (std::vector<std::string>{"42", ".5", "12.", "3.25", "0x1F", "0XfF", "007"}));
}

TEST(lexer, ZeroXWithoutHexDigitIsZeroThenAName) {
  Lexed l;
  lex_all("0xG", l);
  ASSERT_EQ(l.tokens.size(), 2u);
  EXPECT_EQ(l.tokens[0].kind, Tok::Number);
  EXPECT_EQ(l.tokens[0].text, "0");
  EXPECT_EQ(l.tokens[1].kind, Tok::Ident);
  EXPECT_EQ(l.tokens[1].text, "XG");
}

TEST(lexer, NumberThenNameIsTwoTokens) {
  Lexed l;
  lex_all("12ABC", l);
  ASSERT_EQ(l.tokens.size(), 2u);
  EXPECT_EQ(l.tokens[0].kind, Tok::Number);
  EXPECT_EQ(l.tokens[0].text, "12");
  EXPECT_EQ(l.tokens[1].kind, Tok::Ident);
  EXPECT_EQ(l.tokens[1].text, "ABC");
}

TEST(lexer, ThreeStringQuotesAndOtherQuotesInside) {
  Lexed l;
  lex_all(R"("a b" 'c d' \e f\ 'say "hi"' "it's" \a'b"c\ "")", l);
  ASSERT_EQ(l.tokens.size(), 7u);
  for (const Token& t : l.tokens) EXPECT_EQ(t.kind, Tok::String) << t.text;
  EXPECT_EQ(texts(l),
            (std::vector<std::string>{"a b", "c d", "e f", "say \"hi\"", "it's", "a'b\"c", ""}));
  EXPECT_EQ(l.diags.error_count(), 0u);
}

TEST(lexer, StringContentsKeepCaseAndMarkBytes) {
  Lexed l;
  lex_all("\"MiXeD\xFE" "a\xFD\"", l);
  ASSERT_EQ(l.tokens.size(), 1u);
  EXPECT_EQ(l.tokens[0].text, "MiXeD\xFE" "a\xFD");
}

TEST(lexer, TwoCharacterOperators) {
  Lexed l;
  lex_all("<= >= <> >< =< => := += -= *= /= // **", l);
  ASSERT_EQ(l.tokens.size(), 13u);
  for (const Token& t : l.tokens) EXPECT_EQ(t.kind, Tok::Op) << t.text;
  EXPECT_EQ(texts(l), (std::vector<std::string>{"<=", ">=", "<>", "><", "=<", "=>", ":=", "+=", "-=", "*=",
                                                "/=", "//", "**"}));
}

TEST(lexer, OneCharacterOperators) {
  Lexed l;
  lex_all("+ - * / ^ : = # < > ( ) [ ] { } , & !", l);
  ASSERT_EQ(l.tokens.size(), 19u);
  for (const Token& t : l.tokens) EXPECT_EQ(t.kind, Tok::Op) << t.text;
  EXPECT_EQ(texts(l), (std::vector<std::string>{"+", "-", "*", "/", "^", ":", "=", "#", "<", ">", "(", ")", "[",
                                                "]", "{", "}", ",", "&", "!"}));
}

TEST(lexer, OperatorsNeedNoSpaces) {
  Lexed l;
  lex_all("X<=Y:=Z//2", l);
  EXPECT_EQ(texts(l), (std::vector<std::string>{"X", "<=", "Y", ":=", "Z", "//", "2"}));
  EXPECT_FALSE(l.tokens[1].space_before);
}

TEST(lexer, SpaceBeforeIsRecorded) {
  Lexed l;
  lex_all("F(1) F (1)", l);
  ASSERT_EQ(l.tokens.size(), 8u);
  EXPECT_FALSE(l.tokens[1].space_before);  // F(
  EXPECT_TRUE(l.tokens[4].space_before);   // F
  EXPECT_TRUE(l.tokens[5].space_before);   // (  after "F "
}

TEST(lexer, NewlinesAndSemicolonsAreTokens) {
  Lexed l;
  lex_all("A;B\nC", l);
  ASSERT_EQ(l.tokens.size(), 5u);
  EXPECT_EQ(l.tokens[0].kind, Tok::Ident);
  EXPECT_EQ(l.tokens[1].kind, Tok::Semi);
  EXPECT_EQ(l.tokens[2].kind, Tok::Ident);
  EXPECT_EQ(l.tokens[3].kind, Tok::Newline);
  EXPECT_EQ(l.tokens[4].kind, Tok::Ident);
}

TEST(lexer, LocationsAreOneBasedLineAndColumn) {
  Lexed l;
  lex_all("X = 1\n  PRINT \"a\"\n", l);
  ASSERT_EQ(l.tokens.size(), 7u);
  EXPECT_EQ(l.tokens[0].loc.line, 1u);
  EXPECT_EQ(l.tokens[0].loc.col, 1u);
  EXPECT_EQ(l.tokens[2].loc.col, 5u);  // 1
  EXPECT_EQ(l.tokens[4].loc.line, 2u);  // PRINT
  EXPECT_EQ(l.tokens[4].loc.col, 3u);
  EXPECT_EQ(l.tokens[5].loc.col, 9u);  // the string's opening quote
}

TEST(lexer, CarriageReturnsAndTabsAreBlanks) {
  Lexed l;
  lex_all("X\t=\t1\r\nY\r\n", l);
  ASSERT_EQ(l.tokens.size(), 6u);
  EXPECT_EQ(texts(l), (std::vector<std::string>{"X", "=", "1", "", "Y", ""}));
  EXPECT_EQ(l.tokens[4].loc.line, 2u);
  EXPECT_EQ(l.tokens[4].loc.col, 1u);
  EXPECT_EQ(l.diags.error_count(), 0u);
}

TEST(lexer, HashBangFirstLineIsSkipped) {
  Lexed l;
  lex_all("#!/usr/bin/env mvbasic run\nPRINT 1\n", l);
  ASSERT_GE(l.tokens.size(), 3u);
  EXPECT_EQ(l.tokens[0].kind, Tok::Newline);
  EXPECT_EQ(l.tokens[1].text, "PRINT");
  EXPECT_EQ(l.tokens[1].loc.line, 2u);
  EXPECT_EQ(l.diags.error_count(), 0u);
}

TEST(lexer, HashBangOnlyCountsOnTheFirstLine) {
  Lexed l;
  lex_all("X = 1\n#!", l);
  // '#' and '!' are operators on any later line.
  EXPECT_EQ(texts(l), (std::vector<std::string>{"X", "=", "1", "", "#", "!"}));
}

TEST(lexer, UnterminatedStringReportsFileLineAndColumn) {
  Lexed l;
  lex_all("X = 1\nY = \"abc\nZ = 2\n", l);
  ASSERT_EQ(l.diags.error_count(), 1u);
  EXPECT_EQ(l.diags.render(),
            "t.b:2:5: error: unterminated string: missing closing \"\n"
            "    Y = \"abc\n"
            "        ^\n");
  // The string stops at the end of its line, so the next line lexes normally.
  std::vector<std::string> want{"X", "=", "1", "", "Y", "=", "abc", "", "Z", "=", "2", ""};
  EXPECT_EQ(texts(l), want);
}

TEST(lexer, UnterminatedSingleQuoteAndBackslashStrings) {
  Lexed l;
  lex_all("A = 'x\nB = \\y", l);
  ASSERT_EQ(l.diags.error_count(), 2u);
  std::string r = l.diags.render();
  EXPECT_NE(r.find("t.b:1:5: error: unterminated string: missing closing '\n"), std::string::npos) << r;
  EXPECT_NE(r.find("t.b:2:5: error: unterminated string: missing closing \\\n"), std::string::npos) << r;
}

TEST(lexer, UnexpectedCharacterIsReported) {
  Lexed l;
  lex_all("X = 1 ? 2", l);
  ASSERT_EQ(l.diags.error_count(), 1u);
  EXPECT_EQ(l.diags.render(),
            "t.b:1:7: error: unexpected character '?'\n"
            "    X = 1 ? 2\n"
            "          ^\n");
}

TEST(lexer, RestOfLineAndPeekChar) {
  Diagnostics diags;
  uint16_t id = diags.add_source("t.b", "$INCLUDE  MyFile Rec \r\nNEXT");
  Lexer lexer(diags.sources[id]->text, id, diags);
  EXPECT_EQ(lexer.next().text, "$INCLUDE");
  EXPECT_EQ(lexer.peek_char(), 'M');
  // The raw text keeps its case; a trailing carriage return is dropped.
  EXPECT_EQ(lexer.rest_of_line(), "  MyFile Rec ");
  EXPECT_EQ(lexer.next().kind, Tok::Newline);
  EXPECT_EQ(lexer.next().text, "NEXT");
  EXPECT_EQ(lexer.peek_char(), '\0');
}

TEST(lexer, SaveAndRestoreRewind) {
  Diagnostics diags;
  uint16_t id = diags.add_source("t.b", "A<1>\nB");
  Lexer lexer(diags.sources[id]->text, id, diags);
  EXPECT_EQ(lexer.next().text, "A");
  Lexer::State s = lexer.save();
  EXPECT_EQ(lexer.next().text, "<");
  EXPECT_EQ(lexer.next().text, "1");
  EXPECT_EQ(lexer.next().kind, Tok::Op);
  EXPECT_EQ(lexer.next().kind, Tok::Newline);
  lexer.restore(s);
  Token t = lexer.next();
  EXPECT_EQ(t.text, "<");
  EXPECT_EQ(t.loc.line, 1u);
  EXPECT_EQ(t.loc.col, 2u);
}

TEST(lexer, IsNameChar) {
  for (char c : std::string("azAZ09.%$_")) EXPECT_TRUE(is_name_char(c)) << c;
  for (char c : std::string(" <>=:;\"'@#!")) EXPECT_FALSE(is_name_char(c)) << c;
}

}  // namespace
}  // namespace mv::compiler
