// The virtual machine: runs one compiled program. The dispatch loop lives in vm.cpp; slow paths
// (mixed-type arithmetic, string conversions, errors) live out of line in vm_ops.cpp.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "runtime/builtin_api.hpp"
#include "runtime/bytecode.hpp"

namespace mv::runtime {

// How a run ended: the command maps these to exit statuses.
enum class Outcome { Finished, Stopped, Aborted, Failed };

class Vm : public Context {
 public:
  Vm(const Program& program, const BuiltinFn* builtins, ProcessInfo info, const Config& cfg);
  ~Vm();

  Outcome run();
  void set_trace(bool on) { trace_ = on; }
  // The last fatal error, rendered with the BASIC file, line and GOSUB stack.
  const std::string& error_report() const { return error_report_; }

 private:
  Outcome execute();
  template <bool kTrace>
  Outcome execute();
  void trace(uint32_t pc, uint32_t w) const;
  [[noreturn]] void unassigned(uint32_t slot) const;
  void arith(Op op, Value& a, const Value& b);
  void power(Value& a, const Value& b);
  void negate(Value& a);
  bool compare_op(Op op, const Value& a, const Value& b);
  void concat(Value& a, const Value& b);
  void add_to_var(Value& var, const Value& x);
  bool for_step(Value& var, const Value& step, const Value& limit, bool check_only);
  void extract(Value& out, const Value& src, const Value* idx, FieldHint* hint);
  void replace_in_var(uint32_t slot, const Value* idx, const Value& x, int mode);
  void substr(Value& out, const Value& s, const Value& start, const Value* len);
  void substr_set(uint32_t slot, const Value& start, const Value& len, const Value& x);
  void locate(Value* args);
  void remove_from(uint32_t slot, Value& elem, Value& code);
  void dim(uint32_t slot, const Value& rows, const Value& cols);
  Value& matrix_cell(uint32_t slot, const Value& i, const Value& j);
  void print_value(const Value& v);
  void print_end(bool newline);
  void sysvar(SysVar id, Value& out);
  void flush_output();
  std::string describe_position(uint32_t pc) const;

  const Program& program_;
  const BuiltinFn* builtins_;
  ProcessInfo info_;
  Config config_;
  std::vector<Value> vars_;
  std::vector<Value> constants_;
  std::vector<Value> stack_;
  std::vector<uint32_t> gosubs_;
  std::string line_;
  std::string out_;
  uint32_t pc_ = 0;
  bool trace_ = false;
  std::string error_report_;
};

}  // namespace mv::runtime
