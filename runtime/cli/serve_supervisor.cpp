// The supervisor of `mvbasic serve`: one process, one epoll loop. It owns the listening socket, accepts while
// fewer than --max-clients connections are held (past that, new ones wait in the kernel's backlog), holds
// each new connection until it has data to read (so an idle connection costs a descriptor, never a worker),
// closes those that stay silent past --idle-timeout, and hands each ready connection to a free worker over
// the worker's control socket (SCM_RIGHTS). Signals arrive through a signalfd: SIGCHLD replaces crashed
// workers, SIGHUP recompiles the program and replaces the workers one at a time, SIGTERM and SIGINT stop. See
// docs/internals/serve.md for why the supervisor, not the workers, accepts.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "runtime/cli/cli.hpp"
#include "runtime/cli/loader.hpp"
#include "runtime/cli/report.hpp"
#include "runtime/cli/serve_pool.hpp"

namespace mv::cli {

namespace {

using Clock = std::chrono::steady_clock;

// The epoll tag of each descriptor: what it is in the top byte, the connection or worker id below.
enum Tag : uint64_t { kListener = 1, kSignals = 2, kControl = 3, kConn = 4 };
uint64_t tag(Tag t, uint64_t id) { return (static_cast<uint64_t>(t) << 56) | id; }

}  // namespace

Supervisor::Supervisor(const ServeOptions& o, std::shared_ptr<runtime::Program> program)
    : o_(o), program_(std::move(program)) {}

Supervisor::~Supervisor() {
  if (log_ && log_ != stderr) std::fclose(log_);
  for (int fd : {listener_, sigfd_, ep_})
    if (fd >= 0) ::close(fd);
}

void Supervisor::log(const std::string& line) {
  std::string text = log_time() + " " + line + "\n";
  std::fputs(text.c_str(), log_);
  std::fflush(log_);
}

void Supervisor::log_conn(const Conn& c, const std::string& in, const std::string& out,
                          const std::string& outcome) {
  double secs = std::chrono::duration<double>(Clock::now() - c.accepted).count();
  char dur[32];
  std::snprintf(dur, sizeof dur, "%.3fs", secs);
  log(c.peer + " " + dur + " in=" + in + " out=" + out + " " + outcome);
}

void Supervisor::watch(int fd, uint32_t events, uint64_t data) {
  epoll_event ev{};
  ev.events = events;
  ev.data.u64 = data;
  if (::epoll_ctl(ep_, EPOLL_CTL_ADD, fd, &ev) != 0) ::epoll_ctl(ep_, EPOLL_CTL_MOD, fd, &ev);
}

void Supervisor::unwatch(int fd) { ::epoll_ctl(ep_, EPOLL_CTL_DEL, fd, nullptr); }

// Listening follows the room left: off at --max-clients (the backlog holds the rest), on again below it.
void Supervisor::update_listening() {
  bool want = listener_ >= 0 && !stopping_ && !starting_ &&
              static_cast<int>(conns_.size()) < o_.max_clients && Clock::now() >= accept_retry_;
  if (want == listening_) return;
  if (want)
    watch(listener_, EPOLLIN, tag(kListener, 0));
  else
    unwatch(listener_);
  listening_ = want;
}

// Takes at most kAcceptBatch connections per wake-up, so that during a connect flood the loop still hands
// ready connections to workers in between (the listener is level-triggered: the rest wake it again).
constexpr int kAcceptBatch = 64;

void Supervisor::accept_ready() {
  for (int taken = 0; taken < kAcceptBatch && static_cast<int>(conns_.size()) < o_.max_clients; ++taken) {
    sockaddr_storage sa{};
    socklen_t len = sizeof sa;
    int fd = ::accept4(listener_, reinterpret_cast<sockaddr*>(&sa), &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) {
      if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
        // Out of descriptors: the connection stays in the backlog; try again shortly instead of spinning.
        accept_retry_ = Clock::now() + std::chrono::milliseconds(100);
        if (!accept_starved_) log("serve: cannot accept: " + std::string(std::strerror(errno)));
        accept_starved_ = true;
      }
      break;
    }
    accept_starved_ = false;
    int one = 1;
    if (o_.keepalive) ::setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
    if (o_.nodelay && !o_.is_unix()) ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    uint64_t id = next_id_++;
    Conn& c = conns_[id];
    c.fd = fd;
    c.peer = address_text(sa);
    c.accepted = Clock::now();
    if (o_.server_first) {
      // The program speaks first: it gets the connection now, and its worker watches the silence.
      c.state = Conn::Queued;
      queue_.push_back(id);
      continue;
    }
    if (o_.idle_timeout > 0) idle_order_.emplace_back(c.accepted, id);
    watch(fd, EPOLLIN | EPOLLRDHUP, tag(kConn, id));
  }
  dispatch();
  update_listening();
}

// A held connection has data (or its peer has gone): queue it for a worker, or close it when the peer left
// without sending anything.
void Supervisor::conn_ready(uint64_t id) {
  auto it = conns_.find(id);
  if (it == conns_.end() || it->second.state != Conn::Idle) return;
  Conn& c = it->second;
  char byte;
  ssize_t n = ::recv(c.fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
  int err = errno;
  if (n < 0 && (err == EAGAIN || err == EINTR)) return;  // nothing after all: it stays held and watched
  unwatch(c.fd);
  if (n <= 0) {
    log_conn(c, "0", "0", n == 0 ? "closed: no request" : std::string("error: ") + std::strerror(err));
    end_conn(id);
    return;
  }
  c.state = Conn::Queued;
  queue_.push_back(id);
  dispatch();
}

void Supervisor::end_conn(uint64_t id) {
  auto it = conns_.find(id);
  if (it == conns_.end()) return;
  if (it->second.fd >= 0) ::close(it->second.fd);
  conns_.erase(it);
  update_listening();
}

// Connections still silent past --idle-timeout are closed. They are held in accept order, so the oldest is
// always at the front.
void Supervisor::expire_idle() {
  if (o_.idle_timeout <= 0) return;
  auto limit = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o_.idle_timeout));
  auto now = Clock::now();
  while (!idle_order_.empty()) {
    auto [since, id] = idle_order_.front();
    auto it = conns_.find(id);
    if (it == conns_.end() || it->second.state != Conn::Idle) {
      idle_order_.pop_front();
      continue;
    }
    if (now - since < limit) break;
    idle_order_.pop_front();
    unwatch(it->second.fd);
    log_conn(it->second, "0", "0", "idle-timeout");
    end_conn(id);
  }
}

int Supervisor::next_wait_ms() {
  auto now = Clock::now();
  auto soonest = now + std::chrono::seconds(1);
  if (o_.idle_timeout > 0 && !idle_order_.empty()) {
    auto limit = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o_.idle_timeout));
    soonest = std::min(soonest, idle_order_.front().first + limit);
  }
  if (stopping_) soonest = std::min(soonest, stop_deadline_);
  if (accept_retry_ > now) soonest = std::min(soonest, accept_retry_);
  if (respawn_at_ > now) soonest = std::min(soonest, respawn_at_);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - now).count() + 1;
  return ms < 0 ? 0 : static_cast<int>(ms);
}

void Supervisor::on_signals() {
  signalfd_siginfo si{};
  while (::read(sigfd_, &si, sizeof si) == static_cast<ssize_t>(sizeof si)) {
    if (si.ssi_signo == SIGCHLD)
      reap();
    else if (si.ssi_signo == SIGHUP)
      begin_restart();
    else
      begin_stop();
  }
}

// SIGTERM/SIGINT: no more accepting; idle connections (nobody has asked anything) are closed; queued and
// served ones may finish until the grace period ends, when the workers still busy are killed.
void Supervisor::begin_stop() {
  if (stopping_) return;
  stopping_ = true;
  stop_deadline_ =
      Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(o_.grace));
  update_listening();
  if (listener_ >= 0) ::close(listener_);
  listener_ = -1;
  if (o_.is_unix()) ::unlink(o_.listen.c_str());
  // Logged once the listener is closed, so that a reader of the log who then connects is refused.
  log("serve: stopping: no new connections; " + std::to_string(conns_.size()) + " held");
  for (auto it = conns_.begin(); it != conns_.end();) {
    auto next = std::next(it);
    if (it->second.state == Conn::Idle) {
      unwatch(it->second.fd);
      log_conn(it->second, "0", "0", "closed: server stopping");
      end_conn(it->first);
    }
    it = next;
  }
  retire_idle_workers();
}

bool Supervisor::loop_once() {
  epoll_event events[64];
  int n = ::epoll_wait(ep_, events, 64, next_wait_ms());
  if (n < 0 && errno != EINTR) return false;
  for (int i = 0; i < n; ++i) {
    uint64_t data = events[i].data.u64;
    uint64_t id = data & ((uint64_t(1) << 56) - 1);
    switch (static_cast<Tag>(data >> 56)) {
      case kListener:
        accept_ready();
        break;
      case kSignals:
        on_signals();
        break;
      case kControl:
        worker_message(id);
        break;
      case kConn:
        conn_ready(id);
        break;
    }
  }
  expire_idle();
  update_listening();
  if (stopping_ && Clock::now() >= stop_deadline_) kill_all_workers();
  ensure_workers();
  return !(stopping_ && workers_.empty());
}

int Supervisor::run() {
  std::string error;
  log_ = stderr;
  if (!o_.log.empty() && !(log_ = std::fopen(o_.log.c_str(), "a"))) {
    std::cerr << "mvbasic serve: cannot open the log file " << o_.log << ": " << std::strerror(errno) << "\n";
    return kExitUsage;
  }
  raise_descriptor_limit();
  listener_ = open_listener(o_, error);
  if (listener_ < 0) {
    std::cerr << "mvbasic serve: " << error << "\n";
    return kExitRuntimeError;
  }
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGCHLD, SIGHUP, SIGTERM, SIGINT}) sigaddset(&set, s);
  ::sigprocmask(SIG_BLOCK, &set, nullptr);
  ::signal(SIGPIPE, SIG_IGN);
  sigfd_ = ::signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
  ep_ = ::epoll_create1(EPOLL_CLOEXEC);
  watch(sigfd_, EPOLLIN, tag(kSignals, 0));
  int status = start_pool(error);
  if (status != kExitOk) {
    std::cerr << "mvbasic serve: " << error << "\n";
    kill_all_workers();
    while (!workers_.empty()) reap_blocking();
    if (o_.is_unix()) ::unlink(o_.listen.c_str());
    return status;
  }
  log("serve: listening on " + listener_text(listener_, o_) + " with " + std::to_string(o_.workers) +
      " workers, running " + o_.program);
  update_listening();
  while (loop_once()) {
  }
  log("serve: stopped");
  return kExitOk;
}

// Every held connection is one of the supervisor's descriptors: the soft limit is raised as far as the hard
// one allows, and a --max-clients beyond it is reported (accepting then pauses at the limit, and the
// connections wait in the backlog).
void Supervisor::raise_descriptor_limit() {
  rlimit rl{};
  if (::getrlimit(RLIMIT_NOFILE, &rl) != 0) return;
  rlim_t want = static_cast<rlim_t>(o_.max_clients) + static_cast<rlim_t>(o_.workers) + 64;
  if (rl.rlim_cur < want && rl.rlim_cur < rl.rlim_max) {
    rl.rlim_cur = std::min(want, rl.rlim_max);
    ::setrlimit(RLIMIT_NOFILE, &rl);
  }
  if (rl.rlim_cur < want)
    log("serve: warning: --max-clients " + std::to_string(o_.max_clients) + " needs about " +
        std::to_string(want) + " descriptors, and the limit is " + std::to_string(rl.rlim_cur) +
        " (ulimit -n)");
}

uint64_t Supervisor::control_tag(uint64_t worker_id) { return tag(kControl, worker_id); }

int serve_main(const ServeOptions& options) {
  runtime::Program compiled;
  std::string diag;
  int status = load_program(options.program, options.use_cache, compiled, diag);
  report(diag);
  if (status != kExitOk) return status;
  if (compiled.kind == runtime::UnitKind::Class) {
    std::cerr << "mvbasic serve: " << options.program << " is a CLASS module, not a program\n";
    return kExitUsage;
  }
  Supervisor supervisor(options, std::make_shared<runtime::Program>(std::move(compiled)));
  return supervisor.run();
}

}  // namespace mv::cli
