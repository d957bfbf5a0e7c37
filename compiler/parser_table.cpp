// The lookup behind compiler/statements.def: keyword -> handler, and the rule for when a keyword that is
// also a possible variable name opens its statement.
#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "compiler/parser.hpp"

namespace mv::compiler {

namespace {

constexpr int kParenStatement = 1;

struct StatementRow {
  void (Parser::*handler)(const Token&);
  int flags;
};

}  // namespace

// Compiles the statement opened by keyword `w` when statements.def binds it and `next` (the token after it)
// does not make the line an assignment; returns false, consuming nothing, otherwise.
bool Parser::table_statement(const std::string& w, const Token& next, const Token& kw) {
  // Built once from statements.def; a member's local, so it may name the private handlers.
  static const std::unordered_map<std::string, StatementRow> table = [] {
    std::unordered_map<std::string, StatementRow> t;
#define STATEMENT(word, handler, flags) t.emplace(word, StatementRow{&Parser::handler, flags});
#include "compiler/statements.def"
    return t;
  }();
  auto it = table.find(w);
  if (it == table.end()) return false;
  const StatementRow* row = &it->second;
  bool assigns = next.is_op("=") || next.is_op("+=") || next.is_op("-=") || next.is_op("*=") ||
                 next.is_op("/=") || next.is_op(":=");
  bool element = next.is_op("(") || next.is_op("<") || next.is_op("[");
  if (assigns || (element && !(row->flags & kParenStatement))) return false;
  take();
  (this->*row->handler)(kw);
  return true;
}

std::vector<std::string> statement_keywords() {
  // The keywords compiled by the chain in Parser::statement_body and parser_files.cpp, then the table's.
  static const char* const kChain[] = {
      "PRINT",    "CRT",          "DISPLAY", "IF",        "FOR",       "NEXT",     "LOOP",    "REPEAT",
      "BEGIN",    "CASE",         "WHILE",   "UNTIL",     "EXIT",      "CONTINUE", "GOSUB",   "SUBROUTINE",
      "FUNCTION", "CALL",         "DEFFUN",  "COMMON",    "COM",       "LOCAL",    "PRIVATE", "MAT",
      "MATPARSE", "MATBUILD",     "GOTO",    "GO",        "RETURN",    "ON",       "STOP",    "ABORT",
      "END",      "CLOSE.SOCKET", "NAP",     "SLEEP",     "RQM",       "DATA",     "PROMPT",  "INPUT",
      "EXECUTE",  "PERFORM",      "HUSH",    "PRINTER",   "HEADING",   "FOOTING",  "PAGE",    "CHAIN",
      "ENTER",    "NULL",         "EQU",     "EQUATE",    "PRECISION", "CONVERT",  "LOCATE",  "REMOVE",
      "INS",      "DEL",          "DIM",     "DIMENSION", "REDIM",     "$INCLUDE", "$INSERT", "INCLUDE",
      "PROGRAM",  "REM",          "REMARK",  "THEN",      "ELSE"};
  std::vector<std::string> out(std::begin(kChain), std::end(kChain));
  for (const std::string& w : file_keywords()) out.push_back(w);
#define STATEMENT(word, handler, flags) out.push_back(word);
#include "compiler/statements.def"
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace mv::compiler
