// Parses the command line with Boost.Program_options and runs the chosen command: run a program, check it,
// the REPL (or a script on standard input), start a phantom, list processes and stop one. Arguments after the
// program file belong to the BASIC program and are never parsed as options. Every command that runs BASIC
// first registers in the process table and takes its licence (runtime/process_table.hpp,
// runtime/licence.hpp).
#include "runtime/cli/cli.hpp"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "mvbasic/version.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/cli/loader.hpp"
#include "runtime/cli/phantom.hpp"
#include "runtime/cli/repl.hpp"
#include "runtime/licence.hpp"
#include "runtime/process_table.hpp"

namespace po = boost::program_options;

namespace mv::cli {

namespace {

const char* const kUsage =
    "usage: mvbasic run [--disasm] [--trace] [--no-cache] [--config FILE] FILE [ARGS...]\n"
    "       mvbasic FILE [ARGS...]          (same as run)\n"
    "       mvbasic check FILE...           (compile only; report every error)\n"
    "       mvbasic [repl] [--config FILE]  (the REPL on a terminal; from a pipe, run the lines without "
    "prompts)\n"
    "       mvbasic phantom [--config FILE] FILE [ARGS...]\n"
    "                                       (run FILE as a phantom: a detached background process)\n"
    "       mvbasic phantoms | users        (list running phantoms | every mvbasic process)\n"
    "       mvbasic logout USERNO           (stop the process with that user number)\n"
    "       mvbasic --version | --help\n"
    "\n"
    "Runs QM-dialect MultiValue BASIC programs. ARGS reach the program through @SENTENCE\n"
    "(\"RUN FILE ARGS...\").\n"
    "\n"
    "Exit status: 0 success (also STOP), 1 runtime error or ABORT, 2 usage error, 3 compile error,\n"
    "4 no licence free (NUMUSERS / PHANTOMS in the configuration file).\n";

struct RunOptions {
  bool disasm = false;
  bool trace = false;
  bool no_cache = false;
  std::string config_path;
  std::string file;
  std::vector<std::string> args;
};

// What may follow the options: nothing (the REPL), FILE [ARGS...] (run, phantom), or any words (logout N).
enum class Positional { None, File, Words };

// Splits "[options] FILE [ARGS...]": options stop at the first word that is not one.
int parse_options(const std::vector<std::string>& words, RunOptions& o, Positional positional) {
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
      "config", po::value<std::string>(&o.config_path),
      "configuration file (else $MVBASIC_CONFIG, ./mvbasic.conf)");
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(opts).options(desc).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "mvbasic: " << e.what() << "\n" << kUsage;
    return kExitUsage;
  }
  if (positional == Positional::Words || (positional == Positional::None && i == words.size())) {
    o.args.assign(words.begin() + static_cast<long>(i), words.end());
    return kExitOk;
  }
  if (positional == Positional::None) {
    std::cerr << "mvbasic: unexpected argument " << words[i] << "\n" << kUsage;
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

int load_settings(const RunOptions& o, RunSettings& s) {
  std::string error;
  if (!runtime::load_config(o.config_path, s.config, error)) {
    std::cerr << "mvbasic: " << error << "\n";
    return kExitUsage;
  }
  s.use_cache = !o.no_cache;
  s.trace = o.trace;
  return kExitOk;
}

// Registers this process and takes the licence its kind needs. Without licence limits a process table that
// cannot be written (a read-only RUNDIR) is not fatal: the process runs with its pid as its user number.
int enter_process_table(runtime::ProcessKind kind, const std::string& command, RunSettings& s) {
  std::string error;
  bool limited = s.config.numusers > 0 || s.config.phantoms > 0;
  int64_t user = 0;
  if (!runtime::register_process(s.config.rundir, kind, command, user, error)) {
    if (limited) {
      std::cerr << "mvbasic: " << error << "\n";
      return kExitNoLicence;
    }
    user = ::getpid();
  }
  if (!runtime::take_start_licence(s.config, kind, false, error)) {
    std::cerr << "mvbasic: cannot start: " << error << "\n";
    return kExitNoLicence;
  }
  s.info.user_number = user;
  s.info.phantom = kind == runtime::ProcessKind::Phantom;
  return kExitOk;
}

runtime::ProcessKind kind_from_stdin() {
  return ::isatty(STDIN_FILENO) ? runtime::ProcessKind::Interactive : runtime::ProcessKind::Background;
}

int run_command(const RunOptions& o) {
  RunSettings s;
  int status = load_settings(o, s);
  if (status != kExitOk) return status;
  if (o.disasm) {
    runtime::Program program;
    std::string diag;
    status = load_program(o.file, s.use_cache, program, diag);
    std::cerr << diag;
    if (status == kExitOk) std::cout << runtime::disassemble(program);
    return status;
  }
  std::string sentence = "RUN " + o.file;
  for (const std::string& a : o.args) sentence += " " + a;
  status = enter_process_table(kind_from_stdin(), sentence, s);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  std::string errors;
  status = run_file(o.file, o.args, commands.settings(), errors);
  std::fflush(stdout);
  std::cerr << errors;
  return status;
}

int repl_command(const std::vector<std::string>& words) {
  RunOptions o;
  RunSettings s;
  int status = parse_options(words, o, Positional::None);
  if (status == kExitOk) status = load_settings(o, s);
  bool terminal = ::isatty(STDIN_FILENO);
  if (status == kExitOk)
    status = enter_process_table(kind_from_stdin(), terminal ? "REPL" : "REPL < script", s);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  return repl_main(commands, terminal);
}

int check_command(const std::vector<std::string>& files) {
  if (files.empty()) {
    std::cerr << "mvbasic check: no files given\n" << kUsage;
    return kExitUsage;
  }
  int status = kExitOk;
  for (const std::string& f : files) {
    runtime::Program program;
    std::string diag;
    int s = load_program(f, false, program, diag);
    std::cerr << diag;
    if (s != kExitOk && status != kExitUsage) status = s;
  }
  return status;
}

// Quotes a word for the command processor's splitter when it holds blanks or quotes.
std::string quote_word(const std::string& w) {
  if (!w.empty() && w.find_first_of(" \t'\"") == std::string::npos) return w;
  return w.find('"') == std::string::npos ? "\"" + w + "\"" : "'" + w + "'";
}

// `mvbasic phantom`, `phantoms`, `users` and `logout`: one command-processor command, from a process that
// does not itself register (it only starts, lists or stops others).
int process_command(const std::string& verb, const std::vector<std::string>& words) {
  RunOptions o;
  int status = parse_options(words, o, verb == "phantom" ? Positional::File : Positional::Words);
  RunSettings s;
  if (status == kExitOk) status = load_settings(o, s);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  std::string line;
  if (verb == "phantom") {
    line = "PHANTOM RUN " + quote_word(o.file);
    for (const std::string& a : o.args) line += " " + quote_word(a);
    int64_t user = commands.execute(line, nullptr);
    return user > 0 ? kExitOk : user == -runtime::kNoLicenceStatus ? kExitNoLicence : kExitRuntimeError;
  }
  line = verb == "phantoms" ? "LIST.PHANTOMS" : verb == "users" ? "LISTU" : "LOGOUT";
  for (const std::string& w : o.args) line += " " + quote_word(w);
  int64_t result = commands.execute(line, nullptr);
  return result >= 0 ? kExitOk : result == kCommandUsage ? kExitUsage : kExitRuntimeError;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty()) return repl_command(words);
  const std::string& first = words[0];
  std::vector<std::string> rest(words.begin() + 1, words.end());
  if (first == "--version" || first == "-V") {
    std::cout << "mvbasic " << kVersion << "\n";
    return kExitOk;
  }
  if (first == "--help" || first == "-h" || first == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (first == "check") return check_command(rest);
  if (first == "repl") return repl_command(rest);
  if (first == "__phantom") return phantom_main(rest);
  if (first == "phantom" || first == "phantoms" || first == "users" || first == "logout")
    return process_command(first, rest);
  // `mvbasic --config FILE` with no program is the REPL too.
  if (first == "--config" && words.size() == 2) return repl_command(words);
  RunOptions o;
  if (first != "run" && first[0] == '-' && first != "--disasm" && first != "--trace" &&
      first != "--no-cache" && first.rfind("--config", 0) != 0) {
    std::cerr << "mvbasic: unknown option " << first << "\n" << kUsage;
    return kExitUsage;
  }
  int status = parse_options(first == "run" ? rest : words, o, Positional::File);
  if (status != kExitOk) return status;
  return run_command(o);
}

}  // namespace mv::cli
