// Parses the command line with Boost.Program_options and runs the chosen command. Arguments after the
// program file belong to the BASIC program and are never parsed as options.
#include "runtime/cli/cli.hpp"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compile.hpp"
#include "mvbasic/version.hpp"
#include "runtime/cli/cache.hpp"
#include "runtime/vm.hpp"
#include "stdlib/builtins.hpp"

namespace po = boost::program_options;

namespace mv::cli {

namespace {

const char* const kUsage =
    "usage: mvbasic run [--disasm] [--trace] [--no-cache] [--config FILE] FILE [ARGS...]\n"
    "       mvbasic FILE [ARGS...]          (same as run)\n"
    "       mvbasic check FILE...           (compile only; report every error)\n"
    "       mvbasic --version | --help\n"
    "\n"
    "Runs QM-dialect MultiValue BASIC programs. ARGS reach the program through @SENTENCE\n"
    "(\"RUN FILE ARGS...\").\n"
    "\n"
    "Exit status: 0 success (also STOP), 1 runtime error or ABORT, 2 usage error, 3 compile error.\n";

struct RunOptions {
  bool disasm = false;
  bool trace = false;
  bool no_cache = false;
  std::string config_path;
  std::string file;
  std::vector<std::string> args;
};

bool read_source(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  text = ss.str();
  return !in.bad();
}

std::string absolute(const std::string& path) {
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

// Compiles `file` (or takes it from the cache). Returns an exit status; kExitOk means `program` is ready.
int load_program(const std::string& file, bool use_cache, runtime::Program& program) {
  std::string text;
  if (!read_source(file, text)) {
    std::cerr << "mvbasic: cannot read " << file << ": " << std::strerror(errno) << "\n";
    return kExitUsage;
  }
  BytecodeCache cache(use_cache ? BytecodeCache::default_dir() : "");
  std::string key_path = absolute(file);
  if (cache.load(key_path, text, program)) {
    program.files[0] = file;
    return kExitOk;
  }
  compiler::CompileOptions options;
  options.include_dirs.push_back(syscom_dir());
  compiler::CompileResult r = compiler::compile(file, text, options, program);
  std::cerr << r.diagnostics;
  if (!r.ok) return kExitCompileError;
  cache.store(key_path, text, r.files, program);
  return kExitOk;
}

// CALLed routines are found beside the calling program (NAME, then NAME.b), then in each directory of
// $MVBASIC_PATH (colon-separated), and compiled on demand through the same cache as programs.
std::shared_ptr<const runtime::Program> load_routine(const std::string& name, const std::string& from, bool use_cache,
                                                      std::string& error) {
  std::vector<std::string> dirs;
  size_t slash = from.find_last_of('/');
  dirs.push_back(slash == std::string::npos ? "." : from.substr(0, slash));
  if (const char* path = std::getenv("MVBASIC_PATH")) {
    std::string p(path);
    for (size_t start = 0; start <= p.size();) {
      size_t colon = p.find(':', start);
      std::string d = p.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!d.empty()) dirs.push_back(d);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  std::string plain = name;
  if (!plain.empty() && (plain[0] == '*' || plain[0] == '!')) plain = plain.substr(1);
  for (const std::string& d : dirs) {
    for (const std::string& candidate : {d + "/" + plain, d + "/" + plain + ".b"}) {
      if (::access(candidate.c_str(), R_OK) != 0) continue;
      auto program = std::make_shared<runtime::Program>();
      std::ostringstream diag;
      std::streambuf* old = std::cerr.rdbuf(diag.rdbuf());
      int status = load_program(candidate, use_cache, *program);
      std::cerr.rdbuf(old);
      if (status != kExitOk) {
        error = "Subroutine " + name + " (" + candidate + ") does not compile:\n" + diag.str();
        return nullptr;
      }
      std::cerr << diag.str();
      return program;
    }
  }
  error = "Subroutine " + name + " not found (looked beside " + from + " and in $MVBASIC_PATH)";
  return nullptr;
}

int run_command(const RunOptions& o) {
  auto program = std::make_shared<runtime::Program>();
  int status = load_program(o.file, !o.no_cache, *program);
  if (status != kExitOk) return status;
  if (o.disasm) {
    std::cout << runtime::disassemble(*program);
    return kExitOk;
  }
  runtime::ProcessInfo info;
  info.sentence = "RUN " + o.file;
  for (const std::string& a : o.args) info.sentence += " " + a;
  std::string abs = absolute(o.file);
  info.program_dir = abs.substr(0, abs.find_last_of('/'));
  info.user_number = ::getpid();
  runtime::Config config;
  std::string config_error;
  if (!runtime::load_config(o.config_path, config, config_error)) {
    std::cerr << "mvbasic: " << config_error << "\n";
    return kExitUsage;
  }
  runtime::Vm vm(program, stdlib::builtin_table(), std::move(info), config);
  vm.set_trace(o.trace);
  bool use_cache = !o.no_cache;
  vm.set_loader([use_cache](const std::string& name, const std::string& from, std::string& error) {
    return load_routine(name, from, use_cache, error);
  });
  switch (vm.run()) {
    case runtime::Outcome::Finished:
    case runtime::Outcome::Stopped: return kExitOk;
    case runtime::Outcome::Aborted: return kExitRuntimeError;
    case runtime::Outcome::Failed:
      std::cerr << vm.error_report();
      return kExitRuntimeError;
  }
  return kExitOk;
}

int check_command(const std::vector<std::string>& files) {
  if (files.empty()) {
    std::cerr << "mvbasic check: no files given\n" << kUsage;
    return kExitUsage;
  }
  int status = kExitOk;
  for (const std::string& f : files) {
    runtime::Program program;
    int s = load_program(f, false, program);
    if (s != kExitOk && status != kExitUsage) status = s;
  }
  return status;
}

// Splits "[options] FILE [ARGS...]": options stop at the first word that is not one.
int parse_run(const std::vector<std::string>& words, RunOptions& o) {
  size_t i = 0;
  std::vector<std::string> opts;
  while (i < words.size() && words[i].size() > 1 && words[i][0] == '-') {
    opts.push_back(words[i++]);
    // Options that take a value consume the next word too (--config FILE).
    if (opts.back() == "--config" && i < words.size()) opts.push_back(words[i++]);
  }
  po::options_description desc("run options");
  desc.add_options()("disasm", po::bool_switch(&o.disasm), "print the bytecode instead of running")(
      "trace", po::bool_switch(&o.trace), "trace each instruction on standard error")(
      "no-cache", po::bool_switch(&o.no_cache), "always compile; neither read nor write the cache")(
      "config", po::value<std::string>(&o.config_path), "configuration file (else $MVBASIC_CONFIG, ./mvbasic.conf)");
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(opts).options(desc).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "mvbasic: " << e.what() << "\n" << kUsage;
    return kExitUsage;
  }
  if (i >= words.size()) {
    std::cerr << "mvbasic: no program file given\n" << kUsage;
    return kExitUsage;
  }
  o.file = words[i++];
  o.args.assign(words.begin() + static_cast<long>(i), words.end());
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  const std::string& first = words[0];
  if (first == "--version" || first == "-V") {
    std::cout << "mvbasic " << kVersion << "\n";
    return kExitOk;
  }
  if (first == "--help" || first == "-h" || first == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (first == "check") return check_command(std::vector<std::string>(words.begin() + 1, words.end()));
  RunOptions o;
  std::vector<std::string> rest(words.begin() + (first == "run" ? 1 : 0), words.end());
  if (first != "run" && first[0] == '-' && first != "--disasm" && first != "--trace" && first != "--no-cache" &&
      first.rfind("--config", 0) != 0) {
    std::cerr << "mvbasic: unknown option " << first << "\n" << kUsage;
    return kExitUsage;
  }
  int status = parse_run(rest, o);
  if (status != kExitOk) return status;
  return run_command(o);
}

}  // namespace mv::cli
