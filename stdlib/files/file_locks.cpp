// Record locks between processes: lock files under RUNDIR/locks held with open-file-description locks (see
// file_locks.hpp). A lock file is removed by the process that releases an update lock (or the last shared
// one), and every locker checks after locking that the file it locked is still the one at the path, so a
// waiter never ends up holding a lock on a file somebody already unlinked.
#include "stdlib/files/file_locks.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace mv::stdlib::files {

namespace {

#if defined(F_OFD_SETLK)
// Open-file-description locks: per descriptor like flock(), but with a query that takes nothing.
bool set_lock(int fd, short type) {
  struct flock fl {};
  fl.l_type = type;
  fl.l_whence = SEEK_SET;
  return ::fcntl(fd, F_OFD_SETLK, &fl) == 0;
}
// What other descriptors hold on the file: 0 nothing, -1 shared, -2 update.
int probe(int fd, bool /*own*/) {
  struct flock fl {};
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  if (::fcntl(fd, F_OFD_GETLK, &fl) != 0) return 0;
  return fl.l_type == F_UNLCK ? 0 : fl.l_type == F_RDLCK ? -1 : -2;
}
#else
bool set_lock(int fd, short type) {
  int op = type == F_WRLCK ? LOCK_EX : type == F_RDLCK ? LOCK_SH : LOCK_UN;
  return ::flock(fd, op | LOCK_NB) == 0;
}
int probe(int fd, bool own) {
  if (own) return 0;  // flock() cannot ask without converting our own lock
  if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return ::flock(fd, LOCK_UN), 0;
  if (::flock(fd, LOCK_SH | LOCK_NB) == 0) return ::flock(fd, LOCK_UN), -1;
  return -2;
}
#endif

// Creates `dir` and its parents (mode 0777 less the umask), ignoring those that exist.
void make_dirs(const std::string& dir) {
  for (size_t pos = 1; pos <= dir.size(); ++pos) {
    if (pos != dir.size() && dir[pos] != '/') continue;
    ::mkdir(dir.substr(0, pos).c_str(), 0777);
  }
}

// The user number recorded in a lock file: fixed-width text, so concurrent shared lockers never interleave.
void write_holder(int fd, int64_t user) {
  char buf[21];
  std::snprintf(buf, sizeof buf, "%19lld\n", static_cast<long long>(user));
  [[maybe_unused]] ssize_t n = ::pwrite(fd, buf, 20, 0);
}

int64_t read_holder(int fd) {
  char buf[21] = {0};
  ssize_t n = ::pread(fd, buf, 20, 0);
  return n > 0 ? std::atoll(buf) : 0;
}

// True when `fd` is still the file at `path` (nobody unlinked it between our open and our lock).
bool still_there(int fd, const std::string& path) {
  struct stat a {
  }, b{};
  return ::fstat(fd, &a) == 0 && ::stat(path.c_str(), &b) == 0 && a.st_ino == b.st_ino &&
         a.st_dev == b.st_dev;
}

void forget_in_child() { LockTable::process().forget_all(); }

}  // namespace

std::string file_identity(const std::string& dir_path) {
  struct stat st {};
  char buf[64];
  if (::stat(dir_path.c_str(), &st) == 0) {
    std::snprintf(buf, sizeof buf, "d%llx.%llx", static_cast<unsigned long long>(st.st_dev),
                  static_cast<unsigned long long>(st.st_ino));
    return buf;
  }
  uint64_t h = 1469598103934665603ull;  // FNV-1a of the path
  for (unsigned char c : dir_path) h = (h ^ c) * 1099511628211ull;
  std::snprintf(buf, sizeof buf, "p%016llx", static_cast<unsigned long long>(h));
  return buf;
}

LockTable& LockTable::process() {
  static auto* table = new LockTable;  // never destroyed: exit closes the descriptors, which frees the locks
  static std::once_flag hooked;
  std::call_once(hooked, [] { ::pthread_atfork(nullptr, nullptr, forget_in_child); });
  return *table;
}

int LockTable::open_lock_file(const LockKey& k, std::string& path, int& err) const {
  path = folder(k) + '/' + k.name;
  // Under contention the last holder of a lock in the folder can remove it between our make_dirs and our
  // open again and again (eight processes on one counter record do it often), so keep trying.
  for (int attempt = 0; attempt < 1000; ++attempt) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    err = errno;
    if (err != ENOENT) return -1;
    make_dirs(folder(k));  // the folder is removed when its last lock goes; make it again
  }
  return -1;
}

LockTable::Try LockTable::try_lock(const LockKey& key, LockMode mode, int64_t user, int& err) {
  auto it = held_.find(map_key(key));
  if (it != held_.end()) {
    Entry& e = it->second;
    if (e.mode == LockMode::Update || mode == LockMode::Shared) return Try::Acquired;
    if (!set_lock(e.fd, F_WRLCK)) return Try::Conflict;
    e.mode = LockMode::Update;
    write_holder(e.fd, user);
    return Try::Acquired;
  }
  for (int attempt = 0; attempt < 50; ++attempt) {
    std::string path;
    int fd = open_lock_file(key, path, err);
    if (fd < 0) return Try::Error;
    if (!set_lock(fd, mode == LockMode::Update ? F_WRLCK : F_RDLCK)) {
      ::close(fd);
      return Try::Conflict;
    }
    if (!still_there(fd, path)) {  // the last holder removed it while we were opening it: start again
      ::close(fd);
      continue;
    }
    write_holder(fd, user);
    held_[map_key(key)] = Entry{fd, mode, 0, path};
    return Try::Acquired;
  }
  err = EAGAIN;
  return Try::Error;
}

int LockTable::held(const LockKey& key) const {
  auto it = held_.find(map_key(key));
  return it == held_.end() ? 0 : static_cast<int>(it->second.mode);
}

int LockTable::others(const LockKey& key, int64_t& holder) const {
  holder = 0;
  auto it = held_.find(map_key(key));
  if (it != held_.end()) {
    // Our own descriptor never conflicts with itself, so asking through it sees only the others.
    int state = probe(it->second.fd, true);
    if (state != 0) holder = read_holder(it->second.fd);
    return state;
  }
  std::string path = folder(key) + '/' + key.name;
  int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd < 0) fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;  // no lock file: nobody holds the record
  int state = probe(fd, false);
  if (state != 0) holder = read_holder(fd);
  ::close(fd);
  return state;
}

void LockTable::drop(std::map<std::string, Entry>::iterator it) {
  Entry& e = it->second;
  // Remove the lock file only while no other process can hold it: with our update lock, or when a shared
  // lock can be turned into an update lock (nobody else shares it).
  bool sole = e.mode == LockMode::Update || set_lock(e.fd, F_WRLCK);
  if (sole && still_there(e.fd, e.path)) {
    ::unlink(e.path.c_str());
    std::string dir = e.path.substr(0, e.path.rfind('/'));
    ::rmdir(dir.c_str());  // fails, harmlessly, while other records of the file are locked
  }
  ::close(e.fd);
  held_.erase(it);
}

void LockTable::release(const LockKey& key) {
  auto it = held_.find(map_key(key));
  if (it != held_.end()) drop(it);
}

void LockTable::release_file(const std::string& file) {
  std::string prefix = file + '/';
  for (auto it = held_.lower_bound(prefix);
       it != held_.end() && it->first.compare(0, prefix.size(), prefix) == 0;) {
    auto next = std::next(it);
    if (it->second.seq_refs <= 0) drop(it);
    it = next;
  }
}

void LockTable::release_all() {
  std::string tasks = std::string(kTaskLockFolder) + '/';
  for (auto it = held_.begin(); it != held_.end();) {
    auto next = std::next(it);
    if (it->first.compare(0, tasks.size(), tasks) != 0) drop(it);
    it = next;
  }
}

void LockTable::add_seq_ref(const LockKey& key, int delta) {
  auto it = held_.find(map_key(key));
  if (it != held_.end()) it->second.seq_refs += delta;
}

int LockTable::seq_refs(const LockKey& key) const {
  auto it = held_.find(map_key(key));
  return it == held_.end() ? 0 : it->second.seq_refs;
}

void LockTable::forget_all() {
  for (auto& [k, e] : held_) ::close(e.fd);
  held_.clear();
}

}  // namespace mv::stdlib::files
