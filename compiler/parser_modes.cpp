// The $MODE options (QM's qmbd_mode page): which names are options, the shortcuts that set several at
// once (PICK.D3, UV.PICK, D3 ...), and what each option changes in the code compiled after it. Options
// that change a statement's own parsing are read where that statement is parsed (modes_.count(...));
// this file holds the ones that swap one built-in or opcode for its mode variant, and default values for
// routine parameters (VAR.ARGS and DEFAULT.UNASS.ARGS). docs/language.md lists which options mvbasic
// honours and why the rest change nothing.
#include <algorithm>
#include <iterator>
#include <unordered_set>

#include "compiler/compile.hpp"
#include "compiler/parser.hpp"
#include "compiler/suggest.hpp"
#include "runtime/builtin_api.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

namespace {

// Every option of QM 3.x's $MODE list, those QM 2.6's compiler also knows, and ScarletDME's additions.
constexpr std::string_view kOptions[] = {"AUTOLOCK",
                                         "CASE.SENSITIVE",
                                         "CHANGE.NO.OVERLAP",
                                         "COMPATIBLE.APPEND",
                                         "COMPOSITE.READNEXT",
                                         "CONDITIONAL.STATEMENTS",
                                         "COUNT.OVERLAP",
                                         "DEBUG.EQUATES",
                                         "DEFAULT.UNASS.ARGS",
                                         "EXCEPTION.SAVE.STACK",
                                         "EXECUTE.CLEARLIST",
                                         "EXPLICIT",
                                         "FOR.STORE.BEFORE.TEST",
                                         "HEADING.NO.EJECT",
                                         "IMPLIED.STOP",
                                         "INDEX.OVERLAP",
                                         "NOCASE.STRINGS",
                                         "NO.CASE.INVERT",
                                         "NO.ECHO.DATA",
                                         "NON.DURABLE.TXN",
                                         "NUMERIC.BOOLEAN",
                                         "OPEN.FAIL.ZERO.FVAR",
                                         "OPTIONAL.FINAL.END",
                                         "OPTIONAL.THEN.ELSE",
                                         "PARTIAL.EXPRESSIONS",
                                         "PICK.CONVERT",
                                         "PICK.ENTER",
                                         "PICK.ERRMSG",
                                         "PICK.JUMP.RANGE",
                                         "PICK.MATRIX",
                                         "PICK.READ",
                                         "PICK.READNEXT",
                                         "PICK.SELECT",
                                         "PICK.SUBSTR",
                                         "PICK.SUBSTR.ASSIGN",
                                         "PRCLOSE.DEFAULT.0",
                                         "SELECTV",
                                         "SSELECTV",
                                         "STDFIL",
                                         "STDFIL.SHARED",
                                         "STRICT.EQUATE",
                                         "STRING.LOCATE",
                                         "SYMTAB0",
                                         "TIME.MS",
                                         "TRAP.UNUSED",
                                         "TRAP.UNUSED.MAIN",
                                         "UNASSIGNED.COMMON",
                                         "UV.LOCATE",
                                         "WRITE.DELETE.THEN.ELSE",
                                         "PICK.CALL",
                                         "PICK.IN",
                                         "PICK.LOCATE",
                                         "QM.CALL",
                                         "RETURN.TO",
                                         "DIM.WITH.ZERO",
                                         "INTEGER.ARITH"};

// The shortcut names and the options each sets (QM's "Option and Mode Shortcuts" table; D3 and MVBASE
// are the older, shorter lists). A shortcut only sets options; it clears none.
struct Shortcut {
  std::string_view name;
  std::vector<std::string_view> options;
};

const std::vector<Shortcut>& shortcuts() {
  static const std::vector<std::string_view> kOldPick = {
      "CASE.SENSITIVE",        "CHANGE.NO.OVERLAP", "COMPATIBLE.APPEND", "COUNT.OVERLAP",
      "FOR.STORE.BEFORE.TEST", "HEADING.NO.EJECT",  "IMPLIED.STOP",      "INDEX.OVERLAP",
      "OPTIONAL.FINAL.END",    "PICK.ENTER",        "PICK.ERRMSG",       "PICK.JUMP.RANGE",
      "PICK.MATRIX",           "PICK.READ",         "PICK.SELECT",       "PICK.SUBSTR",
      "PICK.SUBSTR.ASSIGN",    "SELECTV",           "SSELECTV",          "STDFIL",
      "UNASSIGNED.COMMON",     "UV.LOCATE"};
  static const std::vector<Shortcut> kList = {
      {"D3", kOldPick},
      {"MVBASE", kOldPick},
      {"PICK.D3",
       {"CASE.SENSITIVE",
        "CONDITIONAL.STATEMENTS",
        "COUNT.OVERLAP",
        "FOR.STORE.BEFORE.TEST",
        "HEADING.NO.EJECT",
        "IMPLIED.STOP",
        "INDEX.OVERLAP",
        "NOCASE.STRINGS",
        "NO.ECHO.DATA",
        "NUMERIC.BOOLEAN",
        "OPTIONAL.FINAL.END",
        "OPTIONAL.THEN.ELSE",
        "PICK.CONVERT",
        "PICK.ENTER",
        "PICK.ERRMSG",
        "PICK.JUMP.RANGE",
        "PICK.MATRIX",
        "PICK.READ",
        "PICK.READNEXT",
        "PICK.SELECT",
        "PICK.SUBSTR",
        "PICK.SUBSTR.ASSIGN",
        "SELECTV",
        "SSELECTV",
        "STDFIL",
        "UNASSIGNED.COMMON",
        "UV.LOCATE"}},
      {"PICK.MVBASE",
       {"CASE.SENSITIVE",
        "COMPATIBLE.APPEND",
        "COUNT.OVERLAP",
        "EXECUTE.CLEARLIST",
        "FOR.STORE.BEFORE.TEST",
        "HEADING.NO.EJECT",
        "IMPLIED.STOP",
        "INDEX.OVERLAP",
        "NO.ECHO.DATA",
        "NUMERIC.BOOLEAN",
        "OPEN.FAIL.ZERO.FVAR",
        "OPTIONAL.FINAL.END",
        "PICK.CONVERT",
        "PICK.ENTER",
        "PICK.ERRMSG",
        "PICK.JUMP.RANGE",
        "PICK.MATRIX",
        "PICK.READ",
        "PICK.READNEXT",
        "PICK.SELECT",
        "PICK.SUBSTR",
        "SELECTV",
        "SSELECTV",
        "STDFIL",
        "STDFIL.SHARED",
        "UNASSIGNED.COMMON",
        "UV.LOCATE"}},
      {"UV.IDEAL",
       {"CASE.SENSITIVE", "COMPATIBLE.APPEND", "CONDITIONAL.STATEMENTS", "FOR.STORE.BEFORE.TEST",
        "HEADING.NO.EJECT", "IMPLIED.STOP", "NUMERIC.BOOLEAN", "OPEN.FAIL.ZERO.FVAR", "OPTIONAL.FINAL.END",
        "PICK.ENTER", "PRCLOSE.DEFAULT.0", "STDFIL", "STDFIL.SHARED", "UV.LOCATE", "WRITE.DELETE.THEN.ELSE"}},
      {"UV.INFO",
       {"CASE.SENSITIVE", "COMPOSITE.READNEXT", "CONDITIONAL.STATEMENTS", "IMPLIED.STOP", "NUMERIC.BOOLEAN",
        "OPEN.FAIL.ZERO.FVAR", "PICK.ENTER", "PRCLOSE.DEFAULT.0", "STDFIL", "STDFIL.SHARED",
        "WRITE.DELETE.THEN.ELSE"}},
      {"UV.PICK",
       {"CASE.SENSITIVE",
        "COMPATIBLE.APPEND",
        "CONDITIONAL.STATEMENTS",
        "COUNT.OVERLAP",
        "FOR.STORE.BEFORE.TEST",
        "HEADING.NO.EJECT",
        "IMPLIED.STOP",
        "INDEX.OVERLAP",
        "NO.ECHO.DATA",
        "NUMERIC.BOOLEAN",
        "OPEN.FAIL.ZERO.FVAR",
        "OPTIONAL.FINAL.END",
        "PICK.ENTER",
        "PICK.ERRMSG",
        "PICK.JUMP.RANGE",
        "PICK.MATRIX",
        "PICK.READ",
        "SELECTV",
        "SSELECTV",
        "STDFIL",
        "STDFIL.SHARED",
        "UV.LOCATE",
        "WRITE.DELETE.THEN.ELSE"}},
      {"UV.REALITY",
       {"CASE.SENSITIVE",
        "COMPATIBLE.APPEND",
        "CONDITIONAL.STATEMENTS",
        "COUNT.OVERLAP",
        "FOR.STORE.BEFORE.TEST",
        "HEADING.NO.EJECT",
        "IMPLIED.STOP",
        "INDEX.OVERLAP",
        "NO.ECHO.DATA",
        "NUMERIC.BOOLEAN",
        "OPEN.FAIL.ZERO.FVAR",
        "PICK.ENTER",
        "PICK.ERRMSG",
        "PICK.MATRIX",
        "PICK.READ",
        "PICK.SUBSTR",
        "PICK.SUBSTR.ASSIGN",
        "SELECTV",
        "SSELECTV",
        "STDFIL",
        "STDFIL.SHARED",
        "UV.LOCATE",
        "WRITE.DELETE.THEN.ELSE"}},
      {"UV.PIOPEN",
       {"COMPOSITE.READNEXT", "CONDITIONAL.STATEMENTS", "IMPLIED.STOP", "NUMERIC.BOOLEAN",
        "OPEN.FAIL.ZERO.FVAR", "STDFIL", "STDFIL.SHARED", "WRITE.DELETE.THEN.ELSE"}},
      {"UDT",
       {"CASE.SENSITIVE", "CONDITIONAL.STATEMENTS", "IMPLIED.STOP", "NUMERIC.BOOLEAN", "OPTIONAL.FINAL.END",
        "PICK.ENTER", "PRCLOSE.DEFAULT.0", "STDFIL", "STRING.LOCATE"}},
  };
  return kList;
}

// Words the statements use besides their own keywords (clauses, options, operators written as words).
// clang-format off
const std::vector<std::string> kClauseWords = {
    "ALL", "AND", "APPEND", "AS", "ATTACHED", "BEFORE", "BY", "CALLING", "CAPTURING", "CASE", "CAT", "CLEAR",
    "COMMIT", "DICT", "DIRECTORY", "DO", "DYNAMIC", "EDIT", "ELSE", "ENCODING", "END", "EQ", "ERROR", "FOR",
    "FROM", "GE", "GO", "GT", "HIDDEN", "IN", "KEY", "LE", "LIKE", "LIT", "LITERALLY", "LOCKED", "LT", "MATCH",
    "MATCHES", "NE", "NEXT", "NO.ECHO", "NO.EJECT", "NO.ENCODING", "NO.MAP", "NON.TRANSACTIONAL", "NOT", "OFF",
    "ON", "OR", "OVERLAY", "OVERWRITE", "PANNING", "PASSLIST", "READONLY", "REPEAT", "RESET", "RETURNING",
    "RTNLIST", "SETTING", "SILENT", "START", "STEP", "SYNC", "THEN", "TIMEOUT", "TO", "TRANSACTION", "UNLIKE",
    "UNTIL", "UPCASE", "USING", "VAR.ARGS", "WAITING", "WHILE", "WITH", "WORK", "_"};
// clang-format on

// A literal the parser built for a call it rewrites.
ExprPtr number(Location loc, int64_t n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); }

}  // namespace

// $MODE name or -name: an option, or a shortcut (which turns its options on; "-" before a shortcut turns
// them off). Returns false when the name is neither.
bool Parser::set_mode(const std::string& name, bool on) {
  if (name == "UNASSIGN.COMMON") return set_mode("UNASSIGNED.COMMON", on);  // the shortcut table's spelling
  for (const Shortcut& s : shortcuts()) {
    if (s.name != name) continue;
    for (std::string_view o : s.options) set_mode(std::string(o), on);
    return true;
  }
  if (std::find(std::begin(kOptions), std::end(kOptions), name) == std::end(kOptions)) return false;
  if (on)
    modes_.insert(name);
  else
    modes_.erase(name);
  // NOCASE.STRINGS as a mode is the $NOCASE.STRINGS directive; like it, it then holds for the whole unit.
  if (name == "NOCASE.STRINGS" && on) nocase_strings_ = true;
  mode_changed();
  return true;
}

// Passes the options that choose opcodes on to the code generator.
void Parser::mode_changed() {
  gen_.set_explicit(modes_.count("EXPLICIT") > 0);
  case_sensitive_ = modes_.count("CASE.SENSITIVE") > 0;
  gen_.compatible_append = modes_.count("COMPATIBLE.APPEND") > 0;
  gen_.pick_substr = modes_.count("PICK.SUBSTR.ASSIGN") ? 2 : modes_.count("PICK.SUBSTR") ? 1 : 0;
}

// A built-in call whose behaviour a $MODE option (or $NOCASE.STRINGS) changes becomes a call of its mode
// variant. The arguments were already checked against the plain built-in.
void Parser::mode_builtin(Expr& call) {
  using stdlib::BuiltinId;
  // The built-ins that a $MODE option simply swaps for its variant, with nothing else to change.
  struct Swap {
    BuiltinId from;
    const char* mode;
    BuiltinId to;
  };
  static const Swap kSwaps[] = {
      {BuiltinId::COUNT, "COUNT.OVERLAP", BuiltinId::COUNT_OVERLAP},
      {BuiltinId::COUNTS, "COUNT.OVERLAP", BuiltinId::COUNTS_OVERLAP},
      {BuiltinId::INDEX, "INDEX.OVERLAP", BuiltinId::INDEX_OVERLAP},
      {BuiltinId::INDEXS, "INDEX.OVERLAP", BuiltinId::INDEXS_OVERLAP},
      {BuiltinId::INSERT, "COMPATIBLE.APPEND", BuiltinId::INSERT_CA},
      {BuiltinId::REPLACE, "COMPATIBLE.APPEND", BuiltinId::REPLACE_CA},
      {BuiltinId::TIME, "TIME.MS", BuiltinId::TIME_MS},
  };
  auto id = static_cast<BuiltinId>(call.builtin);
  auto swap_to = [&](BuiltinId to) { call.builtin = static_cast<int>(to); };
  for (const Swap& sw : kSwaps) {
    if (sw.from == id) {
      if (modes_.count(sw.mode)) swap_to(sw.to);
      return;
    }
  }
  switch (id) {
    case BuiltinId::SYSTEM:
      // SYSTEM(12) is TIME() (SYS$TIME), with milliseconds under TIME.MS when the key is written as 12.
      if (modes_.count("TIME.MS") && call.kids.size() == 1 && call.kids[0]->kind == ExprKind::Number &&
          call.kids[0]->text == "12") {
        call.kids.clear();
        swap_to(BuiltinId::TIME_MS);
      }
      break;
    case BuiltinId::CONVERT:
      // PICK.CONVERT: CONVERT(string, from, to), Pick's order.
      if (modes_.count("PICK.CONVERT") && call.kids.size() == 3)
        std::rotate(call.kids.begin(), call.kids.begin() + 1, call.kids.end());
      if (nocase_strings_) swap_to(BuiltinId::CONVERT_NOCASE);
      break;
    case BuiltinId::CHANGE:
    case BuiltinId::SWAP:
    case BuiltinId::EREPLACE: {
      int flags = (modes_.count("CHANGE.NO.OVERLAP") ? 1 : 0) | (nocase_strings_ ? 2 : 0) |
                  (id == BuiltinId::EREPLACE ? 4 : 0);
      if (flags == 0) break;
      while (call.kids.size() < 4) call.kids.push_back(number(call.loc, 0));
      if (call.kids.size() < 5) call.kids.push_back(number(call.loc, 1));
      call.kids.insert(call.kids.begin(), number(call.loc, flags));
      swap_to(BuiltinId::CHANGE_MODE);
      break;
    }
    case BuiltinId::FIELD:
      if (nocase_strings_) swap_to(BuiltinId::FIELD_NOCASE);
      break;
    case BuiltinId::FIELDSTORE:
      if (nocase_strings_) swap_to(BuiltinId::FIELDSTORE_NOCASE);
      break;
    default:
      break;
  }
}

// A parameter's default value, written `name = literal` in a SUBROUTINE or FUNCTION header: a number
// (with an optional sign), a string, @TRUE or @FALSE. Returns null (after reporting) when it is none.
ExprPtr Parser::parameter_default() {
  Token t = peek();
  bool minus = false;
  if (t.is_op("-") || t.is_op("+")) {
    minus = t.text == "-";
    take();
    t = peek();
    if (t.kind != Tok::Number) {
      error_here("a parameter's default value must be a number, a string, @TRUE or @FALSE");
      return nullptr;
    }
  }
  if (t.kind == Tok::Number || t.kind == Tok::String) {
    take();
    return make_expr(t.kind == Tok::Number ? ExprKind::Number : ExprKind::String, t.loc,
                     minus ? "-" + t.text : t.text);
  }
  if (t.kind == Tok::Ident && (t.text == "@TRUE" || t.text == "@FALSE")) {
    take();
    return number(t.loc, t.text == "@TRUE" ? 1 : 0);
  }
  error_here("a parameter's default value must be a number, a string, @TRUE or @FALSE");
  return nullptr;
}

// At a routine's entry, the parameters that have default values get them: in a VAR.ARGS routine when the
// caller passed too few arguments, and under $MODE DEFAULT.UNASS.ARGS when the argument is unassigned.
// Defaults without either are an error, as in QM.
void Parser::apply_parameter_defaults(const std::vector<std::string>& params, bool var_args, Location loc) {
  if (param_defaults_.empty()) return;
  bool unass = modes_.count("DEFAULT.UNASS.ARGS") > 0;
  if (!var_args && !unass) {
    diags_.error(loc, "parameter default values need VAR.ARGS or $MODE DEFAULT.UNASS.ARGS");
    param_defaults_.clear();
    return;
  }
  const std::string prefix = kByValuePrefix;
  for (auto& [index, value] : param_defaults_) {
    std::string name = params[index];
    if (name.rfind(prefix, 0) == 0) name = name.substr(prefix.size());
    std::vector<size_t> to_apply;
    if (var_args) {
      // Not passed (ARG.COUNT() <= index): apply the default.
      gen_.emit(Op::LOAD, gen_.var_slot(runtime::kArgCountVar));
      gen_.emit(Op::PUSH_INT, static_cast<int32_t>(index));
      gen_.emit(Op::GT);
      to_apply.push_back(gen_.emit_jump(Op::JUMP_FALSE));
    }
    if (unass) {
      auto test = make_expr(ExprKind::Builtin, loc, "UNASSIGNED");
      test->builtin = static_cast<int>(stdlib::BuiltinId::UNASSIGNED);
      test->kids.push_back(make_expr(ExprKind::Var, loc, name));
      gen_.expr(*test);
      to_apply.push_back(gen_.emit_jump(Op::JUMP_TRUE));
    }
    size_t skip = gen_.emit_jump(Op::JUMP);
    for (size_t j : to_apply) gen_.patch(j, gen_.here());
    gen_.expr(*value);
    gen_.emit(Op::STORE, gen_.var_slot(name));
    gen_.patch(skip, gen_.here());
  }
  param_defaults_.clear();
}

// $MODE OPEN.FAIL.ZERO.FVAR: an OPEN, OPENPATH or OPENSEQ that takes ELSE leaves 0 in its file variable
// (QM's default leaves it unassigned).
void Parser::open_fail_zero(stdlib::BuiltinId id, const Expr* target) {
  using stdlib::BuiltinId;
  if (!target || !modes_.count("OPEN.FAIL.ZERO.FVAR")) return;
  if (id != BuiltinId::OPEN_STMT && id != BuiltinId::OPENPATH_STMT && id != BuiltinId::OPENSEQ_STMT) return;
  gen_.emit(Op::PUSH_OUTCOME);
  gen_.emit(Op::PUSH_INT, runtime::Context::kElse);
  gen_.emit(Op::EQ);
  size_t skip = gen_.emit_jump(Op::JUMP_FALSE);
  gen_.emit(Op::PUSH_INT, 0);
  gen_.store_top(*target);
  gen_.patch(skip, gen_.here());
}

// a AND b, a OR b under $MODE PARTIAL.EXPRESSIONS: b is evaluated only when a does not decide the result.
// Written as conditional expressions, each giving 1 or 0 as the operators do.
ExprPtr Parser::partial_logical(const std::string& op, Location loc, ExprPtr a, ExprPtr b) {
  auto choose = [loc](ExprPtr c, ExprPtr yes, ExprPtr no) {
    auto e = make_expr(ExprKind::IfExpr, loc);
    e->kids.push_back(std::move(c));
    e->kids.push_back(std::move(yes));
    e->kids.push_back(std::move(no));
    return e;
  };
  ExprPtr truth_b = choose(std::move(b), number(loc, 1), number(loc, 0));
  if (op == "AND") return choose(std::move(a), std::move(truth_b), number(loc, 0));
  return choose(std::move(a), number(loc, 1), std::move(truth_b));
}

// $MODE CASE.SENSITIVE: a name that is not a keyword keeps the spelling it was written with, so Client and
// CLIENT are two variables (or labels, or functions). Keywords (statements, built-in functions, the words
// the statements use) stay upper-cased, as QM's compiler looks them up in upper case; a keyword the list
// misses still matches in any case where the parser tests for it by word.
void Parser::keep_spelling(Token& t) const {
  if (t.spelled.empty() || t.text[0] == '@' || t.text[0] == '$') return;
  static const std::unordered_set<std::string> kReserved = [] {
    std::unordered_set<std::string> words(kClauseWords.begin(), kClauseWords.end());
    for (const std::string& w : statement_keywords()) words.insert(w);
    for (const std::string& w : builtin_function_names()) words.insert(w);
    return words;
  }();
  if (!kReserved.count(t.text)) t.text = t.spelled;
}

}  // namespace mv::compiler
