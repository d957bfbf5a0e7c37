// The small interface through which built-in functions (stdlib/) see the running program: its PRECISION,
// STATUS() and COL1()/COL2() state, value conversions, and how to raise a fatal runtime error.
#pragma once

#include <csignal>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include "runtime/config.hpp"
#include "runtime/value.hpp"

namespace mv::runtime {

// Set (from a SIGINT handler) to stop the running program at its next loop iteration, GOSUB or CALL,
// or its next blocking wait; the REPL uses it for Ctrl-C. Cleared by whoever handles the interrupt.
extern volatile std::sig_atomic_t g_interrupt;

// A value as a message shows it: quoted, cut to 40 bytes (with its length when longer), marks as ^ ] \ and
// other control bytes as '.'.
std::string shown_value(std::string_view v);

// The errno of the first failed write to standard output (0 when none failed); the command reports it.
extern int g_stdout_errno;

// A fatal runtime error; the VM adds the BASIC file, line and call stack when it reports it. `exception`,
// when set, is the SYS.* exception name by which a TRY/CATCH may catch it (runtime/vm_exceptions.cpp
// names the common errors by their message when it is not set).
class RuntimeError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  RuntimeError(const std::string& message, std::string exception_name)
      : std::runtime_error(message), exception(std::move(exception_name)) {}
  std::string exception;
};

// Thrown by a built-in to end the program as STOP does (the Q answer at a report's page prompt).
struct StopRequest {};

class Context;

// Where PRINT, CRT and DISPLAY output goes once a program uses HEADING, FOOTING or PAGE: stdlib's report
// pages (stdlib/terminal/report.cpp) install one, which adds headings and footings and writes through Context::emit.
class Pager {
 public:
  virtual ~Pager() = default;
  // Writes a finished piece of output for print unit `unit` (-1 the display, 0 the default print unit).
  virtual void write(Context& cx, int unit, std::string_view text) = 0;
};

// The display's size (@CRTWIDE, @CRTHIGH): the terminal's when standard output is one, else 80 by 24.
struct CrtSize {
  int64_t wide = 80;
  int64_t high = 24;
};
CrtSize crt_size();

// Facts about the process that @variables and SYSTEM() report.
struct ProcessInfo {
  std::string sentence;     // @SENTENCE: the command that started the program
  std::string program_dir;  // the directory of the program file (@PATH)
  int64_t user_number = 0;  // @USERNO, SYSTEM(18)
  bool phantom = false;     // SYSTEM(25)
  Value socket = Value::integer(0);  // @SOCKET: the socket handed to this phantom, or 0
};

class Context {
 public:
  const Config* config = nullptr;
  const ProcessInfo* process = nullptr;
  int os_error = 0;  // OS.ERROR()
  // A failure whose cause is text rather than an errno (TLS: OpenSSL's reason) sets os_error to kOsErrorText
  // and the text here; OS.ERROR() then returns the text. Any later failure that sets an errno replaces it.
  static constexpr int kOsErrorText = -1;
  std::string os_error_text;
  int precision = 4;
  Value status = Value::integer(0);
  int64_t inmat = 0;  // INMAT(): elements set by the last MATPARSE
  // How the last statement with THEN/ELSE/ON ERROR/LOCKED clauses ended; the compiler branches on it.
  enum ClauseOutcome : int { kThen = 0, kElse = 1, kOnError = 2, kLocked = 3 };
  int outcome = kThen;
  // Flags the compiler passes to such statements: which optional clauses the statement has.
  static constexpr int kHasOnError = 1;
  static constexpr int kHasLocked = 2;
  static constexpr int kHasElse = 4;
  int64_t col1 = 0;
  int64_t col2 = 0;

  // EXECUTE/PERFORM: runs a command-processor command (RUN, PHANTOM, SLEEP, SH -c ...), capturing its
  // output when `capture` is not null; returns the command's status for @SYSTEM.RETURN.CODE. Installed by
  // the command line (runtime/cli), which owns the compiler.
  std::function<int64_t(Context& cx, const std::string& command, std::string* capture)> execute_hook;
  Value system_return = Value::integer(0);  // @SYSTEM.RETURN.CODE
  int64_t exit_status = -1;  // SET.EXIT.STATUS n: the process's exit status, when set (-1: the usual one)

  // INPUT's sources: the DATA queue first, then standard input; PROMPT sets the prompt shown on a terminal.
  std::deque<std::string> data_queue;
  std::string prompt = "?";

  // OPTION settings that turn fatal errors into warnings (the value used is then 0 or "").
  bool unass_warning = false;
  bool non_numeric_warning = false;
  bool div_zero_warning = false;
  bool hush = false;        // HUSH ON: program output is discarded
  bool printer_on = false;  // PRINTER ON: PRINT goes to print unit 0 (standard output too; SYSTEM(1) is 1)
  int print_unit = 0;       // the unit of the PRINT line being built (PRINT ON); back to 0 after each line
  std::unique_ptr<Pager> pager;  // report pages, once the program uses HEADING, FOOTING or PAGE

  [[noreturn]] void fail(const std::string& message) const { throw RuntimeError(message); }
  // A fatal error that a TRY/CATCH may catch as the named SYS.* exception (SYS.PROGRAM.NOT_FOUND, ...).
  [[noreturn]] void fail_as(const char* exception, const std::string& message) const {
    throw RuntimeError(message, exception);
  }
  // CAUGHT(): whether an active TRY/CATCH handles the exception (modes 1: count SYS$ANY, 2: SYS$UNHANDLED).
  virtual bool exception_caught(const std::string& name, int modes) const;
  // Reports a non-fatal problem on standard error; the VM adds the BASIC file and line.
  virtual void warning(const std::string& message) const;
  virtual ~Context() = default;
  // The program's cell of an assignable @variable (@ID, @RECORD, @ANS...: a SYSCOM_CELL of sysvars.def),
  // for built-ins that work on it, such as ITYPE(); null when there is no running program.
  virtual Value* syscom_value(const std::string&) { return nullptr; }

  // Program output: the current PRINT line is built in `line`, then queued and written to stdout in
  // blocks (at once when stdout is a terminal). flush_output() must precede any read or sleep. end_line
  // hands the line to the pager when there is one; `unit` is the print unit (-1, the display, for CRT).
  std::string line;
  void end_line(bool newline, int unit = -1);
  void emit(std::string_view text);  // output that is not a PRINT line (HUSH still discards it)
  void flush_output();

  // The string form of a value (numbers at the current PRECISION).
  std::string_view text(const Value& v, std::string& scratch) const;
  std::string string(const Value& v) const;
  // The numeric reading of a value for arithmetic; a non-numeric string is a fatal error.
  Number number(const Value& v) const;
  double real(const Value& v) const { return number(v).as_double(); }
  // An integer argument (positions, counts): floats are rounded at INTPREC then truncated.
  int64_t integer(const Value& v) const;

 private:
  void written();
  std::string out_;
};

using BuiltinFn = void (*)(Context& cx, Value* args, int argc, Value& out);

}  // namespace mv::runtime
