// The supervisor of `mvbasic serve`: one process, one epoll loop. It owns the listening socket, accepts while
// fewer than --max-clients connections are held (past that, new ones wait in the kernel's backlog), holds
// each new connection until it has data to read (so an idle connection costs a descriptor, never a worker),
// closes those that stay silent past --idle-timeout, and hands each ready connection to a free worker over
// the worker's control socket (SCM_RIGHTS). Under --requeue a worker hands a connection back after a run
// and it is held (parked) again like a new one. Signals arrive through a signalfd: SIGCHLD replaces crashed
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
#include "runtime/cli/serve_tcp.hpp"
#include "stdlib/sockets/socket_tls.hpp"

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
    hold(id);
  }
  dispatch();
  update_listening();
}

// Holds an idle connection until it has data, its peer leaves or the idle timeout passes.
void Supervisor::hold(uint64_t id) {
  Conn& c = conns_[id];
  c.state = Conn::Idle;
  c.idle_since = Clock::now();
  if (o_.idle_timeout > 0) idle_order_.emplace_back(c.idle_since, id);
  watch(c.fd, EPOLLIN | EPOLLRDHUP, tag(kConn, id));
}

// --requeue: a worker gave connection `id` back (descriptor `fd`) after a run that left it open; it waits
// here for its next request like a new connection, without a worker.
void Supervisor::park(uint64_t id, int fd) {
  auto it = conns_.find(id);
  if (it == conns_.end()) {
    ::close(fd);
    return;
  }
  it->second.fd = fd;
  it->second.runs++;
  hold(id);
}

// The log line of a connection that ends in the supervisor: one that never sent anything has no counts to
// read; a parked one has what its runs moved.
void Supervisor::log_held(const Conn& c, const std::string& outcome) {
  TcpCounts n;
  if (c.runs > 0 && tcp_counts(c.fd, n))
    log_conn(c, std::to_string(n.bytes_in), std::to_string(n.bytes_out), outcome);
  else
    log_conn(c, c.runs > 0 ? "-" : "0", c.runs > 0 ? "-" : "0", outcome);
}

// SIGTERM's grace period is over (or nothing else is left to wait for): connections parked between requests
// are closed.
void Supervisor::close_parked() {
  for (auto it = conns_.begin(); it != conns_.end();) {
    auto next = std::next(it);
    if (it->second.state == Conn::Idle) {
      unwatch(it->second.fd);
      log_held(it->second, "closed: server stopping");
      end_conn(it->first);
    }
    it = next;
  }
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
    // A parked connection's client leaving between requests is the normal end of a keep-alive connection.
    std::string why = n < 0 ? std::string("error: ") + std::strerror(err) : c.runs > 0 ? "ok" : "closed: no request";
    log_held(c, why);
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
    // An entry is stale when its connection went to a worker since (a parked one has a newer entry).
    if (it == conns_.end() || it->second.state != Conn::Idle || it->second.idle_since != since) {
      idle_order_.pop_front();
      continue;
    }
    if (now - since < limit) break;
    idle_order_.pop_front();
    unwatch(it->second.fd);
    log_held(it->second, "idle-timeout");
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
    if (it->second.state == Conn::Idle && it->second.runs == 0) {
      unwatch(it->second.fd);
      log_conn(it->second, "0", "0", "closed: server stopping");
      end_conn(it->first);
    }
    it = next;
  }
  retire_idle_workers();
  // A TLS connection parked in its worker (--requeue) would hold the worker until the grace period ends and
  // it is killed: STOP tells a worker to close such a connection (a worker running a program reads it only
  // when it next waits for a request).
  if (o_.tls() && o_.requeue) {
    for (auto& [id, w] : workers_)
      if (w.conn != 0 && w.control >= 0) send_with_fd(w.control, "STOP", -1);
  }
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
  if (stopping_ && Clock::now() >= stop_deadline_) {
    close_parked();
    kill_all_workers();
  }
  if (stopping_) retire_idle_workers();
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

namespace {

// The TLS files are read once, before anything is forked: a missing or unreadable file, or a key that does
// not match the certificate, stops the server at once with a usage error instead of failing every handshake.
bool make_tls_context(ServeOptions& o) {
  stdlib::sockets::TlsOptions t;
  t.cert = o.tls_cert;
  t.key = o.tls_key;
  t.ca = o.tls_ca;
  if (o.tls_verify_client == "request") t.flags = stdlib::sockets::kTlsRequestCert;
  if (o.tls_verify_client == "require") t.flags = stdlib::sockets::kTlsRequireCert;
  int status = 0;
  std::string text;
  o.tls_context = stdlib::sockets::make_security_context(t, status, text);
  if (stdlib::sockets::as_security_context(o.tls_context)) return true;
  const char* what = status == stdlib::sockets::kTlsCert  ? "the certificate "
                     : status == stdlib::sockets::kTlsKey ? "the key "
                     : status == stdlib::sockets::kTlsCa  ? "the CA "
                                                          : "";
  std::string file = status == stdlib::sockets::kTlsCert  ? o.tls_cert
                     : status == stdlib::sockets::kTlsKey ? (o.tls_key.empty() ? o.tls_cert : o.tls_key)
                     : status == stdlib::sockets::kTlsCa  ? o.tls_ca
                                                          : "";
  std::cerr << "mvbasic serve: TLS: " << what << file << (file.empty() ? "" : ": ") << text << "\n";
  return false;
}

}  // namespace

int serve_main(const ServeOptions& given) {
  ServeOptions options = given;
  if (options.tls() && !make_tls_context(options)) return kExitUsage;
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
