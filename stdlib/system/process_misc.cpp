// The process and miscellaneous built-ins: the environment (ENV, UMASK, DIR, SENTENCE), the random seed
// (RANDOMIZE), the exit status (SET.EXIT.STATUS), the DATA queue (CLEARDATA), OS.EXECUTE, DEBUG, and the
// QM names for things mvbasic has no use for or cannot have (PROC buffers, break handlers, serial ports,
// licensed packages, C calls, chargeable phantoms, messages from other users). Those compile and do what
// QM does where there is nothing to do (CHGPHANT, ENTER.PACKAGE, GET.MESSAGES), or take the STATUS() QM
// gives (ports, PROCREAD), or stop with a message that says why (PROCWRITE, CCALL). See docs/processes.md.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

constexpr int64_t kErParams = 1000;      // ER$PARAMS: invalid parameters
constexpr int64_t kErNotPhantom = 1016;  // ER$NOT.PHANTOM: the process is not a phantom
constexpr int64_t kErNseq = 3013;        // ER$NSEQ: not a sequential file
constexpr int64_t kErNport = 3027;       // ER$NPORT: a sequential file that is not a port

// The subroutine named by SET.BREAK.HANDLER, kept for REMOVE.BREAK.HANDLER; mvbasic has no break key.
std::string g_break_handler;

}  // namespace

// SENTENCE(): the command that started the program, as @SENTENCE.
void fn_sentence(Context& cx, Value*, int, Value& out) {
  out = Value::string(cx.process ? std::string_view(cx.process->sentence) : std::string_view());
}

// ENV(name): the value of an environment variable, or "" when it is not set.
void fn_env(Context& cx, Value* args, int, Value& out) {
  const char* v = std::getenv(cx.string(args[0]).c_str());
  out = Value::string(v ? std::string_view(v) : std::string_view());
}

// UMASK(mask): sets the file creation mask (the low nine bits) and returns the previous one; a negative
// mask only returns it.
void fn_umask(Context& cx, Value* args, int, Value& out) {
  int64_t mask = cx.integer(args[0]);
  mode_t old = ::umask(mask < 0 ? 0 : static_cast<mode_t>(mask & 0777));
  if (mask < 0) ::umask(old);
  out.set_int(static_cast<int64_t>(old & 0777));
}

// DIR(path): the files and folders in a folder, one field each holding the name, a value mark and F (a
// file) or D (a folder); other kinds of entry are left out. mvbasic sorts them by name (QM gives the order
// of the directory). "" when the folder cannot be read.
void fn_dir(Context& cx, Value* args, int, Value& out) {
  std::string path = cx.string(args[0]);
  std::vector<std::pair<std::string, char>> entries;
  if (DIR* d = path.empty() ? nullptr : ::opendir(path.c_str())) {
    while (const dirent* e = ::readdir(d)) {
      std::string name = e->d_name;
      if (name == "." || name == "..") continue;
      struct stat st;
      if (::stat((path + "/" + name).c_str(), &st) != 0) continue;
      if (S_ISREG(st.st_mode))
        entries.emplace_back(name, 'F');
      else if (S_ISDIR(st.st_mode))
        entries.emplace_back(name, 'D');
    }
    ::closedir(d);
  }
  std::sort(entries.begin(), entries.end());
  std::string list;
  for (const auto& [name, kind] : entries) {
    if (!list.empty()) list += '\xFE';
    list += name;
    list += '\xFD';
    list += kind;
  }
  out = Value::string(std::move(list));
}

// ~RANDOMIZE(seed): reseeds RND, so the same seed gives the same sequence. RANDOMIZE alone passes TIME().
void fn_randomize(Context& cx, Value* args, int, Value&) {
  rnd_engine().seed(static_cast<uint64_t>(cx.integer(args[0])));
}

// ~SET.EXIT.STATUS(n): the status the process exits with when the program ends by END, STOP or ABORT.
void fn_set_exit_status(Context& cx, Value* args, int, Value&) {
  int64_t n = cx.integer(args[0]);
  cx.exit_status = n < 0 ? 0 : n;
}

// ~CLEARDATA(): empties the DATA queue.
void fn_cleardata(Context& cx, Value*, int, Value&) { cx.data_queue.clear(); }

// ~DEBUG(): mvbasic has no debugger; the first DEBUG a program reaches says so on standard error.
void fn_debug(Context& cx, Value*, int, Value&) {
  static bool told = false;
  if (told) return;
  told = true;
  cx.warning("DEBUG ignored: mvbasic has no interactive debugger (use mvbasic run --trace)");
}

// ~PROCREAD(flags): a program not started from a PROC has no PROC input buffer: ELSE, STATUS() 1.
void fn_procread(Context& cx, Value*, int, Value& out) {
  out = Value::string(std::string_view());
  cx.status.set_int(1);
  cx.outcome = Context::kElse;
}

// ~PROCWRITE(s): there is no PROC buffer to write to.
void fn_procwrite(Context& cx, Value*, int, Value&) {
  cx.fail("PROCWRITE used outside a PROC (mvbasic has no PROC processor)");
}

// ~SET.BREAK.HANDLER(name) / ~REMOVE.BREAK.HANDLER(""): the handler is remembered but never called, since
// mvbasic has no break key (Ctrl-C interrupts the REPL, or ends `mvbasic run`).
void fn_set_break_handler(Context& cx, Value* args, int, Value&) { g_break_handler = cx.string(args[0]); }
void fn_remove_break_handler(Context&, Value*, int, Value&) { g_break_handler.clear(); }

// CHGPHANT(): makes the process a "chargeable" phantom in QM's licensing, which mvbasic does not have;
// succeeds (1), as QM on Linux does.
void fn_chgphant(Context& cx, Value*, int, Value& out) {
  cx.status.set_int(0);
  out.set_int(1);
}

// CCALL(...): mvbasic cannot call C functions from BASIC.
void fn_ccall(Context& cx, Value*, int, Value&) {
  cx.fail("CCALL is not supported: mvbasic cannot call C library functions from BASIC");
}

// CONNECT.PORT(port, baud, parity, bits, stop): attaching a serial port to a phantom is not available: 0,
// with STATUS() ER$PARAMS for bad settings, else ER$NOT.PHANTOM outside a phantom, else ER$PARAMS.
void fn_connect_port(Context& cx, Value* args, int, Value& out) {
  int64_t stop_bits = cx.integer(args[4]);
  int64_t bits = cx.integer(args[3]);
  bool phantom = cx.process && cx.process->phantom;
  bool settings_ok = stop_bits >= 1 && stop_bits <= 20 && (bits == 7 || bits == 8);
  cx.status.set_int(!settings_ok ? kErParams : !phantom ? kErNotPhantom : kErParams);
  out.set_int(0);
}

// GET.PORT.PARAMS(fv) / SET.PORT.PARAMS(fv, params): a sequential file is never a serial port in mvbasic:
// "" or 0, with STATUS() ER$NPORT (ER$NSEQ when fv is not a sequential file).
void fn_get_port_params(Context& cx, Value* args, int, Value& out) {
  cx.status.set_int(files::as_seq(args[0]) ? kErNport : kErNseq);
  out = Value::string(std::string_view());
}

void fn_set_port_params(Context& cx, Value* args, int, Value& out) {
  cx.status.set_int(files::as_seq(args[0]) ? kErNport : kErNseq);
  out.set_int(0);
}

// ENTER.PACKAGE(name) / EXIT.PACKAGE(name): mvbasic licenses no packages, so every package is available:
// 1, STATUS() 0.
void fn_enter_package(Context& cx, Value*, int, Value& out) {
  cx.status.set_int(0);
  out.set_int(1);
}

void fn_exit_package(Context& cx, Value*, int, Value& out) {
  cx.status.set_int(0);
  out.set_int(1);
}

// GET.MESSAGES(): messages other users sent to this one; mvbasic has no MESSAGE command, so "".
void fn_get_messages(Context&, Value*, int, Value& out) { out = Value::string(std::string_view()); }

// ~OS.EXECUTE(command, mode): runs a command through /bin/sh. Mode 0 lets its output go to standard output,
// 1 captures it (returned with one field a line, as EXECUTE captures), 2 (SILENT) discards it. As in QM,
// STATUS() is 0 when the command ran (else the error number) and OS.ERROR() its exit status (128 + the
// signal when a signal ended it).
void fn_os_execute(Context& cx, Value* args, int, Value& out) {
  std::string command = cx.string(args[0]);
  int64_t mode = cx.integer(args[1]);
  out = Value::string(std::string_view());
  cx.flush_output();
  int pipe_fd[2] = {-1, -1};
  if (mode == 1 && ::pipe2(pipe_fd, O_CLOEXEC) != 0) {
    cx.status.set_int(errno);
    return;
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    if (mode == 1) ::dup2(pipe_fd[1], STDOUT_FILENO);
    if (mode == 2) {
      int null_fd = ::open("/dev/null", O_WRONLY);
      ::dup2(null_fd, STDOUT_FILENO);
      ::dup2(null_fd, STDERR_FILENO);
    }
    ::execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int fork_error = errno;
  if (mode == 1) ::close(pipe_fd[1]);
  if (pid < 0) {
    if (mode == 1) ::close(pipe_fd[0]);
    cx.status.set_int(fork_error);
    return;
  }
  std::string captured;
  if (mode == 1) {
    char buf[4096];
    for (;;) {
      ssize_t n = ::read(pipe_fd[0], buf, sizeof buf);
      if (n > 0)
        captured.append(buf, static_cast<size_t>(n));
      else if (n == 0 || errno != EINTR)
        break;
    }
    ::close(pipe_fd[0]);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  cx.status.set_int(0);
  cx.os_error = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::replace(captured.begin(), captured.end(), '\n', '\xFE');
  if (!captured.empty() && captured.back() == '\xFE') captured.pop_back();
  out = Value::string(std::move(captured));
}

}  // namespace mv::stdlib
