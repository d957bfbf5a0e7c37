// The virtual machine: runs a main program and the subroutines and functions it calls. Each call gets a
// Frame whose variable slots point either at the frame's own storage, at a caller's variable (arguments
// are passed by reference), or at a COMMON cell, so every access is one indirection and nothing is copied
// back on return. The dispatch loop lives in vm.cpp; slow paths live out of line in vm_ops.cpp.
#pragma once

#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runtime/builtin_api.hpp"
#include "runtime/bytecode.hpp"

namespace mv::runtime {

// How a run ended: the command maps these to exit statuses.
enum class Outcome { Finished, Stopped, Aborted, Failed };

// Finds and compiles an external routine for CALL: (name, calling program's file) -> program, or nullptr with
// `error` set. Supplied by the command, which owns the compiler and the bytecode cache.
using RoutineLoader =
    std::function<std::shared_ptr<const Program>(const std::string& name, const std::string& from, std::string& error)>;

// A program ready to run: its bytecode and its constants as Values.
struct LoadedProgram {
  std::shared_ptr<const Program> program;
  std::vector<Value> constants;
  uint32_t stack_bound = 0;  // runtime::stack_bound(*program)
  int32_t argc_slot = -1;    // a VAR.ARGS routine's kArgCountVar slot, or -1
  bool unassigned_common = false;  // compiled under $MODE UNASSIGNED.COMMON
};
// Prepares a LoadedProgram for `p`: its constants as Values, its stack bound and hidden variables.
void fill_unit(LoadedProgram& u, std::shared_ptr<const Program> p);

class ObjectValue;
struct ClassRoutine;

struct Frame {
  const LoadedProgram* unit = nullptr;
  std::vector<Value> storage;   // this frame's own variables
  std::vector<Value*> slots;    // where each variable slot lives
  std::vector<uint32_t> gosubs;
  uint32_t call_pc = 0;         // the CALL instruction in the caller, for error reports
  uint32_t return_pc = 0;       // where the caller resumes
  int saved_precision = 4;      // the caller's PRECISION, restored on return
  bool push_result = false;     // a FUNCTION call: push its result on return
  Value result;
  Value self;                   // ME: the object whose routine this frame runs (class modules only)
};

class Vm : public Context {
 public:
  // `globals`, when given, holds the main program's variables and outlives the Vm: the REPL runs each
  // input as a new program over the same variables. It is resized to the program's variable count.
  Vm(std::shared_ptr<const Program> program, const BuiltinFn* builtins, ProcessInfo info, const Config& cfg,
     std::vector<Value>* globals = nullptr);
  ~Vm();
  Vm(const Vm&) = delete;  // the value stack is owned through raw pointers
  Vm& operator=(const Vm&) = delete;

  void set_loader(RoutineLoader loader) { loader_ = std::move(loader); }
  Outcome run();
  void set_trace(bool on) { trace_ = on; }
  // Names built-ins in traces (the command line passes stdlib's table).
  void set_builtin_names(BuiltinNameFn f) { builtin_names_ = f; }
  // The last fatal error, rendered with the BASIC file, line and call stack.
  const std::string& error_report() const { return error_report_; }
  // Where the program is now and who called it, innermost first ("file:line" each): what EXECUTE adds to the
  // report of an error in the command it runs, so the chain continues into this program.
  std::vector<std::string> call_positions() const;

 private:
  Outcome execute();
  template <bool kTrace>
  Outcome execute();
  void trace(uint32_t pc, uint32_t w, const Value* sp) const;
  std::string traced_value(const Value& v) const;

  const Program& prog() const { return *frames_.back()->unit->program; }
  Value& var(uint32_t slot) { return *frames_.back()->slots[slot]; }
  const LoadedProgram* load_unit(std::shared_ptr<const Program> p);
  // The routine a CALL (or, with `function`, a DEFFUN'd function call) names, loaded on first use.
  const LoadedProgram* find_routine(const std::string& name, bool function = false);
  // Builds the callee frame for CALL/CALL_LOCAL: binds arguments from the stack, COMMON and locals.
  Value* enter(const LoadedProgram* unit, const LocalRoutine* local, const uint32_t* desc, uint32_t argc, Value* sp,
               uint32_t call_pc, uint32_t return_pc, bool push_result);
  void bind_commons(Frame& f);

  // An unassigned variable was read: fatal, or under OPTION UNASS.WARNING a warning and the variable reads "".
  void unassigned(uint32_t slot);
  void warning(const std::string& message) const override;
  Value* syscom_value(const std::string& name) override;
  void arith(Op op, Value& a, const Value& b);
  void power(Value& a, const Value& b);
  void negate(Value& a);
  // The value-by-value forms for numeric arrays (vm_arrays.cpp).
  void array_arith(Op op, Value& a, const Value& b);
  void array_negate(Value& a);
  bool compare_op(Op op, const Value& a, const Value& b);
  void concat(Value& a, const Value& b);
  void add_to_var(Value& v, const Value& x);
  bool for_step(Value& v, const Value& step, const Value& limit, bool check_only);
  void extract(Value& out, const Value& src, const Value* idx, FieldHint* hint);
  // ADD_VVF's general path: dest = var slots[0] + field (var slots[2]) of var slots[1].
  void add_field(Value& dest, const uint32_t* slots);
  void replace_in_var(uint32_t slot, const Value* idx, const Value& x, int mode);
  void substr(Value& out, const Value& s, const Value& start, const Value* len);
  void substr_set(uint32_t slot, const Value& start, const Value& len, const Value& x);
  // The $MODE variants (vm_modes.cpp).
  void substr_set_pick(uint32_t slot, const Value& start, const Value& len, const Value& x, bool full);
  void mat_pick(uint32_t slot);
  void locate(Value* args, bool string_compare);
  void remove_from(uint32_t slot, Value& elem, Value& code);
  void getrem(uint32_t slot, Value& out);
  void setrem(uint32_t slot, const Value& pos);
  void dim(uint32_t slot, const Value& rows, const Value& cols);
  Value* matrix_cell(uint32_t slot, const Value& i, const Value& j, bool must_exist = true);
  void mat_fill(uint32_t slot, const Value& x);
  void mat_copy(uint32_t to, uint32_t from);
  void mat_parse(uint32_t slot, const Value& s, const Value& delim);
  void clear_vars();
  void mat_build(uint32_t target, uint32_t matrix, const Value& start, const Value& end, const Value& delim);
  void print_value(const Value& v);
  void print_end(int a);
  void sysvar(SysVar id, Value& out);
  void other_sysvar(SysVar id, Value& out);
  std::string describe_position(const Program& p, uint32_t pc) const;

  const BuiltinFn* builtins_;
  ProcessInfo info_;
  Config config_;
  RoutineLoader loader_;
  std::deque<LoadedProgram> units_;
  std::map<std::string, const LoadedProgram*> routines_;
  std::map<std::string, std::deque<Value>> commons_;
  std::vector<std::unique_ptr<Frame>> frames_;
  // The value stack: room for kStackSize values (more if the main program needs it), constructed only as
  // far as some activation may reach (stack_built_), so a short run never touches the rest of its pages.
  Value* stack_ = nullptr;
  Value* stack_built_ = nullptr;
  Value* stack_end_ = nullptr;
  void reserve_stack(Value* sp, const LoadedProgram& unit);
  uint32_t pc_ = 0;
  bool trace_ = false;
  BuiltinNameFn builtin_names_ = nullptr;
  std::string error_report_;

  // Exceptions (runtime/vm_exceptions.cpp). Each TRY being run leaves a handler: where its routine's
  // frame and GOSUB stack stood, the stack height, and which constant and table hold its CATCH names and
  // clause addresses. A THROW, or a runtime error some handler catches, unwinds to it and resumes there.
  struct Handler {
    size_t frames = 0;  // frames_.size() when the TRY began
    size_t gosubs = 0;  // that frame's GOSUB depth
    Value* sp = nullptr;
    const LoadedProgram* unit = nullptr;
    uint32_t try_pc = 0;
    int32_t names = 0;   // constant: the CATCH names, one a field
    uint32_t table = 0;  // program table: clause address for each name
  };
  std::vector<Handler> handlers_;
  Value* resume_sp_ = nullptr;  // where execute() resumes after a caught exception
  uint32_t resume_pc_ = 0;
  std::string abort_message_;  // @ABORT.MESSAGE
  Outcome execute_guarded();
  void try_push(int32_t names, uint32_t table, Value* sp);
  void try_pop();
  void drop_handlers_of_popped_frames();
  [[noreturn]] void throw_value(const Value& name, const Value& data);
  bool catch_exception(const std::string& name, const Value& data, const std::string& abort_message);
  bool find_handler(const std::string& name, bool specific, bool any, bool unhandled, size_t& handler,
                    size_t& index) const;
  std::string exception_stack() const;
  Value& syscom(const char* canonical);

 public:
  bool exception_caught(const std::string& name, int modes) const override;
  // Classes and objects (vm_objects.cpp).
 public:
  // An object with DESTROY.OBJECT lost its last reference: run that routine before the next instruction.
  void queue_destroy(ObjectValue* o);
  // An object was freed (a DESTROY.OBJECT frame ended): the next queued one, if any, runs next.
  void resume_destroys();
  static constexpr uint32_t kNoEntry = 0xFFFFFFFFu;  // an object instruction that entered no routine

 private:
  // Sets the VM whose objects are destroyed through it (the thread's running VM) for the scope of a run.
  struct Running {
    explicit Running(Vm* vm);
    ~Running();
    Vm* vm;
    Vm* outer;
  };
  std::shared_ptr<const LoadedProgram> find_class(const std::string& name);
  Value* new_object(const uint32_t* desc, uint32_t argc, Value* sp, uint32_t call_pc, uint32_t return_pc,
                    uint32_t& entry);
  Value* object_call(const std::string& name, bool get, const uint32_t* desc, uint32_t argc, Value* sp,
                     uint32_t call_pc, uint32_t return_pc, uint32_t& entry);
  Value* property(ObjectValue* owner, int var, bool get, const std::string& name, const uint32_t* desc,
                  uint32_t argc, Value* sp);
  Value* enter_method(Value self, const ClassRoutine& r, const uint32_t* desc, uint32_t argc, Value* sp,
                      uint32_t call_pc, uint32_t return_pc, bool push_result);
  Value me() const;
  void inherit(const Value& obj, bool add);
  Value* run_pending_destroy(Value* sp, uint32_t return_pc, uint32_t& entry);
  bool release_main_objects();
  void divert_dispatch();
  void restore_dispatch();
  std::map<std::string, std::shared_ptr<const LoadedProgram>> classes_;
  // Each class's SHARED variables, while an object of the class lives.
  std::map<std::string, std::weak_ptr<std::vector<Value>>> shared_vars_;
  std::vector<ObjectValue*> pending_destroy_;
  std::vector<uint32_t> undefined_desc_;
  // STATUS(), the clause outcome and OS.ERROR() when a DESTROY.OBJECT began, put back when its object is
  // freed: the routine runs between two instructions of the statement that released the object.
  struct SavedState {
    Value status;
    int outcome;
    int os_error;
  };
  std::map<const ObjectValue*, SavedState> destroy_saved_;

 public:
  void end_destroy(const ObjectValue* o);

 private:  // an UNDEFINED call's descriptors: the name, then the call's own
  // The running dispatch table, and its saved entries while every entry points at the destroy handler.
  void** dispatch_ = nullptr;
  void* pending_label_ = nullptr;
  void* saved_dispatch_[256] = {};
  bool diverted_ = false;
};

}  // namespace mv::runtime
