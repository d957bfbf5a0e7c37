// The lookup behind compiler/statements.def: keyword -> handler, and the rule for when a keyword that is
// also a possible variable name opens its statement.
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

}  // namespace mv::compiler
