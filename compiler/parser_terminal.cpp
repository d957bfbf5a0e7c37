// Keyboard, terminal and screen statements bound in statements.def: IN, ECHO, BREAK, TTYSET,
// RESTORE.SCREEN, PRINTERR/INPUTERR, CLEARINPUT/INPUTCLEAR, KEYEDIT/KEYEXIT/KEYTRAP, INPUTFIELD and INPUT @.
// Each compiles to a call of a "~NAME" built-in (stdlib/terminal/keyboard.cpp, screen.cpp, inputfield.cpp);
// IN and INPUTFIELD store the value read and may have THEN/ELSE clauses.
#include "compiler/parser.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

ExprPtr number(Location loc, int64_t n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); }

// INPUTFIELD's mode keywords and the flag each sets (stdlib/terminal/inputfield.cpp reads them).
struct FieldMode {
  const char* word;
  int64_t flag;
};
constexpr FieldMode kFieldModes[] = {{"APPEND", 1 << 8},  {"EDIT", 2 << 8},     {"HIDDEN", 4 << 8},
                                     {"NO.ECHO", 8 << 8}, {"OVERLAY", 16 << 8}, {"PANNING", 32 << 8},
                                     {"UPCASE", 64 << 8}, {"NO.ENCODING", 0}};
constexpr int64_t kShowCurrent = 1;
constexpr int64_t kSameLine = 2;    // INPUT @ ... : (no newline after the input on a pipe)
constexpr int64_t kNoEchoData = 4;  // INPUT @ under $MODE NO.ECHO.DATA
constexpr int64_t kTimeoutMode = 128 << 8;

}  // namespace

// Calls a statement built-in for its effect.
static void call_for_effect(CodeGen& gen, BuiltinId id, Location loc, std::vector<ExprPtr> args) {
  auto call = make_expr(ExprKind::Builtin, loc, stdlib::builtin_info(id).name);
  call->builtin = static_cast<int>(id);
  for (ExprPtr& a : args) call->kids.push_back(std::move(a));
  gen.expr(*call);
  gen.emit(Op::POP);
}

// IN var {FOR tenths} {THEN/ELSE}: var gets the code of one keystroke (0 when none came in time).
void Parser::in_statement(const Token& kw) {
  ExprPtr target = lvalue();
  std::vector<ExprPtr> args;
  bool has_for = accept_word("FOR");
  args.push_back(has_for ? expression() : number(kw.loc, 0));
  args.push_back(number(kw.loc, has_for ? 1 : 0));
  clause_statement(BuiltinId::IN_STMT, kw.loc, std::move(args), target.get(), false);
}

// ECHO ON | OFF | expr.
void Parser::echo_statement(const Token& kw) {
  ExprPtr v;
  if (accept_word("ON"))
    v = number(kw.loc, 1);
  else if (accept_word("OFF"))
    v = number(kw.loc, 0);
  else
    v = expression();
  builtin_statement(BuiltinId::ECHO_STMT, kw.loc, std::move(v));
}

// BREAK {KEY} ON | OFF | CLEAR | RESET | expr.
void Parser::break_statement(const Token& kw) {
  accept_word("KEY");
  std::vector<ExprPtr> args;
  int64_t action = 2;
  if (accept_word("ON"))
    action = 1;
  else if (accept_word("OFF"))
    action = 0;
  else if (accept_word("CLEAR"))
    action = -1;
  else if (accept_word("RESET"))
    action = -2;
  if (action == 2 && at_statement_end()) {
    error_here("expected ON, OFF, CLEAR, RESET or an expression after BREAK");
    return;
  }
  args.push_back(number(kw.loc, action));
  args.push_back(action == 2 ? expression() : number(kw.loc, 0));
  call_for_effect(gen_, BuiltinId::BREAK_STMT, kw.loc, std::move(args));
}

// TTYSET modes.
void Parser::ttyset_statement(const Token& kw) {
  builtin_statement(BuiltinId::TTYSET_STMT, kw.loc, expression());
}

// RESTORE.SCREEN image {, restore.state}.
void Parser::restore_screen_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(accept_op(",") ? expression() : number(kw.loc, 0));
  call_for_effect(gen_, BuiltinId::RESTORE_SCREEN_STMT, kw.loc, std::move(args));
}

// PRINTERR msg and INPUTERR msg; without a message they clear the error line.
void Parser::printerr_statement(const Token& kw) {
  ExprPtr msg = at_statement_end() ? make_expr(ExprKind::String, kw.loc, "") : expression();
  builtin_statement(BuiltinId::PRINTERR_STMT, kw.loc, std::move(msg));
}

// CLEARINPUT and INPUTCLEAR.
void Parser::clearinput_statement(const Token& kw) {
  call_for_effect(gen_, BuiltinId::CLEARINPUT_STMT, kw.loc, {});
}

// KEYEDIT (action, key) {, (action, key)...}, and KEYEXIT and KEYTRAP alike: one call for each pair.
void Parser::key_binding_statement(const Token& kw) {
  int64_t kind = kw.text == "KEYEDIT" ? 0 : kw.text == "KEYEXIT" ? 1 : 2;
  do {
    if (!expect_op("(", "before the action and key")) return;
    std::vector<ExprPtr> args;
    args.push_back(number(kw.loc, kind));
    args.push_back(expression());
    if (!expect_op(",", "between the action and the key")) return;
    args.push_back(expression());
    if (!expect_op(")", "after the key")) return;
    call_for_effect(gen_, BuiltinId::KEYEDIT_STMT, kw.loc, std::move(args));
  } while (accept_op(","));
}

// INPUTFIELD @(x, y) {,} {:} var, length {, fill} {_} {:} {format} {modes} {THEN/ELSE}. The length and
// fill are single operands (QM asks for brackets round an expression there), so a format may follow.
void Parser::inputfield_statement(const Token& kw) {
  if (!at_word("@") || !peek(1).is_op("(")) {
    error_here("expected @(x, y) after INPUTFIELD");
    return;
  }
  field_input(kw.loc, false);
}

// INPUT @(x, y) {,} {:} var {, length {, fill}} {_} {:} {format} {modes} {THEN/ELSE}: INPUTFIELD's field
// editor on a terminal; otherwise the cursor is placed and a line read as INPUT reads it
// (stdlib/terminal/inputfield.cpp, fn_input_at).
void Parser::input_at_statement(Location loc) { field_input(loc, true); }

// The shared syntax of INPUTFIELD and INPUT @, the parser at the '@'. INPUT @'s length is optional.
void Parser::field_input(Location loc, bool input_at) {
  std::vector<ExprPtr> args;
  take();
  take();
  args.push_back(expression());
  if (!expect_op(",", "between the column and the line")) return;
  args.push_back(expression());
  if (!expect_op(")", "after the line")) return;
  accept_op(",");
  int64_t flags = accept_op(":") ? kShowCurrent : 0;
  ExprPtr target = lvalue();
  if (!target) return;
  // The variable's old value, read even when it is unassigned (a KEYTRAP key gives it back).
  ExprPtr old = target->clone();
  if (old->kind == ExprKind::Var) old->kind = ExprKind::MatRef;
  args.push_back(std::move(old));
  bool has_length = !input_at || at_op(",");
  if (has_length && !expect_op(",", "before the field length")) return;
  args.push_back(has_length ? unary() : number(loc, 0));
  args.push_back(has_length && accept_op(",") ? unary() : make_expr(ExprKind::String, loc, ""));
  accept_word("_");
  if (accept_op(":")) flags |= input_at ? kSameLine : 0;
  auto is_mode = [this] {
    if (at_word("TIMEOUT") || at_word("FOR") || at_word("WAITING") || at_word("THEN") || at_word("ELSE"))
      return true;
    for (const FieldMode& m : kFieldModes)
      if (at_word(m.word)) return true;
    return false;
  };
  args.push_back(at_statement_end() || is_mode() ? make_expr(ExprKind::String, loc, "") : expression());
  ExprPtr timeout = number(loc, 0);
  for (bool more = true; more;) {
    more = false;
    for (const FieldMode& m : kFieldModes) {
      if (accept_word(m.word)) flags |= m.flag, more = true;
    }
    if (accept_word("TIMEOUT") || (input_at && (accept_word("FOR") || accept_word("WAITING"))))
      flags |= kTimeoutMode, timeout = unary(), more = true;
  }
  if (input_at && modes_.count("NO.ECHO.DATA")) flags |= kNoEchoData;
  args.push_back(number(loc, flags));
  args.push_back(std::move(timeout));
  clause_statement(input_at ? BuiltinId::INPUT_AT_STMT : BuiltinId::INPUTFIELD_STMT, loc, std::move(args),
                   target.get(), false);
}

}  // namespace mv::compiler
