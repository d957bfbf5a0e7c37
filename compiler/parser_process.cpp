// The process and miscellaneous statements bound in statements.def: CLEAR, CLEARDATA, RANDOMIZE,
// SET.EXIT.STATUS, DEBUG, PROCREAD, PROCWRITE, SET.BREAK.HANDLER, REMOVE.BREAK.HANDLER, PAUSE, WAKE,
// LOGMSG, TCLREAD, OS.EXECUTE, ERRMSG and the STOP/ABORT variants STOPE, STOPM, ABORTE and ABORTM. Most are
// one call of a statement built-in of stdlib/system/process_misc.cpp or stdlib/system/process_signals.cpp.
#include "compiler/parser.hpp"
#include "runtime/builtin_api.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

ExprPtr builtin_call(BuiltinId id, Location loc, std::vector<ExprPtr> args) {
  auto call = make_expr(ExprKind::Builtin, loc, stdlib::builtin_info(id).name);
  call->builtin = static_cast<int>(id);
  call->kids = std::move(args);
  return call;
}

}  // namespace

// CLEAR: every variable of the program or routine becomes 0 (COMMON and parameters excepted).
void Parser::clear_statement(const Token& kw) {
  if (accept_word("COMMON")) return clearcommon_statement(kw);  // CLEAR COMMON is CLEARCOMMON
  gen_.emit(Op::CLEAR_VARS);
}

// The statements that are one built-in call with at most one expression: KEYWORD {expr}.
void Parser::process_statement(const Token& kw) {
  Location loc = kw.loc;
  const std::string& w = kw.text;
  std::vector<ExprPtr> args;
  BuiltinId id;
  bool end = at_statement_end() || at_word("ELSE") || at_word("THEN");
  if (w == "CLEARDATA") {
    id = BuiltinId::CLEARDATA_STMT;
  } else if (w == "DEBUG") {
    id = BuiltinId::DEBUG_STMT;
  } else if (w == "REMOVE.BREAK.HANDLER") {
    id = BuiltinId::REMOVE_BREAK_HANDLER_STMT;
  } else if (w == "RANDOMIZE") {
    // RANDOMIZE alone seeds from the time of day.
    id = BuiltinId::RANDOMIZE_STMT;
    args.push_back(end ? builtin_call(BuiltinId::TIME, loc, {}) : expression());
  } else if (w == "PAUSE") {
    id = BuiltinId::PAUSE_STMT;
    args.push_back(end ? make_expr(ExprKind::Number, loc, "0") : expression());
  } else {
    id = w == "SET.EXIT.STATUS"     ? BuiltinId::SET_EXIT_STATUS_STMT
         : w == "PROCWRITE"         ? BuiltinId::PROCWRITE_STMT
         : w == "SET.BREAK.HANDLER" ? BuiltinId::SET_BREAK_HANDLER_STMT
         : w == "WAKE"              ? BuiltinId::WAKE_STMT
                                    : BuiltinId::LOGMSG_STMT;
    args.push_back(expression());
  }
  gen_.expr(*builtin_call(id, loc, std::move(args)));
  gen_.emit(Op::POP);
}

// PROCREAD var THEN/ELSE: there is no PROC, so ELSE is taken and var is left as it is.
void Parser::procread_statement(const Token& kw) {
  if (peek().kind != Tok::Ident) {
    error_here("expected a variable after PROCREAD");
    return;
  }
  lvalue();
  ExprPtr unused = make_expr(ExprKind::Var, kw.loc, "~PROCREAD");
  clause_statement(BuiltinId::PROCREAD_STMT, kw.loc, {}, unused.get(), true);
}

// TCLREAD var: the command that started the program, as SENTENCE() gives it.
void Parser::tclread_statement(const Token& kw) {
  if (peek().kind != Tok::Ident) {
    error_here("expected a variable after TCLREAD");
    return;
  }
  ExprPtr target = lvalue();
  gen_.assign(*target, *builtin_call(BuiltinId::SENTENCE, kw.loc, {}), kw.loc);
}

// OS.EXECUTE cmd {CAPTURING var | SILENT} {RETURNING var}: a shell command. RETURNING (an mvbasic
// addition) receives its exit status, which QM gives as OS.ERROR().
void Parser::os_execute_statement(const Token& kw) {
  Location loc = kw.loc;
  ExprPtr command = expression();
  ExprPtr capturing, returning;
  bool silent = false;
  for (;;) {
    if (accept_word("CAPTURING"))
      capturing = lvalue();
    else if (accept_word("RETURNING"))
      returning = lvalue();
    else if (accept_word("SILENT"))
      silent = true;
    else
      break;
  }
  std::vector<ExprPtr> args;
  args.push_back(std::move(command));
  args.push_back(make_expr(ExprKind::Number, loc, capturing ? "1" : silent ? "2" : "0"));
  ExprPtr call = builtin_call(BuiltinId::OS_EXECUTE_STMT, loc, std::move(args));
  if (capturing) {
    gen_.assign(*capturing, *call, loc);
  } else {
    gen_.expr(*call);
    gen_.emit(Op::POP);
  }
  if (returning) {
    std::vector<ExprPtr> none;
    gen_.assign(*returning, *builtin_call(BuiltinId::OS_ERROR, loc, std::move(none)), loc);
  }
}

// ERRMSG id {, arg...}: displays a message of the ERRMSG file.
void Parser::errmsg_statement(const Token& kw) {
  Location loc = kw.loc;
  std::vector<ExprPtr> args;
  args.push_back(expression());
  // The arguments after the id, joined by item marks.
  ExprPtr list;
  while (accept_op(",")) {
    ExprPtr item = expression();
    if (list) {
      auto sep = make_expr(ExprKind::Binary, loc, ":");
      sep->kids.push_back(std::move(list));
      sep->kids.push_back(make_expr(ExprKind::String, loc, "\xFF"));
      auto joined = make_expr(ExprKind::Binary, loc, ":");
      joined->kids.push_back(std::move(sep));
      joined->kids.push_back(std::move(item));
      item = std::move(joined);
    }
    list = std::move(item);
  }
  args.push_back(list ? std::move(list) : make_expr(ExprKind::String, loc, ""));
  gen_.expr(*builtin_call(BuiltinId::ERRMSG_STMT, loc, std::move(args)));
  gen_.emit(Op::POP);
}

// STOPM and ABORTM are STOP and ABORT with a message; STOPE and ABORTE take theirs, with its arguments,
// from the ERRMSG file, as ERRMSG does.
void Parser::stop_variant_statement(const Token& kw) {
  Op op = kw.text.rfind("STOP", 0) == 0 ? Op::STOP : Op::ABORT;
  if (kw.text.back() == 'M' || at_statement_end()) {
    stop_statement(op);
    return;
  }
  errmsg_statement(kw);
  gen_.emit(Op::PUSH_EMPTY);
  gen_.emit(op);
}

}  // namespace mv::compiler
