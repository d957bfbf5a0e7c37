// Exceptions: the bodies of TRY_PUSH, TRY_POP and THROW, and the unwinding that takes a thrown exception,
// or a runtime error that QM lets a program catch, back to the TRY/CATCH that handles it.
//
// A running TRY leaves a Handler (vm.hpp) recording where its routine's frame, GOSUB stack and value stack
// stood. Throwing searches the handlers from the innermost outward for a CATCH name that is the
// exception's name or one of its groups (ACCOUNT catches ACCOUNT.INVALID), or SYS$ANY; only when none
// does, for SYS$UNHANDLED. Unwinding then pops every frame CALLed since the TRY (their variables go with
// them, as on RETURN), cuts the GOSUB stack back, clears the value stack above the TRY's height, sets the
// @EXCEPTION variables and resumes execute() at the clause. C++ exceptions carry the throw out of the
// dispatch loop, so one path serves THROW, runtime errors raised anywhere (built-ins included) and ABORT.
#include <algorithm>
#include <cctype>

#include "runtime/ascii.hpp"
#include "runtime/dynarray.hpp"
#include "runtime/vm.hpp"

namespace mv::runtime {

namespace {

// What THROW raises: caught by execute_guarded, outside the dispatch loop.
struct Thrown {
  std::string name;
  Value data;
};

// QM limits exception names to 63 characters.
constexpr size_t kMaxNameLength = 63;

// A CATCH name catches its own exception and every exception of its group: ACCOUNT catches ACCOUNT.INVALID
// and ACCOUNT.INVALID.CLOSED, but not ACCOUNTS.
bool catches(const std::string& name, std::string_view catch_name) {
  if (name.size() < catch_name.size() || name.compare(0, catch_name.size(), catch_name) != 0) return false;
  return name.size() == catch_name.size() || name[catch_name.size()] == '.';
}

// The SYS.* names of the runtime errors QM lets a TRY/CATCH catch, by how mvbasic words each message.
// Errors not listed (an interrupt, corrupt bytecode) still end the program. The first row that fits wins.
struct ErrorName {
  const char* text;
  bool prefix;  // the message starts with text (else it contains it)
  const char* exception;
};
const ErrorName kErrorNames[] = {
    {"Non-numeric value", true, "SYS.PROGRAM.DATATYPE.NOT_NUMERIC"},
    {"Unassigned ", true, "SYS.PROGRAM.DATATYPE.UNASSIGNED"},
    {"Division by zero", true, "SYS.PROGRAM.DIV_ZERO"},
    {"Subscript out of range for matrix", true, "SYS.PROGRAM.INVALID_MATRIX_INDEX"},
    {"Invalid matrix dimensions", true, "SYS.PROGRAM.INVALID_MATRIX_SIZE"},
    {"dimensioned matrix", false, "SYS.PROGRAM.DATATYPE.NOT_MATRIX"},
    {"dimensioned array", false, "SYS.PROGRAM.DATATYPE.NOT_MATRIX"},
    {"Data cannot be converted to a string", true, "SYS.PROGRAM.DATATYPE.INVALID"},
    {"Data item is not a socket", true, "SYS.PROGRAM.DATATYPE.NOT_SOCKET"},
    {"not a screen image", false, "SYS.PROGRAM.DATATYPE.NOT_IMAGE"},
    {"the sequential file has been closed", false, "SYS.PROGRAM.DATATYPE.NOT_SEQ_FILE"},
    {"the file variable is", false, "SYS.PROGRAM.DATATYPE.NOT_FILE"},
    {"the file variable has been closed", false, "SYS.PROGRAM.DATATYPE.NOT_FILE"},
    {"Null string", true, "SYS.PROGRAM.DATATYPE.NULL_STRING"},
    {") does not compile:", false, "SYS.PROGRAM.LOAD_ERROR"},
    {"Subroutine ", true, "SYS.PROGRAM.NOT_FOUND"},
    {"Function ", true, "SYS.PROGRAM.NOT_FOUND"},
    {"CALL ", true, "SYS.PROGRAM.INVALID_ARGCT"},
    {"is a main program, not a SUBROUTINE", false, "SYS.PROGRAM.INVALID_CALL_NAME"},
    {"is not a FUNCTION", false, "SYS.PROGRAM.INVALID_CALL_NAME"},
    {"Calls nested too deeply", true, "SYS.PROGRAM.LIMIT.CALL_DEPTH"},
    {"GOSUB nested too deeply", true, "SYS.PROGRAM.LIMIT.GOSUB_DEPTH"},
    {"SQRT of a negative number", true, "SYS.PROGRAM.RANGE"},
    {"LN of a number that is not positive", true, "SYS.PROGRAM.RANGE"},
    {"of a number outside -1 to 1", false, "SYS.PROGRAM.RANGE"},
    {"Number out of range", true, "SYS.PROGRAM.RANGE"},
    {"does not exist (lists are 0 to 10)", false, "SYS.SELECT.INVALID_LIST_NO"},
    {": task lock ", false, "SYS.LOCKS.TASK_LOCK.INVALID"},
};

std::string error_exception(const RuntimeError& e) {
  if (!e.exception.empty()) return e.exception;
  std::string_view m = e.what();
  for (const ErrorName& n : kErrorNames) {
    if (n.prefix ? m.rfind(n.text, 0) == 0 : m.find(n.text) != std::string_view::npos) return n.exception;
  }
  return "";
}

// A program's name as @EXCEPTION.ORIGIN gives it: the routine's name, or the main program's record name
// (its file name without folders or the .b suffix).
std::string program_name(const Program& p) {
  std::string n = p.name.empty() && !p.files.empty() ? p.files[0] : p.name;
  size_t slash = n.find_last_of('/');
  if (slash != std::string::npos) n.erase(0, slash + 1);
  if (n.size() > 2 && n.compare(n.size() - 2, 2, ".b") == 0) n.resize(n.size() - 2);
  return n;
}

int64_t line_of(const Program& p, uint32_t pc) {
  const LineEntry* le = p.line_at(pc);
  return le ? static_cast<int64_t>(le->line) : -1;
}

}  // namespace

bool Context::exception_caught(const std::string&, int) const { return false; }

// The assignable @variable `canonical` (a cell of the hidden COMMON block), created if no program has
// declared the block yet.
Value& Vm::syscom(const char* canonical) {
  std::deque<Value>& block = commons_[kSyscomBlock];
  const std::vector<SyscomCell>& cells = syscom_cells();
  size_t i = 0;
  while (i < cells.size() && cells[i].name != canonical) ++i;
  while (block.size() <= i)
    block.push_back(cells[block.size()].starts_empty ? Value::string(std::string_view()) : Value::integer(0));
  return block[i];
}

void Vm::try_push(int32_t names, uint32_t table, Value* sp) {
  const Frame& f = *frames_.back();
  const Program& p = *f.unit->program;
  if (names < 0 || static_cast<size_t>(names) >= p.constants.size() || table >= p.tables.size())
    fail("corrupt bytecode: TRY names a missing constant or table");
  Handler h{frames_.size(), f.gosubs.size(), sp, f.unit, pc_, names, table};
  // A TRY run again after its body was left by a jump (which QM forbids) replaces its stale handler.
  while (!handlers_.empty()) {
    const Handler& top = handlers_.back();
    if (top.frames != h.frames || top.try_pc != h.try_pc || top.gosubs < h.gosubs) break;
    handlers_.pop_back();
  }
  handlers_.push_back(h);
}

// Only a handler of this routine at this GOSUB level or deeper is closed: a RETURN compiled inside a TRY
// body may be ending a GOSUB made from that body.
void Vm::try_pop() {
  if (handlers_.empty()) return;
  const Handler& top = handlers_.back();
  if (top.frames == frames_.size() && frames_.back()->gosubs.size() <= top.gosubs) handlers_.pop_back();
}

// A RETURN from a CALLed routine inside a TRY body leaves that TRY.
void Vm::drop_handlers_of_popped_frames() {
  while (!handlers_.empty() && handlers_.back().frames > frames_.size()) handlers_.pop_back();
}

void Vm::throw_value(const Value& name, const Value& data) {
  std::string n = string(name);
  if (n.empty()) fail("Null string used as an exception name in THROW");
  if (n.size() > kMaxNameLength)
    fail("THROW: the exception name " + shown_value(n) + " is longer than 63 characters");
  throw Thrown{std::move(n), data};
}

// Searches the active handlers, innermost first, for a CATCH name that takes `name`: the name or one of its
// groups (`specific`), SYS$ANY (`any`) or SYS$UNHANDLED (`unhandled`). Sets the handler and name index.
bool Vm::find_handler(const std::string& name, bool specific, bool any, bool unhandled, size_t& handler,
                      size_t& index) const {
  std::string key = runtime::ascii_upper(name);
  for (size_t h = handlers_.size(); h-- > 0;) {
    const Handler& hd = handlers_[h];
    // A handler whose GOSUB level was left by RETURN no longer runs its TRY.
    if (hd.frames > frames_.size() || frames_[hd.frames - 1]->gosubs.size() < hd.gosubs) continue;
    std::string_view list = hd.unit->program->constants[static_cast<size_t>(hd.names)].text;
    size_t i = 0;
    for (size_t start = 0; start <= list.size(); ++i) {
      size_t end = std::min(list.find(kFM, start), list.size());
      std::string_view entry = list.substr(start, end - start);
      std::string_view cname = entry.substr(0, std::min(entry.find(kVM), entry.size()));
      bool hit = cname == "SYS$ANY"         ? any
                 : cname == "SYS$UNHANDLED" ? unhandled
                                            : specific && catches(key, cname);
      if (hit) {
        handler = h;
        index = i;
        return true;
      }
      start = end + 1;
    }
  }
  return false;
}

bool Vm::exception_caught(const std::string& name, int modes) const {
  size_t h, i;
  return find_handler(name, true, (modes & 1) != 0, false, h, i) ||
         ((modes & 2) != 0 && find_handler(name, false, false, true, h, i));
}

// @EXCEPTION.STACK in the form of QM's SYSTEM(1002): a field for each routine, innermost first, holding
// its name and then, a value each, the address and line (subvalues) of where it is and of each GOSUB.
std::string Vm::exception_stack() const {
  std::string out;
  uint32_t pc = pc_;
  for (size_t i = frames_.size(); i-- > 0;) {
    const Frame& f = *frames_[i];
    const Program& p = *f.unit->program;
    if (i + 1 != frames_.size()) out += kFM;
    out += program_name(p);
    auto add = [&](uint32_t at) { out += kVM + std::to_string(at) + kSM + std::to_string(line_of(p, at)); };
    add(pc);
    for (size_t g = f.gosubs.size(); g-- > 0;) add(f.gosubs[g] - 1);
    pc = f.call_pc;
  }
  return out;
}

// Unwinds to the handler that catches `name` and sets the @EXCEPTION variables; false when none does.
bool Vm::catch_exception(const std::string& name, const Value& data, const std::string& abort_message) {
  size_t h = 0, index = 0;
  if (!find_handler(name, true, true, false, h, index) && !find_handler(name, false, false, true, h, index))
    return false;
  const Handler hd = handlers_[h];
  const Program& p = *hd.unit->program;
  const std::vector<uint32_t>& clauses = p.tables[hd.table];
  if (index >= clauses.size()) fail("corrupt bytecode: a CATCH name has no clause");
  std::string_view list = p.constants[static_cast<size_t>(hd.names)].text;
  size_t start = 0;
  for (size_t i = 0; i < index; ++i) start = list.find(kFM, start) + 1;
  std::string_view entry = list.substr(start, list.find(kFM, start) - start);
  bool saving_stack = entry.find(std::string(1, kVM) + "S") != std::string_view::npos;
  std::string origin = program_name(prog()) + kFM + std::to_string(line_of(prog(), pc_));
  std::string stack = saving_stack ? exception_stack() : std::string();

  handlers_.resize(h);
  if (frames_.size() > hd.frames) {
    precision = frames_[hd.frames]->saved_precision;
    frames_.resize(hd.frames);
  }
  frames_.back()->gosubs.resize(hd.gosubs);
  for (Value* v = hd.sp; v < stack_built_; ++v) v->reset();
  syscom("@EXCEPTION") = Value::string(name);
  syscom("@EXCEPTION.DATA") = data;
  syscom("@EXCEPTION.ORIGIN") = Value::string(origin);
  if (saving_stack) syscom("@EXCEPTION.STACK") = Value::string(stack);
  if (!abort_message.empty()) abort_message_ = abort_message;
  resume_sp_ = hd.sp;
  resume_pc_ = clauses[index];
  return true;
}

// Runs the program, resuming in a CATCH clause each time an exception is caught. An exception nothing
// catches ends the run as a runtime error at the THROW; an uncaught runtime error is reported as before.
Outcome Vm::execute_guarded() {
  for (;;) {
    try {
      return execute();
    } catch (const Thrown& t) {
      if (!catch_exception(t.name, t.data, "")) throw RuntimeError("Unhandled exception " + t.name);
    } catch (const RuntimeError& e) {
      std::string name = handlers_.empty() ? std::string() : error_exception(e);
      if (name.empty() || !catch_exception(name, Value::string(std::string_view(e.what())), e.what())) throw;
    }
  }
}

}  // namespace mv::runtime
