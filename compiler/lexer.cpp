// Tokenising QM BASIC: case-insensitive names, three string quotes, numbers (with 0x hex), operators.
#include "compiler/lexer.hpp"

#include <algorithm>

#include <cctype>

namespace mv::compiler {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '%' || c == '$' || c == '_';
}

Lexer::Lexer(std::string_view text, uint16_t file, Diagnostics& diags) : text_(text), file_(file), diags_(diags) {
  // A UTF-8 byte-order mark (which some Windows editors write) is not part of the program.
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  // A '#!' first line makes a BASIC file runnable as a script; it is not BASIC.
  if (text_.substr(pos_, 2) == "#!") skip_rest_of_line();
}

void Lexer::advance() {
  if (cur() == '\n') {
    ++line_;
    col_ = 1;
  } else {
    ++col_;
  }
  ++pos_;
}

void Lexer::skip_rest_of_line() {
  while (pos_ < text_.size() && cur() != '\n') advance();
}

std::string Lexer::rest_of_line() {
  size_t start = pos_;
  skip_rest_of_line();
  std::string s(text_.substr(start, pos_ - start));
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

bool Lexer::raw_line(std::string& out) {
  if (pos_ >= text_.size()) return false;
  out = rest_of_line();
  if (cur() == '\n') advance();
  return true;
}

char Lexer::peek_char() {
  size_t p = pos_;
  while (p < text_.size() && (text_[p] == ' ' || text_[p] == '\t')) ++p;
  return p < text_.size() ? text_[p] : '\0';
}

Token Lexer::next() {
  Token t;
  while (cur() == ' ' || cur() == '\t' || cur() == '\r' || cur() == '\f') {
    advance();
    t.space_before = true;
  }
  t.loc = Location{file_, line_, col_};
  char c = cur();
  if (c == '\0') { t.kind = Tok::End; return t; }
  if (c == '\n') { advance(); t.kind = Tok::Newline; return t; }
  if (c == ';') { advance(); t.kind = Tok::Semi; t.text = ";"; return t; }
  if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && std::isdigit(static_cast<unsigned char>(at(1)))))
    return lex_number(t);
  if (c == '"' || c == '\'' || c == '\\') return lex_string(t, c);
  if (std::isalpha(static_cast<unsigned char>(c)) || c == '@' ||
      (c == '$' && std::isalpha(static_cast<unsigned char>(at(1)))))
    return lex_word(t);
  return lex_operator(t);
}

Token Lexer::lex_number(Token t) {
  t.kind = Tok::Number;
  size_t start = pos_;
  if (cur() == '0' && (at(1) == 'x' || at(1) == 'X') && std::isxdigit(static_cast<unsigned char>(at(2)))) {
    advance();
    advance();
    while (std::isxdigit(static_cast<unsigned char>(cur()))) advance();
    t.text = std::string(text_.substr(start, pos_ - start));
    return t;
  }
  while (std::isdigit(static_cast<unsigned char>(cur()))) advance();
  if (cur() == '.' && std::isdigit(static_cast<unsigned char>(at(1)))) {
    advance();
    while (std::isdigit(static_cast<unsigned char>(cur()))) advance();
  } else if (cur() == '.' && !is_name_char(at(1))) {
    advance();  // "12." is a number
  }
  t.text = std::string(text_.substr(start, pos_ - start));
  return t;
}

Token Lexer::lex_string(Token t, char quote) {
  t.kind = Tok::String;
  advance();
  size_t start = pos_;
  while (cur() != quote && cur() != '\n' && cur() != '\0') advance();
  t.text = std::string(text_.substr(start, pos_ - start));
  if (cur() == quote) {
    advance();
  } else {
    diags_.error(t.loc, std::string("unterminated string: missing closing ") + quote);
  }
  return t;
}

Token Lexer::lex_word(Token t) {
  t.kind = Tok::Ident;
  size_t start = pos_;
  advance();  // first letter, '@' or '$'
  while (is_name_char(cur())) advance();
  // A trailing '.' is not part of a name ("X." ends a sentence-like comment only in odd code).
  std::string word(text_.substr(start, pos_ - start));
  if (std::any_of(word.begin(), word.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) t.spelled = word;
  for (char& ch : word) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  t.text = std::move(word);
  return t;
}

Token Lexer::lex_operator(Token t) {
  t.kind = Tok::Op;
  static constexpr std::string_view kTwo[] = {"//", "**", "<>", "><", "<=", ">=", "=<", "=>",
                                              ":=", "+=", "-=", "*=", "/=", "#<", "#>"};
  if (text_.substr(pos_, 3) == "...") {  // a class routine's unnamed arguments: PUBLIC SUBROUTINE S(A, ...)
    for (int i = 0; i < 3; ++i) advance();
    t.text = "...";
    return t;
  }
  std::string_view two = text_.substr(pos_, 2);
  for (std::string_view op : kTwo) {
    if (two == op) {
      advance();
      advance();
      t.text = std::string(op);
      return t;
    }
  }
  char c = cur();
  static constexpr std::string_view kOne = "+-*/^:=#<>()[]{},&!";
  if (kOne.find(c) == std::string_view::npos) {
    diags_.error(t.loc, std::string("unexpected character '") + c + "'");
  }
  advance();
  t.text = std::string(1, c);
  return t;
}

}  // namespace mv::compiler
