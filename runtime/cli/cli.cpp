// Parses the command line with Boost.Program_options and runs the chosen command: run a program, check it,
// the REPL (or a script on standard input), start a phantom, list processes and stop one. Arguments after the
// program file belong to the BASIC program and are never parsed as options. Every command that runs BASIC
// first registers in the process table and takes its licence (runtime/process_table.hpp,
// runtime/licence.hpp).
#include "runtime/cli/cli.hpp"

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cctype>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "mvbasic/version.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/cli/loader.hpp"
#include "runtime/cli/phantom.hpp"
#include "runtime/cli/repl.hpp"
#include "runtime/cli/report.hpp"
#include "runtime/cli/serve.hpp"
#include "runtime/licence.hpp"
#include "runtime/process_table.hpp"

namespace po = boost::program_options;

namespace mv::cli {

namespace {

const char* const kUsage =
    "usage: mvbasic run [--disasm] [--trace] [--no-cache] [--config FILE] FILE|- [ARGS...]\n"
    "       mvbasic FILE [ARGS...]          (same as run)\n"
    "       mvbasic -e 'STATEMENTS' [ARGS...] (run statements given on the command line)\n"
    "       mvbasic check FILE|DIR...       (compile only; report every error; folders recursively)\n"
    "       mvbasic [repl] [--config FILE]  (the REPL on a terminal; from a pipe, the program or lines it "
    "holds)\n"
    "       mvbasic phantom [--config FILE] FILE [ARGS...]\n"
    "                                       (run FILE as a phantom: a detached background process)\n"
    "       mvbasic phantoms | users        (list running phantoms | every mvbasic process)\n"
    "       mvbasic logout USERNO           (stop the process with that user number)\n"
    "       mvbasic serve PROGRAM [options] (a server: PROGRAM runs per connection in a worker pool)\n"
    "       mvbasic create-file [DICT|DATA] NAME [DYNAMIC|DIRECTORY]\n"
    "       mvbasic delete-file | clear-file [DICT|DATA] NAME  (the file commands, from the shell)\n"
    "       mvbasic copy FROM SRC TO DEST IDS...|ALL [OVERWRITING] [DELETING]\n"
    "       mvbasic query 'SENTENCE'       (a query: LIST, SORT, SELECT, SSELECT, COUNT; docs/query.md)\n"
    "       mvbasic COMMAND --help          (one command's usage)\n"
    "       mvbasic --version | --help\n"
    "\n"
    "Runs QM-dialect MultiValue BASIC programs. ARGS reach the program through @SENTENCE\n"
    "(\"RUN FILE ARGS...\").\n"
    "\n"
    "Exit status: 0 success (also STOP), 1 runtime error or ABORT, 2 usage error, 3 compile error,\n"
    "4 no licence free (NUMUSERS / PHANTOMS in the configuration file).\n";

// Each command's own usage, printed by `mvbasic COMMAND --help`.
struct CommandHelp {
  const char* name;
  const char* text;
};
const CommandHelp kCommandHelp[] = {
    {"run",
     "usage: mvbasic run [--disasm] [--trace] [--no-cache] [--config FILE] FILE|- [ARGS...]\n"
     "\n"
     "Compiles FILE (through the bytecode cache) and runs it. ARGS reach the program through @SENTENCE as\n"
     "RUN FILE ARGS...; FILE - reads the program from standard input. `mvbasic FILE ARGS...` is the same.\n"
     "\n"
     "  --disasm       print the bytecode instead of running\n"
     "  --trace        trace each instruction on standard error\n"
     "  --no-cache     always compile; neither read nor write the cache\n"
     "  --config FILE  configuration file (else $MVBASIC_CONFIG, ./mvbasic.conf)\n"
     "\n"
     "Exit status: 0 success (also STOP), 1 runtime error or ABORT, 2 usage error, 3 compile error,\n"
     "4 no licence free.\n"},
    {"check",
     "usage: mvbasic check FILE|DIR...\n"
     "\n"
     "Compiles each FILE without running it and reports every error as file:line:col. A folder is checked\n"
     "recursively: every BASIC source in it, QM-style record names without an extension included, but not\n"
     "hidden files, dictionaries (*.DIC), object folders (*.OUT), include records (*.H) or files of another\n"
     "kind (.md, .py, .json, ...). Ends with a summary line: files checked, errors, warnings.\n"
     "\n"
     "Exit status: 0 when everything compiles, 3 when something does not, 2 for a file that cannot be "
     "read.\n"},
    {"repl",
     "usage: mvbasic [repl] [--config FILE]\n"
     "\n"
     "On a terminal, the interactive REPL (see docs/repl.md). With standard input from a file or a pipe, a\n"
     "whole program runs as one program; lines that do not compile as a program run one by one, as typed.\n"},
    {"phantom",
     "usage: mvbasic phantom [--config FILE] FILE [ARGS...]\n"
     "\n"
     "Starts FILE as a phantom, a detached background process, and prints its user number. A program that\n"
     "does not compile is reported and nothing is started (exit status 3).\n"},
    {"phantoms", "usage: mvbasic phantoms [--config FILE]\n\nLists the running phantoms.\n"},
    {"users", "usage: mvbasic users [--config FILE]\n\nLists every running mvbasic process.\n"},
    {"logout", "usage: mvbasic logout [--config FILE] USERNO\n\nStops the process with that user number.\n"},
    {"create-file",
     "usage: mvbasic create-file [DICT|DATA] NAME [DYNAMIC|DIRECTORY]\n\nCREATE.FILE: makes a hashed file "
     "(the default) or a directory file in the current directory, with its dictionary NAME.DIC.\n"},
    {"delete-file", "usage: mvbasic delete-file [DICT|DATA] NAME\n\nDELETE.FILE: deletes a file.\n"},
    {"clear-file",
     "usage: mvbasic clear-file [DICT|DATA] NAME\n\nCLEAR.FILE: deletes every record of a file.\n"},
    {"query",
     "usage: mvbasic query [--config FILE] 'SENTENCE'\n\nRuns a query sentence (LIST, SORT, SELECT, SSELECT or "
     "COUNT) on the files of the current directory, as the command processor does; see docs/query.md.\n"},
    {"copy",
     "usage: mvbasic copy FROM [DICT] SRC TO [DICT] DEST IDS...|ALL [OVERWRITING] [DELETING]\n\nCOPY: copies "
     "records between two files of any kind (hashed or directory).\n"},
};

// True (after printing it) when `words` asks for a command's help with --help or -h before any file.
bool command_help(const std::string& command, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (w.empty() || w[0] != '-' || w == "-") return false;
    if (w == "--help" || w == "-h") {
      for (const CommandHelp& h : kCommandHelp) {
        if (command == h.name) std::cout << h.text;
      }
      return true;
    }
  }
  return false;
}

// The one wording of a usage error: what was wrong, then where to read the command's usage.
int usage_error(const std::string& command, const std::string& message) {
  std::cerr << "mvbasic" << (command.empty() ? "" : " " + command) << ": " << message << " (see mvbasic "
            << (command.empty() ? "" : command + " ") << "--help)\n";
  return kExitUsage;
}

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
int parse_options(const std::string& command, const std::vector<std::string>& words, RunOptions& o,
                  Positional positional) {
  size_t i = 0;
  std::vector<std::string> opts;
  // A lone '-' is a file: the program on standard input.
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
  } catch (const po::unknown_option& e) {
    return usage_error(command, "unknown option '" + e.get_option_name() + "'");
  } catch (const po::error& e) {
    return usage_error(command, e.what());
  }
  if (positional == Positional::Words || (positional == Positional::None && i == words.size())) {
    o.args.assign(words.begin() + static_cast<long>(i), words.end());
    return kExitOk;
  }
  if (positional == Positional::None) return usage_error(command, "unexpected argument '" + words[i] + "'");
  if (i >= words.size()) return usage_error(command, "no program file given");
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

// Quotes a word for the command processor's splitter when it holds blanks or quotes.
std::string quote_word(const std::string& w) {
  if (!w.empty() && w.find_first_of(" \t'\"") == std::string::npos) return w;
  return w.find('"') == std::string::npos ? "\"" + w + "\"" : "'" + w + "'";
}

// SIGTERM and SIGHUP stop a program run from the shell the way Ctrl-C does, at its next loop, call or wait,
// so that it ends through the normal path: its Unix server socket files are removed and the terminal is
// restored. A second signal, when the first has not been acted on, ends the process at once.
extern "C" void on_terminate(int sig) {
  if (runtime::g_interrupt) {
    ::signal(sig, SIG_DFL);
    ::raise(sig);
    return;
  }
  runtime::g_interrupt = 1;
}

void stop_on_terminate() {
  struct sigaction sa {};
  sa.sa_handler = on_terminate;  // no SA_RESTART: a blocking read must end
  ::sigaction(SIGTERM, &sa, nullptr);
  ::sigaction(SIGHUP, &sa, nullptr);
}

// --disasm: the program's listing, then that of each routine it CALLs (and they call), found as a run would
// find them; a routine that cannot be found or compiled is noted in the listing.
std::string disassemble_with_routines(const runtime::Program& program, const std::string& file,
                                      const RunSettings& s) {
  std::string out = runtime::disassemble(program, builtin_name);
  std::vector<std::pair<std::string, std::string>> pending;  // (routine, the file that calls it)
  std::vector<std::string> seen;
  auto collect = [&](const runtime::Program& p, const std::string& from) {
    for (size_t pc = 0; pc < p.code.size(); pc += runtime::instruction_length(p.code, pc)) {
      runtime::Op op = runtime::decode_op(p.code[pc]);
      int32_t a = runtime::decode_a(p.code[pc]);
      if ((op == runtime::Op::CALL || op == runtime::Op::CALL_FUNC) && a >= 0 &&
          static_cast<size_t>(a) < p.constants.size())
        pending.emplace_back(p.constants[a].text, from);
    }
  };
  collect(program, file);
  while (!pending.empty()) {
    auto [name, from] = pending.front();
    pending.erase(pending.begin());
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) continue;
    seen.push_back(name);
    std::string error;
    auto routine = routine_program(name, from, &s.config, s.use_cache, error);
    if (!routine) {
      out += "\n; " + name + ": " + error.substr(0, error.find('\n')) + "\n";
      continue;
    }
    out += "\n; routine " + name + " (" + routine->files[0] + ")\n" +
           runtime::disassemble(*routine, builtin_name);
    collect(*routine, routine->files[0]);
  }
  return out;
}

int run_command(const RunOptions& o) {
  RunSettings s;
  int status = load_settings(o, s);
  if (status != kExitOk) return status;
  if (o.disasm) {
    runtime::Program program;
    std::string diag;
    status = load_program(o.file, s.use_cache, program, diag);
    report(diag);
    if (status == kExitOk) std::cout << disassemble_with_routines(program, o.file, s) << std::flush;
    // --disasm --trace lists the code, then runs it traced.
    if (!o.trace || status != kExitOk) return status;
  }
  std::string sentence = "RUN " + quote_word(o.file);
  for (const std::string& a : o.args) sentence += " " + quote_word(a);
  status = enter_process_table(kind_from_stdin(), sentence, s);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  std::string errors;
  stop_on_terminate();
  status = run_file(o.file, o.args, commands.settings(), errors, sentence);
  std::fflush(stdout);
  report(errors);
  return status;
}

// `mvbasic -e 'STATEMENTS' [ARGS...]`: statements from the command line run as a program, as `lua -e` and
// `python -c` run theirs; diagnostics name them <-e>, and @SENTENCE is RUN -e ARGS...
int eval_command(const std::vector<std::string>& words) {
  if (words.empty()) return usage_error("", "-e needs the statements to run");
  RunSettings s;
  RunOptions o;
  int status = load_settings(o, s);
  if (status != kExitOk) return status;
  std::vector<std::string> args(words.begin() + 1, words.end());
  std::string sentence = "RUN -e";
  for (const std::string& a : args) sentence += " " + quote_word(a);
  status = enter_process_table(kind_from_stdin(), sentence, s);
  if (status != kExitOk) return status;
  auto program = std::make_shared<runtime::Program>();
  std::string diag;
  status = compile_text("<-e>", words[0] + "\n", *program, diag);
  report(diag);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  std::string errors;
  status = run_program(program, "-", args, commands.settings(), errors, sentence);
  std::fflush(stdout);
  report(errors);
  return status;
}

int repl_command(const std::vector<std::string>& words) {
  RunOptions o;
  RunSettings s;
  int status = parse_options("repl", words, o, Positional::None);
  if (status == kExitOk) status = load_settings(o, s);
  bool terminal = ::isatty(STDIN_FILENO);
  if (status == kExitOk)
    status = enter_process_table(kind_from_stdin(), terminal ? "REPL" : "REPL < script", s);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  return repl_main(commands, terminal);
}

// Whether a file found while checking a folder is a BASIC source: not hidden, not an include record (*.H)
// and not a file of another kind by its ending. QM record names often hold dots (ADD.FIELD.FUNC), so any
// other ending counts as part of the name.
bool looks_like_source(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  size_t dot = name.find_last_of('.');
  if (dot == std::string::npos) return true;
  std::string ext = name.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const kOther[] = {
      "h",   "md",  "txt", "py",  "pyc", "json", "sh",   "ps1", "bat", "cmd", "html", "htm", "js",  "css",
      "c",   "cpp", "hpp", "csv", "xml", "yml",  "yaml", "log", "ini", "cfg", "conf", "png", "jpg", "gif",
      "pdf", "zip", "gz",  "tcl", "sql", "out",  "exit", "in",  "err", "bak", "orig", "swp"};
  for (const char* o : kOther) {
    if (ext == o) return false;
  }
  return true;
}

// The sources under a folder, in name order: recursively, skipping hidden folders, dictionaries (*.DIC) and
// object folders (*.OUT).
void collect_sources(const std::filesystem::path& dir, std::vector<std::string>& out) {
  std::vector<std::filesystem::path> entries;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) entries.push_back(e.path());
  std::sort(entries.begin(), entries.end());
  for (const auto& p : entries) {
    std::string name = p.filename().string();
    if (std::filesystem::is_directory(p, ec)) {
      std::string upper = name;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      bool skip =
          name[0] == '.' || (upper.size() > 4 && (upper.ends_with(".DIC") || upper.ends_with(".OUT")));
      if (!skip) collect_sources(p, out);
    } else if (std::filesystem::is_regular_file(p, ec) && looks_like_source(name) &&
               std::filesystem::file_size(p, ec) > 0) {
      out.push_back(p.string());
    }
  }
}

// Counts the diagnostics of one severity ("error" or "warning") in a compiler report.
size_t count_diagnostics(const std::string& diag, const std::string& severity) {
  size_t n = 0;
  for (size_t at = diag.find(": " + severity + ": "); at != std::string::npos;
       at = diag.find(": " + severity + ": ", at + 1)) {
    ++n;
  }
  return n;
}

int check_command(const std::vector<std::string>& args) {
  if (command_help("check", args)) return kExitOk;
  if (args.empty()) return usage_error("check", "no files given");
  std::vector<std::string> files;
  for (const std::string& a : args) {
    std::error_code ec;
    if (a.size() > 1 && a[0] == '-') return usage_error("check", "unknown option '" + a + "'");
    if (std::filesystem::is_directory(a, ec))
      collect_sources(a, files);
    else
      files.push_back(a);
  }
  int status = kExitOk;
  size_t errors = 0, warnings = 0, failed = 0;
  for (const std::string& f : files) {
    runtime::Program program;
    std::string diag;
    int s = load_program(f, false, program, diag);
    report(diag);
    errors += count_diagnostics(diag, "error");
    warnings += count_diagnostics(diag, "warning");
    if (s != kExitOk) ++failed;
    if (s == kExitUsage && diag.find(": error: ") == std::string::npos) ++errors;
    if (s != kExitOk && status != kExitUsage) status = s;
  }
  std::cerr << "mvbasic check: " << files.size() << (files.size() == 1 ? " file" : " files") << " checked, "
            << failed << " with errors; " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings") << "\n";
  return status;
}

// `mvbasic phantom`, `phantoms`, `users` and `logout`: one command-processor command, from a process that
// does not itself register (it only starts, lists or stops others).
int process_command(const std::string& verb, const std::vector<std::string>& words) {
  RunOptions o;
  int status = parse_options(verb, words, o, verb == "phantom" ? Positional::File : Positional::Words);
  RunSettings s;
  if (status == kExitOk) status = load_settings(o, s);
  if (status != kExitOk) return status;
  CommandProcessor commands(s);
  std::string line;
  if (verb == "phantom") {
    // The program is compiled here first, so a compile error is reported to the user who typed the command
    // (exit status 3) instead of into a detached process's log.
    runtime::Program program;
    std::string diag;
    if (load_program(o.file, s.use_cache, program, diag) == kExitCompileError) {
      report(diag);
      return kExitCompileError;
    }
    line = "PHANTOM RUN " + quote_word(o.file);
    for (const std::string& a : o.args) line += " " + quote_word(a);
    int64_t user = commands.execute(line, nullptr);
    return user > 0 ? kExitOk : user == -runtime::kNoLicenceStatus ? kExitNoLicence : kExitRuntimeError;
  }
  line = verb == "phantoms" ? "LIST.PHANTOMS" : verb == "users" ? "LISTU" : "LOGOUT";
  if (verb == "query") {
    // `mvbasic query 'LIST ORDERS WITH ...'`: the sentence as written, quotes and all.
    line.clear();
    for (const std::string& w : o.args) line += (line.empty() ? "" : " ") + w;
    int64_t found = commands.execute(line, nullptr);
    return found >= 0 ? kExitOk : found == kCommandUsage ? kExitUsage : kExitRuntimeError;
  }
  if (verb == "copy" || (verb.size() > 5 && verb.compare(verb.size() - 5, 5, "-file") == 0)) {
    // create-file -> CREATE.FILE, copy -> COPY
    line = verb;
    for (char& c : line) c = c == '-' ? '.' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  for (const std::string& w : o.args) line += " " + quote_word(w);
  int64_t result = commands.execute(line, nullptr);
  return result >= 0 ? kExitOk : result == kCommandUsage ? kExitUsage : kExitRuntimeError;
}

// `mvbasic serve PROGRAM [options]` (runtime/cli/serve*.cpp).
int serve_command(const std::vector<std::string>& words) {
  ServeOptions o;
  bool help = false;
  int status = parse_serve_options(words, o, help);
  return status != kExitOk || help ? status : serve_main(o);
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
  if (first == "-e") return eval_command(rest);
  if (first == "check") return check_command(rest);
  if (first == "__phantom") return phantom_main(rest);
  if (first == "serve") return serve_command(rest);
  for (const CommandHelp& h : kCommandHelp) {
    if (first == h.name && command_help(first, rest)) return kExitOk;
  }
  if (first == "repl") return repl_command(rest);
  if (first == "phantom" || first == "phantoms" || first == "users" || first == "logout" ||
      first == "create-file" || first == "delete-file" || first == "clear-file" || first == "copy" ||
      first == "query")
    return process_command(first, rest);
  // `mvbasic --config FILE` with no program is the REPL too.
  if (first == "--config" && words.size() == 2) return repl_command(words);
  RunOptions o;
  if (first != "run" && first.size() > 1 && first[0] == '-' && first != "--disasm" && first != "--trace" &&
      first != "--no-cache" && first.rfind("--config", 0) != 0) {
    return usage_error("", "unknown option '" + first + "'");
  }
  int status = parse_options("run", first == "run" ? rest : words, o, Positional::File);
  if (status != kExitOk) return status;
  std::error_code ec;
  if (std::filesystem::is_directory(o.file, ec))
    return usage_error("run",
                       "'" + o.file + "' is a folder; run takes one program file (check takes folders)");
  return run_command(o);
}

}  // namespace mv::cli
