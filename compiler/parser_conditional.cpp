// $MODE CONDITIONAL.STATEMENTS: a statement that takes THEN or ELSE (READ, READSEQ, OPEN, LOCATE's file
// cousins, the socket and process statements ...) may stand as the condition of WHILE or UNTIL, as in
// `LOOP WHILE READSEQ LINE FROM F DO`. The condition is true when the statement would have taken THEN.
// The statement is compiled by its own parser, which sees as_condition_ in clause_statement and leaves
// that truth value on the stack instead of reading THEN/ELSE clauses.
#include <algorithm>

#include "compiler/parser.hpp"
#include "runtime/builtin_api.hpp"

namespace mv::compiler {

namespace {

// Words that go on an expression after a name, so the name before them is a variable, not a statement.
bool continues_expression(const Token& t) {
  static const char* const kWords[] = {"DO",  "AND", "OR", "EQ",    "NE",    "LT",   "GT",    "LE",
                                       "GE",  "CAT", "MATCH", "MATCHES", "LIKE", "UNLIKE"};
  if (t.kind != Tok::Ident && t.kind != Tok::Number && t.kind != Tok::String) return true;
  for (const char* w : kWords)
    if (t.is_word(w)) return true;
  return false;
}

}  // namespace

// Compiles the statement at the cursor as a WHILE/UNTIL condition. False (having consumed nothing) when
// the next word does not open a statement, so the condition is an expression. Without the option, a file
// statement there is reported as needing it.
bool Parser::statement_condition(bool enabled) {
  const Token t = peek();
  const Token& n1 = peek(1);
  // A statement's keyword is followed by its first operand; an operator, a clause word or the end of the
  // condition after a name makes the name a variable or a function in an expression.
  if (t.kind != Tok::Ident || continues_expression(n1)) return false;
  const std::vector<std::string>& files = file_keywords();
  bool file = std::find(files.begin(), files.end(), t.text) != files.end();
  size_t errors_before = diags_.error_count();
  if (!enabled) {
    if (!file) return false;
    diags_.error(t.loc, t.text + " as a WHILE or UNTIL condition needs $MODE CONDITIONAL.STATEMENTS");
  }
  as_condition_ = true;
  bool handled = true;
  if (file) {
    take();
    file_statement(t.text, t.loc);
  } else {
    handled = table_statement(t.text, n1, t);
  }
  if (!handled) {
    as_condition_ = false;
    return false;
  }
  if (as_condition_) {
    // The statement has no THEN/ELSE clauses, so it gave no truth value.
    as_condition_ = false;
    if (diags_.error_count() == errors_before)
      diags_.error(t.loc, t.text + " takes no THEN or ELSE, so it cannot be a WHILE or UNTIL condition");
    gen_.emit(Op::PUSH_INT, 0);
  }
  return true;
}

}  // namespace mv::compiler
