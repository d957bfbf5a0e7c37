// The supervisor of `mvbasic serve`: its connections and its workers. The event loop and the connections are
// in serve_supervisor.cpp; starting, replacing and retiring workers, and handing them connections, in
// serve_pool.cpp.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <map>
#include <memory>
#include <string>

#include "runtime/cli/serve.hpp"
#include "runtime/cli/serve_listen.hpp"

namespace mv::cli {

class Supervisor {
 public:
  Supervisor(const ServeOptions& o, std::shared_ptr<runtime::Program> program);
  ~Supervisor();
  Supervisor(const Supervisor&) = delete;
  Supervisor& operator=(const Supervisor&) = delete;
  // Listens, starts the workers and serves until stopped; returns the exit status.
  int run();

 private:
  using Clock = std::chrono::steady_clock;

  // A connection the supervisor answers for, from accept until its worker reports it done.
  struct Conn {
    enum State { Idle, Queued, Serving } state = Idle;
    int fd = -1;  // -1 once handed to a worker
    std::string peer;
    Clock::time_point accepted;
    Clock::time_point idle_since;  // when it last became idle (its entry in idle_order_)
    int runs = 0;                  // runs of the program so far; more than 0 = parked between requests
  };
  struct Worker {
    pid_t pid = 0;
    int control = -1;  // the supervisor's end of the control socket; -1 once closed
    uint64_t generation = 0;
    bool ready = false;     // has said READY
    bool retiring = false;  // its control socket closes once it is free
    uint64_t conn = 0;      // the connection it serves, 0 when free
    bool killed = false;    // SIGKILL sent (the grace period ended)
  };

  // serve_supervisor.cpp: the loop and the connections.
  bool loop_once();
  void log(const std::string& line);
  void log_conn(const Conn& c, const std::string& in, const std::string& out, const std::string& outcome);
  void log_held(const Conn& c, const std::string& outcome);
  void watch(int fd, uint32_t events, uint64_t data);
  void unwatch(int fd);
  void update_listening();
  void accept_ready();
  void conn_ready(uint64_t id);
  void hold(uint64_t id);
  void park(uint64_t id, int fd);
  void close_parked();
  void end_conn(uint64_t id);
  void expire_idle();
  int next_wait_ms();
  void on_signals();
  void begin_stop();
  void raise_descriptor_limit();
  static uint64_t control_tag(uint64_t worker_id);

  // serve_pool.cpp: the workers.
  int start_pool(std::string& error);
  bool spawn_worker();
  void ensure_workers();
  void dispatch();
  void worker_message(uint64_t worker_id);
  void worker_gone(uint64_t worker_id, int wait_status);
  void close_control(Worker& w);
  void retire_idle_workers();
  void retire_one_old();
  void begin_restart();
  void reap();
  void reap_blocking();
  void kill_all_workers();

  ServeOptions o_;
  std::shared_ptr<runtime::Program> program_;
  std::FILE* log_ = stderr;
  int listener_ = -1;
  int sigfd_ = -1;
  int ep_ = -1;
  bool listening_ = false;
  bool stopping_ = false;
  bool starting_ = true;
  bool accept_starved_ = false;  // accept failed for want of descriptors (logged once until it works again)
  std::string start_failure_;
  Clock::time_point stop_deadline_;
  Clock::time_point accept_retry_;
  Clock::time_point respawn_at_;
  uint64_t next_id_ = 1;
  std::map<uint64_t, Conn> conns_;
  std::deque<std::pair<Clock::time_point, uint64_t>> idle_order_;  // (accepted, id) of idle connections
  std::deque<uint64_t> queue_;                                     // ready connections waiting for a worker
  uint64_t generation_ = 1;
  uint64_t next_worker_ = 1;
  std::map<uint64_t, Worker> workers_;
};

}  // namespace mv::cli
