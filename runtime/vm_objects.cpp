// Classes and objects in the VM: OBJECT() creates an object and runs its CREATE.OBJECT, obj->name finds a
// routine or a PUBLIC variable in the object's class and then in the objects it inherits, ME, INHERIT and
// DISINHERIT. Every routine of a class runs in an ordinary call frame, as a CALLed subroutine does, whose
// PUBLIC and PRIVATE variables are bound to the object's own values; so errors, the call stack and anything
// that unwinds frames cross method boundaries as they cross CALLs.
//
// DESTROY.OBJECT runs when the last reference goes. That can happen inside any instruction (a STORE that
// overwrites the variable, a value popped), where no code can be run, so the object is queued instead and
// every entry of the dispatch table is pointed at L_OBJ_PENDING; the next dispatch enters the routine as a
// call that returns to the instruction that was about to run. The hot path pays nothing for this.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "runtime/ascii.hpp"
#include "runtime/matrix.hpp"
#include "runtime/object.hpp"
#include "runtime/vm.hpp"

namespace mv::runtime {

namespace {

thread_local Vm* t_running = nullptr;

// Every object alive. Objects that a reference cycle keeps alive are never destroyed while the program runs
// (as in QM); at exit they are freed, without DESTROY.OBJECT, so that nothing is left for a leak checker.
// The set itself is never freed: an object released by a static destructor still finds it.
std::unordered_set<ObjectValue*>* g_live = nullptr;

void free_live_objects_at_exit() {
  std::vector<ObjectValue*> all(g_live->begin(), g_live->end());
  // Hold every object first, so that breaking one object's references frees none of the others midway.
  for (ObjectValue* o : all) {
    ++o->refs;
    o->destroy_run = true;
  }
  for (ObjectValue* o : all) {
    o->vars.clear();
    o->inherited.clear();
    o->shared.reset();
  }
  for (ObjectValue* o : all)
    if (--o->refs == 0) delete o;
}

// A new reference to an object held elsewhere.
Value share(ObjectValue* o) {
  ++o->refs;
  return Value::handle(o);
}

// Where obj->name leads: a routine or a PUBLIC variable of `owner` (the object itself or one it inherits).
struct Member {
  ObjectValue* owner = nullptr;
  const ClassRoutine* routine = nullptr;
  int var = -1;
  bool readonly = false;  // a READONLY variable was found where a set was asked for
};

// QM's search order: the object's own names, then each inherited object (and what it inherits) in turn.
bool find_member(ObjectValue* o, const std::string& name, bool get, bool vars_too, Member& m, int depth) {
  if (depth > 100) return false;  // INHERIT cycles end here rather than overflowing the C++ stack
  const ClassInfo& cls = o->unit->program->cls;
  if (const ClassRoutine* r = cls.routine(name, get)) {
    m = Member{o, r, -1, false};
    return true;
  }
  int v = vars_too ? cls.public_var(name) : -1;
  if (v >= 0 && (get || !cls.vars[static_cast<size_t>(v)].readonly)) {
    m = Member{o, nullptr, v, false};
    return true;
  }
  if (v >= 0) m.readonly = true;
  for (const Value& i : o->inherited)
    if (ObjectValue* io = as_object(i); io && find_member(io, name, get, vars_too, m, depth + 1)) return true;
  return false;
}

}  // namespace

void dimension(Value& v, int32_t rows, int32_t cols) {
  auto* m = new Matrix;
  m->rows = rows;
  m->cols = cols;
  m->cells.resize(static_cast<size_t>(rows) * static_cast<size_t>(cols ? cols : 1) + 1);
  v = Value::handle(m);
}

ObjectValue::ObjectValue(std::shared_ptr<const LoadedProgram> u) : unit(std::move(u)) {
  if (!g_live) {
    g_live = new std::unordered_set<ObjectValue*>;
    std::atexit(free_live_objects_at_exit);
  }
  g_live->insert(this);
  const ClassInfo& cls = unit->program->cls;
  vars.resize(cls.vars.size());
  for (size_t i = 0; i < cls.vars.size(); ++i)
    if (cls.vars[i].rows > 0 && !cls.vars[i].shared) dimension(vars[i], cls.vars[i].rows, cls.vars[i].cols);
}

Value& ObjectValue::var(size_t k) { return unit->program->cls.vars[k].shared ? (*shared)[k] : vars[k]; }

// Destruction routines run one after another: the next starts when the previous object is freed.
ObjectValue::~ObjectValue() {
  g_live->erase(this);
  if (!t_running) return;
  if (destroy_run) t_running->end_destroy(this);
  t_running->resume_destroys();
}

const std::string& ObjectValue::class_name() const { return unit->program->name; }

bool ObjectValue::defer_delete() {
  if (destroy_run || !t_running || !unit->program->cls.routine("DESTROY.OBJECT", false)) return false;
  destroy_run = true;
  t_running->queue_destroy(this);
  return true;
}

Vm::Running::Running(Vm* v) : vm(v), outer(t_running) { t_running = v; }

Vm::Running::~Running() {
  t_running = outer;
  vm->dispatch_ = nullptr;
  vm->diverted_ = false;
}

void Vm::queue_destroy(ObjectValue* o) {
  pending_destroy_.push_back(o);
  divert_dispatch();
}

void Vm::end_destroy(const ObjectValue* o) {
  auto it = destroy_saved_.find(o);
  if (it == destroy_saved_.end()) return;
  status = std::move(it->second.status);
  outcome = it->second.outcome;
  os_error = it->second.os_error;
  destroy_saved_.erase(it);
}

void Vm::resume_destroys() {
  if (!pending_destroy_.empty()) divert_dispatch();
}

void Vm::divert_dispatch() {
  if (!dispatch_ || diverted_) return;
  std::memcpy(saved_dispatch_, dispatch_, sizeof saved_dispatch_);
  std::fill(dispatch_, dispatch_ + 256, pending_label_);
  diverted_ = true;
}

void Vm::restore_dispatch() {
  if (!diverted_) return;
  std::memcpy(dispatch_, saved_dispatch_, sizeof saved_dispatch_);
  diverted_ = false;
}

Value* Vm::run_pending_destroy(Value* sp, uint32_t return_pc, uint32_t& entry) {
  ObjectValue* o = pending_destroy_.front();
  pending_destroy_.erase(pending_destroy_.begin());
  // The frame's ME holds the object while DESTROY.OBJECT runs; when the frame goes, so does the object.
  o->refs = 1;
  Value self = Value::handle(o);
  destroy_saved_[o] = SavedState{status, outcome, os_error};
  const ClassRoutine* r = o->unit->program->cls.routine("DESTROY.OBJECT", false);
  Value* base = enter_method(std::move(self), *r, nullptr, 0, sp, return_pc, return_pc, false);
  entry = r->entry;
  return base;
}

// At the end of the program (END, STOP, ABORT) its variables that hold objects are cleared (in slot order),
// so that the objects' DESTROY.OBJECT routines run while the program can still print; true when one is now
// due.
bool Vm::release_main_objects() {
  for (Value& v : frames_[0]->storage)
    if (as_object(v)) v.reset();
  return !pending_destroy_.empty();
}

std::shared_ptr<const LoadedProgram> Vm::find_class(const std::string& name) {
  auto it = classes_.find(name);
  if (it != classes_.end()) return it->second;
  if (!loader_) fail("Class " + name + " not found (no routine loader)");
  std::string error;
  std::shared_ptr<const Program> p = loader_(name, prog().files.empty() ? "" : prog().files[0], error);
  // The loader words its messages for CALL.
  if (error.rfind("Subroutine ", 0) == 0) error = "Class " + error.substr(11);
  if (!p) fail(error.empty() ? "Class " + name + " not found" : error);
  if (p->kind != UnitKind::Class) fail(name + " is not a CLASS module");
  auto u = std::make_shared<LoadedProgram>();
  fill_unit(*u, std::move(p));
  classes_[name] = u;
  return u;
}

Value* Vm::new_object(const uint32_t* desc, uint32_t argc, Value* sp, uint32_t call_pc, uint32_t return_pc,
                      uint32_t& entry) {
  Value name = std::move(*--sp);
  if (ObjectValue* src = as_object(name)) {
    // OBJECT(obj) is a copy of the object: its variables (objects in them shared), no CREATE.OBJECT.
    if (argc) fail("OBJECT() copying an object takes no other arguments");
    auto* copy = new ObjectValue(src->unit);
    copy->vars = src->vars;
    copy->shared = src->shared;
    copy->inherited = src->inherited;
    *sp++ = Value::handle(copy);
    return sp;
  }
  if (name.is_unassigned()) fail("OBJECT(): the class name is unassigned");
  std::string scratch;
  std::string cls_name = runtime::ascii_upper(text(name, scratch));
  if (!cls_name.empty() && (cls_name[0] == '!' || cls_name[0] == '*')) cls_name.erase(0, 1);
  std::shared_ptr<const LoadedProgram> unit = find_class(cls_name);
  auto* created = new ObjectValue(unit);
  Value obj = Value::handle(created);
  const ClassInfo& cls = unit->program->cls;
  // SHARED variables are made with the first object of the class and go with the last.
  created->shared = shared_vars_[cls_name].lock();
  if (!created->shared) {
    created->shared = std::make_shared<std::vector<Value>>(cls.vars.size());
    for (size_t k = 0; k < cls.vars.size(); ++k)
      if (cls.vars[k].shared && cls.vars[k].rows > 0)
        dimension((*created->shared)[k], cls.vars[k].rows, cls.vars[k].cols);
    shared_vars_[cls_name] = created->shared;
  }
  const ClassRoutine* create = cls.routine("CREATE.OBJECT", false);
  ClassRoutine inherit_only;  // INHERITS without a CREATE.OBJECT of its own
  if (!create && cls.inherit_entry >= 0) {
    inherit_only.entry = static_cast<uint32_t>(cls.inherit_entry);
    create = &inherit_only;
  }
  if (!create) {
    if (argc) fail("OBJECT(\"" + cls_name + "\") passes arguments but the class has no CREATE.OBJECT");
    *sp++ = std::move(obj);
    return sp;
  }
  Value* base = enter_method(obj, *create, desc, argc, sp, call_pc, return_pc, true);
  frames_.back()->result = std::move(obj);
  entry = create->entry;
  return base;
}

Value* Vm::object_call(const std::string& name, bool get, const uint32_t* desc, uint32_t argc, Value* sp,
                       uint32_t call_pc, uint32_t return_pc, uint32_t& entry) {
  Value target = std::move(*--sp);
  ObjectValue* o = as_object(target);
  if (!o)
    fail("->" + name + ": " +
         (target.is_unassigned() ? "the variable is unassigned" : "the value is not an object") +
         " (OBJECT() creates one)");
  Member m;
  if (find_member(o, name, get, true, m, 0)) {
    if (!m.routine) return property(m.owner, m.var, get, name, desc, argc, sp);
    Value* base = enter_method(share(m.owner), *m.routine, desc, argc, sp, call_pc, return_pc, get);
    entry = m.routine->entry;
    return base;
  }
  bool readonly = m.readonly;
  if (!find_member(o, "UNDEFINED", get, false, m, 0)) {
    const std::string& cls = o->class_name();
    if (readonly) fail("Property " + name + " of class " + cls + " is READONLY");
    fail(get ? "Class " + cls + " has no PUBLIC FUNCTION, GET routine or PUBLIC variable " + name
             : "Class " + cls + " has no PUBLIC SUBROUTINE, SET routine or PUBLIC variable " + name);
  }
  // UNDEFINED receives the name as a new first argument, before the call's own.
  size_t used = pushed_arg_count(desc, argc);
  Value* base = sp - used;
  std::move_backward(base, sp, sp + 1);  // the object's slot, just popped, makes the room
  *base = Value::string(name);
  ++sp;
  undefined_desc_.assign(1, arg_descriptor(ArgKind::Value, 0));
  undefined_desc_.insert(undefined_desc_.end(), desc, desc + argc);
  Value* r =
      enter_method(share(m.owner), *m.routine, undefined_desc_.data(), argc + 1, sp, call_pc, return_pc, get);
  entry = m.routine->entry;
  return r;
}

// obj->X, obj->M(i, j): a PUBLIC variable read or (the value being the last argument) assigned directly.
Value* Vm::property(ObjectValue* owner, int var, bool get, const std::string& name, const uint32_t* desc,
                    uint32_t argc, Value* sp) {
  size_t used = pushed_arg_count(desc, argc);
  Value* base = sp - used;
  std::vector<Value*> args;
  for (uint32_t i = 0, k = 0; i < argc; ++i) {
    uint32_t slot = desc[i] & 0x3FFFFFFFu;
    switch (static_cast<ArgKind>(desc[i] >> 30)) {
      case ArgKind::VarRef:
        args.push_back(frames_.back()->slots[slot]);
        break;
      case ArgKind::MatrixRef:
        args.push_back(matrix_cell(slot, base[k], base[k + 1]));
        k += 2;
        break;
      default:
        args.push_back(&base[k++]);
        break;
    }
  }
  const ClassVar& cv = owner->unit->program->cls.vars[static_cast<size_t>(var)];
  Value* cell = &owner->var(static_cast<size_t>(var));
  size_t subscripts = get ? args.size() : args.size() - (args.empty() ? 0 : 1);
  if (!get && args.empty()) fail("->" + name + " is a property: assign it with ->" + name + " = value");
  if (cv.rows == 0 && subscripts) fail("->" + name + " is not a matrix: it takes no subscripts");
  if (cv.rows > 0) {
    auto* m = dynamic_cast<Matrix*>(cell->handle_object());
    size_t want = m && m->cols ? 2 : 1;
    if (!m || subscripts != want)
      fail("->" + name + " is a matrix: it takes " + std::to_string(want) + " subscript" +
           (want == 1 ? "" : "s"));
    int64_t r = integer(*args[0]), c = want == 2 ? integer(*args[1]) : 0;
    cell = m->cell(r, c);
    if (!cell) fail("Subscript out of range for property " + name);
  }
  Value result;
  if (get) {
    if (cell->is_unassigned()) fail("Unassigned property " + name);
    result = *cell;
  } else {
    *cell = *args.back();
  }
  for (Value* p = base; p < sp; ++p) p->reset();
  sp = base;
  if (get) *sp++ = std::move(result);
  return sp;
}

Value* Vm::enter_method(Value self, const ClassRoutine& r, const uint32_t* desc, uint32_t argc, Value* sp,
                        uint32_t call_pc, uint32_t return_pc, bool push_result) {
  ObjectValue* obj = as_object(self);
  const LoadedProgram* unit = obj->unit.get();
  const Program& callee = *unit->program;
  const std::vector<uint32_t>& params = r.param_slots;
  if (r.var_args ? argc > params.size() : argc != params.size())
    fail("->" + r.name + " of class " + callee.name + " takes " + (r.var_args ? "at most " : "") +
         std::to_string(params.size()) + " argument" + (params.size() == 1 ? "" : "s") + ", not " +
         std::to_string(argc));
  if (frames_.size() > 10000) fail("Calls nested too deeply (runaway recursion?)");
  reserve_stack(sp, *unit);
  Frame& caller = *frames_.back();
  auto frame = std::make_unique<Frame>();
  frame->unit = unit;
  size_t n = callee.var_names.size();
  frame->storage.resize(n);
  frame->slots.resize(n);
  for (size_t i = 0; i < n; ++i) frame->slots[i] = &frame->storage[i];
  const ClassInfo& cls = callee.cls;
  for (size_t k = 0; k < cls.vars.size(); ++k) frame->slots[cls.vars[k].slot] = &obj->var(k);
  frame->self = std::move(self);
  bind_commons(*frame);
  // Arguments are bound as CALL binds them: variables by reference, other values copied into the frame.
  size_t used = pushed_arg_count(desc, argc);
  Value* base = sp - used;
  Value* arg = base;
  for (uint32_t i = 0; i < argc; ++i) {
    uint32_t slot = desc[i] & 0x3FFFFFFFu;
    switch (static_cast<ArgKind>(desc[i] >> 30)) {
      case ArgKind::VarRef:
        frame->slots[params[i]] = caller.slots[slot];
        break;
      case ArgKind::MatrixRef:
        frame->slots[params[i]] = matrix_cell(slot, arg[0], arg[1]);
        arg += 2;
        break;
      default:
        frame->storage[params[i]] = std::move(*arg++);
        frame->slots[params[i]] = &frame->storage[params[i]];
        break;
    }
  }
  for (Value* p = base; p < sp; ++p) p->reset();
  if (unit->argc_slot >= 0) frame->storage[static_cast<size_t>(unit->argc_slot)].set_int(argc);
  frame->call_pc = call_pc;
  frame->return_pc = return_pc;
  frame->saved_precision = precision;
  frame->push_result = push_result;
  precision = 4;
  frames_.push_back(std::move(frame));
  return base;
}

Value Vm::me() const {
  const Value& self = frames_.back()->self;
  if (!as_object(self)) fail("ME is only defined in the routines of a CLASS module");
  return self;
}

void Vm::inherit(const Value& obj, bool add) {
  const char* what = add ? "INHERIT" : "DISINHERIT";
  ObjectValue* self = as_object(frames_.back()->self);
  if (!self) fail(std::string(what) + " is only allowed in the routines of a CLASS module");
  ObjectValue* o = as_object(obj);
  if (!o) fail(std::string(what) + " needs an object");
  if (add) {
    if (o == self) fail("An object cannot inherit itself");
    self->inherited.push_back(obj);
    return;
  }
  auto it = std::find_if(self->inherited.begin(), self->inherited.end(),
                         [o](const Value& v) { return as_object(v) == o; });
  if (it != self->inherited.end()) self->inherited.erase(it);
}

}  // namespace mv::runtime
