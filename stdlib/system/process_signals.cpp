// Messages between and about processes: PAUSE and WAKE (one mvbasic process waking another by user
// number), LOGMSG (a line in the error log) and ERRMSG (a Pick-style message from the ERRMSG file, which
// STOPE and ABORTE also print).
//
// PAUSE and WAKE meet at a named pipe, RUNDIR/wake.N for user number N. The first PAUSE of a process makes
// the pipe and keeps it open for reading and writing for the rest of the process, so a WAKE that comes
// while the process is busy stays in the pipe and its next PAUSE returns at once, as in QM. A WAKE that
// comes before the target's first PAUSE (no reader yet) leaves RUNDIR/wake.N.pending holding the target's
// process id, which that PAUSE honours; a marker left for a process that has gone is ignored. Nothing
// polls: PAUSE waits on the pipe, in slices so that Ctrl-C still ends it. See docs/processes.md.
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <fstream>
#include <string>

#include "runtime/process_table.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_dir.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

constexpr int64_t kErTimeout = 1011;  // ER$TIMEOUT: PAUSE ended by its timeout

std::string wake_path(const Context& cx, int64_t user) {
  return cx.config->rundir + "/wake." + std::to_string(user);
}

// Takes a wake marker left for this process before its pipe existed; true when there was one.
bool take_pending_wake(const std::string& pipe) {
  std::string marker = pipe + ".pending";
  std::ifstream in(marker);
  if (!in) return false;
  long pid = 0;
  in >> pid;
  ::unlink(marker.c_str());
  return pid == static_cast<long>(::getpid());
}

// Reads whatever WAKEs are waiting in the pipe; true when there was one.
bool drain(int fd) {
  char buf[64];
  bool any = false;
  while (::read(fd, buf, sizeof buf) > 0) any = true;
  return any;
}

}  // namespace

// ~PAUSE(seconds): waits until another process WAKEs this one (STATUS() 0) or, when seconds > 0, until
// they have passed (STATUS() ER$TIMEOUT).
void fn_pause(Context& cx, Value* args, int, Value&) {
  int64_t seconds = cx.integer(args[0]);
  int64_t user = cx.process ? cx.process->user_number : 0;
  if (user <= 0 || !cx.config)
    cx.fail("PAUSE needs a user number (this process is not in the process table)");
  cx.flush_output();
  static int fd = -1;
  std::string pipe = wake_path(cx, user);
  if (fd < 0) {
    if (::mkfifo(pipe.c_str(), 0600) != 0 && errno != EEXIST) cx.fail("PAUSE cannot make " + pipe);
    fd = ::open(pipe.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) cx.fail("PAUSE cannot open " + pipe);
  }
  // Both are emptied: a marker and queued WAKEs before this PAUSE all count as the one wake it waits for.
  bool pending = take_pending_wake(pipe);
  bool queued = drain(fd);
  bool woken = pending || queued;
  std::time_t until = seconds > 0 ? std::time(nullptr) + seconds : 0;
  while (!woken && !runtime::g_interrupt) {
    if (until && std::time(nullptr) >= until) break;
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 200) > 0) woken = drain(fd);
  }
  cx.status.set_int(woken ? 0 : kErTimeout);
}

// ~WAKE(user): wakes the process with that user number from its PAUSE, or makes its next PAUSE return at
// once. Waking a user number nobody holds does nothing.
void fn_wake(Context& cx, Value* args, int, Value&) {
  int64_t user = cx.integer(args[0]);
  if (user <= 0 || !cx.config) return;
  std::string pipe = wake_path(cx, user);
  int fd = ::open(pipe.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) {
    char one = 1;
    ssize_t n = ::write(fd, &one, 1);  // a full pipe already holds a wake
    (void)n;
    ::close(fd);
    return;
  }
  runtime::ProcessEntry target;
  if (!runtime::find_process(cx.config->rundir, user, target)) return;
  std::ofstream(pipe + ".pending") << target.pid << "\n";
}

// ~LOGMSG(text): appends the text to the error log, RUNDIR/errlog, after a line giving the date, time,
// user number and process id.
void fn_logmsg(Context& cx, Value* args, int, Value&) {
  std::string text = cx.string(args[0]);
  if (!cx.config) return;
  std::string error;
  if (!runtime::ensure_rundir(cx.config->rundir, error)) cx.fail("LOGMSG: " + error);
  std::string path = cx.config->rundir + "/errlog";
  std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%d %b %y %H:%M:%S", std::localtime(&now));
  std::ofstream log(path, std::ios::app | std::ios::binary);
  log << stamp << " User " << (cx.process ? cx.process->user_number : 0) << " (pid " << ::getpid() << "):\n"
      << "   " << text << "\n";
  if (!log) cx.fail("LOGMSG cannot write " + path);
}

namespace {

// One argument of a Pick message: the n'th of the arguments, which are separated by item marks.
std::string message_arg(std::string_view args, int n) {
  size_t start = 0;
  for (int i = 1; i < n; ++i) {
    size_t im = args.find('\xFF', start);
    if (im == std::string_view::npos) return "";
    start = im + 1;
  }
  size_t end = args.find('\xFF', start);
  return std::string(
      args.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

// A message record's lines in Pick's codes: A{n} / R{n} an argument (left or right aligned in n columns),
// H text, E text (with the message id), L{n} newlines, S{n} spaces, B the bell, D the date, T the time.
std::string format_message(Context& cx, const std::string& id, const std::string& record,
                           std::string_view args) {
  std::string text;
  int argno = 1;
  size_t start = 0;
  while (start <= record.size()) {
    size_t fm = record.find('\xFE', start);
    std::string line = record.substr(start, fm == std::string::npos ? std::string::npos : fm - start);
    char code = line.empty() ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
    std::string rest = line.empty() ? "" : line.substr(1);
    int n = std::atoi(rest.c_str());
    if (code == 'A' || code == 'R') {
      std::string a = message_arg(args, argno++);
      if (n > 0 && static_cast<int>(a.size()) < n) {
        std::string pad(static_cast<size_t>(n) - a.size(), ' ');
        a = code == 'A' ? a + pad : pad + a;
      }
      text += a;
    } else if (code == 'H') {
      text += rest;
    } else if (code == 'E') {
      text += "[" + id + "]" + rest;
    } else if (code == 'L') {
      text += std::string(static_cast<size_t>(n > 0 ? n : 1), '\n');
    } else if (code == 'S') {
      text += std::string(static_cast<size_t>(n > 0 ? n : 0), ' ');
    } else if (code == 'B') {
      text += '\a';
    } else if (code == 'D' || code == 'T') {
      std::time_t now = std::time(nullptr);
      char buf[32];
      std::strftime(buf, sizeof buf, code == 'D' ? "%d %b %Y" : "%H:%M:%S", std::localtime(&now));
      text += buf;
    }
    if (fm == std::string::npos) break;
    start = fm + 1;
  }
  (void)cx;
  return text;
}

}  // namespace

// ~ERRMSG(id, args): displays message `id` of the ERRMSG file (found as OPEN finds a file), its arguments
// separated by item marks. Without the file, or without the message, it says so in place of the message.
void fn_errmsg(Context& cx, Value* args, int, Value&) {
  std::string id = cx.string(args[0]);
  if (id.empty()) id = "NULL";
  std::string a;
  std::string_view arg_list = cx.text(args[1], a);
  std::string record, text;
  files::File* file = nullptr;
  if (!files::open_file("", "ERRMSG", files::program_dir(cx), file).is_ok()) {
    text = "[" + id + "] (no ERRMSG file to take this message from)";
  } else {
    Value holder = Value::handle(file);
    if (!files::read_record(*file, id, record).is_ok())
      text = "[" + id + "] (message not found in ERRMSG)";
    else
      text = format_message(cx, id, record, arg_list);
  }
  cx.line += text;
  cx.end_line(true);
}

}  // namespace mv::stdlib
