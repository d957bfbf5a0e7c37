// Statement parsing and compilation: blocks, IF/THEN/ELSE in all its QM forms, FOR, LOOP, CASE,
// GOSUB/GOTO/ON, LOCATE, REMOVE, INS/DEL, PRINT, EQUATE, DIM and $INCLUDE.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "compiler/compile.hpp"
#include "compiler/parser.hpp"
#include "compiler/suggest.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

void Parser::parse_program(uint16_t file) {
  lexers_.push_back(std::make_unique<Lexer>(diags_.sources[file]->text, file, diags_));
  line_start_ = true;
  statements_until({});
  while (peek().kind != Tok::End) {
    // A stray block ender at the top level (an END ELSE without its IF, a NEXT without FOR).
    error_here("unexpected '" + peek().text + "' outside any block");
    skip_to_line_end();
    statements_until({});
  }
  end_of_unit();
  gen_.finish();
  lexers_.clear();
  buf_.clear();
}

bool Parser::statement_start_comment() {
  const Token& t = peek();
  bool comment = (t.kind == Tok::Op && (t.text[0] == '*' || t.text == "!")) ||
                 ((t.is_word("REM") || t.is_word("REMARK")) && !peek(1).is_op("=") && !peek(1).is_op("("));
  if (!comment) return false;
  // The rest of the line is not tokenised: comments may hold unbalanced quotes.
  // REM and REMARK looked one token ahead (REM = 1 is an assignment); that token is the comment's first word.
  if (buf_.size() == 1 || (buf_.size() == 2 && t.kind == Tok::Ident && buf_[1].kind != Tok::Newline &&
                           buf_[1].kind != Tok::End)) {
    buf_.clear();
    lexers_.back()->skip_rest_of_line();
  } else {
    skip_to_line_end();
  }
  return true;
}

bool Parser::line_label() {
  if (!line_start_) return false;
  const Token& t = peek();
  if (t.kind == Tok::Number) {
    Token label = take();
    gen_.mark_line(label.loc);
    gen_.define_label(label.text, label.loc);
    accept_op(":");
    return true;
  }
  if (t.kind == Tok::Ident && t.text[0] != '@' && peek(1).is_op(":")) {
    Token label = take();
    take();
    gen_.mark_line(label.loc);
    gen_.define_label(label.text, label.loc);
    return true;
  }
  return false;
}

// Parses statements until one of `enders` starts a statement (left unconsumed) or the input ends.
void Parser::statements_until(std::initializer_list<std::string_view> enders) {
  for (;;) {
    while (peek().kind == Tok::Newline || peek().kind == Tok::Semi) take();
    if (peek().kind == Tok::End && enders.size() > 0) diags_.incomplete = true;
    if (peek().kind == Tok::End || diags_.too_many()) return;
    if (line_label()) continue;
    if (statement_start_comment()) continue;
    const Token& t = peek();
    if (t.kind == Tok::Ident) {
      for (std::string_view e : enders) {
        if (t.text == e) return;
      }
    }
    statement();
  }
}

// An inline THEN clause ends at ELSE; the ON ERROR and LOCKED clauses of file statements also end at the
// clause keywords that may follow them.
static bool ends_clause(const Token& t, bool stop_at_else) {
  return stop_at_else && (t.is_word("ELSE") || t.is_word("THEN") || t.is_word("LOCKED"));
}

// The keywords Parser::file_statement compiles (statement_keywords() lists them too).
const std::vector<std::string>& file_keywords() {
  static const std::vector<std::string> kWords = {
      "OPEN",        "OPENPATH", "OPENSEQ",  "CLOSE",     "CLOSESEQ",  "WEOFSEQ",   "READ",
      "READU",       "READL",    "READV",    "READVU",    "READVL",    "WRITE",     "WRITEU",
      "WRITEV",      "WRITEVU",  "DELETE",   "RELEASE",   "SELECT",    "SSELECT",   "READNEXT",
      "CLEARSELECT", "READSEQ",  "WRITESEQ", "WRITESEQF", "DELETESEQ", "OSREAD",    "OSWRITE",
      "OSDELETE",    "MATREAD",  "MATREADU", "MATREADL",  "MATWRITE",  "MATWRITEU", "READLIST",
      "FORMLIST",    "LOCK",     "UNLOCK",   "READBLK",   "WRITEBLK",  "SEEK"};
  return kWords;
}

static bool is_file_keyword(const std::string& w) {
  const std::vector<std::string>& words = file_keywords();
  return std::find(words.begin(), words.end(), w) != words.end();
}

void Parser::inline_statements(bool stop_at_else) {
  for (;;) {
    if (statement_start_comment()) return;
    const Token& t = peek();
    if (t.kind == Tok::Newline || t.kind == Tok::End || ends_clause(t, stop_at_else)) return;
    statement();
    if (peek().kind == Tok::Semi) {
      take();
      continue;
    }
    return;
  }
}

// The keyword at a location, for messages about the block it opened (THEN, ELSE, ON ERROR, LOCKED).
std::string Parser::last_keyword_text(Location loc) const {
  std::string line = diags_.sources[loc.file]->line_text(loc.line);
  size_t start = loc.col > 0 ? loc.col - 1 : 0, end = start;
  while (end < line.size() && is_name_char(line[end])) ++end;
  std::string word = line.substr(start, end - start);
  for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return word.empty() ? "THEN/ELSE" : word;
}

// A THEN or ELSE clause: a block to END when the line ends after the keyword, else statements on the line.
void Parser::clause(bool stop_at_else) {
  bool block = peek().kind == Tok::Newline || peek().kind == Tok::End;
  if (!block && peek().kind == Tok::Semi) {
    take();
    block = true;
  }
  if (!block && statement_start_comment()) block = true;
  if (block) {
    Location opened = last_.loc;
    ++block_depth_;
    statements_until({"END"});
    --block_depth_;
    if (!accept_word("END")) diags_.error(opened, "this " + last_keyword_text(opened) + " block has no END");
    return;
  }
  inline_statements(stop_at_else);
}

// Compiles THEN/ELSE clauses around a truth value already on the stack; true when there was an ELSE.
bool Parser::then_else(const char* after) {
  if (peek().kind == Tok::Newline && (peek(1).is_word("THEN") || peek(1).is_word("ELSE"))) take();
  if (accept_word("THEN")) {
    size_t to_else = gen_.emit_jump(Op::JUMP_FALSE);
    clause(true);
    if (peek().kind == Tok::Newline && peek(1).is_word("ELSE")) take();
    if (accept_word("ELSE")) {
      size_t to_end = gen_.emit_jump(Op::JUMP);
      gen_.patch(to_else, gen_.here());
      clause(false);
      gen_.patch(to_end, gen_.here());
      return true;
    }
    gen_.patch(to_else, gen_.here());
    return false;
  }
  if (accept_word("ELSE")) {
    size_t to_end = gen_.emit_jump(Op::JUMP_TRUE);
    clause(false);
    gen_.patch(to_end, gen_.here());
    return true;
  }
  error_here(std::string("expected THEN or ELSE ") + after);
  gen_.emit(Op::POP);
  return false;
}

void Parser::statement() {
  Token t = peek();
  if (nesting_ >= kMaxNesting) {
    error_here("blocks nested too deeply");
    skip_to_line_end();
    return;
  }
  ++nesting_;
  statement_body(t);
  --nesting_;
}

void Parser::statement_body(Token t) {
  gen_.mark_line(t.loc);
  size_t errors_before = diags_.error_count();
  if (t.kind == Tok::Op && t.text == "#" && peek(1).kind == Tok::Ident) {
    take();  // '#INCLUDE' is '$INCLUDE', '#IFDEF' is '$IFDEF', and so on
    if (peek().text == "INCLUDE" || peek().text == "INSERT") {
      include_directive(take().loc);
      return;
    }
    buf_.front().text = "$" + buf_.front().text;
    t = peek();
  }
  if (t.kind != Tok::Ident) {
    error_here("expected a statement");
    skip_to_line_end();
    return;
  }
  if (at_object_arrow(1)) {
    object_statement();  // obj->method(args), obj->property = value
    return;
  }
  const Token& n1 = peek(1);
  bool assign_next = n1.is_op("=") || n1.is_op("+=") || n1.is_op("-=") || n1.is_op("*=") || n1.is_op("/=") ||
                     n1.is_op(":=") || n1.is_op("<") || n1.is_op("[") || (n1.is_op("(") && t.text != "IF") ||
                     n1.is_op("{");
  const std::string& w = t.text;
  bool keyword = true;
  // No statement starts with '=' after its keyword, so `PROMPT = "?"` or `DISPLAY = X` assigns a variable.
  bool assigns =
      n1.is_op("=") || n1.is_op("+=") || n1.is_op("-=") || n1.is_op("*=") || n1.is_op("/=") || n1.is_op(":=");
  if (assigns && w != "IF" && w != "CASE" && w != "FOR") keyword = false;
  if (assign_next && w != "PRINT" && w != "CRT" && w != "DISPLAY" && w != "LOCATE" && w != "STOP" && w != "ABORT" &&
      w != "CASE" && w != "PRECISION" && w != "ON" && w != "WHILE" && w != "UNTIL" && w != "RETURN" &&
      w != "CLOSE.SOCKET" && w != "NAP" && w != "SLEEP" && (w != "DATA" || n1.is_op("=")) && w != "PROMPT" &&
      w != "HUSH" && w != "CHAIN") {
    keyword = false;
  }
  if (table_statement(w, n1, t)) {
    // Compiled by its statements.def row.
  } else if (!keyword) {
    assignment();
  } else if (w == "PRINT" || w == "CRT" || w == "DISPLAY") {
    take();
    print_statement(w == "PRINT");
  } else if (w == "IF") {
    take();
    if_statement(t.loc);
  } else if (w == "FOR") {
    take();
    for_statement(t.loc);
  } else if (w == "LOOP") {
    take();
    loop_statement();
  } else if (w == "BEGIN") {
    take();
    case_statement(t.loc);
  } else if (w == "WHILE" || w == "UNTIL") {
    take();
    loop_condition(w == "WHILE");
    return;  // DO may be followed by a statement on the same line
  } else if (w == "EXIT" || w == "CONTINUE") {
    take();
    exit_loop(w == "CONTINUE", t.loc);
  } else if (w == "GOSUB") {
    take();
    gosub_statement();
  } else if (w == "SUBROUTINE" || w == "FUNCTION") {
    take();
    unit_header(w == "FUNCTION");
  } else if (w == "CALL") {
    take();
    call_statement();
  } else if (w == "DEFFUN") {
    take();
    deffun_statement();
  } else if (w == "COMMON" || w == "COM") {
    take();
    common_statement();
  } else if (w == "LOCAL") {
    take();
    local_routine(t.loc);
  } else if (w == "PRIVATE") {
    take();
    private_statement();
  } else if (w == "MAT") {
    take();
    mat_statement();
  } else if (w == "MATPARSE") {
    take();
    matparse_statement();
  } else if (w == "MATBUILD") {
    take();
    matbuild_statement();
  } else if (w == "GOTO" || w == "GO") {
    take();
    if (w == "GO") accept_word("TO");
    goto_statement(Op::JUMP);
  } else if (w == "RETURN") {
    take();
    return_statement();
  } else if (w == "ON") {
    take();
    on_statement();
  } else if (w == "STOP" || w == "ABORT") {
    take();
    // $MODE PICK.ERRMSG: STOP and ABORT take their message from the ERRMSG file, as STOPE and ABORTE do.
    if (modes_.count("PICK.ERRMSG")) stop_variant_statement(t);
    else stop_statement(w == "STOP" ? Op::STOP : Op::ABORT);
  } else if (w == "END") {
    take();
    // END at the top level ends the program; inside blocks it is consumed by the block's owner.
    gen_.emit(Op::HALT);
  } else if (w == "CLOSE.SOCKET" || w == "NAP" || w == "SLEEP" || w == "RQM") {
    // Statements that are a built-in call whose result is discarded.
    take();
    stdlib::BuiltinId id = w == "CLOSE.SOCKET" ? stdlib::BuiltinId::CLOSE_SOCKET
                           : w == "NAP"        ? stdlib::BuiltinId::NAP_STMT
                                               : stdlib::BuiltinId::SLEEP_STMT;
    auto call = make_expr(ExprKind::Builtin, t.loc, w);
    call->builtin = static_cast<int>(id);
    if (w == "CLOSE.SOCKET" && peek().kind == Tok::Ident) {
      // CLOSE.SOCKET x runs as x = CLOSE.SOCKET(x), so the variable drops its reference (spec 5.6).
      ExprPtr target = lvalue();
      call->kids.push_back(target->clone());
      gen_.assign(*target, *call, t.loc);
      return;
    }
    if (w == "RQM" || ((w == "SLEEP") && at_statement_end())) call->kids.push_back(make_expr(ExprKind::Number, t.loc, "1"));
    else call->kids.push_back(expression());
    gen_.expr(*call);
    gen_.emit(Op::POP);
  } else if (w == "DATA") {
    take();
    do {
      builtin_statement(stdlib::BuiltinId::DATA_STMT, t.loc, expression());
    } while (accept_op(","));
  } else if (w == "PROMPT") {
    take();
    builtin_statement(stdlib::BuiltinId::PROMPT_STMT, t.loc, expression());
  } else if (w == "INPUT") {
    take();
    input_statement(t.loc);
  } else if (w == "EXECUTE" || w == "PERFORM") {
    take();
    execute_statement(t.loc);
  } else if (is_file_keyword(w)) {
    take();
    file_statement(w, t.loc);
  } else if (w == "HUSH") {
    take();
    ExprPtr v;
    if (accept_word("ON")) v = make_expr(ExprKind::Number, t.loc, "1");
    else if (accept_word("OFF")) v = make_expr(ExprKind::Number, t.loc, "0");
    else v = expression();
    builtin_statement(stdlib::BuiltinId::HUSH_STMT, t.loc, std::move(v));
  } else if (w == "PRINTER") {
    take();
    printer_statement(t.loc);
  } else if (w == "HEADING" || w == "FOOTING" || w == "PAGE") {
    take();
    report_statement(w, t.loc);
  } else if (w == "CHAIN") {
    // CHAIN runs a command in place of this program: the program ends when the command does.
    take();
    auto call = make_expr(ExprKind::Builtin, t.loc, "EXECUTE");
    call->builtin = static_cast<int>(stdlib::BuiltinId::EXECUTE_STMT);
    call->kids.push_back(expression());
    call->kids.push_back(make_expr(ExprKind::Number, t.loc, "0"));
    gen_.expr(*call);
    gen_.emit(Op::POP);
    gen_.emit(Op::PUSH_EMPTY);
    gen_.emit(Op::STOP);
  } else if (w == "ENTER") {
    // In QM, ENTER is a synonym for CALL (Pick's never-returning ENTER needs $MODE PICK.ENTER).
    take();
    call_statement();
    if (modes_.count("PICK.ENTER")) {
      gen_.emit(Op::PUSH_EMPTY);
      gen_.emit(Op::STOP);
    }
  } else if (w == "NULL") {
    take();
  } else if (w == "EQU" || w == "EQUATE") {
    take();
    equate_statement();
  } else if (w == "PRECISION") {
    take();
    gen_.expr(*expression());
    gen_.emit(Op::PRECISION);
  } else if (w == "CONVERT") {
    take();
    convert_statement();
  } else if (w == "LOCATE") {
    take();
    locate_statement(t.loc);
  } else if (w == "REMOVE") {
    take();
    remove_statement();
  } else if (w == "INS" || w == "DEL") {
    take();
    ins_del_statement(w == "INS");
  } else if (w == "DIM" || w == "DIMENSION" || w == "REDIM") {
    take();
    dim_statement();
  } else if (w == "$INCLUDE" || w == "$INSERT" || w == "INCLUDE") {
    take();
    include_directive(t.loc);
    return;  // the next token already comes from the included record
  } else if (w == "PROGRAM" || w == "$NOCASE.STRINGS" || w == "$MODE" || w == "$CATALOG" ||
             w == "$CATALOGUE") {
    take();
    skip_to_line_end();
  } else if (w == "CASE" || w == "NEXT" || w == "REPEAT" || w == "ELSE" || w == "THEN") {
    take();
    diags_.error(t.loc, w + " without a matching " +
                            (w == "CASE" ? "BEGIN CASE" : w == "NEXT" ? "FOR" : w == "REPEAT" ? "LOOP" : "IF"));
    skip_to_line_end();
    return;
  } else {
    take();
    diags_.error(t.loc, "'" + w + "' is not a statement mvbasic knows (assignments need '=')" +
                            did_you_mean(w, statement_keywords()));
    skip_to_line_end();
    return;
  }
  if (diags_.error_count() > errors_before) {
    skip_to_line_end();
    return;
  }
  const Token& e = peek();
  if (e.kind != Tok::Newline && e.kind != Tok::Semi && e.kind != Tok::End && !e.is_word("ELSE") &&
      !e.is_word("END") && !e.is_word("THEN") && !e.is_word("REPEAT") && !e.is_word("NEXT") &&
      !e.is_word("WHILE") && !e.is_word("UNTIL")) {
    error_here("expected the end of the statement");
    skip_to_line_end();
  }
}

ExprPtr Parser::lvalue() {
  Token name = take();
  ExprPtr target;
  auto eq = equates_.find(name.text);
  if (eq != equates_.end()) {
    target = eq->second->clone();  // EQU X TO M(2): X = ... assigns M(2)
    ExprKind k = target->kind;
    if (k != ExprKind::Var && k != ExprKind::Apply && k != ExprKind::Extract && k != ExprKind::Substr &&
        k != ExprKind::SysVar) {
      diags_.error(name.loc, "'" + name.text + "' is an EQUATE name for a value, and cannot be assigned");
      target = make_expr(ExprKind::Var, name.loc, name.text);  // one error is enough
    }
  } else if (name.text.size() > 1 && name.text[0] == '@')
    target = at_variable_target(name);
  else if (at_op("(") && pick_files_.count(name.text))
    target = pick_file_field(name);
  else if (at_op("(")) target = call_or_element(name);
  else target = make_expr(ExprKind::Var, name.loc, name.text);
  if (target->kind == ExprKind::Builtin) diags_.error(name.loc, name.text + " is a built-in function, not a variable");
  for (;;) {
    if (at_op("<")) {
      Location loc = take().loc;
      std::vector<ExprPtr> idx;
      if (!field_indices(idx)) error_here("expected '>' to close the field reference");
      auto e = make_expr(ExprKind::Extract, loc);
      e->kids.push_back(std::move(target));
      for (auto& i : idx) e->kids.push_back(std::move(i));
      target = std::move(e);
    } else if (at_op("[")) {
      Location loc = take().loc;
      auto e = make_expr(ExprKind::Substr, loc);
      e->kids.push_back(std::move(target));
      e->kids.push_back(expression());
      if (accept_op(",")) e->kids.push_back(expression());
      expect_op("]", "to close the substring");
      target = std::move(e);
    } else if (at_op("{")) {
      target = element_ref(std::move(target));
    } else {
      return target;
    }
  }
}

void Parser::assignment() {
  Location loc = peek().loc;
  ExprPtr target = lvalue();
  Token op = peek();
  static const std::pair<const char*, const char*> kCompound[] = {
      {"+=", "+"}, {"-=", "-"}, {"*=", "*"}, {"/=", "/"}, {":=", ":"}};
  // On the right of an assignment nothing but the statement's end may follow the value, so a name after it
  // is a format mask held in a variable (X = Y MASK), as in QM.
  if (op.is_op("=")) {
    take();
    ++ident_masks_;
    ExprPtr rhs = expression();
    --ident_masks_;
    if (is_element_ref(*target)) return element_store(stdlib::BuiltinId::ELEMENT_SET, std::move(target), std::move(rhs));
    gen_.assign(*target, *rhs, loc);
    return;
  }
  for (const auto& [tok, bin] : kCompound) {
    if (op.is_op(tok)) {
      take();
      ++ident_masks_;
      ExprPtr rhs = expression();
      --ident_masks_;
      if (target->kind == ExprKind::Var && std::string(bin) == "+") {
        gen_.expr(*rhs);
        gen_.emit(Op::ADD_VAR, gen_.var_slot(target->text));
        return;
      }
      auto value = make_expr(ExprKind::Binary, op.loc, bin);
      value->kids.push_back(target->clone());
      value->kids.push_back(std::move(rhs));
      if (is_element_ref(*target))
        return element_store(stdlib::BuiltinId::ELEMENT_SET, std::move(target), std::move(value));
      gen_.assign(*target, *value, loc);
      return;
    }
  }
  error_here("expected '=' in the assignment");
}

void Parser::builtin_statement(stdlib::BuiltinId id, Location loc, ExprPtr arg) {
  auto call = make_expr(ExprKind::Builtin, loc, stdlib::builtin_info(id).name);
  call->builtin = static_cast<int>(id);
  call->kids.push_back(std::move(arg));
  gen_.expr(*call);
  gen_.emit(Op::POP);
}

// INPUT var {, length} {:} {_}: the value read is stored into var (any assignable target).
void Parser::input_statement(Location loc) {
  if (at_word("@") && peek(1).is_op("(")) return input_at_statement(loc);  // parser_terminal.cpp
  if (peek().kind != Tok::Ident) {
    error_here("expected the variable to INPUT into");
    return;
  }
  ExprPtr target = lvalue();
  ExprPtr length = make_expr(ExprKind::Number, loc, "0");
  if (accept_op(",")) length = expression();
  int flags = 0;
  if (peek().kind == Tok::Op && peek().text == ":") {
    take();
    flags |= 1;
  }
  if (at_word("_")) take();
  // QM's INPUT options: UPCASE returns the line in upper case; HIDDEN does not echo it (input that is not
  // typed at a terminal is never echoed anyway).
  bool upcase = false;
  for (;;) {
    if (accept_word("UPCASE"))
      upcase = true;
    else if (!accept_word("HIDDEN"))
      break;
  }
  if (modes_.count("NO.ECHO.DATA")) flags |= 2;
  auto call = make_expr(ExprKind::Builtin, loc, "INPUT");
  call->builtin = static_cast<int>(stdlib::BuiltinId::INPUT_STMT);
  call->kids.push_back(std::move(length));
  call->kids.push_back(make_expr(ExprKind::Number, loc, std::to_string(flags)));
  if (upcase) {
    stdlib::BuiltinId id;
    stdlib::find_builtin("UPCASE", id);
    auto up = make_expr(ExprKind::Builtin, loc, "UPCASE");
    up->builtin = static_cast<int>(id);
    up->kids.push_back(std::move(call));
    call = std::move(up);
  }
  gen_.assign(*target, *call, loc);
}

// EXECUTE cmd {CAPTURING var} {RETURNING var | SETTING var} {PASSLIST {var}} {RTNLIST {var}}: the captured
// output and the status (@SYSTEM.RETURN.CODE) are stored after the command has run. Select list 0 is shared
// with the command, so PASSLIST alone and RTNLIST alone change nothing; PASSLIST var makes the list held in
// var list 0 first (SELECT var TO 0), and RTNLIST var moves the list 0 the command left into var (SELECTE).
void Parser::execute_statement(Location loc) {
  ExprPtr command = expression();
  ExprPtr capturing, returning, passlist, rtnlist;
  auto list_var = [&]() -> ExprPtr {
    bool named = peek().kind == Tok::Ident && !at_word("CAPTURING") && !at_word("RETURNING") &&
                 !at_word("SETTING") && !at_word("PASSLIST") && !at_word("RTNLIST") && !at_word("TRAPPING");
    return named ? lvalue() : nullptr;
  };
  for (;;) {
    if (accept_word("CAPTURING")) {
      capturing = lvalue();
    } else if (accept_word("RETURNING") || accept_word("SETTING")) {
      returning = lvalue();
    } else if (accept_word("PASSLIST")) {
      passlist = list_var();
    } else if (accept_word("RTNLIST")) {
      rtnlist = list_var();
    } else if (accept_word("TRAPPING")) {
      // An ABORT in the command always returns here in mvbasic (EXECUTE runs it as its own program).
      expect_word("ABORTS", "after TRAPPING");
    } else {
      break;
    }
  }
  if (passlist) {
    std::vector<ExprPtr> args;
    args.push_back(std::move(passlist));
    args.push_back(make_expr(ExprKind::Number, loc, "0"));  // list 0
    clause_statement(stdlib::BuiltinId::SELECT_STMT, loc, std::move(args), nullptr, false, false);
  } else if (modes_.count("EXECUTE.CLEARLIST")) {
    // $MODE EXECUTE.CLEARLIST: the command starts with no default select list.
    std::vector<ExprPtr> args;
    args.push_back(make_expr(ExprKind::Number, loc, "0"));
    clause_statement(stdlib::BuiltinId::CLEARSELECT_STMT, loc, std::move(args), nullptr, false, false);
  }
  auto call = make_expr(ExprKind::Builtin, loc, "EXECUTE");
  call->builtin = static_cast<int>(stdlib::BuiltinId::EXECUTE_STMT);
  call->kids.push_back(std::move(command));
  call->kids.push_back(make_expr(ExprKind::Number, loc, capturing ? "1" : "0"));
  if (capturing) {
    gen_.assign(*capturing, *call, loc);
  } else {
    gen_.expr(*call);
    gen_.emit(Op::POP);
  }
  if (returning) gen_.assign(*returning, *make_expr(ExprKind::SysVar, loc, "@SYSTEM.RETURN.CODE"), loc);
  if (rtnlist) clause_statement(stdlib::BuiltinId::SELECTE_STMT, loc, {}, rtnlist.get(), false, false);
}

// PRINT {ON unit} items, CRT items, DISPLAY items. Every print unit writes to standard output, like the
// display (docs/language.md), but keeps its own report pages: a PRINT line ends with PRINT_END +2, after a
// ~PRINT.ON call that names its unit when ON is given. The unit is evaluated after the items, so a routine
// an item calls cannot take it over.
void Parser::print_statement(bool to_printer) {
  Location loc = peek().loc;
  ExprPtr unit;
  if (accept_word("ON")) unit = additive();
  bool newline = true;
  // A PRINT inside a THEN, ON ERROR or LOCKED clause ends where the next clause starts.
  while (!at_statement_end() && !at_word("ELSE") && !at_word("THEN") && !at_word("LOCKED")) {
    if (accept_op(",")) {
      gen_.emit(Op::PRINT_TAB);
      newline = true;
      continue;
    }
    if (accept_op(":")) {
      newline = false;
      continue;
    }
    ++in_print_item_;
    ExprPtr item = expression();
    --in_print_item_;
    // PRINT X MASK: a name after an item, with only a space between, holds a format mask (QM's implicit FMT).
    while (peek().kind == Tok::Ident && peek().space_before && !at_word("ELSE") && !at_word("THEN") &&
           !at_word("LOCKED")) {
      Location at = peek().loc;
      auto fmt = make_expr(ExprKind::Binary, at, "FORMAT");
      fmt->kids.push_back(std::move(item));
      fmt->kids.push_back(postfix(primary()));
      item = std::move(fmt);
    }
    gen_.expr(*item);
    gen_.emit(Op::PRINT);
    newline = true;
    // Items are joined by ':' or ','; anything else after an item is a mistake, not a second item.
    if (!at_statement_end() && !at_op(",") && !at_op(":") && !at_word("ELSE") && !at_word("THEN") &&
        !at_word("LOCKED")) {
      error_here("expected ',' or ':' between PRINT items");
      return;
    }
  }
  if (unit && to_printer) builtin_statement(stdlib::BuiltinId::PRINT_ON_STMT, loc, std::move(unit));
  gen_.emit(Op::PRINT_END, (newline ? 1 : 0) + (to_printer ? 2 : 0));
}

// PRINTER ON | OFF | CLOSE {ON unit}: a call of the ~PRINTER built-in with the mode (1 ON, 0 OFF, 2 CLOSE)
// and the unit (-2, every unit, when CLOSE names none).
void Parser::printer_statement(Location loc) {
  auto num = [loc](int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); };
  auto call = make_expr(ExprKind::Builtin, loc, "PRINTER");
  call->builtin = static_cast<int>(stdlib::BuiltinId::PRINTER_STMT);
  if (accept_word("ON")) {
    call->kids.push_back(num(1));
    call->kids.push_back(num(0));
  } else if (accept_word("OFF")) {
    call->kids.push_back(num(0));
    call->kids.push_back(num(0));
  } else if (accept_word("CLOSE")) {
    call->kids.push_back(num(2));
    call->kids.push_back(accept_word("ON") ? additive() : num(-2));
  } else {
    error_here("expected ON, OFF or CLOSE after PRINTER");
    return;
  }
  gen_.expr(*call);
  gen_.emit(Op::POP);
}

void Parser::if_statement(Location loc) {
  (void)loc;
  gen_.expr(*expression());
  then_else("after the IF condition");
}

std::pair<std::string, Location> Parser::label_name() {
  Token t = peek();
  if (t.kind != Tok::Number && t.kind != Tok::Ident) {
    error_here("expected a label");
    return {"", t.loc};
  }
  take();
  if (at_op(":") && (peek(1).kind == Tok::Newline || peek(1).kind == Tok::Semi || peek(1).kind == Tok::End ||
                     peek(1).is_op(","))) {
    take();  // GOSUB NAME: — a trailing colon is part of how labels are written
  }
  return {t.text, t.loc};
}

void Parser::goto_statement(Op op) {
  auto [name, loc] = label_name();
  gen_.jump_to_label(op, name, loc);
}

void Parser::on_statement() {
  ExprPtr selector = expression();
  Op op;
  if (accept_word("GOSUB")) op = Op::ON_GOSUB;
  else if (accept_word("GOTO")) op = Op::ON_GOTO;
  else if (accept_word("GO")) { accept_word("TO"); op = Op::ON_GOTO; }
  else { error_here("expected GOSUB or GOTO after ON"); return; }
  std::vector<std::pair<std::string, Location>> labels;
  for (;;) {
    labels.push_back(label_name());
    if (!accept_op(",")) break;
    skip_line_continuation();
  }
  if (modes_.count("PICK.JUMP.RANGE")) {
    pick_jump_range(std::move(selector), op, labels);
    return;
  }
  gen_.expr(*selector);
  gen_.label_table(op, labels);
}

void Parser::stop_statement(Op op) {
  if (at_statement_end() || at_word("ELSE")) gen_.emit(Op::PUSH_EMPTY);
  else gen_.expr(*expression());
  if (at_op(",")) {
    // STOP 201, 'VOC': a print list, shown as DISPLAY shows it (',' a tab stop), then no message.
    gen_.emit(Op::PRINT);
    while (accept_op(",")) {
      gen_.emit(Op::PRINT_TAB);
      gen_.expr(*expression());
      gen_.emit(Op::PRINT);
    }
    gen_.emit(Op::PRINT_END, 1);
    gen_.emit(Op::PUSH_EMPTY);
  }
  gen_.emit(op);
}

}  // namespace mv::compiler
