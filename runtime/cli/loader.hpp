// Loading and running programs for the command line, the REPL and the command processor: reading a source
// file, compiling it through the bytecode cache, finding CALLed routines, and running a program on a VM with
// EXECUTE wired to the command processor.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/builtin_api.hpp"
#include "runtime/bytecode.hpp"
#include "runtime/config.hpp"
#include "runtime/vm.hpp"

namespace mv::cli {

class CommandProcessor;

bool read_source(const std::string& path, std::string& text);
std::string absolute_path(const std::string& path);
// The built-in SYSCOM directory ($MVBASIC_SYSCOM, the installed share/mvbasic/syscom, or the source tree's).
std::string syscom_dir();

// Compiles `file` (or takes it from the cache), writing diagnostics to `diag`. Returns an exit status;
// kExitOk means `program` is ready.
int load_program(const std::string& file, bool use_cache, runtime::Program& program, std::string& diag);

// Everything a program run needs besides its file.
struct RunSettings {
  bool use_cache = true;
  bool trace = false;
  runtime::Config config;
  runtime::ProcessInfo info;             // user number, phantom flag; sentence and directory are filled in
  CommandProcessor* commands = nullptr;  // EXECUTE/PERFORM go here when set
};

// The name of built-in `id` (for listings and traces), or null.
const char* builtin_name(int32_t id);

// The compiled routine a CALL of `name` from the program `from` finds (beside it, on $MVBASIC_PATH, on
// BASICPATH), or null with `error` set.
std::shared_ptr<const runtime::Program> routine_program(const std::string& name, const std::string& from,
                                                        const runtime::Config* cfg, bool use_cache,
                                                        std::string& error);

// Installs the routine loader and the EXECUTE hook on a VM.
void wire_vm(runtime::Vm& vm, const RunSettings& s);

// Loads and runs `file`; @SENTENCE is `sentence`, or "RUN file args..." when that is empty. Returns the exit
// status `mvbasic run` would give. Errors (diagnostics, the runtime error report) are written to `errors`.
int run_file(const std::string& file, const std::vector<std::string>& args, const RunSettings& s,
             std::string& errors, const std::string& sentence = "");

// Compiles source text that has no file of its own (standard input), without the cache.
int compile_text(const std::string& name, const std::string& text, runtime::Program& program,
                 std::string& diag);

// Runs a compiled program as run_file does; `file` names it in @SENTENCE and gives its folder ("-": the
// current directory).
int run_program(const std::shared_ptr<runtime::Program>& program, const std::string& file,
                const std::vector<std::string>& args, const RunSettings& s, std::string& errors,
                const std::string& sentence = "");

}  // namespace mv::cli
