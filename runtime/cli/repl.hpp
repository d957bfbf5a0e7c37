// The REPL: BASIC typed a line at a time. A Session is the engine (it needs no terminal, so `mvbasic <
// script` and the tests use it too): each complete input is compiled as a small main program over the
// variables that earlier inputs created, and run at once. The terminal front end adds libedit line editing,
// persistent history, prompts, and Ctrl-C. See docs/repl.md.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "runtime/cli/commands.hpp"
#include "runtime/value.hpp"

namespace mv::cli {

class Session {
 public:
  enum class Result {
    Done,      // the input ran (or was a command), or was empty
    NeedMore,  // the input is inside an open IF/LOOP/FOR/CASE block: show the continuation prompt
    Error,     // it did not compile, or stopped with a runtime error (reported on standard error)
    Quit,      // QUIT or OFF
  };

  // `source_name` names the input in diagnostics ("<repl>", "<stdin>"). With `script_lines`, positions count
  // every line fed so far (a script's own line numbers); otherwise they count the lines of each input.
  Session(CommandProcessor& commands, std::string source_name, bool script_lines = false);

  // Takes one line of input; runs the pending lines as soon as they form complete statements.
  Result feed(const std::string& line);
  // True while lines are pending inside an open block.
  bool pending() const { return !buffer_.empty(); }
  // Drops the pending lines (Ctrl-C at the continuation prompt).
  void cancel() { buffer_.clear(), buffer_lines_ = 0; }
  // The session's variable and matrix names (for completion).
  std::vector<std::string> names() const {
    std::vector<std::string> all = vars_;
    all.insert(all.end(), matrices_.begin(), matrices_.end());
    return all;
  }
  // Reports the pending lines' diagnostics (the input ended inside an open block) and drops them.
  void finish();

 private:
  struct Compiled;
  bool compile(const std::string& body, Compiled& out) const;
  std::string display_source(const std::string& t) const;
  Result run(const std::shared_ptr<const runtime::Program>& program);
  // Rewrites "NAME:LINE" positions in a report so that they count the user's lines, not the prelude's.
  std::string shift_lines(const std::string& report) const;
  // True for SELECT/SSELECT of a variable that holds a file or select list (the BASIC statement), which
  // the prompt would otherwise take for the query command of that name.
  bool basic_select(const std::string& line) const;

  CommandProcessor& commands_;
  std::string name_;
  std::string buffer_;
  int buffer_lines_ = 0;
  bool script_lines_ = false;
  long long lines_fed_ = 0;      // lines fed so far
  long long buffer_start_ = 0;   // lines fed before the pending input began
  long long prelude_shift_ = 0;  // what to subtract from reported line numbers for the last compile
  // EQUATE, DEFFUN and $INCLUDE lines typed so far, compiled ahead of every input (they generate no code).
  std::vector<std::pair<std::string, std::string>> prelude_;  // key, declaration
  std::vector<std::string> vars_;                             // variable names in slot order
  std::vector<std::string> matrices_;
  std::vector<runtime::Value> globals_;
  // Program state that outlives one input: PRECISION, STATUS(), @SYSTEM.RETURN.CODE, the DATA queue.
  struct Carried {
    int precision = 4;
    runtime::Value status = runtime::Value::integer(0);
    runtime::Value system_return = runtime::Value::integer(0);
    int os_error = 0;
    std::deque<std::string> data_queue;
    std::string prompt = "?";
  } carried_;
};

// Runs the REPL: on a terminal with libedit, prompts and history; otherwise the lines of standard input
// without prompts. Returns the exit status (1 when a piped script had an error).
int repl_main(CommandProcessor& commands, bool terminal);

}  // namespace mv::cli
