// Loop and selection blocks (FOR, LOOP, BEGIN CASE) and the statements with their own small grammars:
// LOCATE, REMOVE, INS/DEL, CONVERT, DIM, EQUATE and $INCLUDE.
#include <fstream>
#include <sstream>

#include "compiler/parser.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

void Parser::for_statement(Location loc) {
  Token var = peek();
  if (var.kind != Tok::Ident) {
    error_here("expected the FOR loop variable");
    return;
  }
  if (var.text == "EACH" && peek(1).kind == Tok::Ident && !peek(1).is_op("=")) {
    take();
    for_each(loc);
    return;
  }
  take();
  // FOR M(i) = ...: a matrix element as the control variable counts in a hidden variable, copied into the
  // element at the top of each pass and back from it at NEXT (so the body may change it), and into it at
  // exit.
  ExprPtr element;
  if (at_op("(") && gen_.is_matrix(var.text)) element = call_or_element(var);
  if (!element) gen_.check_declared(var.text, var.loc);
  int slot = element ? gen_.temp_slot() : gen_.var_slot(var.text);
  expect_op("=", "after the FOR variable");
  ExprPtr start = expression();
  if (at_op(",")) {
    // FOR var = v1, v2, v3...: each listed value in turn.
    for_values(var, element ? std::move(element) : make_expr(ExprKind::Var, var.loc, var.text),
               std::move(start), loc);
    return;
  }
  gen_.expr(*start);
  gen_.emit(Op::STORE, slot);
  expect_word("TO", "in the FOR statement");
  ExprPtr limit = expression();
  int step = gen_.temp_slot();
  const bool has_step = accept_word("STEP");
  if (has_step) gen_.expr(*expression());
  else gen_.emit(Op::PUSH_INT, 1);
  gen_.emit(Op::STORE, step);
  // A constant limit is parked in a hidden variable so that FOR_NEXT always reads its limit from a slot.
  int limit_slot = -1;
  if (limit->kind == ExprKind::Number) {
    limit_slot = gen_.temp_slot();
    gen_.expr(*limit);
    gen_.emit(Op::STORE, limit_slot);
  } else if (limit->kind == ExprKind::Var && !gen_.is_matrix(limit->text)) {
    limit_slot = gen_.var_slot(limit->text);
  }
  gen_.expr(*limit);
  gen_.emit(Op::FOR_CHECK, slot);
  gen_.emit_word(static_cast<uint32_t>(step));
  size_t check_exit = gen_.here();
  gen_.emit_word(0);
  size_t body = gen_.here();
  if (element) {
    gen_.emit(Op::LOAD, slot);
    gen_.store_top(*element);
  }
  loops_.push_back(LoopCtx{{}, {}, 0, true});
  if (at_word("WHILE") || at_word("UNTIL")) {
    bool is_while = take().text == "WHILE";
    loop_condition(is_while);
  }
  statements_until({"NEXT"});
  Location next_loc = peek().loc;
  if (!accept_word("NEXT")) {
    diags_.error(loc, "FOR " + var.text + " has no NEXT");
    loops_.pop_back();
    return;
  }
  if (peek().kind == Tok::Ident && !at_word("ELSE")) {
    Token n = take();
    if (n.text != var.text) diags_.error(n.loc, "NEXT " + n.text + " does not match FOR " + var.text);
    if (element && at_op("(")) call_or_element(n);  // NEXT M(i)
  }
  LoopCtx ctx = std::move(loops_.back());
  loops_.pop_back();
  for (size_t c : ctx.continues) gen_.patch(c, gen_.here());
  if (element) {
    gen_.expr(*element);
    gen_.emit(Op::STORE, slot);
  }
  gen_.mark_line(next_loc);  // errors in the step or limit are reported at the NEXT
  // The limit is evaluated at every NEXT; a plain variable (or parked constant) is read in place.
  if (limit_slot >= 0) {
    // Without STEP the hidden step slot always holds 1, which FOR_NEXT1 takes as given.
    gen_.emit(has_step ? Op::FOR_NEXT : Op::FOR_NEXT1, slot);
    gen_.emit_word(static_cast<uint32_t>(step));
    gen_.emit_word(static_cast<uint32_t>(body));
    gen_.emit_word(static_cast<uint32_t>(limit_slot));
  } else {
    gen_.expr(*limit);
    gen_.emit(Op::FOR_STEP, slot);
    gen_.emit_word(static_cast<uint32_t>(step));
    gen_.emit_word(static_cast<uint32_t>(body));
  }
  if (modes_.count("FOR.STORE.BEFORE.TEST")) {
    // The loop ended at NEXT: the variable holds the value that failed the test, one step past the last.
    gen_.emit(Op::LOAD, slot);
    gen_.emit(Op::LOAD, step);
    gen_.emit(Op::ADD);
    gen_.emit(Op::STORE, slot);
  }
  gen_.patch_word(check_exit, gen_.here());
  if (element) {
    gen_.emit(Op::LOAD, slot);
    gen_.store_top(*element);
  }
  for (size_t e : ctx.exits) gen_.patch(e, gen_.here());
}

void Parser::loop_statement() {
  Location loc = last_.loc;
  loops_.push_back(LoopCtx{{}, {}, gen_.here(), false});
  statements_until({"REPEAT"});
  LoopCtx ctx = std::move(loops_.back());
  loops_.pop_back();
  if (!accept_word("REPEAT")) {
    diags_.error(loc, "LOOP has no REPEAT");
    return;
  }
  gen_.emit(Op::JUMP, static_cast<int32_t>(ctx.top));
  for (size_t e : ctx.exits) gen_.patch(e, gen_.here());
}

void Parser::loop_condition(bool is_while) {
  Location loc = last_.loc;
  if (accept_word("READNEXT")) readnext_condition(loc);
  else if (!statement_condition(modes_.count("CONDITIONAL.STATEMENTS") > 0)) gen_.expr(*expression());
  if (loops_.empty()) {
    diags_.error(loc, std::string(is_while ? "WHILE" : "UNTIL") + " outside a LOOP or FOR");
    accept_word("DO");
    return;
  }
  loops_.back().exits.push_back(gen_.emit_jump(is_while ? Op::JUMP_FALSE : Op::JUMP_TRUE));
  accept_word("DO");
}

void Parser::exit_loop(bool is_continue, Location loc) {
  if (loops_.empty()) {
    diags_.error(loc, std::string(is_continue ? "CONTINUE" : "EXIT") + " outside a LOOP or FOR");
    return;
  }
  leave_try_bodies(loops_.size());
  LoopCtx& ctx = loops_.back();
  if (is_continue && !ctx.is_for) gen_.emit(Op::JUMP, static_cast<int32_t>(ctx.top));
  else if (is_continue) ctx.continues.push_back(gen_.emit_jump(Op::JUMP));
  else ctx.exits.push_back(gen_.emit_jump(Op::JUMP));
}

void Parser::case_statement(Location loc) {
  if (accept_word("TRANSACTION")) return transaction_block(loc);
  if (!expect_word("CASE", "after BEGIN")) return;
  std::vector<size_t> ends;
  statements_until({"CASE", "END"});
  while (accept_word("CASE")) {
    gen_.mark_line(last_.loc);
    // Nothing but the line's end follows a CASE condition, so a name after a value is a format mask, as QM
    // reads it (ScarletDME's QMCLIENT class has "CASE EXPECTED CX.EXECUTING").
    ++ident_masks_;
    ExprPtr condition = expression();
    --ident_masks_;
    gen_.expr(*condition);
    size_t next = gen_.emit_jump(Op::JUMP_FALSE);
    statements_until({"CASE", "END"});
    ends.push_back(gen_.emit_jump(Op::JUMP));
    gen_.patch(next, gen_.here());
  }
  if (!accept_word("END") || !accept_word("CASE")) {
    diags_.error(loc, "BEGIN CASE has no END CASE");
    return;
  }
  for (size_t e : ends) gen_.patch(e, gen_.here());
}

void Parser::locate_statement(Location loc) {
  ExprPtr x, base, order;
  std::vector<ExprPtr> idx;
  ExprPtr setting;
  if (at_op("(")) {
    // Pick form: LOCATE(x, d{, f{, v}}; var{; order})
    take();
    x = expression();
    expect_op(",", "after the value in LOCATE(");
    base = expression();
    std::vector<ExprPtr> pos;
    while (accept_op(",")) pos.push_back(expression());
    if (peek().kind != Tok::Semi) error_here("expected ';' before the position variable in LOCATE(");
    else take();
    setting = lvalue();
    if (peek().kind == Tok::Semi) {
      take();
      order = expression();
    }
    expect_op(")", "to close LOCATE(");
    // No field: search fields; a field: its values; field and value: its subvalues.
    while (pos.size() < 2) pos.push_back(nullptr);
    bool has_field = pos[0] != nullptr, has_value = pos[1] != nullptr;
    idx.push_back(has_field ? std::move(pos[0]) : make_expr(ExprKind::Number, loc, "1"));
    idx.push_back(has_field ? (has_value ? std::move(pos[1]) : make_expr(ExprKind::Number, loc, "1")) : nullptr);
    idx.push_back(has_value ? make_expr(ExprKind::Number, loc, "1") : nullptr);
  } else {
    x = expression();
    expect_word("IN", "in LOCATE");
    Token name = peek();
    if (name.kind != Tok::Ident) {
      error_here("expected the dynamic array to search");
      return;
    }
    base = primary();
    if (accept_op("<")) {
      if (!field_indices(idx)) error_here("expected '>' after the LOCATE field reference");
      // $MODE UV.LOCATE: IN d<f> searches the values of field f, IN d<f,v> the subvalues of value v.
      if (modes_.count("UV.LOCATE") && idx.size() < 3) idx.push_back(make_expr(ExprKind::Number, loc, "1"));
    } else {
      idx.push_back(make_expr(ExprKind::Number, loc, "1"));
    }
    for (int k = 0; k < 2; ++k) {
      if (accept_word("BY")) order = concat();
      else if (accept_word("SETTING")) setting = lvalue();
    }
    if (!setting) {
      error_here("expected SETTING in LOCATE");
      return;
    }
  }
  if (nocase_strings_) {
    x = nocase_text(std::move(x));
    base = nocase_text(std::move(base));
  }
  gen_.expr(*x);
  gen_.expr(*base);
  for (size_t i = 0; i < 3; ++i) {
    if (i < idx.size() && idx[i]) gen_.expr(*idx[i]);
    else gen_.emit(Op::PUSH_INT, 0);
  }
  if (order) gen_.expr(*order);
  else gen_.emit(Op::PUSH_EMPTY);
  // $MODE STRING.LOCATE: the statement's AR and DR orders compare strings (QM's LOCATES opcode).
  gen_.emit(Op::LOCATE, modes_.count("STRING.LOCATE") ? 1 : 0);
  gen_.store_top(*setting);
  then_else("after LOCATE");
}

void Parser::remove_statement() {
  ExprPtr target = lvalue();
  expect_word("FROM", "in REMOVE");
  Token src = peek();
  if (src.kind != Tok::Ident) {
    error_here("expected the variable to REMOVE from");
    return;
  }
  take();
  expect_word("SETTING", "in REMOVE");
  ExprPtr code = lvalue();
  gen_.emit(Op::REMOVE_VAR, gen_.var_slot(src.text));
  gen_.store_top(*code);
  gen_.store_top(*target);
}

void Parser::ins_del_statement(bool insert) {
  ExprPtr value;
  if (!insert && element_delete()) return;
  if (insert) {
    value = expression();
    if (accept_word("AS")) {  // INS v AS c{path}: a data collection element
      ExprPtr target = peek().kind == Tok::Ident ? lvalue() : nullptr;
      if (!target || !is_element_ref(*target)) return error_here("INS ... AS needs an element reference c{path}");
      return element_store(stdlib::BuiltinId::ELEMENT_INS, std::move(target), std::move(value));
    }
    expect_word("BEFORE", "in INS");
  }
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected a variable");
    return;
  }
  take();
  std::vector<ExprPtr> idx;
  if (!expect_op("<", "after the variable") || !field_indices(idx)) {
    if (diags_.error_count() == 0) error_here("expected '>'");
    return;
  }
  for (size_t i = 0; i < 3; ++i) {
    if (i < idx.size()) gen_.expr(*idx[i]);
    else gen_.emit(Op::PUSH_INT, 0);
  }
  if (insert) gen_.expr(*value);
  Op ins = gen_.compatible_append ? Op::INSERT_VAR_CA : Op::INSERT_VAR;
  gen_.emit(insert ? ins : Op::DELETE_VAR, gen_.var_slot(name.text));
}

void Parser::convert_statement() {
  // CONVERT from TO to IN var is var = CONVERT(from, to, var).
  auto call = make_expr(ExprKind::Builtin, last_.loc, "CONVERT");
  call->builtin = static_cast<int>(stdlib::BuiltinId::CONVERT);
  call->kids.push_back(expression());
  expect_word("TO", "in CONVERT");
  call->kids.push_back(expression());
  expect_word("IN", "in CONVERT");
  Token name = peek();
  if (name.kind != Tok::Ident) {
    error_here("expected a variable after IN");
    return;
  }
  ExprPtr target = lvalue();
  call->kids.push_back(target->clone());
  if (nocase_strings_) call->builtin = static_cast<int>(stdlib::BuiltinId::CONVERT_NOCASE);
  gen_.assign(*target, *call, name.loc);
}

void Parser::dim_statement() {
  do {
    Token name = peek();
    if (name.kind != Tok::Ident) {
      error_here("expected a matrix name");
      return;
    }
    take();
    if (!peek().is_op("(")) {
      // DIM X: declares a scalar variable, as $MODE EXPLICIT asks.
      gen_.declare_variable(name.text);
      continue;
    }
    gen_.declare_matrix(name.text);
    if (!expect_op("(", "after the matrix name")) return;
    gen_.expr(*expression());
    if (accept_op(",")) gen_.expr(*expression());
    else gen_.emit(Op::PUSH_INT, 0);
    expect_op(")", "to close the dimensions");
    gen_.emit(Op::DIM, gen_.var_slot(name.text));
    if (modes_.count("PICK.MATRIX")) gen_.emit(Op::MAT_PICK, gen_.var_slot(name.text));
  } while (accept_op(","));
}

void Parser::equate_statement() {
  do {
    Token name = peek();
    if (name.kind != Tok::Ident) {
      error_here("expected a name to EQUATE");
      return;
    }
    take();
    if (!accept_word("TO") && !accept_word("LITERALLY") && !accept_word("LIT")) {
      error_here("expected TO in EQUATE");
      return;
    }
    equates_[name.text] = expression();
    if (!accept_op(",")) break;
    skip_line_continuation();  // EQU A TO 1, <newline> B TO 2
  } while (true);
}

void Parser::include_directive(Location loc) {
  // The record name is taken from the raw source so that its case is kept.
  std::string rest;
  if (!buf_.empty()) {
    const Token& first = buf_.front();
    std::string text = diags_.sources[first.loc.file]->line_text(first.loc.line);
    bool whole_line =
        first.kind != Tok::Newline && first.kind != Tok::End && first.loc.col - 1 <= text.size();
    if (whole_line) rest = text.substr(first.loc.col - 1);
    // The line's text from the first buffered token is the whole name (BP/REC-H), so the lexer's copy of
    // its rest must be dropped, not appended a second time.
    bool lexer_on_line = true;
    for (const Token& t : buf_) lexer_on_line = lexer_on_line && t.kind != Tok::Newline && t.kind != Tok::End;
    buf_.clear();
    if (whole_line && lexer_on_line) lexers_.back()->skip_rest_of_line();
  }
  rest += lexers_.back()->rest_of_line();
  std::istringstream words(rest);
  std::string a, b;
  words >> a >> b;
  if (!b.empty() && (b[0] == ';' || b[0] == '*')) b.clear();
  std::string file = b.empty() ? "" : a;
  std::string record = b.empty() ? a : b;
  if (record.empty()) {
    diags_.error(loc, "$INCLUDE needs a record name");
    return;
  }
  if (include_depth_ >= 16) {
    diags_.error(loc, "$INCLUDE nested too deeply (is a record including itself?)");
    return;
  }
  std::string path = resolver_ ? resolver_(file, record, diags_.sources[loc.file]->path) : "";
  std::ifstream in(path, std::ios::binary);
  if (path.empty() || !in) {
    diags_.error(loc, "cannot find the $INCLUDE record " + (file.empty() ? "" : file + " ") + record);
    return;
  }
  std::stringstream text;
  text << in.rdbuf();
  uint16_t id = diags_.add_source(path, text.str());
  diags_.sources[id]->included = true;
  diags_.sources[id]->included_at = loc;
  lexers_.push_back(std::make_unique<Lexer>(diags_.sources[id]->text, id, diags_));
  ++include_depth_;
}

}  // namespace mv::compiler
