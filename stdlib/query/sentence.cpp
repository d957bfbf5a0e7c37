// Reading a query sentence (sentence.hpp): the words, the selection clause's operators and their order,
// sort and display clauses, and the options.
#include "stdlib/query/sentence.hpp"

#include <cctype>
#include <cstdlib>
#include <set>

#include "runtime/numeric.hpp"
#include "stdlib/conv/conv_codes.hpp"

namespace mv::stdlib::query {

namespace {

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool is_number(const std::string& s) {
  runtime::Number n;
  return runtime::parse_strict(s, n);
}

bool relation(const std::string& u, Rel& rel) {
  static const std::pair<const char*, Rel> kRels[] = {
      {"=", Rel::Eq},
      {"EQ", Rel::Eq},
      {"EQUAL", Rel::Eq},
      {"#", Rel::Ne},
      {"<>", Rel::Ne},
      {"NE", Rel::Ne},
      {"><", Rel::Ne},
      {"<", Rel::Lt},
      {"LT", Rel::Lt},
      {"LESS", Rel::Lt},
      {"BEFORE", Rel::Lt},
      {">", Rel::Gt},
      {"GT", Rel::Gt},
      {"GREATER", Rel::Gt},
      {"AFTER", Rel::Gt},
      {"<=", Rel::Le},
      {"=<", Rel::Le},
      {"LE", Rel::Le},
      {">=", Rel::Ge},
      {"=>", Rel::Ge},
      {"GE", Rel::Ge},
      {"LIKE", Rel::Like},
      {"MATCHING", Rel::Like},
      {"MATCHES", Rel::Like},
      {"UNLIKE", Rel::Unlike},
      {"NOT.MATCHING", Rel::Unlike},
      {"BETWEEN", Rel::Between},
      {"SAID", Rel::Said},
  };
  for (const auto& [w, r] : kRels) {
    if (u == w) {
      rel = r;
      return true;
    }
  }
  return false;
}

const std::set<std::string>& keywords() {
  static const std::set<std::string> k = {
      "WITH",   "WHEN",    "AND",     "OR",       "NOT",           "NO",       "EVERY",
      "EACH",   "BY",      "BY.DSND", "BY.EXP",   "BY.EXP.DSND",   "SAMPLE",   "FROM",
      "TO",     "ID.ONLY", "ID.SUP",  "HDR.SUP",  "COL.HDR.SUPP",  "COL.SUP",  "NO.PAGE",
      "NOPAGE", "DET.SUP", "TOTAL",   "BREAK.ON", "COL.HDG",       "FMT",      "CONV",
      "EVAL",   "HEADING", "CSV",     "JSON",     "REQUIRE.INDEX", "NO.INDEX", "(",
      ")",      "AVERAGE", "MAX",     "MIN",      "GRAND.TOTAL",   "FOOTING",  "NOCASE",
      "NO.CASE"};
  return k;
}

class Parser {
 public:
  Parser(std::vector<Token> words, size_t start, Dictionary& dict, Query& q)
      : w_(std::move(words)), i_(start), dict_(dict), q_(q) {}

  bool run(std::string& error);

 private:
  bool fail(const std::string& message, const Token* at) {
    error_ = message;
    if (at) error_ += " (word " + std::to_string(at->position) + ")";
    return false;
  }
  const Token* peek() const { return i_ < w_.size() ? &w_[i_] : nullptr; }
  // The word before the current one (for errors at the end of the sentence), or null.
  const Token* last() const { return i_ > 0 && i_ <= w_.size() ? &w_[i_ - 1] : nullptr; }
  std::string peek_upper() const { return i_ < w_.size() && !w_[i_].quoted ? upper(w_[i_].text) : ""; }
  // A field name at the current word (expanding nothing); false when it is not one.
  // A field at the current word: a dictionary item, or EVAL "expression" (an I-type written in the
  // sentence, two words; field_words_ says how many).
  bool field_here(DictItem& item) {
    field_words_ = 1;
    const Token* t = peek();
    if (!t || t->quoted) return false;
    if (upper(t->text) == "EVAL") {
      if (i_ + 1 >= w_.size() || !w_[i_ + 1].quoted) return false;
      item = DictItem();
      item.type = 'I';
      item.name = item.expr = item.heading = w_[i_ + 1].text;
      apply_format(item, "10L");
      field_words_ = 2;
      return true;
    }
    std::string phrase;
    return dict_.find(t->text, item, phrase) == Dictionary::Found::Item;
  }
  bool need_field(DictItem& item, const std::string& after) {
    const Token* t = peek();
    if (!field_here(item)) {
      if (!t) return fail("Expected field name after " + after + " at the end of the sentence", nullptr);
      if (!t->quoted && upper(t->text) == "EVAL") return fail("EVAL expression not found where expected", t);
      return fail(t->text + " is not a field name or expression", t);
    }
    i_ += field_words_;
    return true;
  }
  bool number_after(const std::string& kw, int64_t lo, int64_t hi, int64_t& out);
  bool string_after(const std::string& kw, std::string& out);
  bool condition(std::unique_ptr<Cond>& out, int depth);
  bool unit(std::unique_ptr<Cond>& out, int depth);
  bool leaf(std::unique_ptr<Cond>& out);
  bool operands(Cond& c);
  bool keyword(const std::string& u, const Token& t, bool& handled);
  bool qualifier(const std::string& u, const Token& t);
  static bool Query::*option(const std::string& u);
  static Summary summary(const std::string& u);
  bool finish(std::string& error);

  std::vector<Token> w_;
  size_t i_;
  Dictionary& dict_;
  Query& q_;
  std::string error_;
  size_t field_words_ = 1;
  bool ids_closed_ = false;  // ids given without quotes are taken only straight after the file name
  int phrases_ = 0;
};

bool Parser::number_after(const std::string& kw, int64_t lo, int64_t hi, int64_t& out) {
  const Token* t = peek();
  if (!t || !is_number(t->text)) {
    return fail(t ? t->text + " is not a valid number after " + kw : "A number is needed after " + kw,
                t ? t : last());
  }
  out = std::atoll(t->text.c_str());
  if (out < lo || out > hi)
    return fail(t->text + " is out of range after " + kw + " (" + std::to_string(lo) + " to " +
                    std::to_string(hi) + ")",
                t);
  ++i_;
  return true;
}

bool Parser::string_after(const std::string& kw, std::string& out) {
  const Token* t = peek();
  if (!t || !t->quoted) return fail("A quoted text is needed after " + kw, t ? t : last());
  out = t->text;
  ++i_;
  return true;
}

// condition := unit {(AND | OR) unit}, read left to right with equal priority.
bool Parser::condition(std::unique_ptr<Cond>& out, int depth) {
  if (!unit(out, depth)) return false;
  for (;;) {
    std::string u = peek_upper();
    if (u != "AND" && u != "OR") return true;
    ++i_;
    // QM allows WITH A = 1 AND WITH B = 2.
    if (peek_upper() == "WITH") ++i_;
    auto node = std::make_unique<Cond>();
    node->kind = u == "AND" ? Cond::kAnd : Cond::kOr;
    node->left = std::move(out);
    if (!unit(node->right, depth)) return false;
    out = std::move(node);
  }
}

bool Parser::unit(std::unique_ptr<Cond>& out, int depth) {
  const Token* t = peek();
  if (!t) return fail("Field name missing in selection clause", last());
  std::string u = t->quoted ? "" : upper(t->text);
  if (u == "(") {
    if (depth > 50) return fail("Brackets nested too deeply", t);
    ++i_;
    if (!condition(out, depth + 1)) return false;
    if (peek_upper() != ")") return fail("Unclosed brackets in selection expression", t);
    ++i_;
    return true;
  }
  if (u == ")") return fail("Unexpected close bracket", t);
  if (u == "NOT" || u == "NO") {
    ++i_;
    auto node = std::make_unique<Cond>();
    node->kind = Cond::kNot;
    if (!unit(node->left, depth)) return false;
    out = std::move(node);
    return true;
  }
  return leaf(out);
}

bool Parser::leaf(std::unique_ptr<Cond>& out) {
  auto c = std::make_unique<Cond>();
  std::string u = peek_upper();
  if (u == "EVERY" || u == "EACH") {
    c->every = true;
    ++i_;
  }
  if (!peek()) return fail("Field name missing in selection clause", last());
  if (!need_field(c->item, "WITH")) return false;
  Rel rel;
  if (relation(peek_upper(), rel)) {
    const Token& op = w_[i_++];
    c->rel = rel;
    // QM takes NOCASE between the operator and the values.
    if (peek_upper() == "NOCASE" || peek_upper() == "NO.CASE") {
      c->nocase = true;
      ++i_;
    }
    if (!operands(*c)) return false;
    if (c->values.empty()) return fail("A value is needed after " + op.text, &op);
    if (rel == Rel::Between && c->values.size() != 2) return fail("BETWEEN needs two values", &op);
  }
  out = std::move(c);
  return true;
}

// The values after an operator: quoted literals, numbers, or (first) another field or a bare word.
bool Parser::operands(Cond& c) {
  for (;;) {
    const Token* t = peek();
    if (!t) return true;
    std::string u = upper(t->text);
    Operand op;
    if (t->quoted || is_number(t->text)) {
      op.literal = t->text;
    } else if (Rel other; !c.values.empty() || keywords().count(u) || relation(u, other)) {
      return true;
    } else if (field_here(op.field)) {
      op.is_field = true;
    } else {
      op.literal = t->text;
    }
    i_ += op.is_field ? field_words_ : 1;
    // A literal is compared in the field's internal form: "01 JAN 2024" against a D-converted date.
    if (!op.is_field && !c.item.conv.empty() && c.rel != Rel::Like && c.rel != Rel::Unlike &&
        c.rel != Rel::Said) {
      int status = 0;
      std::string internal = iconv(op.literal, c.item.conv, status);
      if (status == 0 && !internal.empty()) op.literal = internal;
    }
    c.values.push_back(std::move(op));
    if (c.values.size() == 1 && c.values[0].is_field) return true;
  }
}

bool Parser::qualifier(const std::string& u, const Token& t) {
  if (q_.columns.empty()) return fail(u + " must follow a field name", &t);
  DictItem& item = q_.columns.back().item;
  std::string text;
  if (!string_after(u, text)) return false;
  if (u == "COL.HDG") {
    item.heading = text;
  } else if (u == "FMT") {
    apply_format(item, text);
  } else {
    item.conv = text;
  }
  return true;
}

bool Parser::keyword(const std::string& u, const Token& t, bool& handled) {
  handled = true;
  int64_t n = 0;
  if (u == "WITH" || u == "WHEN") {
    std::unique_ptr<Cond>& slot = u == "WITH" ? q_.with : q_.when;
    if (u == "WHEN" && q_.verb != Verb::List && q_.verb != Verb::Sort)
      return fail("WHEN is only valid in a reporting command", &t);
    std::unique_ptr<Cond> c;
    if (!condition(c, 0)) return false;
    if (slot) {
      auto node = std::make_unique<Cond>();
      node->kind = Cond::kAnd;
      node->left = std::move(slot);
      node->right = std::move(c);
      c = std::move(node);
    }
    slot = std::move(c);
  } else if (u == "BY" || u == "BY.DSND" || u == "BY.EXP" || u == "BY.EXP.DSND") {
    SortKey k;
    k.descending = u.ends_with("DSND");
    k.exploded = u.starts_with("BY.EXP");
    if (!need_field(k.item, u)) return false;
    if (k.exploded) {
      for (const SortKey& other : q_.sort)
        if (other.exploded) return fail("Only one exploded sort item is allowed", &t);
    }
    q_.sort.push_back(std::move(k));
  } else if (u == "SAMPLE") {
    if (!number_after(u, 1, INT64_MAX, q_.sample)) return false;
  } else if (u == "FROM" || u == "TO") {
    if (!number_after(u, 0, 10, n)) return false;
    (u == "FROM" ? q_.from_list : q_.to_list) = static_cast<int>(n);
  } else if (Summary s = summary(u); s != Summary::None || u == "BREAK.ON") {
    Column col;
    if (u == "BREAK.ON" && peek() && peek()->quoted) col.break_text = w_[i_++].text;
    if (!need_field(col.item, u)) return false;
    col.summary = s;
    col.break_on = s == Summary::None;
    q_.columns.push_back(std::move(col));
  } else if (u == "EVAL") {
    --i_;  // need_field reads EVAL and its expression together
    Column col;
    if (!need_field(col.item, u)) return false;
    q_.columns.push_back(std::move(col));
  } else if (u == "HEADING") {
    if (!string_after(u, q_.heading)) return false;
    q_.has_heading = true;
  } else if (u == "FOOTING") {
    if (!string_after(u, q_.footing)) return false;
    q_.has_footing = true;
  } else if (u == "GRAND.TOTAL") {
    if (!string_after(u, q_.grand_total)) return false;
  } else if (u == "COL.HDG" || u == "FMT" || u == "CONV") {
    return qualifier(u, t);
  } else if (u == ")") {
    return fail("Unexpected close bracket", &t);
  } else if (bool Query::*flag = option(u)) {
    q_.*flag = true;
  } else {
    handled = false;
  }
  return true;
}

// The summary a column keyword asks for (TOTAL, AVERAGE, MAX, MIN), or None.
Summary Parser::summary(const std::string& u) {
  return u == "TOTAL"     ? Summary::Total
         : u == "AVERAGE" ? Summary::Average
         : u == "MAX"     ? Summary::Max
         : u == "MIN"     ? Summary::Min
                          : Summary::None;
}

// The options that are one word and set one flag; null for any other word.
bool Query::*Parser::option(const std::string& u) {
  static const std::pair<const char*, bool Query::*> kOptions[] = {
      {"ID.ONLY", &Query::id_only},
      {"ID.SUP", &Query::id_sup},
      {"HDR.SUP", &Query::hdr_sup},
      {"COL.HDR.SUPP", &Query::col_sup},
      {"COL.SUP", &Query::col_sup},
      {"NO.PAGE", &Query::no_page},
      {"NOPAGE", &Query::no_page},
      {"DET.SUP", &Query::det_sup},
      {"CSV", &Query::csv},
      {"JSON", &Query::json},
      {"REQUIRE.INDEX", &Query::require_index},
      {"NO.INDEX", &Query::no_index},
  };
  for (const auto& [word, flag] : kOptions)
    if (u == word) return flag;
  return nullptr;
}

// After the last word: a report with no fields takes those of the dictionary's @ phrase, as in QM, and
// options that cannot go together are refused.
bool Parser::finish(std::string& error) {
  std::string phrase;
  DictItem item;
  if (q_.columns.empty() && !q_.id_only && (q_.verb == Verb::List || q_.verb == Verb::Sort) &&
      dict_.find("@", item, phrase) == Dictionary::Found::Phrase) {
    for (const Token& t : tokenize(phrase)) {
      std::string inner;
      if (t.quoted || dict_.find(t.text, item, inner) != Dictionary::Found::Item) continue;
      Column col;
      col.item = item;
      q_.columns.push_back(std::move(col));
    }
  }
  if (q_.verb == Verb::Sum) {
    // SUM is a LIST of totals only: no record lines and no id column, as in QM.
    if (q_.columns.empty()) {
      error = "SUM needs a field to total";
      return false;
    }
    q_.det_sup = q_.id_sup = true;
  }
  if (q_.id_only && q_.id_sup) {
    error = "Cannot use ID.SUP and ID.ONLY together";
    return false;
  }
  if (q_.csv && q_.json) {
    error = "Cannot use CSV and JSON together";
    return false;
  }
  return true;
}

bool Parser::run(std::string& error) {
  while (i_ < w_.size()) {
    const Token t = w_[i_];
    if (t.quoted) {
      q_.ids.push_back(t.text);
      ++i_;
      continue;
    }
    std::string u = upper(t.text);
    ++i_;
    bool handled = false;
    if (!keyword(u, t, handled)) break;
    if (handled) {
      ids_closed_ = true;
      continue;
    }
    DictItem item;
    std::string phrase;
    Dictionary::Found found = dict_.find(t.text, item, phrase);
    if (found == Dictionary::Found::Phrase) {
      // A phrase's words take its place in the sentence.
      if (++phrases_ > 100) {
        fail("Phrase " + t.text + " expands without end", &t);
        break;
      }
      std::vector<Token> more = tokenize(phrase);
      for (Token& m : more) m.position = t.position;
      w_.insert(w_.begin() + static_cast<long>(i_), more.begin(), more.end());
      continue;
    }
    if (found == Dictionary::Found::Item) {
      ids_closed_ = true;
      Column col;
      col.item = std::move(item);
      q_.columns.push_back(std::move(col));
      continue;
    }
    if (!ids_closed_) {
      q_.ids.push_back(t.text);
      continue;
    }
    fail(t.text + " is not a field name or expression", &t);
    break;
  }
  if (!error_.empty()) {
    error = error_;
    return false;
  }
  return finish(error);
}

}  // namespace

bool query_verb(const std::string& word, Verb& verb) {
  static const std::pair<const char*, Verb> kVerbs[] = {{"LIST", Verb::List},
                                                        {"SORT", Verb::Sort},
                                                        {"SELECT", Verb::Select},
                                                        {"SSELECT", Verb::SSelect},
                                                        {"COUNT", Verb::Count},
                                                        {"SUM", Verb::Sum},
                                                        {"LIST.ITEM", Verb::ListItem},
                                                        {"SORT.ITEM", Verb::SortItem}};
  for (const auto& [w, v] : kVerbs) {
    if (word == w) {
      verb = v;
      return true;
    }
  }
  return false;
}

std::vector<Token> tokenize(const std::string& sentence) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < sentence.size()) {
    char c = sentence[i];
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    Token t;
    t.position = static_cast<int>(out.size()) + 1;
    if (c == '"' || c == '\'' || c == '\\') {
      size_t end = sentence.find(c, i + 1);
      if (end == std::string::npos) end = sentence.size();
      t.text = sentence.substr(i + 1, end - i - 1);
      t.quoted = true;
      i = end + 1;
    } else if (c == '(' || c == ')') {
      t.text = std::string(1, c);
      ++i;
    } else {
      size_t end = i;
      while (end < sentence.size() && sentence[end] != ' ' && sentence[end] != '\t' &&
             !(end > i && (sentence[end] == ')' || sentence[end] == '(')))
        ++end;
      t.text = sentence.substr(i, end - i);
      i = end;
    }
    out.push_back(std::move(t));
  }
  return out;
}

bool parse_sentence(const std::vector<Token>& words, size_t start, Dictionary& dict, Query& q,
                    std::string& error) {
  Parser p(words, start, dict, q);
  return p.run(error);
}

}  // namespace mv::stdlib::query
