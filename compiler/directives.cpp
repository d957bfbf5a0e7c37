// Compiler directives: $DEFINE and $UNDEFINE, conditional compilation ($IFDEF, $IFNDEF, $ELSE, $ENDIF,
// nested, also written with '#'), $MODE, $NOCASE.STRINGS, and the directives that change nothing mvbasic
// runs: the listing directives ($LIST, $PAGE, $NO.XREF, $NO.SYMBOLS, $DEBUG), $EXECUTE, $QMCALL, $DICT and
// the catalogue directives. A group that conditional compilation leaves out is skipped as raw lines, never
// tokenised, so it may hold anything (as in QM, where the preprocessor looks only at each line's first word).
#include <algorithm>
#include <array>
#include <cctype>

#include "compiler/parser.hpp"
#include "runtime/ascii.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

namespace {

// The first word of a raw source line, upper-cased: what the preprocessor looks at in a skipped group.
std::string first_word(const std::string& line) {
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = line.find_first_of(" \t;\r", b);
  return runtime::ascii_upper(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
}

}  // namespace

// The rest of the directive's line as tokens (up to ';' or the end of the line).
std::vector<Token> Parser::directive_words() {
  std::vector<Token> words;
  while (!at_statement_end()) words.push_back(take());
  return words;
}

// Leaves the lexer at the start of the next line with no token buffered, so whole lines can be skipped.
void Parser::end_directive_line() {
  skip_to_line_end();
  buf_.clear();
}

// Skips raw lines up to the $ELSE or $ENDIF that closes the innermost conditional, counting nested ones.
// A skipped $ELSE at the same depth starts the group to compile; an $ENDIF closes the construct.
void Parser::skip_conditional_group(Location loc) {
  int depth = 0;
  std::string line;
  Lexer& lexer = *lexers_.back();
  while (lexer.raw_line(line)) {
    std::string w = first_word(line);
    if (w.size() < 2 || (w[0] != '$' && w[0] != '#')) continue;
    w = w.substr(1);
    if (w == "IFDEF" || w == "IFNDEF") {
      ++depth;
    } else if (w == "ENDIF") {
      if (depth-- == 0) {
        conditionals_.pop_back();
        break;
      }
    } else if (w == "ELSE" && depth == 0) {
      Conditional& c = conditionals_.back();
      if (c.seen_else) {
        diags_.error(loc, "$ELSE already seen for this conditional compilation");
        continue;
      }
      c.seen_else = true;
      break;
    }
  }
  // The directive's statement ends here, as if its own line ended.
  Token nl;
  nl.kind = Tok::Newline;
  nl.loc = loc;
  buf_.push_back(nl);
}

// $DEFINE name {value}: defines a name for $IFDEF; with a value (a number or a string) the name also stands
// for that value wherever it is used, like an EQUATE.
void Parser::dollar_define(const Token& kw) {
  std::vector<Token> w = directive_words();
  // Whatever follows a ';' on a $DEFINE line is a comment, with or without a '*' (SD's SYSCOM records write
  // "; text"); its raw text is skipped, so it may hold anything.
  if (peek().kind == Tok::Semi && buf_.size() == 1) {
    buf_.clear();
    lexers_.back()->skip_rest_of_line();
  }
  if (w.empty() || w[0].kind != Tok::Ident) {
    diags_.error(kw.loc, "misformed $DEFINE: it needs a name");
    return;
  }
  std::string name = w[0].text;
  std::string value;
  ExprKind kind = ExprKind::String;
  size_t k = 1;
  if (k < w.size() && (w[k].is_op("-") || w[k].is_op("+"))) {
    value = w[k].text == "-" ? "-" : "";
    ++k;
    if (k >= w.size() || w[k].kind != Tok::Number) {
      diags_.error(kw.loc, "misformed $DEFINE: a sign must be followed by a number");
      return;
    }
  }
  if (k < w.size()) {
    if (w[k].kind != Tok::Number && w[k].kind != Tok::String) {
      diags_.error(w[k].loc, "misformed $DEFINE: the value must be a number or a string");
      return;
    }
    kind = w[k].kind == Tok::Number ? ExprKind::Number : ExprKind::String;
    value += w[k].text;
    ++k;
  }
  // A comment may follow the value, written ;* or, as in QM's own SYSCOM records, :*.
  bool comment = k < w.size() && (w[k].kind == Tok::Semi || w[k].is_op(":")) && k + 1 < w.size() &&
                 (w[k + 1].is_op("*") || w[k + 1].is_op("!"));
  if (k < w.size() && !comment) {
    diags_.error(w[k].loc, "misformed $DEFINE: unexpected '" + w[k].text + "'");
    return;
  }
  if (!defines_.insert(name).second) {
    diags_.error(w[0].loc, "duplicate $DEFINE of " + name);
    return;
  }
  equates_[name] = make_expr(kind, w[0].loc, value);
}

void Parser::dollar_undefine(const Token& kw) {
  std::vector<Token> w = directive_words();
  if (w.size() != 1 || w[0].kind != Tok::Ident) {
    diags_.error(kw.loc, "misformed $UNDEFINE: it needs one name");
    return;
  }
  if (defines_.erase(w[0].text)) equates_.erase(w[0].text);
}

void Parser::dollar_ifdef(const Token& kw) {
  std::vector<Token> w = directive_words();
  if (w.empty() || w[0].kind != Tok::Ident) {
    diags_.error(kw.loc, "misformed " + kw.text + ": it needs a name");
    return;
  }
  bool defined = defines_.count(w[0].text) > 0;
  bool compile = kw.text == "$IFNDEF" ? !defined : defined;
  conditionals_.push_back(Conditional{!compile, false, kw.loc, lexers_.size()});
  if (compile) return;
  end_directive_line();
  skip_conditional_group(kw.loc);
}

void Parser::dollar_else(const Token& kw) {
  if (conditionals_.empty() || conditionals_.back().lexer_depth != lexers_.size()) {
    diags_.error(kw.loc, "$ELSE without $IFDEF or $IFNDEF");
    return;
  }
  if (conditionals_.back().seen_else) {
    diags_.error(kw.loc, "$ELSE already seen for this conditional compilation");
    return;
  }
  // The first group was compiled, so the $ELSE group is skipped.
  conditionals_.back().seen_else = true;
  end_directive_line();
  skip_conditional_group(kw.loc);
}

void Parser::dollar_endif(const Token& kw) {
  if (conditionals_.empty() || conditionals_.back().lexer_depth != lexers_.size()) {
    diags_.error(kw.loc, "$ENDIF without $IFDEF or $IFNDEF");
    return;
  }
  conditionals_.pop_back();
}

// Reports the conditional constructs still open when a source (the program or an $INCLUDEd record) ends.
void Parser::close_conditionals(size_t lexer_depth) {
  while (!conditionals_.empty() && conditionals_.back().lexer_depth >= lexer_depth) {
    diags_.error(conditionals_.back().loc, "this conditional compilation has no $ENDIF");
    conditionals_.pop_back();
  }
}

// The end of the program's source: open conditionals are errors, and under $MODE IMPLIED.STOP running off
// the end stops the program instead of returning to the caller.
void Parser::end_of_unit() {
  close_conditionals(0);
  if (modes_.count("IMPLIED.STOP")) {
    gen_.emit(Op::PUSH_EMPTY);
    gen_.emit(Op::STOP);
  }
}

// Under $MODE PICK.READ, READ and READV leave their variable unchanged when they take ELSE; under
// PICK.READNEXT, READNEXT does.
bool Parser::pick_read_keeps(stdlib::BuiltinId id) const {
  if (id == stdlib::BuiltinId::READNEXT_STMT) return modes_.count("PICK.READNEXT") > 0;
  return modes_.count("PICK.READ") &&
         (id == stdlib::BuiltinId::READ_STMT || id == stdlib::BuiltinId::READV_STMT);
}

// ON n GOTO/GOSUB under $MODE PICK.JUMP.RANGE: a selector below 1 or above the number of labels goes on
// with the next statement (QM's default takes the first or the last label).
void Parser::pick_jump_range(ExprPtr selector, Op op,
                             const std::vector<std::pair<std::string, Location>>& labels) {
  int n = gen_.temp_slot();
  gen_.expr(*selector);
  gen_.emit(Op::STORE, n);
  gen_.emit(Op::LOAD, n);
  gen_.emit(Op::PUSH_INT, 1);
  gen_.emit(Op::LT);
  size_t low = gen_.emit_jump(Op::JUMP_TRUE);
  gen_.emit(Op::LOAD, n);
  gen_.emit(Op::PUSH_INT, static_cast<int32_t>(labels.size()));
  gen_.emit(Op::GT);
  size_t high = gen_.emit_jump(Op::JUMP_TRUE);
  gen_.emit(Op::LOAD, n);
  gen_.label_table(op, labels);
  gen_.patch(low, gen_.here());
  gen_.patch(high, gen_.here());
}

// $MODE {-}option {, {-}option...} or $MODE DEFAULT. Options are checked against QM's list; see
// docs/language.md for which of them change what mvbasic compiles.
void Parser::dollar_mode(const Token& kw) {
  std::vector<Token> w = directive_words();
  if (w.empty()) {
    diags_.error(kw.loc, "$MODE needs an option name");
    return;
  }
  for (size_t i = 0; i < w.size(); ++i) {
    bool off = w[i].is_op("-");
    if (off) ++i;
    if (i >= w.size() || w[i].kind != Tok::Ident) {
      diags_.error(kw.loc, "$MODE needs an option name");
      return;
    }
    const std::string& name = w[i].text;
    if (name == "DEFAULT") {
      modes_.clear();
      mode_changed();
    } else if (!set_mode(name, !off)) {
      diags_.error(w[i].loc, "unrecognised $MODE option " + name);
      return;
    }
    if (i + 1 < w.size() && !w[i + 1].is_op(",")) {
      diags_.error(w[i + 1].loc, "expected ',' between $MODE options");
      return;
    }
    ++i;
  }
}

// $NOCASE.STRINGS: every string comparison in the program ignores case (numbers still compare as numbers).
void Parser::dollar_nocase_strings(const Token&) { nocase_strings_ = true; }

// Directives that change nothing mvbasic runs: the listing directives, $QMCALL (no QMClient server calls
// routines), $DICT (no dictionary is compiled against), the catalogue directives (routines are found by path)
// and $EXECUTE (the compiler has no command processor; see docs/language.md). Their syntax is checked.
void Parser::dollar_accepted(const Token& kw) {
  std::vector<Token> w = directive_words();
  if ((kw.text == "$EXECUTE") && (w.size() != 1 || w[0].kind != Tok::String))
    diags_.error(kw.loc, "misformed $EXECUTE: it takes one quoted command");
  if (kw.text == "$DICT" && w.empty()) diags_.error(kw.loc, "$DICT needs a file name");
}

// Under $NOCASE.STRINGS a comparison a op b becomes ~NOCASE.STRINGS(a, b, op), which compares two
// non-numeric strings ignoring case and everything else as the plain operator would.
ExprPtr Parser::nocase_comparison(ExprPtr compare) {
  static constexpr std::array<std::string_view, 6> kOps = {"=", "#", "<", ">", "<=", ">="};
  auto it = std::find(kOps.begin(), kOps.end(), compare->text);
  if (it == kOps.end()) return compare;
  auto call = make_expr(ExprKind::Builtin, compare->loc, "~$NOCASE.STRINGS");
  call->builtin = static_cast<int>(stdlib::BuiltinId::NOCASE_COMPARE);
  call->kids = std::move(compare->kids);
  call->kids.push_back(make_expr(ExprKind::Number, call->loc, std::to_string(it - kOps.begin())));
  return call;
}

// UPCASE(e): under $NOCASE.STRINGS the searches that report positions or counts (LOCATE, INDEX, COUNT,
// DCOUNT), MATCHES and the element-wise comparisons work on upper-cased copies, which have the same lengths
// and positions as the originals.
ExprPtr Parser::nocase_text(ExprPtr e) {
  auto call = make_expr(ExprKind::Builtin, e->loc, "UPCASE");
  call->builtin = static_cast<int>(stdlib::BuiltinId::UPCASE);
  call->kids.push_back(std::move(e));
  return call;
}

void Parser::nocase_arguments(Expr& call) {
  static constexpr std::array<std::string_view, 12> kNames = {"INDEX", "COUNT", "DCOUNT", "INDEXS", "COUNTS",
                                                               "MATCHES", "EQS", "NES", "LTS", "LES",
                                                               "GTS", "GES"};
  if (std::find(kNames.begin(), kNames.end(), call.text) == kNames.end()) return;
  for (size_t i = 0; i < 2 && i < call.kids.size(); ++i) {
    // The element-wise comparisons (EQS() ...) give 1 or 0, so upper-cased copies change only the case
    // rule; inside REUSE() the value is upper-cased and the marker kept.
    Expr* arg = call.kids[i].get();
    if (arg->kind == ExprKind::Builtin && arg->text == "REUSE" && arg->kids.size() == 1)
      arg->kids[0] = nocase_text(std::move(arg->kids[0]));
    else
      call.kids[i] = nocase_text(std::move(call.kids[i]));
  }
}

}  // namespace mv::compiler
