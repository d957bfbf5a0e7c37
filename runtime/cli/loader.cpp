// Program loading and running shared by `mvbasic run`, the REPL's RUN and EXECUTE "RUN ...": compile through
// the bytecode cache, resolve CALLed routines beside the caller and on $MVBASIC_PATH, and map how a run ended
// to the exit statuses of cli.hpp.
#include "runtime/cli/loader.hpp"

#include <dirent.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string_view>
#include <vector>

#include "compiler/compile.hpp"
#include "runtime/cli/cache.hpp"
#include "runtime/cli/cli.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/cli/report.hpp"
#include "stdlib/builtins.hpp"

namespace mv::cli {

bool read_source(const std::string& path, std::string& text) {
  if (path == "-") {
    // `mvbasic run -`: the program is standard input, read once.
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  text = ss.str();
  return !in.bad();
}

std::string absolute_path(const std::string& path) {
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf)) return buf;
  return path;
}

std::string syscom_dir() {
  if (const char* d = std::getenv("MVBASIC_SYSCOM")) return d;
  char exe[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string e(exe, static_cast<size_t>(n));
    std::string installed = e.substr(0, e.find_last_of('/')) + "/../share/mvbasic/syscom";
    if (::access(installed.c_str(), R_OK) == 0) return installed;
  }
  return std::string(MVBASIC_SOURCE_DIR) + "/stdlib/syscom";
}

int load_program(const std::string& file, bool use_cache, runtime::Program& program, std::string& diag) {
  std::string text;
  if (!read_source(file, text)) {
    diag += "mvbasic: cannot read " + file + ": " + std::strerror(errno) + "\n";
    return kExitUsage;
  }
  // A program on standard input has no path to key a cache entry on; its diagnostics name <stdin>.
  bool from_stdin = file == "-";
  BytecodeCache cache(use_cache && !from_stdin ? BytecodeCache::default_dir() : "");
  std::string key_path = absolute_path(file);
  if (cache.load(key_path, text, program)) {
    program.files[0] = file;
    return kExitOk;
  }
  compiler::CompileOptions options;
  options.include_dirs.push_back(syscom_dir());
  compiler::CompileResult r = compiler::compile(from_stdin ? "<stdin>" : file, text, options, program);
  diag += r.diagnostics;
  if (!r.ok) return kExitCompileError;
  cache.store(key_path, text, r.files, program);
  return kExitOk;
}

namespace {

// Appends the folders of a colon-separated list; a relative folder is taken relative to base when base is
// given (the configuration file's folder), else to the current directory.
void add_path_list(const std::string& list, const std::string& base, std::vector<std::string>& dirs) {
  for (size_t start = 0; start <= list.size();) {
    size_t colon = list.find(':', start);
    std::string d = list.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!d.empty()) dirs.push_back(d[0] == '/' || base.empty() ? d : base + "/" + d);
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
}

std::string folder_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

std::vector<std::string> routine_dirs(const std::string& from, const runtime::Config* cfg) {
  std::vector<std::string> dirs{folder_of(from)};
  if (const char* path = std::getenv("MVBASIC_PATH")) add_path_list(path, "", dirs);
  if (cfg && !cfg->basicpath.empty()) add_path_list(cfg->basicpath, folder_of(cfg->path), dirs);
  return dirs;
}

// The file in dir named `name` or `name.b` in any mix of case ("Parent" for OBJECT("PARENT"), as QM's
// case-insensitive catalogue finds it), or "".
std::string file_ignoring_case(const std::string& dir, const std::string& name) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return "";
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
           });
  };
  std::string found;
  while (const dirent* e = ::readdir(d)) {
    std::string_view n = e->d_name;
    if (same(n, name) || (n.size() == name.size() + 2 && same(n.substr(0, name.size()), name) &&
                          same(n.substr(name.size()), ".b"))) {
      found = dir + "/" + std::string(n);
      break;
    }
  }
  ::closedir(d);
  return found;
}

// CALLed routines and classes are found beside the calling program (NAME, then NAME.b, then either name in
// any mix of case), then in each folder of $MVBASIC_PATH, then in each folder of the BASICPATH configuration
// parameter (both colon-separated), and compiled on demand through the same cache as programs.
std::shared_ptr<const runtime::Program> load_routine(const std::string& name, const std::string& from,
                                                     const runtime::Config* cfg, bool use_cache,
                                                     std::string& error) {
  std::string plain = name;
  if (!plain.empty() && (plain[0] == '*' || plain[0] == '!')) plain = plain.substr(1);
  for (const std::string& d : routine_dirs(from, cfg)) {
    std::vector<std::string> candidates{d + "/" + plain, d + "/" + plain + ".b"};
    if (::access(candidates[0].c_str(), R_OK) != 0 && ::access(candidates[1].c_str(), R_OK) != 0)
      candidates.push_back(file_ignoring_case(d, plain));
    for (const std::string& candidate : candidates) {
      if (::access(candidate.c_str(), R_OK) != 0) continue;
      auto program = std::make_shared<runtime::Program>();
      std::string diag;
      int status = load_program(candidate, use_cache, *program, diag);
      if (status != kExitOk) {
        error = "Subroutine " + name + " (" + candidate + ") does not compile:\n" + diag;
        return nullptr;
      }
      report(diag);
      return program;
    }
  }
  error = "Subroutine " + name + " not found (looked beside " + from + ", in $MVBASIC_PATH and in BASICPATH)";
  return nullptr;
}

}  // namespace

const char* builtin_name(int32_t id) {
  if (id < 0 || id >= static_cast<int32_t>(stdlib::BuiltinId::kCount)) return nullptr;
  return stdlib::builtin_info(static_cast<stdlib::BuiltinId>(id)).name;
}

std::shared_ptr<const runtime::Program> routine_program(const std::string& name, const std::string& from,
                                                        const runtime::Config* cfg, bool use_cache,
                                                        std::string& error) {
  return load_routine(name, from, cfg, use_cache, error);
}

void wire_vm(runtime::Vm& vm, const RunSettings& s) {
  vm.set_trace(s.trace);
  vm.set_builtin_names(builtin_name);
  bool use_cache = s.use_cache;
  const runtime::Config* cfg = vm.config;
  vm.set_loader([use_cache, cfg](const std::string& name, const std::string& from, std::string& error) {
    return load_routine(name, from, cfg, use_cache, error);
  });
  if (CommandProcessor* commands = s.commands) {
    vm.execute_hook = [commands](runtime::Context& cx, const std::string& command, std::string* capture) {
      return commands->execute(cx, command, capture);
    };
  }
}

int compile_text(const std::string& name, const std::string& text, runtime::Program& program,
                 std::string& diag) {
  compiler::CompileOptions options;
  options.include_dirs.push_back(syscom_dir());
  compiler::CompileResult r = compiler::compile(name, text, options, program);
  diag += r.diagnostics;
  return r.ok ? kExitOk : kExitCompileError;
}

int run_file(const std::string& file, const std::vector<std::string>& args, const RunSettings& s,
             std::string& errors, const std::string& sentence) {
  auto program = std::make_shared<runtime::Program>();
  int status = load_program(file, s.use_cache, *program, errors);
  if (status != kExitOk) return status;
  return run_program(program, file, args, s, errors, sentence);
}

int run_program(const std::shared_ptr<runtime::Program>& program, const std::string& file,
                const std::vector<std::string>& args, const RunSettings& s, std::string& errors,
                const std::string& sentence) {
  if (program->kind == runtime::UnitKind::Class) {
    errors += "mvbasic: " + file + " is a CLASS module: a program creates its objects with OBJECT(\"" +
              program->name + "\")\n";
    return kExitUsage;
  }
  runtime::ProcessInfo info = s.info;
  info.sentence = sentence;
  if (sentence.empty()) {
    info.sentence = "RUN " + file;
    for (const std::string& a : args) info.sentence += " " + a;
  }
  std::string abs = absolute_path(file == "-" ? "." : file);
  info.program_dir = file == "-" ? abs : abs.substr(0, abs.find_last_of('/'));
  runtime::Vm vm(program, stdlib::builtin_table(), std::move(info), s.config);
  wire_vm(vm, s);
  runtime::Outcome outcome = vm.run();
  // SET.EXIT.STATUS replaces the status of a run that ended by END, STOP or ABORT.
  if (vm.exit_status >= 0 && outcome != runtime::Outcome::Failed)
    return static_cast<int>(vm.exit_status & 0xFF);
  switch (outcome) {
    case runtime::Outcome::Finished:
    case runtime::Outcome::Stopped:
      return kExitOk;
    case runtime::Outcome::Aborted:
      return kExitRuntimeError;
    case runtime::Outcome::Failed:
      errors += with_source_line(vm.error_report());
      return kExitRuntimeError;
  }
  return kExitOk;
}

}  // namespace mv::cli
