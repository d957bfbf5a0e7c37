// Starting, running and stopping phantoms. A phantom is a grandchild (the middle process exits at once, so
// the starter never leaves a zombie) in its own session with no terminal: standard input is /dev/null, and
// standard output and error go to a log file under RUNDIR/log. The phantom reports back through a
// close-on-exec pipe, so the starter learns the user number, or that no licence was free, before PHANTOM
// returns.
#include "runtime/cli/phantom.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "runtime/builtin_api.hpp"
#include "runtime/cli/cli.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/licence.hpp"
#include "runtime/process_table.hpp"
#include "stdlib/sockets/socket_core.hpp"

namespace mv::cli {

namespace {

constexpr int kReportTimeoutMs = 20000;

std::string self_exe() {
  char buf[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : std::string("mvbasic");
}

// The phantom's report line: "OK <user> <log>" or "ERR <status> <message>".
PhantomStart parse_report(const std::string& text) {
  PhantomStart r;
  std::string line = text.substr(0, text.find('\n'));
  if (line.rfind("OK ", 0) == 0) {
    size_t sp = line.find(' ', 3);
    r.ok = true;
    r.user_number = std::atoll(line.substr(3, sp - 3).c_str());
    r.log = sp == std::string::npos ? "" : line.substr(sp + 1);
  } else if (line.rfind("ERR ", 0) == 0) {
    size_t sp = line.find(' ', 4);
    r.status = std::atoll(line.substr(4, sp - 4).c_str());
    r.message = sp == std::string::npos ? "" : line.substr(sp + 1);
  } else {
    r.status = kCommandFailed;
    r.message = "the phantom process failed to start";
  }
  return r;
}

// Reads the report until the phantom closes its end of the pipe (or the time runs out).
std::string read_report(int fd) {
  std::string text;
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(kReportTimeoutMs);
  for (;;) {
    auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fd, POLLIN, 0};
    int rc = ::poll(&p, 1, static_cast<int>(left.count()));
    if (rc < 0 && errno == EINTR) continue;
    if (rc <= 0) break;
    char buf[512];
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  return text;
}

// In the middle child: start a session, fork the phantom and leave. Only async-signal-safe calls here.
[[noreturn]] void become_phantom(const std::string& exe, char* const* argv, int status_fd, int socket_fd,
                                 int null_fd) {
  ::setsid();
  pid_t pid = ::fork();
  if (pid != 0) ::_exit(pid < 0 ? 1 : 0);
  ::fcntl(status_fd, F_SETFD, 0);
  if (socket_fd >= 0) ::fcntl(socket_fd, F_SETFD, 0);
  ::dup2(null_fd, STDIN_FILENO);
  ::dup2(null_fd, STDOUT_FILENO);
  ::dup2(null_fd, STDERR_FILENO);
  ::execv(exe.c_str(), argv);
  ::_exit(127);
}

// Moves a descriptor above the standard three, so the phantom's redirections cannot overwrite it.
int high_fd(int fd) {
  if (fd > STDERR_FILENO) return fd;
  int moved = ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
  ::close(fd);
  return moved;
}

std::string absolute_config(const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  char cwd[PATH_MAX];
  return ::getcwd(cwd, sizeof cwd) ? std::string(cwd) + "/" + path : path;
}

}  // namespace

PhantomStart start_phantom(const std::string& command, const runtime::Config& cfg, bool use_cache,
                           int socket_fd) {
  int pipefd[2];
  if (::pipe2(pipefd, O_CLOEXEC) != 0) return parse_report("ERR -3 cannot create a pipe");
  pipefd[0] = high_fd(pipefd[0]);
  pipefd[1] = high_fd(pipefd[1]);
  std::vector<std::string> words = {"mvbasic", "__phantom", "--status-fd", std::to_string(pipefd[1])};
  if (socket_fd >= 0) words.insert(words.end(), {"--socket-fd", std::to_string(socket_fd)});
  if (!cfg.path.empty()) words.insert(words.end(), {"--config", absolute_config(cfg.path)});
  if (!use_cache) words.push_back("--no-cache");
  words.insert(words.end(), {"--", command});
  std::vector<char*> argv;
  for (std::string& w : words) argv.push_back(w.data());
  argv.push_back(nullptr);
  std::string exe = self_exe();
  int null_fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  std::fflush(nullptr);
  pid_t middle = ::fork();
  if (middle == 0) become_phantom(exe, argv.data(), pipefd[1], socket_fd, null_fd);
  ::close(pipefd[1]);
  if (null_fd >= 0) ::close(null_fd);
  if (middle < 0) {
    ::close(pipefd[0]);
    return parse_report(std::string("ERR -3 cannot fork: ") + std::strerror(errno));
  }
  while (::waitpid(middle, nullptr, 0) < 0 && errno == EINTR) {
  }
  std::string report = read_report(pipefd[0]);
  ::close(pipefd[0]);
  return parse_report(report);
}

namespace {

struct PhantomArgs {
  int status_fd = -1;
  int socket_fd = -1;
  std::string config_path;
  bool use_cache = true;
  std::string command;
};

bool parse_phantom_args(const std::vector<std::string>& args, PhantomArgs& out) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--status-fd" && has_value)
      out.status_fd = std::atoi(args[++i].c_str());
    else if (a == "--socket-fd" && has_value)
      out.socket_fd = std::atoi(args[++i].c_str());
    else if (a == "--config" && has_value)
      out.config_path = args[++i];
    else if (a == "--no-cache")
      out.use_cache = false;
    else if (a == "--" && has_value)
      out.command = args[++i];
    else
      return false;
  }
  return out.status_fd >= 0 && !out.command.empty();
}

void report(int fd, const std::string& line) {
  std::string text = line + "\n";
  (void)!::write(fd, text.data(), text.size());
}

extern "C" void on_phantom_sigterm(int) { runtime::g_interrupt = 1; }

// The inherited socket (sockets.md section 11) becomes @SOCKET: the socket module makes the socket value from
// the descriptor, and ProcessInfo carries it to the VM. Written against whatever ProcessInfo provides, so that
// it takes effect as soon as ProcessInfo has its `socket` member (the VM's @SOCKET reads it); until then the
// descriptor is only recorded, in runtime::inherited_socket_fd().
template <class Info>
void give_inherited_socket(Info& info, int fd) {
  if constexpr (requires { info.socket = runtime::Value(); }) {
    if (fd >= 0) info.socket = stdlib::sockets::adopt_socket_fd(fd);
  }
}

// The log file: RUNDIR/log/phantom.<user>.<pid>.log, created fresh.
int open_log(const std::string& rundir, int64_t user, std::string& path, std::string& error) {
  std::string dir = rundir + "/log";
  if (!runtime::ensure_rundir(dir, error)) return -1;
  path = dir + "/phantom." + std::to_string(user) + "." + std::to_string(::getpid()) + ".log";
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) error = "cannot create the phantom log " + path + ": " + std::strerror(errno);
  return fd;
}

// Registers, takes the licence and opens the log; on failure reports why and returns false.
bool start_up(const PhantomArgs& a, runtime::Config& cfg, int64_t& user, std::string& log) {
  std::string error;
  if (!runtime::load_config(a.config_path, cfg, error) ||
      !runtime::register_process(cfg.rundir, runtime::ProcessKind::Phantom, a.command, user, error)) {
    report(a.status_fd, "ERR " + std::to_string(kCommandFailed) + " " + error);
    return false;
  }
  if (!runtime::take_start_licence(cfg, runtime::ProcessKind::Phantom, a.socket_fd >= 0, error)) {
    report(a.status_fd, "ERR -" + std::to_string(runtime::kNoLicenceStatus) + " " + error);
    return false;
  }
  int fd = open_log(cfg.rundir, user, log, error);
  if (fd < 0) {
    report(a.status_fd, "ERR " + std::to_string(kCommandFailed) + " " + error);
    return false;
  }
  runtime::update_process(a.command, log);
  ::dup2(fd, STDOUT_FILENO);
  ::dup2(fd, STDERR_FILENO);
  ::close(fd);
  return true;
}

}  // namespace

int phantom_main(const std::vector<std::string>& args) {
  PhantomArgs a;
  if (!parse_phantom_args(args, a)) return kExitUsage;
  runtime::Config cfg;
  int64_t user = 0;
  std::string log;
  if (!start_up(a, cfg, user, log)) return kExitRuntimeError;
  report(a.status_fd, "OK " + std::to_string(user) + " " + log);
  ::close(a.status_fd);
  // No terminal: Ctrl-C and hang-ups do not reach a phantom; LOGOUT's SIGTERM stops its program cleanly.
  ::signal(SIGINT, SIG_IGN);
  ::signal(SIGHUP, SIG_IGN);
  struct sigaction sa {};
  sa.sa_handler = on_phantom_sigterm;
  ::sigaction(SIGTERM, &sa, nullptr);
  runtime::set_inherited_socket_fd(a.socket_fd);
  RunSettings s;
  s.use_cache = a.use_cache;
  s.config = cfg;
  s.info.user_number = user;
  s.info.phantom = true;
  give_inherited_socket(s.info, a.socket_fd);
  CommandProcessor processor(s);
  int64_t status = processor.execute(a.command, nullptr);
  std::fflush(nullptr);
  // A phantom that wrote nothing leaves no log behind (a server handing off many connections would otherwise
  // leave one empty file per connection).
  struct stat st {};
  if (!log.empty() && ::stat(log.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0)
    ::unlink(log.c_str());
  return status == 0 ? kExitOk : (status > 0 && status < 256 ? static_cast<int>(status) : kExitRuntimeError);
}

namespace {

// Waits up to `ms` for entry `user` (held by `pid`) to be released; true when it has gone.
bool wait_gone(const std::string& rundir, int64_t user, pid_t pid, int ms) {
  for (int waited = 0; waited <= ms; waited += 20) {
    if (!runtime::process_alive(rundir, user)) return true;
    runtime::ProcessEntry e;
    if (runtime::find_process(rundir, user, e) && e.pid != pid) return true;  // a new holder took the number
    ::usleep(20000);
  }
  return false;
}

}  // namespace

bool stop_process(const std::string& rundir, int64_t user_number, std::string& error) {
  runtime::ProcessEntry e;
  if (!runtime::find_process(rundir, user_number, e) || e.pid <= 0) {
    error = "no process has user number " + std::to_string(user_number);
    return false;
  }
  if (e.pid == ::getpid()) {
    error = "user " + std::to_string(user_number) + " is this process";
    return false;
  }
  if (::kill(e.pid, SIGTERM) != 0 && errno == ESRCH) return true;
  if (wait_gone(rundir, user_number, e.pid, 3000)) return true;
  ::kill(e.pid, SIGKILL);
  if (wait_gone(rundir, user_number, e.pid, 3000)) return true;
  error = "user " + std::to_string(user_number) + " (pid " + std::to_string(e.pid) + ") did not stop";
  return false;
}

}  // namespace mv::cli
