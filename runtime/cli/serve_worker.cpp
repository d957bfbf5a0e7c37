// A worker of `mvbasic serve`: a child forked by the supervisor, holding the program the supervisor compiled.
// It registers in the process table as a phantom and takes a phantom's licences (a phantom slot or user
// licence, and the user licence a phantom serving an inherited socket needs), then waits on its control
// socket. Each message that brings a descriptor is one connection: the worker runs the program with it as
// @SOCKET, exactly as a phantom started by the hand-off sees it, closes it, and reports what happened. With
// TLS the worker runs the handshake first (the session lives here). Under --requeue a plain connection that
// the program leaves open is handed back to the supervisor (KEEP with the descriptor); a TLS one stays here
// and the program runs again when its next request comes.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "runtime/builtin_api.hpp"
#include "runtime/cli/cli.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/cli/serve.hpp"
#include "runtime/cli/serve_tcp.hpp"
#include "runtime/licence.hpp"
#include "runtime/process_table.hpp"
#include "stdlib/sockets/socket_core.hpp"
#include "stdlib/sockets/socket_tls.hpp"

namespace mv::cli {

bool send_with_fd(int sock, const std::string& text, int fd) {
  iovec iov{const_cast<char*>(text.data()), text.size()};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  if (fd >= 0) {
    msg.msg_control = control;
    msg.msg_controllen = sizeof control;
    cmsghdr* c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(c), &fd, sizeof fd);
  }
  for (;;) {
    ssize_t n = ::sendmsg(sock, &msg, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    return n == static_cast<ssize_t>(text.size());
  }
}

bool receive_with_fd(int sock, std::string& text, int& fd) {
  char data[2048];
  iovec iov{data, sizeof data};
  msghdr msg{};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
  msg.msg_control = control;
  msg.msg_controllen = sizeof control;
  fd = -1;
  ssize_t n;
  do {
    n = ::recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
  } while (n < 0 && errno == EINTR);
  for (cmsghdr* c = CMSG_FIRSTHDR(&msg); n > 0 && c; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) std::memcpy(&fd, CMSG_DATA(c), sizeof fd);
  }
  if (n <= 0) return false;
  text.assign(data, static_cast<size_t>(n));
  return true;
}

namespace {

// The idle watchdog: while the program runs, a one-second timer looks at the connection's silence (TCP
// only) and, past the idle timeout, interrupts the program as a logout would.
volatile sig_atomic_t g_watch_fd = -1;
volatile sig_atomic_t g_idle_fired = 0;
uint32_t g_idle_limit_ms = 0;

extern "C" void on_watch_alarm(int) {
  int saved = errno;
  TcpCounts c;
  if (g_watch_fd >= 0 && tcp_counts(g_watch_fd, c) && c.silent_ms >= g_idle_limit_ms) {
    g_idle_fired = 1;
    runtime::g_interrupt = 1;
    uint64_t one = 1;
    if (int w = stdlib::sockets::wake_fd(); w >= 0) (void)!::write(w, &one, sizeof one);
  }
  errno = saved;
}

// SIGTERM (a LOGOUT of the worker): the program stops at its next loop or wait, and the worker then ends. An
// idle worker ends at once.
volatile sig_atomic_t g_busy = 0;
volatile sig_atomic_t g_term = 0;
extern "C" void on_worker_term(int) {
  if (!g_busy) ::_exit(kExitOk);
  g_term = 1;
  runtime::g_interrupt = 1;
}

void set_timer(bool on) {
  itimerval t{};
  if (on) t.it_interval.tv_sec = t.it_value.tv_sec = 1;
  ::setitimer(ITIMER_REAL, &t, nullptr);
}

void install_signals() {
  sigset_t all;
  sigfillset(&all);
  ::sigprocmask(SIG_UNBLOCK, &all, nullptr);
  ::signal(SIGINT, SIG_IGN);  // Ctrl-C at the terminal is the supervisor's to act on
  ::signal(SIGHUP, SIG_IGN);
  ::signal(SIGCHLD, SIG_DFL);
  ::signal(SIGPIPE, SIG_IGN);
  struct sigaction sa {};
  sa.sa_handler = on_worker_term;
  ::sigaction(SIGTERM, &sa, nullptr);
  sa.sa_handler = on_watch_alarm;
  sa.sa_flags = SA_RESTART;
  ::sigaction(SIGALRM, &sa, nullptr);
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  for (char& c : line)
    if (c == '\r' || c == '\t') c = ' ';
  return line;
}

// What one run of the program did.
struct RunResult {
  int status = kExitOk;  // -1: the connection could not be adopted
  std::string errors;
};

// Runs the program once with `socket` as @SOCKET. The command processor keeps copies of its settings (for
// I-types) beyond the run, so @SOCKET goes only into the settings of this one run.
RunResult run_once(const ServeOptions& o, const std::shared_ptr<runtime::Program>& program, int64_t user,
                   const runtime::Value& socket, int stats_fd) {
  RunSettings base;
  base.use_cache = o.use_cache;
  base.config = o.config;
  base.info.user_number = user;
  base.info.phantom = true;
  CommandProcessor processor(base);
  RunSettings s = processor.settings();
  s.info.socket = socket;
  runtime::set_inherited_socket_fd(stdlib::sockets::as_socket(socket)->fd());
  RunResult r;
  g_idle_fired = 0;
  g_idle_limit_ms = static_cast<uint32_t>(std::min(o.idle_timeout * 1000, 4e9));
  bool watch = o.idle_timeout > 0 && stats_fd >= 0;
  if (watch) {
    g_watch_fd = stats_fd;
    set_timer(true);
  }
  r.status = run_program(program, o.program, {}, s, r.errors, "RUN " + o.program);
  set_timer(false);
  g_watch_fd = -1;
  runtime::g_interrupt = 0;
  runtime::set_inherited_socket_fd(-1);
  std::fflush(nullptr);
  if (!r.errors.empty()) std::fputs(r.errors.c_str(), stderr);
  return r;
}

// The client is still there: data waits, or nothing yet (its end of file or a reset would read as 0 or an
// error).
bool peer_open(int fd) {
  char byte;
  ssize_t n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  return n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK));
}

// Whether the connection may wait for the program's next run: --requeue is on, the run ended well, the
// program neither closed @SOCKET nor shut its write side, and the client has not gone.
bool may_continue(const ServeOptions& o, const RunResult& r, const stdlib::sockets::Socket& sk, int fd) {
  return o.requeue && r.status == kExitOk && r.errors.empty() && !g_idle_fired && !g_term &&
         !sk.program_closed && !sk.write_shut && fd >= 0 && peer_open(fd);
}

// The control socket, and whether the supervisor said STOP while a TLS connection waited here.
int g_control = -1;
bool g_stop_parked = false;

// A TLS connection under --requeue stays in this worker (its session cannot move to another process): the
// worker waits for the next request, up to the idle timeout. False when the client closed, stayed silent,
// or the supervisor is stopping (its STOP, or the end of the control socket, ends the wait).
bool wait_next_request(const ServeOptions& o, stdlib::sockets::Socket& sk, int fd) {
  if (stdlib::sockets::tls_readable(sk)) return true;
  pollfd p[2] = {{fd, POLLIN, 0}, {g_control, POLLIN, 0}};
  int ms = o.idle_timeout > 0 ? static_cast<int>(std::min(o.idle_timeout * 1000, 2e9)) : -1;
  int n = ::poll(p, 2, ms);
  if (n > 0 && p[1].revents) {
    std::string message;
    int extra = -1;
    bool open = receive_with_fd(g_control, message, extra);
    if (extra >= 0) ::close(extra);
    if (!open || message == "STOP") {
      g_stop_parked = true;
      return false;
    }
  }
  return n > 0 && (p[0].revents & (POLLIN | POLLHUP | POLLERR)) && !g_term && peer_open(fd);
}

// The TLS handshake, run here in the worker and bounded by --tls-timeout; "" when it succeeded, else the
// outcome for the log line, with OpenSSL's reason.
std::string handshake(const ServeOptions& o, stdlib::sockets::Socket& sk) {
  runtime::Context cx;
  cx.config = &o.config;
  auto* ctx = stdlib::sockets::as_security_context(o.tls_context);
  auto deadline = stdlib::sockets::Deadline::from_seconds(o.tls_timeout);
  if (stdlib::sockets::tls_server_handshake(cx, sk, *ctx, deadline)) return "";
  std::string why = cx.os_error == runtime::Context::kOsErrorText ? cx.os_error_text : std::strerror(cx.os_error);
  runtime::g_interrupt = 0;
  return "error: TLS handshake: " + first_line(why);
}

std::string outcome_text(const RunResult& r) {
  return g_idle_fired                ? "idle-timeout"
         : !r.errors.empty()         ? "error: " + first_line(r.errors)
         : r.status != kExitOk       ? "error: exit status " + std::to_string(r.status)
                                     : "ok";
}

// Serves connection `fd` (which it takes over) and returns the report for the supervisor:
// "DONE <in> <out> <outcome>", or "KEEP <in> <out>" with `keep_fd` set when a plain connection goes back to
// the supervisor to wait for its next request (--requeue). The counts are "-" when the kernel has none.
std::string serve_one(const ServeOptions& o, const std::shared_ptr<runtime::Program>& program, int64_t user,
                      int fd, int& keep_fd) {
  keep_fd = -1;
  int stats_fd = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
  runtime::Value socket = stdlib::sockets::adopt_socket_fd(fd);
  auto* sk = stdlib::sockets::as_socket(socket);
  std::string outcome;
  bool keep = false;
  if (!sk) {
    ::close(fd);
    outcome = "error: the connection could not be adopted as @SOCKET";
  } else if (o.tls() && !(outcome = handshake(o, *sk)).empty()) {
    sk->tls.reset();  // a failed session sends no close
  } else {
    g_stop_parked = false;
    for (;;) {
      RunResult r = run_once(o, program, user, socket, stats_fd);
      outcome = outcome_text(r);
      keep = may_continue(o, r, *sk, stats_fd);
      if (!keep || !o.tls()) break;
      if (!(keep = wait_next_request(o, *sk, stats_fd))) break;
    }
    if (g_stop_parked) outcome = "closed: server stopping";
  }
  socket = runtime::Value::integer(0);  // closes the worker's copy of the connection (a TLS close first)
  TcpCounts c;
  bool counted = tcp_counts(stats_fd, c);
  std::string in = counted ? std::to_string(c.bytes_in) : "-";
  std::string out = counted ? std::to_string(c.bytes_out) : "-";
  if (keep && !o.tls()) {
    keep_fd = stats_fd;
    return "KEEP " + in + " " + out;
  }
  // Whatever still refers to the connection (a program may have kept a copy somewhere that outlives it),
  // the client sees it end now.
  if (stats_fd >= 0) {
    ::shutdown(stats_fd, SHUT_RDWR);
    ::close(stats_fd);
  }
  return "DONE " + in + " " + out + " " + outcome;
}

// Registers this worker and takes its licences, as a phantom serving an inherited socket does.
bool start_up(const ServeOptions& o, int64_t& user, std::string& error) {
  bool limited = o.config.numusers > 0 || o.config.phantoms > 0;
  std::string command = "SERVE " + o.program;
  if (!runtime::register_process(o.config.rundir, runtime::ProcessKind::Phantom, command, user, error)) {
    if (limited) return false;
    user = ::getpid();
  }
  return runtime::take_start_licence(o.config, runtime::ProcessKind::Phantom, true, error);
}

}  // namespace

[[noreturn]] void serve_worker(const ServeOptions& o, std::shared_ptr<runtime::Program> program,
                               int control) {
  install_signals();
  g_control = control;
  // A program can tell that a connection it leaves open is kept for its next request (serve_http.b does).
  if (o.requeue) ::setenv("MVBASIC_SERVE_REQUEUE", "1", 1);
  int64_t user = 0;
  std::string error;
  if (!start_up(o, user, error)) {
    send_with_fd(control, "FAIL " + error, -1);
    ::_exit(kExitNoLicence);
  }
  send_with_fd(control, "READY " + std::to_string(user), -1);
  for (;;) {
    std::string message;
    int fd = -1;
    // End of file on the control socket: the supervisor is retiring this worker, or has gone.
    if (!receive_with_fd(control, message, fd)) break;
    if (fd < 0) continue;
    g_busy = 1;
    int keep_fd = -1;
    std::string report = serve_one(o, program, user, fd, keep_fd);
    g_busy = 0;
    bool sent = send_with_fd(control, report, keep_fd);
    if (keep_fd >= 0) ::close(keep_fd);
    if (!sent || g_term) break;
  }
  std::fflush(nullptr);
  ::_exit(kExitOk);
}

}  // namespace mv::cli
