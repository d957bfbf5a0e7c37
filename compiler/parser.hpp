// The parser: pulls tokens from the lexer (and from $INCLUDEd records), builds expression trees, and
// compiles each statement through CodeGen as soon as it is recognised.
#pragma once

#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/codegen.hpp"
#include "compiler/lexer.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

// Finds the text of a $INCLUDE record: (file or "", record, including source path) -> path, or "" if none.
using IncludeResolver = std::function<std::string(const std::string&, const std::string&, const std::string&)>;

class Parser {
 public:
  Parser(Diagnostics& diags, CodeGen& gen, IncludeResolver resolver);
  // Parses and compiles one whole source (already registered in diags as file `file`).
  void parse_program(uint16_t file);

  // Entry points used by unit tests and the fuzz target.
  ExprPtr parse_expression_only(uint16_t file);

 private:
  // Tokens.
  const Token& peek(size_t k = 0);
  Token take();
  bool at_op(std::string_view op) { return peek().is_op(op); }
  bool at_word(std::string_view w) { return peek().is_word(w); }
  bool accept_op(std::string_view op);
  bool accept_word(std::string_view w);
  bool expect_op(std::string_view op, const char* what);
  bool expect_word(std::string_view w, const char* what);
  bool at_statement_end();
  void skip_to_line_end();
  void error_here(const std::string& message);

  // Expressions (parser_expr.cpp).
  ExprPtr expression();
  ExprPtr logical();
  ExprPtr relational();
  ExprPtr concat();
  ExprPtr format();
  ExprPtr additive();
  ExprPtr multiplicative();
  ExprPtr power();
  ExprPtr unary();
  ExprPtr postfix(ExprPtr base);
  ExprPtr primary();
  ExprPtr call_or_element(Token name);
  ExprPtr dict_file_argument(const std::string& fn);
  ExprPtr if_expression(Location loc);
  bool try_field_reference(ExprPtr& base);
  bool field_indices(std::vector<ExprPtr>& out);
  void normalise_dynarray_args(Expr& call, int semi_at);
  void normalise_locate_args(Expr& call, int semi_at);  // parser_search.cpp
  void find_common(const Token& kw, stdlib::BuiltinId id);
  ExprPtr lvalue();

  // Statements (parser_stmt.cpp).
  void statements_until(std::initializer_list<std::string_view> enders);
  bool statement_start_comment();
  bool line_label();
  void statement();
  void statement_body(Token t);
  void inline_statements(bool stop_at_else);
  void clause(bool stop_at_else);
  std::string last_keyword_text(Location loc) const;
  // Returns true when the statement had an ELSE clause.
  bool then_else(const char* after);
  void assignment();
  void print_statement(bool to_printer);
  void printer_statement(Location loc);
  void report_statement(const std::string& w, Location loc);  // HEADING, FOOTING, PAGE (parser_report.cpp)
  void builtin_statement(stdlib::BuiltinId id, Location loc, ExprPtr arg);
  void input_statement(Location loc);
  void execute_statement(Location loc);
  // File statements (parser_files.cpp).
  bool file_statement(const std::string& w, Location loc);
  bool legacy_file_statement(const std::string& w, Location loc);
  ExprPtr default_file(Location loc);
  void open_options();
  void file_and_id(std::vector<ExprPtr>& args, bool with_field, Location loc);
  void readnext_condition(Location loc);
  // allow_then_else false: the statement has no THEN/ELSE clauses (a following ELSE belongs to an enclosing IF).
  // after_call, when given, compiles code that runs between the call and its clauses (READCSV's parsing).
  void clause_statement(stdlib::BuiltinId id, Location loc, std::vector<ExprPtr> args, const Expr* target,
                        bool need_then_else, bool allow_then_else = true,
                        const std::function<void()>& after_call = nullptr);
  void if_statement(Location loc);
  void for_statement(Location loc);
  void loop_statement();
  void case_statement(Location loc);
  void transaction_block(Location loc);  // BEGIN TRANSACTION ... END TRANSACTION (parser_trans.cpp)
  void locate_statement(Location loc);
  void remove_statement();
  void ins_del_statement(bool insert);
  void convert_statement();
  void dim_statement();
  void equate_statement();
  void include_directive(Location loc);
  void goto_statement(Op op);
  void on_statement();
  void stop_statement(Op op);
  std::pair<std::string, Location> label_name();
  // Routines (parser_routines.cpp).
  void unit_header(bool is_function);
  void call_statement();
  void deffun_statement();
  void common_statement();
  void local_routine(Location loc);
  void private_statement();
  void gosub_statement();
  void return_statement();
  void mat_statement();
  void matparse_statement();
  void matbuild_statement();
  std::vector<ExprPtr> call_arguments();
  std::vector<std::string> parameter_list();
  // DEFFUN declarations: name -> (routine to call, is LOCAL).
  struct FunctionDecl {
    std::string target;
    bool local = false;
    size_t arity = 0;
  };
  std::unordered_map<std::string, FunctionDecl> functions_;
  // Statements bound in statements.def (one handler per row; parser_table.cpp looks the keyword up).
  bool table_statement(const std::string& w, const Token& next, const Token& kw);
#define STATEMENT(word, handler, flags) void handler(const Token& kw);
#define STATEMENT_ALIAS(word, handler, flags)
#include "compiler/statements.def"
  void exit_loop(bool is_continue, Location loc);
  void loop_condition(bool is_while);

  Diagnostics& diags_;
  CodeGen& gen_;
  IncludeResolver resolver_;
  std::vector<std::unique_ptr<Lexer>> lexers_;
  std::deque<Token> buf_;
  Token last_;
  bool line_start_ = true;
  int no_gt_ = 0;
  std::unordered_map<std::string, ExprPtr> equates_;
  std::unordered_set<uint64_t> failed_field_refs_;  // '<' positions whose field-reference trial failed
  int include_depth_ = 0;

  struct LoopCtx {
    std::vector<size_t> exits;
    std::vector<size_t> continues;
    size_t top = 0;  // continue target for LOOP; FOR patches `continues` at its NEXT
    bool is_for = false;
  };
  std::vector<LoopCtx> loops_;
  // Open BEGIN TRANSACTION blocks: COMMIT jumps past END TRANSACTION, ROLLBACK to it.
  struct TxnCtx {
    std::vector<size_t> commits;
    std::vector<size_t> rollbacks;
  };
  std::vector<TxnCtx> txns_;
  int block_depth_ = 0;
  // Bounds recursion in expressions and nested blocks; 200 is far beyond real programs.
  static constexpr int kMaxNesting = 200;
  int nesting_ = 0;
};

}  // namespace mv::compiler
