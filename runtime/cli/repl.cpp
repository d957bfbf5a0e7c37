// The REPL engine (Session) and its two front ends: a terminal with libedit, and a script on standard input.
// Each input is compiled as a main program whose source is the declarations typed so far (EQUATE, DEFFUN,
// $INCLUDE: they generate no code) followed by the new lines, against the variable slots earlier inputs made,
// and run over the one vector of variables that lives as long as the session. Line numbers in diagnostics and
// runtime errors are shifted back past the declarations, so they count the user's own lines.
#include "runtime/cli/repl.hpp"

#include <histedit.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "compiler/compile.hpp"
#include "compiler/lexer.hpp"
#include "compiler/suggest.hpp"
#include "mvbasic/version.hpp"
#include "runtime/ascii.hpp"
#include "runtime/cli/cli.hpp"
#include "runtime/cli/report.hpp"
#include "runtime/matrix.hpp"
#include "stdlib/builtins.hpp"
#include "stdlib/terminal/terminal.hpp"

namespace mv::cli {

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e + 1 - b);
}

// Splits on `sep` outside quoted strings and parentheses.
std::vector<std::string> split_outside_quotes(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string cur;
  char quote = 0;
  int depth = 0;
  for (char c : s) {
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == sep && depth <= 0) {
      parts.push_back(cur);
      cur.clear();
      continue;
    }
    cur += c;
  }
  parts.push_back(cur);
  return parts;
}

std::string first_word(const std::string& s) {
  size_t e = s.find_first_of(" \t(");
  return s.substr(0, e);
}

// The declarations in one statement, as (key, declaration line) pairs: a later declaration of the same name
// replaces an earlier one. EQUATE A TO 1, B TO 2 is kept as two declarations.
std::vector<std::pair<std::string, std::string>> declarations_in(const std::string& statement) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string st = trim(statement);
  std::string word = runtime::ascii_upper(first_word(st));
  std::string rest = trim(st.substr(std::min(st.size(), first_word(st).size())));
  if (word == "EQU" || word == "EQUATE") {
    for (const std::string& part : split_outside_quotes(rest, ',')) {
      std::string p = trim(part);
      if (!p.empty()) out.emplace_back("E " + first_word(p), "EQUATE " + p);
    }
  } else if (word == "DEFFUN") {
    out.emplace_back("F " + runtime::ascii_upper(first_word(rest)), st);
  } else if (word == "$INCLUDE" || word == "INCLUDE" || word == "$INSERT") {
    out.emplace_back("I " + rest, st);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> declarations_in_text(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    for (const std::string& st : split_outside_quotes(text.substr(pos, nl - pos), ';'))
      for (auto& d : declarations_in(st)) out.push_back(std::move(d));
    pos = nl + 1;
  }
  return out;
}

// COMMON at the prompt: each input is compiled on its own, so a COMMON block would not outlive the line that
// declares it. Its scalar names become session variables that start at 0, as COMMON variables do in a
// program (a CALLed routine's COMMON does not share them).
std::string repl_common(const std::string& line) {
  std::string st = trim(line);
  std::string word = runtime::ascii_upper(first_word(st));
  if ((word != "COMMON" && word != "COM") || st.find('/') != std::string::npos) return line;
  std::string out;
  for (const std::string& part : split_outside_quotes(trim(st.substr(word.size())), ',')) {
    std::string name = trim(part);
    if (name.empty() || name.find('(') != std::string::npos) return line;
    out += (out.empty() ? "" : " ; ") + std::string("IF UNASSIGNED(") + name + ") THEN " + name + " = 0";
  }
  return out.empty() ? line : out;
}

}  // namespace

// The program that shows the value of an expression typed alone. Its marks are made visible; a bare name
// that holds a file or a socket, or names a matrix, is described instead of failing to print.
std::string Session::display_source(const std::string& t) const {
  std::string name = runtime::ascii_upper(t);
  bool bare = !name.empty() && std::isalpha(static_cast<unsigned char>(name[0])) &&
              std::all_of(name.begin(), name.end(), [](char ch) { return compiler::is_name_char(ch); });
  if (bare && std::find(matrices_.begin(), matrices_.end(), name) != matrices_.end())
    return "PRINT '" + name + " is a dimensioned matrix of ' : INMAT(" + name + ") : ' elements: use " +
           name + "(i) for one'\n";
  std::string show = "PRINT CONVERT(@FM : @VM : @SM, '^]\\', (" + t + "))\n";
  if (!bare) return show;
  // One line, so that an error (an unassigned name) is reported at the line the user typed.
  show.pop_back();
  return "BEGIN CASE ; CASE VARTYPE(" + name + ") = 6 ; PRINT 'a file: ' : FILEINFO(" + name +
         ", 2) ; CASE VARTYPE(" + name + ") = 13 ; PRINT 'a socket (SOCKET.INFO(" + name +
         ", key) tells more)' ; CASE 1 ; " + show + " ; END CASE\n";
}

struct Session::Compiled {
  std::shared_ptr<runtime::Program> program;
  bool incomplete = false;
  std::string diagnostics;
  long long prelude_lines = 0;  // subtracted from reported line numbers
};

Session::Session(CommandProcessor& commands, std::string source_name, bool script_lines)
    : commands_(commands), name_(std::move(source_name)), script_lines_(script_lines) {}

bool Session::compile(const std::string& body, Compiled& out) const {
  // Declarations the new input makes itself are left out of the prelude, so redefining one is not an error.
  std::vector<std::pair<std::string, std::string>> own = declarations_in_text(body);
  std::string text;
  size_t lines = 0;
  for (const auto& [key, decl] : prelude_) {
    bool replaced = false;
    for (const auto& o : own) replaced = replaced || o.first == key;
    if (replaced) continue;
    text += decl + "\n";
    ++lines;
  }
  compiler::CompileOptions options;
  options.include_dirs.push_back(syscom_dir());
  options.preset_vars = vars_;
  options.preset_matrices = matrices_;
  auto program = std::make_shared<runtime::Program>();
  compiler::CompileResult r = compiler::compile(name_, text + body, options, *program);
  out.prelude_lines = static_cast<long long>(lines) - (script_lines_ ? buffer_start_ : 0);
  out.incomplete = r.incomplete;
  out.diagnostics = r.diagnostics;
  if (r.ok) out.program = std::move(program);
  return r.ok;
}

std::string Session::shift_lines(const std::string& report) const {
  std::string out;
  std::string mark = name_ + ":";
  size_t pos = 0;
  for (size_t at; (at = report.find(mark, pos)) != std::string::npos;) {
    size_t digits = at + mark.size();
    size_t end = digits;
    while (end < report.size() && std::isdigit(static_cast<unsigned char>(report[end]))) ++end;
    out.append(report, pos, digits - pos);
    if (end > digits) {
      long long line = std::atoll(report.substr(digits, end - digits).c_str()) - prelude_shift_;
      out += std::to_string(line < 1 ? 1 : line);
    }
    pos = end;
  }
  out.append(report, pos, std::string::npos);
  return out;
}

Session::Result Session::feed(const std::string& raw) {
  std::string line = raw;
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  std::string t = trim(line);
  ++lines_fed_;
  if (buffer_.empty()) {
    buffer_start_ = lines_fed_ - 1;
    if (t.empty()) return Result::Done;
    std::string u = runtime::ascii_upper(t);
    if (u == "QUIT" || u == "OFF" || u == "EXIT" || u == "LOGOFF" || u == "LO") return Result::Quit;
    if (t.find('\n') == std::string::npos && CommandProcessor::is_command(t) && !basic_select(t)) {
      // A command typed at the prompt sets @SYSTEM.RETURN.CODE, as EXECUTE of it would.
      carried_.system_return = runtime::Value::integer(commands_.execute(t, nullptr));
      // A command that Ctrl-C cut short (SLEEP, SH) says so on a line of its own.
      if (runtime::g_interrupt) std::cerr << "\nInterrupted\n";
      return Result::Done;
    }
  }
  buffer_ += repl_common(line) + "\n";
  ++buffer_lines_;
  Compiled c;
  if (!compile(buffer_, c)) {
    if (c.incomplete) return Result::NeedMore;
    // A line that is not a statement may be an expression: show its value, with the marks made visible
    // the Pick way (^ field, ] value, \ subvalue) since the raw bytes do not show on a UTF-8 terminal.
    // An assignment that failed (to an EQUATE name, say) keeps its own error: `X = 6` is not a comparison.
    Compiled e;
    bool assignment_error = c.diagnostics.find("cannot be assigned") != std::string::npos;
    if (buffer_lines_ == 1 && !assignment_error && compile(display_source(t), e)) c = std::move(e);
  }
  std::string text = buffer_;
  cancel();
  if (!c.program) {
    prelude_shift_ = c.prelude_lines;
    report(shift_lines(c.diagnostics));
    return Result::Error;
  }
  for (auto& d : declarations_in_text(text)) {
    std::erase_if(prelude_, [&d](const auto& p) { return p.first == d.first; });
    prelude_.push_back(std::move(d));
  }
  prelude_shift_ = c.prelude_lines;
  return run(c.program);
}

void Session::finish() {
  if (buffer_.empty()) return;
  Compiled c;
  compile(buffer_, c);
  prelude_shift_ = c.prelude_lines;
  report(shift_lines(c.diagnostics));
  cancel();
}

Session::Result Session::run(const std::shared_ptr<const runtime::Program>& program) {
  vars_ = program->var_names;
  RunSettings s = commands_.settings();
  char cwd[4096];
  s.info.program_dir = ::getcwd(cwd, sizeof cwd) ? cwd : ".";
  s.info.sentence = "";
  runtime::Vm vm(program, stdlib::builtin_table(), s.info, s.config, &globals_);
  wire_vm(vm, s);
  vm.precision = carried_.precision;
  vm.status = carried_.status;
  vm.system_return = carried_.system_return;
  vm.os_error = carried_.os_error;
  vm.data_queue = std::move(carried_.data_queue);
  vm.prompt = carried_.prompt;
  runtime::Outcome outcome = vm.run();
  stdlib::terminal::restore();  // ECHO OFF, TTYSET and BREAK OFF last for one input, however it ended
  carried_.precision = vm.precision;
  carried_.status = vm.status;
  carried_.system_return = vm.system_return;
  carried_.os_error = vm.os_error;
  carried_.data_queue = std::move(vm.data_queue);
  carried_.prompt = vm.prompt;
  // A DIM that ran makes its name a matrix for every later input.
  for (size_t i = 0; i < globals_.size() && i < vars_.size(); ++i) {
    const runtime::Value& v = globals_[i];
    if (!v.is_handle() || !dynamic_cast<runtime::Matrix*>(v.handle_object())) continue;
    if (std::find(matrices_.begin(), matrices_.end(), vars_[i]) == matrices_.end())
      matrices_.push_back(vars_[i]);
  }
  if (outcome == runtime::Outcome::Failed) {
    // After Ctrl-C the terminal shows ^C; the report starts on a line of its own.
    if (runtime::g_interrupt) std::cerr << "\n";
    report(shift_lines(vm.error_report()));
    return Result::Error;
  }
  return outcome == runtime::Outcome::Aborted ? Result::Error : Result::Done;
}

namespace {

// The terminal front end's state, reached from libedit's C callbacks.
const char* g_prompt = "mv> ";

extern "C" void on_sigint(int) { runtime::g_interrupt = 1; }

const char* prompt_fn(EditLine*) { return g_prompt; }

// Reads one character for libedit. Its own reader retries the first interrupted read, which would swallow
// the first Ctrl-C at the prompt; this one gives up at once when Ctrl-C has been pressed.
int read_char(EditLine*, wchar_t* out) {
  static std::mbstate_t state{};
  for (;;) {
    // A Ctrl-C that came just before the read (while the terminal was still in cooked mode) counts too.
    if (runtime::g_interrupt) return -1;
    char c;
    ssize_t n = ::read(STDIN_FILENO, &c, 1);
    if (n == 1) {
      wchar_t wc;
      size_t r = std::mbrtowc(&wc, &c, 1, &state);
      if (r == static_cast<size_t>(-2)) continue;  // the middle of a multibyte character
      if (r == static_cast<size_t>(-1)) {
        state = std::mbstate_t{};
        wc = static_cast<unsigned char>(c);
      }
      *out = wc;
      return 1;
    }
    if (n == 0) return 0;
    if (errno != EINTR) return -1;
  }
}

// True when more typed (or pasted) input is already waiting on the terminal.
bool input_waiting() {
  struct pollfd p {
    STDIN_FILENO, POLLIN, 0
  };
  return ::poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

// Tab completion: the word before the cursor completed from the statement keywords, built-in functions,
// @variables and the session's own variables, or, after RUN, from the file names in the current folder.
Session* g_session = nullptr;

std::vector<std::string> completion_words() {
  std::vector<std::string> words = compiler::statement_keywords();
  for (const std::string& f : compiler::builtin_function_names()) words.push_back(f);
  for (const std::string& v : compiler::at_variable_names()) words.push_back(v);
  for (const std::string& c : command_names()) words.push_back(c);
  if (g_session) {
    for (const std::string& v : g_session->names()) words.push_back(v);
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

std::vector<std::string> file_candidates(const std::string& prefix) {
  std::vector<std::string> out;
  size_t slash = prefix.find_last_of('/');
  std::string dir = slash == std::string::npos ? "." : prefix.substr(0, slash + 1);
  std::string stem = slash == std::string::npos ? prefix : prefix.substr(slash + 1);
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir == "." ? "." : dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind(stem, 0) != 0 || (name[0] == '.' && stem.empty())) continue;
    std::string shown = (slash == std::string::npos ? "" : dir) + name;
    out.push_back(e.is_directory(ec) ? shown + "/" : shown);
  }
  std::sort(out.begin(), out.end());
  return out;
}

unsigned char complete(EditLine* el, int) {
  const LineInfo* li = el_line(el);
  std::string before(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
  size_t start = before.size();
  auto word_char = [](char c) {
    return compiler::is_name_char(c) || c == '@' || c == '/' || c == '-' || c == '~';
  };
  while (start > 0 && word_char(before[start - 1])) --start;
  std::string prefix = before.substr(start);
  std::string head = runtime::ascii_upper(trim(before.substr(0, start)));
  bool files = head == "RUN" || head == "PHANTOM RUN" || head == "CATALOG";
  std::vector<std::string> matches;
  if (files) {
    matches = file_candidates(prefix);
  } else {
    if (prefix.empty()) return CC_ERROR;
    std::string up = runtime::ascii_upper(prefix);
    for (const std::string& w : completion_words()) {
      if (w.rfind(up, 0) == 0) matches.push_back(w);
    }
  }
  if (matches.empty()) return CC_ERROR;
  // The longest common prefix of the matches is inserted; when it adds nothing, the matches are listed.
  std::string common = matches[0];
  for (const std::string& m : matches) {
    size_t n = 0;
    while (n < common.size() && n < m.size() && common[n] == m[n]) ++n;
    common.resize(n);
  }
  std::string add = common.size() > prefix.size() ? common.substr(prefix.size()) : "";
  if (!files && common.size() >= prefix.size()) {
    // Keywords are upper case: what the user typed is replaced by the match's spelling.
    el_deletestr(el, static_cast<int>(prefix.size()));
    add = common;
  }
  if (matches.size() == 1 && !(files && add.ends_with("/"))) add += files ? "" : " ";
  if (!add.empty() && (matches.size() == 1 || common.size() > prefix.size())) {
    el_insertstr(el, add.c_str());
    return CC_REFRESH;
  }
  if (!add.empty()) el_insertstr(el, add.c_str());
  std::string list = "\n";
  for (size_t i = 0; i < matches.size() && i < 200; ++i)
    list += matches[i] + (i + 1 < matches.size() ? "  " : "");
  if (matches.size() > 200) list += "  ... (" + std::to_string(matches.size()) + " in all)";
  std::printf("%s\n", list.c_str());
  return CC_REDISPLAY;
}

// $MVBASIC_HISTORY, else $XDG_STATE_HOME/mvbasic/history, else ~/.local/state/mvbasic/history.
std::string history_path() {
  if (const char* p = std::getenv("MVBASIC_HISTORY"); p && *p) return p;
  std::string dir;
  if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x)
    dir = x;
  else if (const char* h = std::getenv("HOME"); h && *h)
    dir = std::string(h) + "/.local/state";
  else
    return "";
  dir += "/mvbasic";
  for (size_t i = 1; i <= dir.size(); ++i)
    if (i == dir.size() || dir[i] == '/') ::mkdir(dir.substr(0, i).c_str(), 0700);
  return dir + "/history";
}

int terminal_repl(CommandProcessor& commands) {
  std::setlocale(LC_CTYPE, "");
  struct sigaction sa {};
  sa.sa_handler = on_sigint;  // no SA_RESTART: Ctrl-C must end a blocking read
  ::sigaction(SIGINT, &sa, nullptr);
  Session session(commands, "<repl>");
  HistEvent ev;
  History* hist = history_init();
  history(hist, &ev, H_SETSIZE, 1000);
  history(hist, &ev, H_SETUNIQUE, 1);
  std::string hist_file = history_path();
  if (!hist_file.empty()) history(hist, &ev, H_LOAD, hist_file.c_str());
  EditLine* el = el_init("mvbasic", stdin, stdout, stderr);
  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_PROMPT, prompt_fn);
  el_set(el, EL_HIST, history, hist);
  el_set(el, EL_GETCFN, read_char);
  g_session = &session;
  el_set(el, EL_ADDFN, "mv-complete", "complete a name or a file name", complete);
  el_set(el, EL_BIND, "^I", "mv-complete", nullptr);
  el_source(el, nullptr);
  std::printf("mvbasic %s. BASIC runs as you type it; HELP lists the commands; QUIT or Ctrl-D leaves.\n",
              kVersion);
  for (;;) {
    g_prompt = session.pending() ? "  > " : "mv> ";
    int count = 0;
    const char* got = el_gets(el, &count);
    if (!got) {
      if (!runtime::g_interrupt && session.pending()) {
        // Ctrl-D inside an open block abandons the block, not the session.
        std::printf("\n(the open block was abandoned)\n");
        session.cancel();
        continue;
      }
      if (!runtime::g_interrupt) break;  // Ctrl-D or end of input
      // Ctrl-C at the prompt abandons the line, and any open block.
      runtime::g_interrupt = 0;
      std::printf("^C\n");
      session.cancel();
      continue;
    }
    std::string line(got);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    // Lines that arrive together (a pasted program) run as one unit, so labels and GOSUBs in them resolve.
    for (int more = 0; more < 10000 && input_waiting(); ++more) {
      const char* next = el_gets(el, &count);
      if (!next) break;
      std::string l(next);
      while (!l.empty() && (l.back() == '\n' || l.back() == '\r')) l.pop_back();
      line += "\n" + l;
    }
    if (!trim(line).empty()) {
      history(hist, &ev, H_ENTER, line.c_str());
      if (!hist_file.empty()) history(hist, &ev, H_SAVE, hist_file.c_str());
    }
    runtime::g_interrupt = 0;
    Session::Result r = session.feed(line);
    runtime::g_interrupt = 0;
    std::fflush(stdout);
    if (r == Session::Result::Quit) break;
  }
  std::printf("\n");
  el_end(el);
  history_end(hist);
  return kExitOk;
}

// A script on standard input. When the whole input compiles as one program (labels, GOSUB and blocks that
// span lines included) it runs as that program, as `mvbasic run -` would. Otherwise it is REPL input (an
// expression to show, a command such as RUN or SH): the same engine as the terminal's, without prompts.
int script_repl(CommandProcessor& commands) {
  std::string all;
  {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    all = ss.str();
  }
  {
    auto program = std::make_shared<runtime::Program>();
    std::string diag;
    if (compile_text("<stdin>", all, *program, diag) == kExitOk) {
      std::string errors;
      int status = run_program(program, "-", {}, commands.settings(), errors, "RUN -");
      std::fflush(stdout);
      report(diag + errors);
      return status;
    }
  }
  Session session(commands, "<stdin>", true);
  bool failed = false;
  std::istringstream in(all);
  std::string line;
  for (bool first = true; std::getline(in, line); first = false) {
    if (first && line.rfind("#!", 0) == 0) line.clear();
    Session::Result r = session.feed(line);
    std::fflush(stdout);
    if (r == Session::Result::Error) failed = true;
    if (r == Session::Result::Quit) break;
  }
  if (session.pending()) {
    session.finish();
    failed = true;
  }
  return failed ? kExitRuntimeError : kExitOk;
}

}  // namespace

int repl_main(CommandProcessor& commands, bool terminal) {
  return terminal ? terminal_repl(commands) : script_repl(commands);
}

bool Session::basic_select(const std::string& line) const {
  std::vector<std::string> words = split_words(line);
  if (words.size() < 2 || (runtime::ascii_upper(words[0]) != "SELECT" && runtime::ascii_upper(words[0]) != "SSELECT")) return false;
  for (size_t i = 0; i < vars_.size() && i < globals_.size(); ++i) {
    if (runtime::ascii_upper(vars_[i]) == runtime::ascii_upper(words[1])) return globals_[i].is_handle();
  }
  return false;
}

}  // namespace mv::cli
