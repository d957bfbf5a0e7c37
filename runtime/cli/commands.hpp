// The command processor: the commands EXECUTE and PERFORM run, which the REPL also accepts at its prompt
// (RUN, PHANTOM, LIST.PHANTOMS, LISTU, LOGOUT, SLEEP, SH, HELP). Each command writes what a user would see on
// the terminal to standard output, which EXECUTE ... CAPTURING collects, and returns the status that becomes
// @SYSTEM.RETURN.CODE. See docs/processes.md for the commands and their statuses.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/builtin_api.hpp"
#include "runtime/cli/loader.hpp"

namespace mv::cli {

// Statuses the processor itself returns (a RUN returns its program's exit status, SH the shell's).
inline constexpr int64_t kCommandUnknown = -1;  // not a command
inline constexpr int64_t kCommandUsage = -2;    // a command with missing or bad arguments
inline constexpr int64_t kCommandFailed =
    -3;  // the command could not do its work (no such user, fork failed)

// The names of the command processor's commands (RUN, PHANTOM, SH, ...).
std::vector<std::string> command_names();

class CommandProcessor {
 public:
  // `base` describes this process: its configuration and ProcessInfo (user number, phantom flag). The
  // processor sets base.commands to itself so that programs it runs can EXECUTE in turn.
  explicit CommandProcessor(RunSettings base);

  // Runs one command line. Output goes to standard output, or into *capture when it is not null.
  int64_t execute(runtime::Context& cx, const std::string& line, std::string* capture);
  int64_t execute(const std::string& line, std::string* capture);

  // True when `line` starts with the name of a command (for the REPL, which otherwise compiles it as BASIC):
  // "RUN x.b" is a command, "RUN = 5" is an assignment.
  static bool is_command(const std::string& line);

  const RunSettings& settings() const { return base_; }

 private:
  int64_t dispatch(const std::string& name, const std::string& rest);
  int64_t run(const std::string& rest);
  int64_t phantom(const std::string& rest);
  int64_t list(const std::string& rest, bool phantoms_only);
  int64_t logout(const std::string& rest);
  int64_t sleep(const std::string& rest);
  int64_t shell(const std::string& rest);
  int64_t help(const std::string& rest);
  // Reports a failure: on standard error, or into the capture while one is active.
  void complain(const std::string& message);

  RunSettings base_;
  int depth_ = 0;
  // For each EXECUTE in progress, where the executing program was (innermost first), so that a runtime error
  // in the command it runs reports the chain on into that program.
  std::vector<std::vector<std::string>> executed_from_;
  bool capturing_ = false;
};

// Lets the query processor and ITYPE() compile dictionary I-types, through the bytecode cache unless
// settings.use_cache is off, and run them on VMs that CALL and EXECUTE as programs do
// (runtime/cli/itype_compiler.cpp).
void install_itype_compiler(const RunSettings& settings);

// Splits a command line into words; single or double quotes group words and are removed.
std::vector<std::string> split_words(const std::string& text);

// Text of HELP, HELP NAME: the command list, or one command's or built-in's usage; false when NAME is
// unknown.
bool help_text(const std::string& name, std::string& out);

}  // namespace mv::cli
