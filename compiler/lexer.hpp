// The lexer: turns one source text into tokens on demand. The parser pulls tokens one at a time, because
// whether '*' starts a comment or '<' opens a field reference depends on where the parser is.
#pragma once

#include <string>
#include <string_view>

#include "compiler/diagnostics.hpp"

namespace mv::compiler {

enum class Tok : uint8_t { End, Newline, Semi, Ident, Number, String, Op };

struct Token {
  Tok kind = Tok::End;
  std::string text;   // identifiers upper-cased; string contents without quotes; operators as written
  Location loc;
  bool space_before = false;  // whitespace separated this token from the previous one
  bool is(Tok k, std::string_view t) const { return kind == k && text == t; }
  bool is_op(std::string_view t) const { return kind == Tok::Op && text == t; }
  bool is_word(std::string_view t) const { return kind == Tok::Ident && (text == t || spelled_as(t)); }
  // An identifier as written when it holds lower-case letters: under $MODE CASE.SENSITIVE a name keeps
  // this spelling (compiler/parser_modes.cpp), while keywords still match in any case.
  std::string spelled;
  bool spelled_as(std::string_view t) const {
    if (spelled.size() != t.size()) return false;
    for (size_t i = 0; i < t.size(); ++i)
      if ((spelled[i] >= 'a' && spelled[i] <= 'z' ? spelled[i] - 32 : spelled[i]) != t[i]) return false;
    return true;
  }
};

class Lexer {
 public:
  Lexer(std::string_view text, uint16_t file, Diagnostics& diags);

  Token next();
  // Discards the rest of the current line (comments); the next token is the line's Newline.
  void skip_rest_of_line();
  // Returns the raw rest of the current line, for directives such as $INCLUDE.
  std::string rest_of_line();
  // The next raw character after skipping blanks, without consuming it ('\0' at the end of input).
  char peek_char();
  // Takes the raw rest of the current line and its newline (lines skipped by $IFDEF); false at the end.
  bool raw_line(std::string& out);

  // Saved positions let the parser try the field-reference reading of '<' and back out of it.
  struct State {
    size_t pos;
    uint32_t line;
    uint32_t col;
  };
  State save() const { return State{pos_, line_, col_}; }
  void restore(const State& s) {
    pos_ = s.pos;
    line_ = s.line;
    col_ = s.col;
  }

 private:
  char cur() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  char at(size_t k) const { return pos_ + k < text_.size() ? text_[pos_ + k] : '\0'; }
  void advance();
  Token lex_number(Token t);
  Token lex_string(Token t, char quote);
  Token lex_word(Token t);
  Token lex_operator(Token t);

  std::string_view text_;
  uint16_t file_;
  Diagnostics& diags_;
  size_t pos_ = 0;
  uint32_t line_ = 1;
  uint32_t col_ = 1;
};

// Names may hold letters, digits and . % $ _ after a leading letter.
bool is_name_char(char c);

}  // namespace mv::compiler
