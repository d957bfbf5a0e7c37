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

// True for a data collection element reference c{path} (parser_collections.cpp).
bool is_element_ref(const Expr& e);

// The keywords of the file statements (parser_stmt.cpp), compiled by Parser::file_statement.
const std::vector<std::string>& file_keywords();

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
  bool statement_condition(bool enabled);  // $MODE CONDITIONAL.STATEMENTS (parser_conditional.cpp)
  bool readnext_positions(const Expr& id, Location loc, bool as_condition);  // parser_readnext.cpp
  // allow_then_else false: the statement has no THEN/ELSE clauses (a following ELSE belongs to an enclosing
  // IF). after_call, when given, compiles code that runs between the call and its clauses (READCSV's
  // parsing).
  void clause_statement(stdlib::BuiltinId id, Location loc, std::vector<ExprPtr> args, const Expr* target,
                        bool need_then_else, bool allow_then_else = true,
                        const std::function<void()>& after_call = nullptr);
  void if_statement(Location loc);
  void for_statement(Location loc);
  // FOR EACH and FOR var = v1, v2... (parser_for_each.cpp).
  void for_each(Location loc);
  void for_values(const Token& v, ExprPtr target, ExprPtr first, Location loc);
  void listed_loop_body(const Token& v, Location loc, size_t top, std::vector<size_t> exits);
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
    bool var_args = false;
    // DEFFUN ... KEY k: the constant passed before the call's own arguments (one routine serving several
    // functions, as QM's PCL.H does with CALLING "!PCL" KEY n).
    bool has_key = false;
    bool key_is_string = false;
    std::string key;
  };
  std::unordered_map<std::string, FunctionDecl> functions_;
  // Statements bound in statements.def (one handler per row; parser_table.cpp looks the keyword up).
  bool table_statement(const std::string& w, const Token& next, const Token& kw);
  bool variable_list(const char* statement, std::vector<ExprPtr>& out);
  // Class modules and objects (parser_objects.cpp).
  struct ClassState {
    bool active = false;      // compiling a CLASS module
    bool in_routine = false;  // inside a PUBLIC, GET or SET routine
    size_t max_args = 32;     // MAX.ARGS: how many arguments "..." stands for
    std::vector<std::string> inherits;  // INHERITS: each class, held in a PRIVATE variable of its name
  };
  ClassState class_;
  enum class ClassRoutineKind { Subroutine, Function, Get, Set };
  void class_routine(const Token& kw, ClassRoutineKind kind);
  std::vector<std::string> method_parameters(bool& var_args, std::vector<ExprPtr>& defaults);
  void persistent_variables(bool is_public, bool shared = false);
  void parameter_defaults(const std::vector<ExprPtr>& defaults, Location loc);
  void emit_inheritance(Location loc);
  ExprPtr object_reference(ExprPtr base);
  ExprPtr object_new(const Token& name);
  bool at_object_arrow(size_t k) { return peek(k).is_op("-") && peek(k + 1).is_op(">") && !peek(k + 1).space_before; }
  void object_statement();
#define STATEMENT(word, handler, flags) void handler(const Token& kw);
#define STATEMENT_ALIAS(word, handler, flags)
#include "compiler/statements.def"
  // Compiler directives (directives.cpp): $DEFINE names, the open $IFDEF/$IFNDEF constructs, $MODE options.
  struct Conditional {
    bool skipping_first = false;  // the first group was skipped (so $ELSE compiles its group)
    bool seen_else = false;
    Location loc;
    size_t lexer_depth = 0;
  };
  std::unordered_set<std::string> defines_;
  std::vector<Conditional> conditionals_;
  std::unordered_set<std::string> modes_;
  bool as_condition_ = false;  // the next clause statement is a WHILE/UNTIL condition
  bool nocase_strings_ = false;
  int in_print_item_ = 0;  // parsing a PRINT item, where X<f> MASK applies a mask held in a variable
  std::vector<Token> directive_words();
  void skip_conditional_group(Location loc);
  void end_directive_line();
  void close_conditionals(size_t lexer_depth);
  void end_of_unit();
  bool pick_read_keeps(stdlib::BuiltinId id) const;
  void pick_jump_range(ExprPtr selector, Op op, const std::vector<std::pair<std::string, Location>>& labels);
  ExprPtr nocase_comparison(ExprPtr compare);
  ExprPtr nocase_text(ExprPtr e);
  void nocase_arguments(Expr& call);
  // $MODE options and parameter defaults (parser_modes.cpp).
  bool set_mode(const std::string& name, bool on);
  void mode_changed();
  void mode_builtin(Expr& call);
  std::vector<std::pair<size_t, ExprPtr>> param_defaults_;  // parameter index -> default, from the header
  ExprPtr parameter_default();
  ExprPtr partial_logical(const std::string& op, Location loc, ExprPtr a, ExprPtr b);
  void input_at_statement(Location loc);
  void field_input(Location loc, bool input_at);
  bool case_sensitive_ = false;
  void keep_spelling(Token& t) const;
  void open_fail_zero(stdlib::BuiltinId id, const Expr* target);
  void apply_parameter_defaults(const std::vector<std::string>& params, bool var_args, Location loc);
  // Program-structure forms (parser_forms.cpp).
  ExprPtr at_variable_target(const Token& name);
  void skip_line_continuation();
  // A by-value parameter's slot is this prefix and its name; the routine's entry copies it to the name.
  static constexpr const char* kByValuePrefix = "~BYVAL.";
  void copy_by_value_parameters(std::vector<std::string>& params);
  // VAR.ARGS routines: the parameters' variable names, for ARG(n) and SET.ARG n, v.
  std::vector<std::string> var_args_params_;
  bool var_args_ = false;
  void var_args_header(const std::vector<std::string>& params);
  ExprPtr var_args_function(const Token& name);
  ExprPtr subr_function(const Token& name);
  std::vector<std::string> unnamed_common_;  // the unnamed COMMON variables this unit declares (CLEARCOMMON)
  std::unordered_map<std::string, std::vector<std::string>> named_common_;  // /name/ -> its variables
  // Files named by the Pick FILE statement: name -> dictionary field name -> field number.
  std::unordered_map<std::string, std::unordered_map<std::string, int>> pick_files_;
  static std::string pick_file_var(const std::string& name) { return "~FILE." + name; }
  std::unordered_map<std::string, int> read_dictionary(const std::string& name, Location loc);
  ExprPtr pick_file_field(const Token& name);
  ExprPtr pick_file_of(const Expr& record);
  void exit_loop(bool is_continue, Location loc);
  void loop_condition(bool is_while);

  // Data collections (parser_collections.cpp).
  ExprPtr element_ref(ExprPtr base);
  void element_store(stdlib::BuiltinId id, ExprPtr target, ExprPtr value);
  bool element_delete();
  void element_exists_args(Expr& call);
  void mat_from_element(const Token& matrix);

  Diagnostics& diags_;
  CodeGen& gen_;
  IncludeResolver resolver_;
  std::vector<std::unique_ptr<Lexer>> lexers_;
  std::deque<Token> buf_;
  Token last_;
  bool line_start_ = true;
  int no_gt_ = 0;
  int ident_masks_ = 0;  // > 0 where a name juxtaposed after a value is a format mask (format())
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
  // TRY/CATCH (parser_try.cpp): the loop depth at each TRY body being compiled, so that EXIT, CONTINUE and
  // RETURN leaving a body close its handler first.
  std::vector<size_t> try_bodies_;
  void leave_try_bodies(size_t loop_depth);
  struct CatchName {
    std::string entry;  // the name, then a value mark and S when the clause saves the stack
    Location loc;
  };
  bool catch_names(std::vector<CatchName>& out);
  int tries_ = 0;
  std::string try_transaction_level(Location loc);
  // Bounds recursion in expressions and nested blocks; 200 is far beyond real programs.
  static constexpr int kMaxNesting = 200;
  int nesting_ = 0;
};

}  // namespace mv::compiler
