// The process table and the flock'd slot files it shares with the licences (runtime/licence.cpp). Slot files
// are created once and never removed: removing one while another process is about to lock it would let two
// processes hold "the same" number on different inodes. Their locks, not their existence, say who is alive.
#include "runtime/process_table.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <mutex>

namespace mv::runtime {

namespace {

// Upper bound on user numbers: far beyond any real table, it only stops a runaway scan.
constexpr int64_t kMaxUserNumber = 1000000;

// Every descriptor that holds a slot lock in this process, so that a forked child can close its copies.
std::vector<int>& held_fds() {
  static auto* v = new std::vector<int>;
  return *v;
}

void close_held_in_child() {
  for (int fd : held_fds()) ::close(fd);
  held_fds().clear();
}

struct Registration {
  std::string rundir;
  int fd = -1;
  ProcessEntry entry;
};

Registration& registration() {
  static auto* r = new Registration;
  return *r;
}

int g_inherited_socket_fd = -1;

std::string entry_path(const std::string& rundir, int64_t n) {
  return rundir + "/process." + std::to_string(n);
}

// The details file: one "key value" per line, so that a command with odd characters stays one field.
std::string format_info(const ProcessEntry& e) {
  std::string s;
  s += "pid " + std::to_string(e.pid) + "\n";
  s += "kind " + std::string(process_kind_name(e.kind)) + "\n";
  s += "started " + std::to_string(e.started) + "\n";
  s += "log " + e.log + "\n";
  std::string cmd = e.command;
  std::replace(cmd.begin(), cmd.end(), '\n', ' ');
  s += "command " + cmd + "\n";
  return s;
}

bool parse_info(const std::string& text, ProcessEntry& e) {
  size_t pos = 0;
  bool have_pid = false;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    size_t sp = line.find(' ');
    std::string key = line.substr(0, sp);
    std::string value = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (key == "pid") {
      e.pid = static_cast<pid_t>(std::atol(value.c_str()));
      have_pid = e.pid > 0;
    } else if (key == "kind") {
      e.kind = value == "interactive" ? ProcessKind::Interactive
               : value == "phantom"   ? ProcessKind::Phantom
                                      : ProcessKind::Background;
    } else if (key == "started") {
      e.started = std::atoll(value.c_str());
    } else if (key == "log") {
      e.log = value;
    } else if (key == "command") {
      e.command = value;
    }
  }
  return have_pid;
}

bool read_text(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  ::close(fd);
  return n == 0;
}

// Replaces the details file in one step (write a temporary, then rename), so readers never see half of it.
void write_info(const std::string& rundir, const ProcessEntry& e) {
  std::string path = entry_path(rundir, e.user_number) + ".info";
  std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return;
  std::string text = format_info(e);
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) ::unlink(tmp.c_str());
}

// Reads the details of a held entry. A holder that has only just taken its number may not have written
// them yet (the file then names a dead pid, or is missing), so the read is retried briefly.
bool read_entry(const std::string& rundir, int64_t n, ProcessEntry& out) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    std::string text;
    ProcessEntry e;
    if (read_text(entry_path(rundir, n) + ".info", text) && parse_info(text, e) &&
        (::kill(e.pid, 0) == 0 || errno == EPERM)) {
      e.user_number = n;
      out = e;
      return true;
    }
    if (!slot_held(entry_path(rundir, n))) return false;
    ::usleep(10000);
  }
  out = ProcessEntry{};
  out.user_number = n;
  out.command = "(starting)";
  return true;
}

}  // namespace

const char* process_kind_name(ProcessKind kind) {
  switch (kind) {
    case ProcessKind::Interactive:
      return "interactive";
    case ProcessKind::Phantom:
      return "phantom";
    case ProcessKind::Background:
      return "background";
  }
  return "background";
}

int lock_slot_file(const std::string& path) {
  static std::once_flag hooked;
  std::call_once(hooked, [] { ::pthread_atfork(nullptr, nullptr, close_held_in_child); });
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return -1;
  while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) continue;
    ::close(fd);
    return -1;
  }
  held_fds().push_back(fd);
  return fd;
}

void unlock_slot_file(int fd) {
  if (fd < 0) return;
  auto& v = held_fds();
  v.erase(std::remove(v.begin(), v.end(), fd), v.end());
  ::close(fd);
}

bool slot_held(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // never created: nobody has held it
  bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
  ::close(fd);  // drops the probe's lock, if it took one
  return held;
}

bool ensure_rundir(const std::string& dir, std::string& error) {
  if (dir.empty()) {
    error = "RUNDIR is empty";
    return false;
  }
  for (size_t pos = 1; pos <= dir.size(); ++pos) {
    if (pos != dir.size() && dir[pos] != '/') continue;
    std::string part = dir.substr(0, pos);
    if (::mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
      error = "cannot create the run directory " + part + ": " + std::strerror(errno);
      return false;
    }
  }
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    error = "the run directory " + dir + " is not a directory";
    return false;
  }
  return true;
}

bool register_process(const std::string& rundir, ProcessKind kind, const std::string& command,
                      int64_t& user_number, std::string& error) {
  release_process();
  if (!ensure_rundir(rundir, error)) return false;
  for (int64_t n = 1; n <= kMaxUserNumber; ++n) {
    int fd = lock_slot_file(entry_path(rundir, n));
    if (fd < 0) {
      if (errno == EACCES || errno == EROFS || errno == ENOSPC) {
        error = "cannot create a process entry in " + rundir + ": " + std::strerror(errno);
        return false;
      }
      continue;
    }
    Registration& r = registration();
    r.rundir = rundir;
    r.fd = fd;
    r.entry = ProcessEntry{n, ::getpid(), kind, static_cast<int64_t>(std::time(nullptr)), command, ""};
    write_info(rundir, r.entry);
    user_number = n;
    return true;
  }
  error = "the process table in " + rundir + " is full";
  return false;
}

void update_process(const std::string& command, const std::string& log) {
  Registration& r = registration();
  if (r.fd < 0) return;
  r.entry.command = command;
  r.entry.log = log;
  write_info(r.rundir, r.entry);
}

const ProcessEntry& own_process() { return registration().entry; }

void release_process() {
  Registration& r = registration();
  if (r.fd < 0) return;
  unlock_slot_file(r.fd);
  r = Registration{};
}

std::vector<ProcessEntry> list_processes(const std::string& rundir) {
  std::vector<int64_t> numbers;
  if (DIR* d = ::opendir(rundir.c_str())) {
    while (dirent* de = ::readdir(d)) {
      const char* name = de->d_name;
      if (std::strncmp(name, "process.", 8) != 0) continue;
      char* end = nullptr;
      long long n = std::strtoll(name + 8, &end, 10);
      if (end != name + 8 && *end == '\0' && n > 0) numbers.push_back(n);
    }
    ::closedir(d);
  }
  std::sort(numbers.begin(), numbers.end());
  std::vector<ProcessEntry> out;
  for (int64_t n : numbers) {
    ProcessEntry e;
    if (process_alive(rundir, n) && read_entry(rundir, n, e)) out.push_back(e);
  }
  return out;
}

bool find_process(const std::string& rundir, int64_t user_number, ProcessEntry& out) {
  return user_number > 0 && process_alive(rundir, user_number) && read_entry(rundir, user_number, out);
}

bool process_alive(const std::string& rundir, int64_t user_number) {
  const Registration& r = registration();
  if (r.fd >= 0 && r.rundir == rundir && r.entry.user_number == user_number) return true;
  return slot_held(entry_path(rundir, user_number));
}

int inherited_socket_fd() { return g_inherited_socket_fd; }
void set_inherited_socket_fd(int fd) { g_inherited_socket_fd = fd; }

}  // namespace mv::runtime
