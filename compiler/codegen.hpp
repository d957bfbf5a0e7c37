// Code generation: variable slots, constants, labels and jumps, and the compilation of expression trees
// to stack code. The parser drives it statement by statement.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics.hpp"
#include "runtime/bytecode.hpp"

namespace mv::compiler {

using runtime::Op;

class CodeGen {
 public:
  CodeGen(Diagnostics& diags, runtime::Program& program);

  int var_slot(const std::string& name);
  int temp_slot();
  int string_constant(const std::string& s);
  int number_constant(const std::string& text, Location loc);

  size_t here() const { return program_.code.size(); }
  void emit(Op op, int32_t a = 0);
  void emit_word(uint32_t w) { program_.code.push_back(w); }
  // Emits a jump whose target is filled in later by patch(); returns the word to patch.
  size_t emit_jump(Op op);
  void patch(size_t at, size_t target);
  void patch_word(size_t at, size_t target) { program_.code[at] = static_cast<uint32_t>(target); }
  void mark_line(Location loc);

  void define_label(const std::string& name, Location loc);
  // Records that the opcode at `at` (or, for tables, the table entry) jumps to a label.
  void jump_to_label(Op op, const std::string& name, Location loc);
  void label_table(Op op, const std::vector<std::pair<std::string, Location>>& labels);
  // A table of code addresses already known (a TRY's CATCH clauses); returns its index.
  uint32_t address_table(std::vector<uint32_t> addresses) {
    program_.tables.push_back(std::move(addresses));
    return static_cast<uint32_t>(program_.tables.size() - 1);
  }
  // Resolves every label reference; reports unknown labels.
  void finish();

  // Emits a call: CALL/CALL_FUNC to an external routine named by constant, CALL_VAR through a variable,
  // or CALL_LOCAL to a LOCAL routine (resolved by name in finish()). Arguments are bound by reference
  // when they are variables or matrix elements, by value otherwise.
  void call(Op op, const std::string& name, const std::vector<ExprPtr>& args, Location loc);
  // LOCAL routines: begin() starts a private scope for parameters and PRIVATE variables and labels.
  void begin_local(const std::string& name, bool is_function, const std::vector<std::string>& params,
                   Location loc);
  void declare_private(const std::string& name);
  void end_local();
  bool in_local() const { return local_ >= 0; }
  bool in_function() const { return in_local() ? program_.locals[local_].is_function : function_unit_; }
  void set_unit(runtime::UnitKind kind, const std::string& name, const std::vector<std::string>& params);
  void declare_common(const std::string& block, const std::vector<std::string>& names);

  // An assignable @variable (@USER0, @ID ...) is a cell of the hidden COMMON block that every unit using one
  // declares; true (with the name to use as a variable) when `name` is one.
  bool syscom_var(const std::string& name, std::string& canonical);
  // A FuncCall whose builtin field is kSubrCall is SUBR(name, args): kids[0] the name, then the arguments.
  static constexpr int kSubrCall = 2;
  void subr_call(const Expr& e);

  void declare_matrix(const std::string& name) { matrices_.insert(name); }
  bool is_matrix(const std::string& name) const { return matrices_.count(name) > 0; }
  // $MODE EXPLICIT (explicit.cpp): names declared by DIM, COMMON and parameters; a use of any other
  // variable while the mode is on is a compile error, reported once per name.
  void set_explicit(bool on) { explicit_ = on; }
  // $MODE options that choose how assignments compile (the parser sets them: compiler/parser_modes.cpp).
  bool compatible_append = false;  // COMPATIBLE.APPEND: X<f,v,sv> = ... and INS use the _CA opcodes
  int pick_substr = 0;             // 1 PICK.SUBSTR, 2 PICK.SUBSTR.ASSIGN: X[s,n] = ... uses SUBSTR_SET_PICK
  void declare_variable(const std::string& name) { declared_.insert(name); }
  void check_declared(const std::string& name, Location loc);

  // Objects (codegen_objects.cpp): ME, OBJECT() and obj->name; a set (builtin 0) leaves nothing.
  void object_expr(const Expr& e);
  runtime::Program& program() { return program_; }
  void set_function_unit(bool is_function) { function_unit_ = is_function; }
  // Compiles an expression to code that leaves its value on the stack.
  void expr(const Expr& e);
  // Compiles `target = value` where target is a variable, field reference, substring or matrix element.
  void assign(const Expr& target, const Expr& value, Location loc);
  // Emits a STORE into the variable or matrix element named by target (value already on the stack).
  void store_top(const Expr& target);

 private:
  uint32_t call_argument(const Expr& a);
  bool emit_fused_add(int slot, const Expr& value);
  bool emit_append(int slot, const std::string& name, const Expr& value);
  void binary(const Expr& e);
  void builtin(const Expr& e);
  void extract(const Expr& e);
  void push_indices(const Expr& e, size_t first, size_t count);

  Diagnostics& diags_;
  runtime::Program& program_;
  std::unordered_map<std::string, int> vars_;
  std::unordered_map<std::string, int> string_consts_;
  std::unordered_set<std::string> matrices_;
  bool explicit_ = false;
  std::unordered_set<std::string> declared_, undeclared_reported_;
  struct LabelRef {
    std::string name;
    Location loc;
    size_t at;        // code word to patch (or table entry)
    int table = -1;   // table index for ON GOSUB/GOTO
  };
  std::unordered_map<std::string, size_t> labels_;
  std::vector<LabelRef> refs_;
  int temps_ = 0;
  struct LocalCall {
    std::string name;
    Location loc;
    size_t at;  // the CALL_LOCAL word whose operand is the routine index
  };
  std::vector<LocalCall> local_calls_;
  // The LOCAL routine being compiled (-1: none) and its name -> slot map for parameters and PRIVATE names.
  int local_ = -1;
  std::unordered_map<std::string, int> scope_;
  bool function_unit_ = false;
  bool syscom_declared_ = false;
  std::string label_key(const std::string& name) const;
};

}  // namespace mv::compiler
