// The CSV and delimited-text statements bound in statements.def: DPARSE, DPARSE.CSV, INPUTCSV, READCSV,
// MATREADCSV, WRITECSV and PRINTCSV. Each is compiled from built-ins the rest of the language has (FIELD,
// INPUT, WRITESEQ, MATPARSE) and the CSV ones of stdlib/text/csv.cpp, as QM's compiler does: a line is split
// into a hidden variable, whose fields are then stored into the target variables one by one. A line with
// fewer fields than targets leaves the rest null; extra fields are ignored.
#include "compiler/parser.hpp"
#include "runtime/builtin_api.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

// The hidden variable that holds a split line while its fields are stored.
constexpr const char* kSplit = "~CSV";
// DPARSE's delimiter, kept while its fields are stored.
constexpr const char* kDelimiter = "~CSV.DELIM";

ExprPtr number(Location loc, int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); }
ExprPtr hidden(Location loc, const char* name) { return make_expr(ExprKind::Var, loc, name); }

ExprPtr builtin_call(BuiltinId id, Location loc, std::vector<ExprPtr> args) {
  auto call = make_expr(ExprKind::Builtin, loc, stdlib::builtin_info(id).name);
  call->builtin = static_cast<int>(id);
  call->kids = std::move(args);
  return call;
}

// Stores field i of the split line into the i'th target.
void store_fields(CodeGen& gen, const std::vector<ExprPtr>& targets, Location loc) {
  int i = 0;
  for (const ExprPtr& t : targets) {
    auto field = make_expr(ExprKind::Extract, loc);
    field->kids.push_back(hidden(loc, kSplit));
    field->kids.push_back(number(loc, ++i));
    gen.assign(*t, *field, loc);
  }
}

// CSVDQ(line, delim) into the hidden variable.
void split_csv(CodeGen& gen, ExprPtr line, ExprPtr delim, Location loc) {
  std::vector<ExprPtr> args;
  args.push_back(std::move(line));
  args.push_back(std::move(delim));
  gen.assign(*hidden(loc, kSplit), *builtin_call(BuiltinId::CSVDQ, loc, std::move(args)), loc);
}

}  // namespace

// A comma-separated list of variables (or elements) to assign, for the statement named in the error.
bool Parser::variable_list(const char* statement, std::vector<ExprPtr>& out) {
  do {
    if (peek().kind != Tok::Ident) {
      error_here(std::string("expected a variable in ") + statement);
      return false;
    }
    out.push_back(lvalue());
  } while (accept_op(","));
  return true;
}

// DPARSE s, delim, v1, v2...: v(i) = FIELD(s, delim, i, 1); the last variable gets only its own field.
void Parser::dparse_statement(const Token& kw) {
  Location loc = kw.loc;
  gen_.assign(*hidden(loc, kSplit), *expression(), loc);
  expect_op(",", "after the string in DPARSE");
  gen_.assign(*hidden(loc, kDelimiter), *expression(), loc);
  expect_op(",", "after the delimiter in DPARSE");
  int i = 0;
  do {
    if (peek().kind != Tok::Ident) {
      error_here("expected a variable in DPARSE");
      return;
    }
    ExprPtr target = lvalue();
    std::vector<ExprPtr> args;
    args.push_back(hidden(loc, kSplit));
    args.push_back(hidden(loc, kDelimiter));
    args.push_back(number(loc, ++i));
    args.push_back(number(loc, 1));
    gen_.assign(*target, *builtin_call(BuiltinId::FIELD, loc, std::move(args)), loc);
  } while (accept_op(","));
}

// DPARSE.CSV line, delim, v1, v2...: the fields of a CSV line, dequoted, into the variables.
void Parser::dparse_csv_statement(const Token& kw) {
  Location loc = kw.loc;
  ExprPtr line = expression();
  expect_op(",", "after the string in DPARSE.CSV");
  ExprPtr delim = expression();
  expect_op(",", "after the delimiter in DPARSE.CSV");
  std::vector<ExprPtr> targets;
  if (!variable_list("DPARSE.CSV", targets)) return;
  split_csv(gen_, std::move(line), std::move(delim), loc);
  store_fields(gen_, targets, loc);
}

// INPUTCSV v1, v2...: a line read as INPUT reads it (the DATA queue first), split as CSV.
void Parser::inputcsv_statement(const Token& kw) {
  Location loc = kw.loc;
  std::vector<ExprPtr> targets;
  if (!variable_list("INPUTCSV", targets)) return;
  std::vector<ExprPtr> args;
  args.push_back(number(loc, 0));
  args.push_back(number(loc, 0));
  ExprPtr input = builtin_call(BuiltinId::INPUT_STMT, loc, std::move(args));
  split_csv(gen_, std::move(input), make_expr(ExprKind::String, loc, ","), loc);
  store_fields(gen_, targets, loc);
}

// READCSV FROM fv TO v1, v2... {ON ERROR} THEN/ELSE: the next CSV record of a sequential file. The
// variables are set only when a record was read; at the end of the file they keep their values.
void Parser::readcsv_statement(const Token& kw) {
  Location loc = kw.loc;
  expect_word("FROM", "in READCSV");
  std::vector<ExprPtr> args;
  args.push_back(expression());
  expect_word("TO", "in READCSV");
  std::vector<ExprPtr> targets;
  if (!variable_list("READCSV", targets)) return;
  ExprPtr split = hidden(loc, kSplit);
  clause_statement(BuiltinId::READCSV_STMT, loc, std::move(args), split.get(), true, true, [&] {
    gen_.emit(Op::PUSH_OUTCOME);
    gen_.emit(Op::PUSH_INT, runtime::Context::kThen);
    gen_.emit(Op::EQ);
    size_t skip = gen_.emit_jump(Op::JUMP_FALSE);
    store_fields(gen_, targets, loc);
    gen_.patch(skip, gen_.here());
  });
}

// MATREADCSV mat FROM fv {ON ERROR} THEN/ELSE: the next CSV record, one field to an element as MATPARSE
// places them (fields beyond the matrix go to its zero element).
void Parser::matreadcsv_statement(const Token& kw) {
  Location loc = kw.loc;
  Token name = peek();
  if (name.kind != Tok::Ident || !gen_.is_matrix(name.text)) {
    error_here("expected a dimensioned matrix after MATREADCSV");
    return;
  }
  take();
  expect_word("FROM", "in MATREADCSV");
  std::vector<ExprPtr> args;
  args.push_back(expression());
  ExprPtr split = hidden(loc, kSplit);
  clause_statement(BuiltinId::READCSV_STMT, loc, std::move(args), split.get(), true, true, [&] {
    gen_.emit(Op::PUSH_OUTCOME);
    gen_.emit(Op::PUSH_INT, runtime::Context::kThen);
    gen_.emit(Op::EQ);
    size_t skip = gen_.emit_jump(Op::JUMP_FALSE);
    gen_.expr(*hidden(loc, kSplit));
    gen_.expr(*make_expr(ExprKind::String, loc, "\xFE"));
    gen_.emit(Op::MAT_PARSE, gen_.var_slot(name.text));
    gen_.patch(skip, gen_.here());
  });
}

namespace {

// The CSV line of WRITECSV and PRINTCSV items: each item formatted, the items joined by CSV.MODE's
// delimiter.
ExprPtr csv_line(std::vector<ExprPtr> items, Location loc) {
  ExprPtr line;
  for (ExprPtr& item : items) {
    std::vector<ExprPtr> args;
    args.push_back(std::move(item));
    ExprPtr field = builtin_call(BuiltinId::WRITECSV_ITEM, loc, std::move(args));
    if (!line) {
      line = std::move(field);
      continue;
    }
    auto comma = make_expr(ExprKind::Binary, loc, ":");
    comma->kids.push_back(std::move(line));
    comma->kids.push_back(builtin_call(BuiltinId::CSV_DELIM, loc, {}));  // CSV.MODE's delimiter
    line = make_expr(ExprKind::Binary, loc, ":");
    line->kids.push_back(std::move(comma));
    line->kids.push_back(std::move(field));
  }
  return line;
}

}  // namespace

// WRITECSV item, item... TO|ON fv {ON ERROR} {THEN/ELSE}: one CSV line written as WRITESEQ writes it.
void Parser::writecsv_statement(const Token& kw) {
  Location loc = kw.loc;
  std::vector<ExprPtr> items;
  do {
    items.push_back(expression());
  } while (accept_op(","));
  if (!accept_word("TO") && !accept_word("ON")) {
    error_here("expected TO in WRITECSV");
    return;
  }
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(csv_line(std::move(items), loc));
  args.push_back(number(loc, 0));
  clause_statement(BuiltinId::WRITESEQ_STMT, loc, std::move(args), nullptr, false);
}

// PRINTCSV {ON unit} item, item... {:}: one CSV line printed as PRINT prints it; a final ':' leaves the
// line open.
void Parser::printcsv_statement(const Token& kw) {
  Location loc = kw.loc;
  ExprPtr unit;
  if (accept_word("ON")) unit = additive();
  std::vector<ExprPtr> items;
  do {
    items.push_back(expression());
  } while (accept_op(","));
  bool newline = !accept_op(":");
  gen_.expr(*csv_line(std::move(items), loc));
  gen_.emit(Op::PRINT);
  if (unit) builtin_statement(BuiltinId::PRINT_ON_STMT, loc, std::move(unit));
  gen_.emit(Op::PRINT_END, (newline ? 1 : 0) + 2);
}

// CSV.MODE mode {, delim}: the quoting rule and delimiter of FORMCSV(), WRITECSV and PRINTCSV.
void Parser::csv_mode_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  args.push_back(accept_op(",") ? expression() : make_expr(ExprKind::String, kw.loc, ""));
  gen_.expr(*builtin_call(BuiltinId::CSV_MODE_STMT, kw.loc, std::move(args)));
  gen_.emit(Op::POP);
}

}  // namespace mv::compiler
