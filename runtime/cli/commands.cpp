// The command processor behind EXECUTE, PERFORM and the REPL's command lines. Output is captured for
// EXECUTE ... CAPTURING by pointing file descriptor 1 at an anonymous memory file for the length of the
// command, so programs it RUNs and shell commands it starts are captured exactly like its own messages.
// Messages about failures go to standard error, except while capturing, when they are part of what the caller
// sees.
#include "runtime/cli/commands.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>

#include "compiler/compile.hpp"
#include "compiler/suggest.hpp"
#include "runtime/ascii.hpp"
#include "runtime/cli/cli.hpp"
#include "runtime/cli/phantom.hpp"
#include "runtime/process_table.hpp"
#include "runtime/vm.hpp"
#include "stdlib/builtins.hpp"
#include "stdlib/files/file_commands.hpp"
#include "stdlib/query/query.hpp"
#include "stdlib/sockets/socket_core.hpp"

namespace mv::cli {

namespace {

constexpr int kMaxDepth = 16;

struct CommandDef {
  const char* name;
  const char* usage;
  const char* doc;
};

const CommandDef kCommands[] = {
    {"RUN", "RUN FILE [ARGS...]",
     "compile and run a BASIC program; status 0 when it ends normally, 1 after a runtime error or ABORT, 3 "
     "when it "
     "does not compile"},
    {"PHANTOM", "PHANTOM RUN FILE [ARGS...]",
     "start a command as a phantom (a detached background process); prints and returns its user number, or "
     "-7028 when no licence is free"},
    {"LIST.PHANTOMS", "LIST.PHANTOMS",
     "list the running phantoms: user number, pid, start time, command and log"},
    {"LISTU", "LISTU", "list every running mvbasic process; * marks this one"},
    {"LOGOUT", "LOGOUT USERNO", "stop the process with that user number (usually a phantom)"},
    {"SLEEP", "SLEEP SECONDS", "pause (Ctrl-C ends the pause)"},
    {"SH", "SH -c 'COMMAND' | SH COMMAND | SH",
     "run a shell command, or an interactive shell; status: its exit status"},
    {"CREATE.FILE", "CREATE.FILE [DICT|DATA] NAME [DYNAMIC|DIRECTORY]",
     "create a file: a hashed file in the folder's database (DYNAMIC, the default) or a directory file; "
     "both parts (NAME.DIC and NAME) unless DICT or DATA is given"},
    {"DELETE.FILE", "DELETE.FILE [DICT|DATA] NAME", "delete a file, both parts unless DICT or DATA is given"},
    {"CLEAR.FILE", "CLEAR.FILE [DICT|DATA] NAME", "delete every record of a file (its data part by default)"},
    {"COPY", "COPY FROM [DICT] SRC TO [DICT] DEST IDS...|ALL [OVERWRITING] [DELETING]",
     "copy records between two files of any kind; prints how many were copied"},
    {"CREATE.INDEX", "CREATE.INDEX FILE FIELD... [DELETING] [NO.CASE] [NO.NULLS]",
     "create an alternate-key index on a dictionary field (D, I, C, A or S-type)"},
    {"BUILD.INDEX", "BUILD.INDEX FILE FIELD...|ALL", "build (or rebuild) indices from the records"},
    {"DELETE.INDEX", "DELETE.INDEX FILE FIELD...|ALL", "delete indices"},
    {"LIST.INDEX", "LIST.INDEX FILE [FIELD...|ALL]", "list a file's indices"},
    {"SAVE.LIST", "SAVE.LIST NAME [FROM LIST]",
     "save what a select list (0 by default) has left in $SAVEDLISTS; status: how many entries"},
    {"GET.LIST", "GET.LIST NAME [TO LIST]",
     "make a saved list the active select list (0 by default); status: how many entries"},
    {"DELETE.LIST", "DELETE.LIST NAME", "delete a saved list from $SAVEDLISTS"},
    {"LIST", "LIST [DICT] FILE [IDS...] [WITH ...] [BY ...] [FIELDS...] [options]",
     "report records of a file (docs/query.md); the query language's selection, sorting and columns"},
    {"SORT", "SORT [DICT] FILE ...", "LIST in record id order (and by any BY clauses)"},
    {"SELECT", "SELECT [DICT] FILE [WITH ...] [BY ...] [TO n]", "make select list 0 (or n) of the records"},
    {"SSELECT", "SSELECT [DICT] FILE ...", "SELECT, sorted by record id (and by any BY clauses)"},
    {"COUNT", "COUNT [DICT] FILE [WITH ...]", "count the records that pass the selection"},
    {"SUM", "SUM [DICT] FILE FIELD... [WITH ...]", "the totals of fields over the records that pass"},
    {"LIST.ITEM", "LIST.ITEM [DICT] FILE [IDS...] [WITH ...] [BY ...]", "show whole records, field by field"},
    {"SORT.ITEM", "SORT.ITEM [DICT] FILE ...", "LIST.ITEM in record id order (and by any BY clauses)"},
    {"HELP", "HELP [NAME]",
     "list the commands, or show the usage of a command, built-in function or @variable"},
};

}  // namespace

std::vector<std::string> command_names() {
  std::vector<std::string> out;
  for (const CommandDef& c : kCommands) out.push_back(c.name);
  return out;
}

namespace {

struct SysvarDoc {
  const char* name;
  const char* doc;
};

const SysvarDoc kSysvars[] = {
#define SYSVAR(id, name, doc) {name, doc},
#include "runtime/sysvars.def"
#undef SYSVAR
};

const CommandDef* find_command(const std::string& name) {
  std::string u = runtime::ascii_upper(name);
  for (const CommandDef& c : kCommands)
    if (u == c.name) return &c;
  return nullptr;
}

void say(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

// Points descriptor 1 at a memory file while a command runs, then collects what was written there.
class Capture {
 public:
  bool begin() {
    std::fflush(stdout);
    std::cout.flush();
    mem_ = ::memfd_create("mvbasic-capture", MFD_CLOEXEC);
    if (mem_ < 0) return false;
    saved_ = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    ::dup2(mem_, STDOUT_FILENO);
    return true;
  }
  std::string end() {
    std::fflush(stdout);
    std::cout.flush();
    ::dup2(saved_, STDOUT_FILENO);
    ::close(saved_);
    std::string text;
    char buf[65536];
    ssize_t n;
    off_t at = 0;
    while ((n = ::pread(mem_, buf, sizeof buf, at)) > 0) {
      text.append(buf, static_cast<size_t>(n));
      at += n;
    }
    ::close(mem_);
    return text;
  }

 private:
  int mem_ = -1;
  int saved_ = -1;
};

bool is_dir(const std::string& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// "RUN FILE ARGS" or QM's "RUN DIR PROGRAM ARGS": returns the program path and leaves the arguments.
std::string program_path(std::vector<std::string>& words) {
  std::string file = words[0];
  size_t used = 1;
  if (::access(file.c_str(), R_OK) != 0 && words.size() > 1 && is_dir(file)) {
    file += "/" + words[1];
    used = 2;
  }
  words.erase(words.begin(), words.begin() + static_cast<long>(used));
  return file;
}

bool parse_int(const std::string& s, int64_t& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0') return false;
  out = v;
  return true;
}

std::string format_time(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  localtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
  return buf;
}

std::string format_entry(const runtime::ProcessEntry& e, bool own) {
  char head[96];
  std::snprintf(head, sizeof head, "%c%5lld %7d  %-11s  %s  ", own ? '*' : ' ',
                static_cast<long long>(e.user_number), static_cast<int>(e.pid),
                runtime::process_kind_name(e.kind), format_time(e.started).c_str());
  std::string line = head + e.command;
  if (!e.log.empty()) line += "  (log " + e.log + ")";
  return line + "\n";
}

}  // namespace

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string cur;
  bool in_word = false;
  char quote = 0;
  for (char c : text) {
    if (quote) {
      if (c == quote)
        quote = 0;
      else
        cur += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t') {
      if (in_word) words.push_back(cur);
      cur.clear();
      in_word = false;
    } else {
      cur += c;
      in_word = true;
    }
  }
  if (in_word) words.push_back(cur);
  return words;
}

// One row of the command list: the usage padded to a column, then the text, wrapped at word boundaries so no
// line passes 100 columns; a usage too long for its column puts the text on the next line.
std::string help_row(const std::string& usage, const std::string& doc) {
  constexpr size_t kColumn = 37, kWidth = 100;
  std::string out = "  " + usage;
  if (out.size() + 1 > kColumn)
    out += "\n" + std::string(kColumn, ' ');
  else
    out += std::string(kColumn - out.size(), ' ');
  size_t col = kColumn;
  for (size_t at = 0; at < doc.size();) {
    size_t end = doc.find(' ', at);
    if (end == std::string::npos) end = doc.size();
    std::string word = doc.substr(at, end - at);
    if (col > kColumn && col + 1 + word.size() > kWidth) {
      out += "\n" + std::string(kColumn, ' ');
      col = kColumn;
    } else if (col > kColumn) {
      out += ' ';
      ++col;
    }
    out += word;
    col += word.size();
    at = end + 1;
  }
  return out + "\n";
}

// A list of names, wrapped at 100 columns and indented, for the HELP topics.
std::string name_list(const std::vector<std::string>& names) {
  std::string out = " ";
  size_t col = 1;
  for (const std::string& n : names) {
    if (col + 1 + n.size() > 100) {
      out += "\n ";
      col = 1;
    }
    out += " " + n;
    col += 1 + n.size();
  }
  return out + "\n";
}

bool help_text(const std::string& name, std::string& out) {
  std::string u = runtime::ascii_upper(name);
  if (u.empty() || u == "COMMANDS") {
    out = "Commands (at the REPL prompt, and through EXECUTE or PERFORM):\n";
    for (const CommandDef& c : kCommands) out += help_row(c.usage, c.doc);
    if (u.empty()) {
      out +=
          "At the REPL, anything else is BASIC: statements run as soon as they are complete, an\n"
          "expression alone prints its value, and QUIT (or Ctrl-D) leaves.\n"
          "Topics: HELP COMMANDS, HELP STATEMENTS, HELP FUNCTIONS, HELP @VARIABLES, and HELP NAME for one\n"
          "command, statement, built-in function (HELP OCONV) or @variable (HELP @USERNO).\n";
    }
    return true;
  }
  if (u == "STATEMENTS") {
    out = "Statements (HELP NAME shows the form of one):\n" + name_list(compiler::statement_keywords());
    return true;
  }
  if (u == "FUNCTIONS") {
    out = "Built-in functions (HELP NAME shows the usage of one):\n" +
          name_list(compiler::builtin_function_names());
    return true;
  }
  if (u == "@VARIABLES" || u == "VARIABLES") {
    out = "@variables (HELP NAME shows what one holds):\n" + name_list(compiler::at_variable_names());
    return true;
  }
  if (const CommandDef* c = find_command(u)) {
    out = std::string(c->usage) + "\n  " + c->doc + "\n";
    return true;
  }
  stdlib::BuiltinId id;
  if (u[0] != '~' && stdlib::find_builtin(u, id)) {
    out = std::string(stdlib::builtin_info(id).usage) + "\n";
    return true;
  }
  for (const SysvarDoc& v : kSysvars) {
    if (u == v.name) {
      out = std::string(v.name) + ": " + v.doc + "\n";
      return true;
    }
  }
  // A statement: its form, from this table for the control statements, else from the built-in that runs it.
  static const std::pair<const char*, const char*> kForms[] = {
      {"IF",
       "IF cond THEN statements {ELSE statements} (one line), or IF cond THEN <newline> ... END ELSE ... "
       "END"},
      {"FOR",
       "FOR var = start TO limit {STEP n} {WHILE|UNTIL cond} ... NEXT {var}; FOR var = v1, v2, ...; "
       "FOR EACH var IN list {DELIMITER d}"},
      {"LOOP", "LOOP {statements} {WHILE|UNTIL cond {DO}} {statements} REPEAT"},
      {"BEGIN", "BEGIN CASE / CASE cond / statements ... / END CASE"},
      {"CASE", "BEGIN CASE / CASE cond / statements ... / END CASE"},
      {"GOSUB", "GOSUB label: run the statements at label until RETURN"},
      {"GOTO", "GOTO label (also GO TO, GO label)"},
      {"ON", "ON n GOSUB|GOTO label1, label2, ..."},
      {"RETURN", "RETURN {value} (from a GOSUB, SUBROUTINE or FUNCTION); RETURN TO label"},
      {"CALL", "CALL name{(args)}; CALL @var{(args)}; CALL !name / *name (catalogued)"},
      {"SUBROUTINE",
       "SUBROUTINE name{(params)} {VAR.ARGS}: the first line of a called routine; (p) by value"},
      {"FUNCTION", "FUNCTION name{(params)} {VAR.ARGS}: the first line of a routine that RETURNs a value"},
      {"DEFFUN", "DEFFUN name{(params)} {CALLING \"routine\"} {KEY k} {VAR.ARGS} {LOCAL}"},
      {"PRINT",
       "PRINT {ON unit} items separated by ',' (tab) or ':' (joined); a trailing ':' stays on the line"},
      {"CRT", "CRT items: as PRINT, always to the display"},
      {"DISPLAY", "DISPLAY items: as CRT"},
      {"DIM", "DIM name(rows{, cols}) {, ...}: dimension a matrix (also DIMENSION)"},
      {"EQU", "EQU name TO value {, ...}: a name for a value or an expression (also EQUATE)"},
      {"COMMON", "COMMON {/name/} var {, mat(n)} ...: variables shared with called routines (also COM)"},
      {"LOCATE",
       "LOCATE s IN d<f{,v}> {BY order} SETTING pos THEN/ELSE; LOCATE(s, d, f{, v}{; order}) as a function"},
      {"REMOVE", "REMOVE var FROM d SETTING code; REMOVE(d, code) as a function"},
      {"INPUT", "INPUT {@(col, row),} var {, length} {:} {_} {UPCASE} {HIDDEN}"},
      {"STOP", "STOP {message items}: end the program"},
      {"ABORT", "ABORT {message items}: end the program and any that called it, status 1"},
      {"EXECUTE", "EXECUTE command {CAPTURING var} {RETURNING var}: run a command (also PERFORM)"},
      {"MAT", "MAT a = b (copy a matrix) or MAT a = value (set every element)"},
      {"TRY", "TRY ... CATCH name {SAVING.STACK} {, name ...} ... {CATCH ...} END {TRY}: handle exceptions"},
      {"CATCH", "CATCH name {, name ...}: a clause of TRY ... END for the exceptions (or groups) named"},
      {"THROW", "THROW name {, data}: raise an exception for the innermost TRY that catches it"},
  };
  for (const auto& [word, form] : kForms) {
    if (u == word) {
      out = std::string(form) + "\n";
      return true;
    }
  }
  std::vector<std::string> keywords = compiler::statement_keywords();
  if (std::binary_search(keywords.begin(), keywords.end(), u)) {
    if (stdlib::find_builtin("~" + u, id))
      out = std::string(stdlib::builtin_info(id).usage) + "\n";
    else
      out = u + " is a statement; docs/language.md and the QM reference manual describe its forms.\n";
    return true;
  }
  return false;
}

CommandProcessor::CommandProcessor(RunSettings base) : base_(std::move(base)) {
  base_.commands = this;
  install_itype_compiler(base_);
}

bool CommandProcessor::is_command(const std::string& line) {
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string::npos) return false;
  size_t e = line.find_first_of(" \t", b);
  if (!find_command(line.substr(b, e == std::string::npos ? std::string::npos : e - b))) return false;
  size_t next = e == std::string::npos ? std::string::npos : line.find_first_not_of(" \t", e);
  // "RUN = 1", "SH<2> = x", "RUN * 2" are BASIC: assignments to, and expressions of, variables that happen to
  // share a command's name. ('-' is not an operator here: SH -c is a command.)
  if (next == std::string::npos) return true;
  // "RUN /abs/prog.b" and "RUN ./prog.b" name a file; "RUN / 2" divides.
  char c = line[next], after = next + 1 < line.size() ? line[next + 1] : ' ';
  if (c == '/' && after != ' ' && after != '\t' && !std::isdigit(static_cast<unsigned char>(after)))
    return true;
  return std::strchr("=<>([*/+:^&,#", c) == nullptr;
}

int64_t CommandProcessor::execute(runtime::Context& cx, const std::string& line, std::string* capture) {
  auto* vm = dynamic_cast<runtime::Vm*>(&cx);
  executed_from_.push_back(vm ? vm->call_positions() : std::vector<std::string>{});
  int64_t status = execute(line, capture);
  executed_from_.pop_back();
  return status;
}

int64_t CommandProcessor::execute(const std::string& line, std::string* capture) {
  if (depth_ >= kMaxDepth) {
    say("EXECUTE is nested too deeply\n");
    return kCommandFailed;
  }
  Capture cap;
  bool capturing = capture && cap.begin();
  bool was_capturing = capturing_;
  capturing_ = capturing_ || capturing;
  ++depth_;
  // The command's name is its first word; the rest of the line, trimmed, is its arguments.
  size_t b = std::min(line.find_first_not_of(" \t"), line.size());
  size_t e = std::min(line.find_first_of(" \t", b), line.size());
  size_t r = std::min(line.find_first_not_of(" \t", e), line.size());
  size_t z = line.find_last_not_of(" \t\r\n");
  std::string rest = z == std::string::npos || z < r ? "" : line.substr(r, z + 1 - r);
  int64_t status = dispatch(runtime::ascii_upper(line.substr(b, e - b)), rest);
  --depth_;
  capturing_ = was_capturing;
  if (capturing) {
    // As in QM, each line of captured output is one field: newlines become field marks, and the final
    // newline is dropped.
    *capture = cap.end();
    std::replace(capture->begin(), capture->end(), '\n', '\xFE');
    if (!capture->empty() && capture->back() == '\xFE') capture->pop_back();
  }
  return status;
}

void CommandProcessor::complain(const std::string& message) {
  if (capturing_) {
    say(message);
  } else {
    std::fflush(stdout);
    std::cerr << message << std::flush;
  }
}

int64_t CommandProcessor::dispatch(const std::string& name, const std::string& rest) {
  if (name.empty()) return 0;
  if (name == "RUN") return run(rest);
  if (name == "PHANTOM") return phantom(rest);
  if (name == "LIST.PHANTOMS") return list(rest, true);
  if (name == "LISTU") return list(rest, false);
  if (name == "LOGOUT") return logout(rest);
  if (name == "SLEEP") return sleep(rest);
  if (name == "SH") return shell(rest);
  if (name == "HELP") return help(rest);
  if (stdlib::files::is_file_command(name)) {
    std::string out, error;
    int64_t status = stdlib::files::file_command(name, split_words(rest), out, error);
    say(out);
    if (!error.empty()) complain(error);
    return status;
  }
  if (stdlib::query::is_query_command(name)) {
    stdlib::query::QueryEnv env{&base_.config, &base_.info};
    std::string error;
    int64_t status = stdlib::query::query_command(name + (rest.empty() ? "" : " " + rest), env, error);
    if (!error.empty()) complain(error);
    return status;
  }
  complain("Unknown command " + name + " (HELP lists the commands)\n");
  return kCommandUnknown;
}

int64_t CommandProcessor::run(const std::string& rest) {
  std::vector<std::string> words = split_words(rest);
  if (words.empty()) {
    complain("usage: RUN FILE [ARGS...]\n");
    return kCommandUsage;
  }
  std::string file = program_path(words);
  std::string errors;
  // @SENTENCE is the command as it was written, quotes and all.
  int status = run_file(file, words, base_, errors, "RUN " + rest);
  if (!errors.empty() && !executed_from_.empty() && !executed_from_.back().empty()) {
    const std::vector<std::string>& chain = executed_from_.back();
    errors += "    run by EXECUTE at " + chain.front() + "\n";
    for (size_t i = 1; i < chain.size(); ++i) errors += "    called from " + chain[i] + "\n";
  }
  if (!errors.empty()) complain(errors);
  return status;
}

int64_t CommandProcessor::phantom(const std::string& rest) {
  std::vector<std::string> words = split_words(rest);
  if (words.empty()) {
    complain("usage: PHANTOM RUN FILE [ARGS...]\n");
    return kCommandUsage;
  }
  // PHANTOM FILE is short for PHANTOM RUN FILE; a RUN whose program cannot be read fails here, not in the
  // log.
  std::string command = find_command(words[0]) ? rest : "RUN " + rest;
  if (runtime::ascii_upper(words[0]) == "RUN" || !find_command(words[0])) {
    if (runtime::ascii_upper(words[0]) == "RUN") words.erase(words.begin());
    std::string file = words.empty() ? "" : program_path(words);
    if (file.empty() || ::access(file.c_str(), R_OK) != 0) {
      complain("PHANTOM: cannot read " + (file.empty() ? std::string("(no program given)") : file) + "\n");
      return kCommandFailed;
    }
  }
  stdlib::sockets::Socket* socket = stdlib::sockets::inheritable_socket();
  PhantomStart r = start_phantom(command, base_.config, base_.use_cache, socket ? socket->fd() : -1);
  if (!r.ok) {
    complain("PHANTOM: " + r.message + "\n");
    return r.status;
  }
  // The mark is spent: the next PHANTOM gets only a socket marked after this one (sockets.md section 11).
  if (socket) stdlib::sockets::mark_inheritable(socket, false);
  say("Phantom " + std::to_string(r.user_number) + " started; log " + r.log + "\n");
  return r.user_number;
}

int64_t CommandProcessor::list(const std::string&, bool phantoms_only) {
  std::vector<runtime::ProcessEntry> all = runtime::list_processes(base_.config.rundir);
  std::string text;
  int64_t count = 0;
  int64_t own = base_.info.user_number;
  for (const runtime::ProcessEntry& e : all) {
    if (phantoms_only && e.kind != runtime::ProcessKind::Phantom) continue;
    text += format_entry(e, e.user_number == own && e.pid == ::getpid());
    ++count;
  }
  if (count == 0) {
    say(phantoms_only ? "No phantoms are running.\n" : "No mvbasic processes are running.\n");
    return 0;
  }
  say("  User     Pid  Type         Started              Command\n" + text);
  return count;
}

int64_t CommandProcessor::logout(const std::string& rest) {
  std::vector<std::string> words = split_words(rest);
  int64_t user = 0;
  if (words.size() != 1 || !parse_int(words[0], user) || user <= 0) {
    complain("usage: LOGOUT USERNO\n");
    return kCommandUsage;
  }
  std::string error;
  if (!stop_process(base_.config.rundir, user, error)) {
    complain("LOGOUT: " + error + "\n");
    return kCommandFailed;
  }
  say("User " + std::to_string(user) + " logged out.\n");
  return 0;
}

int64_t CommandProcessor::sleep(const std::string& rest) {
  std::vector<std::string> words = split_words(rest);
  char* end = nullptr;
  double seconds = words.size() == 1 ? std::strtod(words[0].c_str(), &end) : -1;
  if (words.size() != 1 || *end != '\0' || !(seconds >= 0)) {
    complain("usage: SLEEP SECONDS\n");
    return kCommandUsage;
  }
  // Slices of 20 ms, so Ctrl-C (or LOGOUT in a phantom) ends the pause at once.
  auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (!runtime::g_interrupt && std::chrono::steady_clock::now() < until) ::usleep(20000);
  return 0;
}

int64_t CommandProcessor::shell(const std::string& rest) {
  std::vector<std::string> words = split_words(rest);
  std::vector<std::string> argv = {"sh"};
  if (!words.empty() && words[0] == "-c") {
    argv.insert(argv.end(), words.begin(), words.end());
  } else if (!rest.empty()) {
    argv.insert(argv.end(), {"-c", rest});
  }
  std::vector<char*> cargv;
  for (std::string& a : argv) cargv.push_back(a.data());
  cargv.push_back(nullptr);
  std::fflush(nullptr);
  std::cout.flush();
  pid_t pid = ::fork();
  if (pid == 0) {
    ::execv("/bin/sh", cargv.data());
    ::_exit(127);
  }
  if (pid < 0) {
    complain(std::string("SH: cannot fork: ") + std::strerror(errno) + "\n");
    return kCommandFailed;
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return kCommandFailed;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int64_t CommandProcessor::help(const std::string& rest) {
  std::vector<std::string> words = split_words(rest);
  std::string text;
  if (!help_text(words.empty() ? "" : words[0], text)) {
    std::vector<std::string> names = compiler::statement_keywords();
    for (const std::string& f : compiler::builtin_function_names()) names.push_back(f);
    for (const std::string& c : command_names()) names.push_back(c);
    for (const std::string& v : compiler::at_variable_names()) names.push_back(v);
    complain("HELP: nothing is known about " + words[0] + compiler::did_you_mean(words[0], names) +
             " (HELP lists the topics)\n");
    return kCommandFailed;
  }
  say(text);
  return 0;
}

}  // namespace mv::cli
