// Expression parsing: QM precedence (logical < relational < ':' < format < additive < multiplicative
// < power < unary < postfix), field references X<f,v,s>, substrings X[s,l], built-in calls and
// IF-expressions. Also the token plumbing shared with the statement parser.
#include <algorithm>
#include <array>

#include "compiler/parser.hpp"
#include "compiler/suggest.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {
namespace {

// Words that may follow a field reference's closing '>'; any other word means '<' was a comparison.
bool is_clause_word(std::string_view w) {
  static constexpr std::array<std::string_view, 27> kWords = {
      "THEN", "ELSE", "AND", "OR", "EQ", "NE", "LT", "GT", "LE", "GE", "MATCHES", "MATCH", "TO", "STEP",
      "DO", "REPEAT", "WHILE", "UNTIL", "SETTING", "BY", "IN", "FROM", "BEFORE", "GOSUB", "GOTO", "ON", "CAT"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

const char* relational_op(const Token& t) {
  if (t.kind == Tok::Op) {
    if (t.text == "=") return "=";
    if (t.text == "#" || t.text == "<>" || t.text == "><") return "#";
    if (t.text == "<") return "<";
    if (t.text == ">") return ">";
    if (t.text == "<=" || t.text == "=<") return "<=";
    if (t.text == ">=" || t.text == "=>" || t.text == "#<") return ">=";  // #< is "not less than"
    if (t.text == "#>") return "<=";
    return nullptr;
  }
  if (t.kind != Tok::Ident) return nullptr;
  if (t.text == "EQ") return "=";
  if (t.text == "NE") return "#";
  if (t.text == "LT") return "<";
  if (t.text == "GT") return ">";
  if (t.text == "LE") return "<=";
  if (t.text == "GE") return ">=";
  if (t.text == "MATCHES" || t.text == "MATCH") return "MATCHES";
  return nullptr;
}

ExprPtr binary(std::string op, Location loc, ExprPtr a, ExprPtr b) {
  auto e = make_expr(ExprKind::Binary, loc, std::move(op));
  e->kids.push_back(std::move(a));
  e->kids.push_back(std::move(b));
  return e;
}

}  // namespace

Parser::Parser(Diagnostics& diags, CodeGen& gen, IncludeResolver resolver)
    : diags_(diags), gen_(gen), resolver_(std::move(resolver)) {}

const Token& Parser::peek(size_t k) {
  while (buf_.size() <= k) {
    Token t = lexers_.back()->next();
    if (case_sensitive_ && t.kind == Tok::Ident) keep_spelling(t);  // $MODE CASE.SENSITIVE
    if (t.kind == Tok::End && lexers_.size() > 1) {
      // The end of an $INCLUDEd record ends its last statement; the including source continues.
      close_conditionals(lexers_.size());
      lexers_.pop_back();
      --include_depth_;
      t.kind = Tok::Newline;
    }
    buf_.push_back(std::move(t));
  }
  return buf_[k];
}

Token Parser::take() {
  peek();
  Token t = std::move(buf_.front());
  buf_.pop_front();
  line_start_ = t.kind == Tok::Newline;
  last_ = t;
  return t;
}

bool Parser::accept_op(std::string_view op) {
  if (!at_op(op)) return false;
  take();
  return true;
}

bool Parser::accept_word(std::string_view w) {
  if (!at_word(w)) return false;
  take();
  return true;
}

bool Parser::expect_op(std::string_view op, const char* what) {
  if (accept_op(op)) return true;
  error_here(std::string("expected '") + std::string(op) + "' " + what);
  return false;
}

bool Parser::expect_word(std::string_view w, const char* what) {
  if (accept_word(w)) return true;
  error_here(std::string("expected ") + std::string(w) + " " + what);
  return false;
}

bool Parser::at_statement_end() {
  Tok k = peek().kind;
  return k == Tok::Newline || k == Tok::Semi || k == Tok::End;
}

void Parser::error_here(const std::string& message) {
  const Token& t = peek();
  // One syntax error per line: the first is the useful one, the rest are usually its echoes.
  if (!diags_.items.empty() && diags_.items.back().is_error && diags_.items.back().loc.file == t.loc.file &&
      diags_.items.back().loc.line == t.loc.line)
    return;
  std::string found;
  switch (t.kind) {
    case Tok::End: found = "end of file"; break;
    case Tok::Newline: found = "end of line"; break;
    case Tok::String: found = "string \"" + t.text + "\""; break;
    default: found = "'" + t.text + "'";
  }
  diags_.error(t.loc, message + ", found " + found);
}

void Parser::skip_to_line_end() {
  while (peek().kind != Tok::Newline && peek().kind != Tok::End) take();
}

ExprPtr Parser::expression() {
  // Deep nesting is refused rather than allowed to exhaust the C++ stack (or the VM's value stack).
  if (nesting_ >= kMaxNesting) {
    error_here("expression nested too deeply");
    skip_to_line_end();
    return make_expr(ExprKind::String, peek().loc, "");
  }
  ++nesting_;
  ExprPtr e = logical();
  --nesting_;
  return e;
}

ExprPtr Parser::logical() {
  ExprPtr left = relational();
  for (;;) {
    const Token& t = peek();
    const char* op = nullptr;
    if (t.is_word("AND") || t.is_op("&")) op = "AND";
    else if (t.is_word("OR") || t.is_op("!")) op = "OR";
    if (!op) return left;
    Location loc = take().loc;
    if (modes_.count("PARTIAL.EXPRESSIONS"))
      left = partial_logical(op, loc, std::move(left), relational());
    else
      left = binary(op, loc, std::move(left), relational());
  }
}

ExprPtr Parser::relational() {
  ExprPtr left = concat();
  for (;;) {
    const Token& t = peek();
    const char* op = relational_op(t);
    if (!op) return left;
    if (no_gt_ > 0 && (t.is_op(">") || t.is_op(">="))) return left;
    Location loc = take().loc;
    left = binary(op, loc, std::move(left), concat());
    if (nocase_strings_ && std::string_view(op) != "MATCHES") left = nocase_comparison(std::move(left));
    else if (nocase_strings_)
      nocase_arguments(*left);  // MATCHES: both sides upper-cased
  }
}

ExprPtr Parser::concat() {
  ExprPtr left = format();
  for (;;) {
    if (!at_op(":") && !at_word("CAT")) return left;
    // A ':' that ends a PRINT list suppresses the newline; it is not a concatenation.
    Tok after = peek(1).kind;
    if (after == Tok::Newline || after == Tok::Semi || after == Tok::End || peek(1).is_word("ELSE")) return left;
    Location loc = take().loc;
    left = binary(":", loc, std::move(left), format());
  }
}

// Words that may follow a complete value in an expression or a statement, so are never format masks.
static bool follows_a_value(const std::string& w) {
  static const char* const kWords[] = {"THEN",    "ELSE", "END", "AND",    "OR",        "EQ",        "NE",
                                       "LT",      "GT",   "LE",  "GE",     "LIKE",      "UNLIKE",    "MATCH",
                                       "MATCHES", "CAT",  "TO",  "FROM",   "ON",        "STEP",      "IN",
                                       "SETTING", "BY",   "DO",  "WHILE",  "UNTIL",     "REPEAT",    "NEXT",
                                       "GOSUB",   "GOTO", "GO",  "LOCKED", "CAPTURING", "RETURNING", "USING",
                                       "BEFORE",  "WITH", "FOR", "ERROR",  "XOR",       "APPEND",    "AT"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

ExprPtr Parser::format() {
  ExprPtr left = additive();
  // Juxtaposing a value and a string literal applies the string as a format mask: X "8R". Where nothing else
  // could follow a value (an assignment's right-hand side, parentheses), a name does the same: X MASK.
  for (;;) {
    if (peek().kind == Tok::String) {
      Token mask = take();
      left = binary("FORMAT", mask.loc, std::move(left), make_expr(ExprKind::String, mask.loc, mask.text));
    } else if (ident_masks_ > 0 && peek().kind == Tok::Ident && peek().space_before &&
               peek().text[0] != '@' && !follows_a_value(peek().text) && !peek(1).is_op("=")) {
      Location at = peek().loc;
      left = binary("FORMAT", at, std::move(left), postfix(primary()));
    } else {
      return left;
    }
  }
}

ExprPtr Parser::additive() {
  ExprPtr left = multiplicative();
  while (at_op("+") || at_op("-")) {
    Token t = take();
    left = binary(t.text, t.loc, std::move(left), multiplicative());
  }
  return left;
}

ExprPtr Parser::multiplicative() {
  ExprPtr left = power();
  while (at_op("*") || at_op("/") || at_op("//")) {
    Token t = take();
    left = binary(t.text, t.loc, std::move(left), power());
  }
  return left;
}

ExprPtr Parser::power() {
  ExprPtr left = unary();
  while (at_op("**") || at_op("^")) {
    Location loc = take().loc;
    left = binary("**", loc, std::move(left), unary());
  }
  return left;
}

ExprPtr Parser::unary() {
  if (at_op("-") && peek(1).kind == Tok::Number && !(peek(2).is_op("**") || peek(2).is_op("^") ||
                                                     peek(2).is_op("[") || peek(2).is_op("<"))) {
    // A negative literal is a constant, not a run-time negation.
    Token minus = take();
    Token n = take();
    return make_expr(ExprKind::Number, minus.loc, "-" + n.text);
  }
  if (at_op("-") || at_op("+")) {
    Token t = take();
    auto e = make_expr(ExprKind::Unary, t.loc, t.text);
    if (nesting_ >= kMaxNesting) {
      error_here("expression nested too deeply");
      e->kids.push_back(make_expr(ExprKind::String, t.loc, ""));
      return e;
    }
    ++nesting_;
    e->kids.push_back(unary());
    --nesting_;
    return e;
  }
  return postfix(primary());
}

ExprPtr Parser::postfix(ExprPtr base) {
  for (;;) {
    if (at_op("[")) {
      Location loc = take().loc;
      auto e = make_expr(ExprKind::Substr, loc);
      e->kids.push_back(std::move(base));
      int saved = no_gt_;
      no_gt_ = 0;
      e->kids.push_back(expression());
      if (accept_op(",")) e->kids.push_back(expression());
      if (accept_op(",")) {
        // s[delim, occ, count]: the group extraction form, FIELD(s, delim, occ, count).
        stdlib::BuiltinId id;
        stdlib::find_builtin("FIELD", id);
        auto f = make_expr(ExprKind::Builtin, loc, "FIELD");
        f->builtin = static_cast<int>(id);
        for (ExprPtr& k : e->kids) f->kids.push_back(std::move(k));
        // s[delim, occ, *]: every field from occ on.
        if (at_op("*")) f->kids.push_back(make_expr(ExprKind::Number, take().loc, "999999999"));
        else f->kids.push_back(expression());
        e = std::move(f);
      }
      no_gt_ = saved;
      expect_op("]", "to close the substring");
      base = std::move(e);
    } else if (at_object_arrow(0)) {
      base = object_reference(std::move(base));
    } else if (at_op("<") && (base->parenthesized || (base->kind != ExprKind::Builtin &&
                                                      base->kind != ExprKind::Unary &&
                                                      base->kind != ExprKind::Binary))) {
      if (!try_field_reference(base)) return base;
    } else if (at_op("{") && (base->parenthesized || base->kind == ExprKind::Var || base->kind == ExprKind::Apply ||
                              is_element_ref(*base))) {
      base = element_ref(std::move(base));
    } else {
      return base;
    }
  }
}

// Reads "<f{,v{,sv}}>" after the '<' has been consumed.
bool Parser::field_indices(std::vector<ExprPtr>& out) {
  ++no_gt_;
  out.push_back(expression());
  while (out.size() < 3 && accept_op(",")) out.push_back(expression());
  --no_gt_;
  if (at_op(">=")) {
    // "X<1>=5": split the token into '>' and '='.
    Token t = take();
    Token eq = t;
    eq.text = "=";
    eq.loc.col += 1;
    buf_.push_front(eq);
    return true;
  }
  return accept_op(">");
}

bool Parser::try_field_reference(ExprPtr& base) {
  // '<' after a value is a field reference only when a complete "<f,v,s>" follows and what comes next
  // cannot continue a comparison; otherwise back out and let it be "less than".
  // A '<' whose field reading already failed is a comparison: without this, "Y<<<<..." would retry every
  // nested trial at every level, exponentially.
  const Location at = peek().loc;
  uint64_t key = (static_cast<uint64_t>(at.file) << 48) | (static_cast<uint64_t>(at.line) << 20) | at.col;
  if (failed_field_refs_.count(key)) return false;
  auto saved_lexer = lexers_.back()->save();
  std::deque<Token> saved_buf = buf_;
  size_t saved_lexers = lexers_.size();
  size_t saved_diags = diags_.items.size();
  size_t saved_errors = diags_.error_count();
  Location loc = take().loc;
  std::vector<ExprPtr> idx;
  bool ok = field_indices(idx);
  if (ok) {
    const Token& n = peek();
    // A string after the '>' is a format mask applied to the field (PRINT L<I> "L#8"), as QM reads it.
    // In a PRINT item, a name after the '>' that ends the item is a format mask held in a variable
    // (PRINT L<I> MASK); elsewhere a name there means the '<' was "less than".
    const Token& after = peek(1);
    bool mask_var = in_print_item_ && n.kind == Tok::Ident && n.space_before &&
                    (after.kind == Tok::Newline || after.kind == Tok::Semi || after.kind == Tok::End ||
                     after.is_op(":") || after.is_op(","));
    if (n.kind == Tok::Number || n.is_op("(") ||
        (n.kind == Tok::Ident && !is_clause_word(n.text) && !mask_var))
      ok = false;
  }
  // Field positions are arithmetic; "IF X < 3 AND Y > -1" must stay a pair of comparisons.
  for (const ExprPtr& i : idx) {
    if (i && i->kind == ExprKind::Binary && !i->parenthesized &&
        (i->text == "AND" || i->text == "OR" || i->text == "=" || i->text == "#" || i->text == "<" ||
         i->text == ">" || i->text == "<=" || i->text == ">=" || i->text == "MATCHES"))
      ok = false;
  }
  ok = ok && diags_.error_count() == saved_errors && lexers_.size() == saved_lexers;
  if (!ok) {
    failed_field_refs_.insert(key);
    if (lexers_.size() == saved_lexers) {
      lexers_.back()->restore(saved_lexer);
      buf_ = std::move(saved_buf);
      diags_.items.resize(saved_diags);
      diags_.reset_errors(saved_errors);
    }
    return false;
  }
  auto e = make_expr(ExprKind::Extract, loc);
  e->kids.push_back(std::move(base));
  for (auto& i : idx) e->kids.push_back(std::move(i));
  base = std::move(e);
  return true;
}

ExprPtr Parser::primary() {
  Token t = peek();
  switch (t.kind) {
    case Tok::Number: take(); return make_expr(ExprKind::Number, t.loc, t.text);
    case Tok::String: take(); return make_expr(ExprKind::String, t.loc, t.text);
    case Tok::Op:
      if (t.text == "(") {
        take();
        int saved = no_gt_;
        no_gt_ = 0;
        ++ident_masks_;  // (KEY KEY.FMT): inside parentheses a name after a value is a format mask
        ExprPtr e = expression();
        --ident_masks_;
        no_gt_ = saved;
        expect_op(")", "to close the parenthesis");
        e->parenthesized = true;
        return e;
      }
      break;
    case Tok::Ident: {
      take();
      if (t.text == "IF") return if_expression(t.loc);
      if (t.text == "@" && at_op("(")) return call_or_element(t);  // @(col, row)
      if (t.text[0] == '@') {
        static const std::pair<const char*, const char*> kMarks[] = {
            {"@FM", "\xFE"}, {"@AM", "\xFE"}, {"@VM", "\xFD"}, {"@SM", "\xFC"}, {"@SVM", "\xFC"},
            {"@TM", "\xFB"}, {"@IM", "\xFF"}, {"@TRUE", "1"},  {"@FALSE", "0"}};
        for (const auto& [name, value] : kMarks) {
          if (t.text == name) {
            bool num = value[0] == '1' || value[0] == '0';
            return make_expr(num ? ExprKind::Number : ExprKind::String, t.loc, value);
          }
        }
        if (t.text == "@SELECTED" || t.text == "@TRANSACTION.ID" || t.text == "@TRANSACTION.LEVEL") {
          // The select lists and transactions belong to the standard library: these read them through a
          // built-in.
          auto call = make_expr(ExprKind::Builtin, t.loc, t.text);
          using stdlib::BuiltinId;
          BuiltinId id = t.text == "@SELECTED"         ? BuiltinId::SELECTED_VAR
                         : t.text == "@TRANSACTION.ID" ? BuiltinId::TRANSACTION_ID_VAR
                                                       : BuiltinId::TRANSACTION_LEVEL_VAR;
          call->builtin = static_cast<int>(id);
          return call;
        }
        std::string cell;
        if (gen_.syscom_var(t.text, cell)) return make_expr(ExprKind::Var, t.loc, cell);
        return make_expr(ExprKind::SysVar, t.loc, t.text);
      }
      auto eq = equates_.find(t.text);
      if (eq != equates_.end()) return eq->second->clone();
      if (t.text == "ME" && class_.active && !at_op("(")) return make_expr(ExprKind::Me, t.loc, t.text);
      if (t.text == "OBJECT" && at_op("(") && !gen_.is_matrix(t.text) && !functions_.count(t.text))
        return object_new(t);
      auto fn = functions_.find(t.text);
      if (fn != functions_.end() && at_op("(")) {
        take();
        auto e = make_expr(ExprKind::FuncCall, t.loc, fn->second.target);
        e->builtin = fn->second.local ? 1 : 0;
        if (!accept_op(")")) {
          e->kids = call_arguments();
          expect_op(")", "to close the argument list");
        }
        if (e->kids.size() != fn->second.arity && !(fn->second.var_args && e->kids.size() < fn->second.arity))
          diags_.error(t.loc, t.text + " was declared by DEFFUN with " + std::to_string(fn->second.arity) +
                                  " argument" + (fn->second.arity == 1 ? "" : "s") + ", not " +
                                  std::to_string(e->kids.size()));
        if (fn->second.has_key) {
          e->kids.insert(e->kids.begin(),
                         make_expr(fn->second.key_is_string ? ExprKind::String : ExprKind::Number, t.loc,
                                   fn->second.key));
        }
        return e;
      }
      if ((t.text == "ARG.COUNT" || t.text == "ARG") && at_op("(") && !gen_.is_matrix(t.text))
        return var_args_function(t);
      if (t.text == "SUBR" && at_op("(") && !gen_.is_matrix(t.text)) return subr_function(t);
      if (at_op("(") && pick_files_.count(t.text)) return pick_file_field(t);
      if (at_op("(") && !peek().space_before) return call_or_element(t);
      if (at_op("(") && (gen_.is_matrix(t.text))) return call_or_element(t);
      stdlib::BuiltinId id;
      if (at_op("(") && (stdlib::find_builtin(t.text, id) || t.text == "REMOVE")) return call_or_element(t);
      return make_expr(ExprKind::Var, t.loc, t.text);
    }
    default: break;
  }
  error_here("expected a value");
  if (t.kind != Tok::Newline && t.kind != Tok::End && t.kind != Tok::Semi) take();
  return make_expr(ExprKind::String, t.loc, "");
}

ExprPtr Parser::call_or_element(Token name) {
  take();  // '('
  int saved = no_gt_;
  no_gt_ = 0;
  std::vector<ExprPtr> args;
  int semi_at = -1;
  if (!at_op(")")) {
    for (;;) {
      args.push_back(args.empty() ? dict_file_argument(name.text) : expression());
      if (accept_op(",")) {
        skip_line_continuation();
        continue;
      }
      if (peek().kind == Tok::Semi) {
        take();
        if (semi_at < 0) semi_at = static_cast<int>(args.size());
        continue;
      }
      break;
    }
  }
  no_gt_ = saved;
  expect_op(")", "to close the argument list");
  if (gen_.is_matrix(name.text)) {
    auto e = make_expr(ExprKind::Apply, name.loc, name.text);
    if (args.empty() || args.size() > 2) diags_.error(name.loc, "a matrix takes one or two subscripts");
    e->kids = std::move(args);
    return e;
  }
  if (name.text == "REMOVE") {
    // REMOVE(var, code) advances var's remove pointer and sets code: it needs two variables.
    if (args.size() != 2 || args[0]->kind != ExprKind::Var) {
      diags_.error(name.loc, "REMOVE takes a variable and a code variable: REMOVE(dyn.array, code)");
      return make_expr(ExprKind::String, name.loc, "");
    }
    auto e = make_expr(ExprKind::RemoveFn, name.loc, name.text);
    e->kids = std::move(args);
    return e;
  }
  stdlib::BuiltinId id;
  if (!stdlib::find_builtin(name.text, id)) {
    diags_.error(name.loc, "'" + name.text + "' is not a built-in function or a dimensioned matrix" +
                               did_you_mean(name.text, builtin_function_names()));
    return make_expr(ExprKind::String, name.loc, "");
  }
  auto e = make_expr(ExprKind::Builtin, name.loc, name.text);
  e->builtin = static_cast<int>(id);
  e->kids = std::move(args);
  normalise_dynarray_args(*e, semi_at);
  element_exists_args(*e);
  if (nocase_strings_) nocase_arguments(*e);
  const stdlib::BuiltinInfo& info = stdlib::builtin_info(id);
  int n = static_cast<int>(e->kids.size());
  if (n < info.min_args || n > info.max_args) {
    std::string want = info.min_args == info.max_args ? std::to_string(info.min_args)
                                                      : std::to_string(info.min_args) + " to " + std::to_string(info.max_args);
    diags_.error(name.loc, name.text + " takes " + want + " argument" + (info.max_args == 1 ? "" : "s") + ", not " +
                               std::to_string(n) + " (usage: " + info.usage + ")");
  }
  mode_builtin(*e);
  return e;
}

// The first argument of TRANS, XLATE, RTRANS and OUTERJOIN may be written DICT file (DICT a keyword, not a
// variable): it becomes "DICT ":file, the form QM also accepts inside the name, which the built-in reads.
ExprPtr Parser::dict_file_argument(const std::string& fn) {
  const Token& next = peek(1);
  const bool follows = next.kind == Tok::String || next.kind == Tok::Ident || next.kind == Tok::Number ||
                       (next.is_op("(") && next.space_before);
  if ((fn != "TRANS" && fn != "XLATE" && fn != "RTRANS" && fn != "OUTERJOIN") || !at_word("DICT") || !follows)
    return expression();
  const Location loc = take().loc;
  return binary(":", loc, make_expr(ExprKind::String, loc, "DICT "), expression());
}

// EXTRACT/DELETE get all three indices; INSERT/REPLACE get three indices and the new value, whether
// written as (d, f, v, sv, x) or with the ';' form (d, f{, v}; x).
void Parser::normalise_dynarray_args(Expr& call, int semi_at) {
  const std::string& n = call.text;
  if (n == "LOCATE") {
    normalise_locate_args(call, semi_at);
    return;
  }
  bool takes_value = n == "INSERT" || n == "REPLACE";
  if (!takes_value && n != "EXTRACT" && n != "DELETE") return;
  if (call.kids.empty()) return;
  std::vector<ExprPtr> k = std::move(call.kids);
  call.kids.clear();
  ExprPtr value;
  size_t index_end = k.size();
  if (takes_value && k.size() >= 2) {
    value = std::move(k.back());
    index_end = k.size() - 1;
    if (semi_at >= 0 && static_cast<size_t>(semi_at) != index_end)
      diags_.error(call.loc, n + ": only the new value may follow ';'");
  }
  call.kids.push_back(std::move(k[0]));
  for (size_t i = 1; i < 4; ++i) {
    if (i < index_end) call.kids.push_back(std::move(k[i]));
    else call.kids.push_back(make_expr(ExprKind::Number, call.loc, "0"));
  }
  if (index_end > 4) diags_.error(call.loc, n + " takes at most three positions");
  if (value) call.kids.push_back(std::move(value));
}

ExprPtr Parser::if_expression(Location loc) {
  auto e = make_expr(ExprKind::IfExpr, loc);
  e->kids.push_back(expression());
  expect_word("THEN", "in an IF expression");
  e->kids.push_back(expression());
  expect_word("ELSE", "in an IF expression (it needs both THEN and ELSE)");
  e->kids.push_back(expression());
  return e;
}

ExprPtr Parser::parse_expression_only(uint16_t file) {
  lexers_.push_back(std::make_unique<Lexer>(diags_.sources[file]->text, file, diags_));
  ExprPtr e = expression();
  lexers_.clear();
  buf_.clear();
  return e;
}

}  // namespace mv::compiler
