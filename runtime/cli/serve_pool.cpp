// The worker pool of `mvbasic serve`: forking workers (each gets one end of a SOCK_SEQPACKET socket pair as
// its control socket and nothing else the supervisor holds), handing them ready connections, reading their
// READY / FAIL / DONE reports, replacing those that die, the rolling restart of SIGHUP (a new worker is
// started and has said READY before an old one is retired, so the pool never shrinks) and the end of a stop.
#include "runtime/cli/serve_pool.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <sstream>

#include "runtime/cli/cli.hpp"
#include "runtime/cli/loader.hpp"

namespace mv::cli {

namespace {

constexpr auto kRespawnDelay = std::chrono::seconds(1);
constexpr auto kStartLimit = std::chrono::seconds(60);

std::string how_it_ended(int status) {
  if (WIFSIGNALED(status)) return "was killed by signal " + std::to_string(WTERMSIG(status));
  return "exited with status " + std::to_string(WEXITSTATUS(status));
}

// In the new child: the control socket becomes descriptor 3, standard input /dev/null, and every other
// descriptor the supervisor holds (the listener, held connections, other workers' sockets) is closed.
[[noreturn]] void become_worker(const ServeOptions& o, const std::shared_ptr<runtime::Program>& program,
                                int control) {
  if (control != 3) {
    ::dup3(control, 3, O_CLOEXEC);
    control = 3;
  }
  ::close_range(4, ~0U, 0);
  int null_fd = ::open("/dev/null", O_RDONLY);
  if (null_fd >= 0) {
    ::dup2(null_fd, STDIN_FILENO);
    if (null_fd != STDIN_FILENO) ::close(null_fd);
  }
  serve_worker(o, program, control);
}

}  // namespace

bool Supervisor::spawn_worker() {
  int sv[2];
  if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
    log("serve: cannot start a worker: " + std::string(std::strerror(errno)));
    respawn_at_ = Clock::now() + kRespawnDelay;
    return false;
  }
  std::fflush(nullptr);
  pid_t pid = ::fork();
  if (pid == 0) become_worker(o_, program_, sv[1]);
  ::close(sv[1]);
  if (pid < 0) {
    ::close(sv[0]);
    log("serve: cannot start a worker: " + std::string(std::strerror(errno)));
    respawn_at_ = Clock::now() + kRespawnDelay;
    return false;
  }
  uint64_t id = next_worker_++;
  Worker& w = workers_[id];
  w.pid = pid;
  w.control = sv[0];
  w.generation = generation_;
  watch(sv[0], EPOLLIN, control_tag(id));
  return true;
}

// Keeps the pool full: replaces workers that died (after a pause when they died before saying READY), and
// during a rolling restart starts the next new worker once the previous one is READY.
void Supervisor::ensure_workers() {
  if (stopping_ || starting_) return;
  int current = 0, old = 0, pending = 0;
  for (const auto& [id, w] : workers_) {
    if (w.retiring) continue;
    if (w.generation == generation_) {
      ++current;
      if (!w.ready) ++pending;
    } else {
      ++old;
    }
  }
  if (current + old < o_.workers) {
    if (Clock::now() < respawn_at_) return;
    for (int n = current + old; n < o_.workers; ++n)
      if (!spawn_worker()) return;
  } else if (old > 0 && pending == 0 && current < o_.workers) {
    spawn_worker();
  }
}

void Supervisor::dispatch() {
  while (!queue_.empty()) {
    Worker* free = nullptr;
    for (auto& [id, w] : workers_) {
      if (w.ready && !w.retiring && w.conn == 0 && w.control >= 0) {
        free = &w;
        break;
      }
    }
    if (!free) return;
    uint64_t cid = queue_.front();
    auto it = conns_.find(cid);
    if (it == conns_.end()) {
      queue_.pop_front();
      continue;
    }
    if (!send_with_fd(free->control, "CONN", it->second.fd)) {
      close_control(*free);  // the worker has gone; SIGCHLD will tell how
      continue;
    }
    queue_.pop_front();
    ::close(it->second.fd);
    it->second.fd = -1;
    it->second.state = Conn::Serving;
    free->conn = cid;
  }
}

void Supervisor::worker_message(uint64_t worker_id) {
  auto wit = workers_.find(worker_id);
  if (wit == workers_.end() || wit->second.control < 0) return;
  Worker& w = wit->second;
  std::string msg;
  int fd = -1;
  if (!receive_with_fd(w.control, msg, fd)) {
    close_control(w);  // it is ending; SIGCHLD reports how
    return;
  }
  if (msg.rfind("KEEP ", 0) == 0 && fd >= 0) {
    // --requeue: the run is over but the connection is not; it waits in the supervisor for its next request.
    uint64_t cid = w.conn;
    w.conn = 0;
    park(cid, fd);
    if (w.retiring) close_control(w);
    dispatch();
    if (stopping_) retire_idle_workers();
    return;
  }
  if (fd >= 0) ::close(fd);
  if (msg.rfind("READY", 0) == 0) {
    w.ready = true;
    if (starting_) {
      bool all = true;
      for (const auto& [id, other] : workers_) all = all && other.ready;
      starting_ = !all;
    } else {
      retire_one_old();
    }
  } else if (msg.rfind("FAIL ", 0) == 0) {
    if (starting_) start_failure_ = msg.substr(5);
    log("serve: a worker could not start: " + msg.substr(5));
    respawn_at_ = Clock::now() + kRespawnDelay;
  } else if (msg.rfind("DONE ", 0) == 0) {
    std::istringstream words(msg.substr(5));
    std::string in, out, outcome;
    words >> in >> out;
    std::getline(words >> std::ws, outcome);
    auto cit = conns_.find(w.conn);
    if (cit != conns_.end()) log_conn(cit->second, in, out, outcome);
    end_conn(w.conn);
    w.conn = 0;
    if (w.retiring) close_control(w);
  }
  dispatch();
  if (stopping_) retire_idle_workers();
}

void Supervisor::close_control(Worker& w) {
  if (w.control < 0) return;
  unwatch(w.control);
  ::close(w.control);
  w.control = -1;
}

// While stopping, a free worker is not needed once nothing waits for a worker and no connection is parked:
// closing its control socket ends it.
void Supervisor::retire_idle_workers() {
  if (!queue_.empty()) return;
  // Connections parked between requests may still send one within the grace period: workers stay for them.
  for (const auto& [id, c] : conns_)
    if (c.state == Conn::Idle) return;
  for (auto& [id, w] : workers_) {
    if (w.conn == 0) {
      w.retiring = true;
      close_control(w);
    }
  }
}

// After a new worker of a rolling restart said READY: one worker of the old program goes, a free one if
// there is one, else the first that finishes its connection.
void Supervisor::retire_one_old() {
  int alive = 0;
  Worker* pick = nullptr;
  for (auto& [id, w] : workers_) {
    if (w.retiring) continue;
    ++alive;
    if (w.generation != generation_ && (!pick || (pick->conn != 0 && w.conn == 0))) pick = &w;
  }
  if (!pick || alive <= o_.workers) return;
  pick->retiring = true;
  if (pick->conn == 0) close_control(*pick);
  dispatch();
}

void Supervisor::begin_restart() {
  if (stopping_) return;
  runtime::Program compiled;
  std::string diag;
  if (load_program(o_.program, o_.use_cache, compiled, diag) != kExitOk) {
    log("serve: SIGHUP: " + o_.program +
        " does not compile; the workers keep the program they have: " + diag.substr(0, diag.find('\n')));
    return;
  }
  program_ = std::make_shared<runtime::Program>(std::move(compiled));
  ++generation_;
  log("serve: SIGHUP: replacing the workers one by one");
}

void Supervisor::worker_gone(uint64_t worker_id, int wait_status) {
  Worker& w = workers_[worker_id];
  close_control(w);
  bool grace_over = stopping_ && Clock::now() >= stop_deadline_;
  if (w.conn != 0) {
    auto cit = conns_.find(w.conn);
    std::string why =
        grace_over ? "error: the grace period ended" : "error: the worker " + how_it_ended(wait_status);
    if (cit != conns_.end()) log_conn(cit->second, "-", "-", why);
    end_conn(w.conn);
  }
  if (!w.retiring && !stopping_) {
    log("serve: worker pid " + std::to_string(w.pid) + " " + how_it_ended(wait_status) +
        "; a new one replaces it");
  }
  if (!w.ready) {
    respawn_at_ = Clock::now() + kRespawnDelay;
    if (starting_ && start_failure_.empty())
      start_failure_ = "a worker " + how_it_ended(wait_status) + " before it was ready";
  }
  workers_.erase(worker_id);
}

void Supervisor::reap() {
  for (;;) {
    int status = 0;
    pid_t pid = ::waitpid(-1, &status, WNOHANG);
    if (pid <= 0) return;
    for (auto& [id, w] : workers_) {
      if (w.pid == pid) {
        worker_gone(id, status);
        break;
      }
    }
  }
}

void Supervisor::reap_blocking() {
  int status = 0;
  pid_t pid = ::waitpid(-1, &status, 0);
  if (pid < 0) {
    workers_.clear();
    return;
  }
  for (auto& [id, w] : workers_) {
    if (w.pid == pid) {
      worker_gone(id, status);
      return;
    }
  }
}

void Supervisor::kill_all_workers() {
  for (auto& [id, w] : workers_) {
    if (!w.killed) ::kill(w.pid, SIGKILL);
    w.killed = true;
  }
}

int Supervisor::start_pool(std::string& error) {
  for (int i = 0; i < o_.workers; ++i) {
    if (!spawn_worker()) {
      error = "cannot start the workers";
      return kExitRuntimeError;
    }
  }
  auto until = Clock::now() + kStartLimit;
  while (starting_ && start_failure_.empty() && !stopping_) {
    if (Clock::now() >= until) {
      error = "the workers did not start within " + std::to_string(kStartLimit.count()) + " seconds";
      return kExitRuntimeError;
    }
    loop_once();
  }
  if (!start_failure_.empty()) {
    error = "cannot start: " + start_failure_;
    return start_failure_.find("licence") != std::string::npos ? kExitNoLicence : kExitRuntimeError;
  }
  return kExitOk;
}

}  // namespace mv::cli
