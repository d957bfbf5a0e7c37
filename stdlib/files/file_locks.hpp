// Record locks shared between mvbasic processes. A lock is an open-file-description lock (Linux F_OFD_SETLK;
// flock() elsewhere) on a lock file RUNDIR/locks/<file>/<name>, where <file> identifies the directory that
// holds the record (device and inode, so every spelling of a path agrees) and <name> is the record's file
// name. The kernel drops such a lock when its descriptor closes, so a process that ends in any way, kill -9
// included, never leaves a lock behind. Each lock file holds the user number of the last process that took
// it, which is what STATUS() reports after a LOCKED clause.
//
// Within one process a record is locked at most once (QM's rule: a process never conflicts with itself);
// this table remembers which records the process holds and in which mode. A forked child starts with an
// empty table and never holds its parent's locks.
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace mv::stdlib::files {

enum class LockMode { Shared = 1, Update = 2 };

// The lock folder of QM's task locks (LOCK n, 0 to 63): RUNDIR/locks/tasks/<n>. A directory's identity always
// starts with 'd' or 'p' (see file_identity()), so the two never meet.
inline constexpr const char* kTaskLockFolder = "tasks";

// The lock name of a whole file (FILELOCK): no mapped record id can have it, as a mapped '%' is always
// followed by one of QM's escape letters or 'd'/'t'. While another process holds it, record locks in the
// file cannot be taken.
inline constexpr const char* kFileLockName = "%F";

// A lockable record: `file` names its directory (see file_identity()), `name` is lock_file_name() of the
// record's file name.
struct LockKey {
  std::string file;
  std::string name;
};

// The identity of a directory for lock purposes: "d<dev>.<inode>" when it exists, otherwise a hash of its
// absolute path (a sequential file whose folders WRITESEQ has yet to create).
std::string file_identity(const std::string& dir_path);

class LockTable {
 public:
  // The one table of this process.
  static LockTable& process();

  // The folder that holds the per-file lock folders; set from RUNDIR before the first lock is taken.
  void set_root(const std::string& root) { root_ = root; }
  const std::string& root() const { return root_; }

  enum class Try { Acquired, Conflict, Error };
  // One attempt that never waits. An update request on a record this process holds shared upgrades the
  // lock when no other process shares it; a shared request on a record held for update keeps the update
  // lock. `user` is written into the lock file. On Error, `err` holds the errno.
  Try try_lock(const LockKey& key, LockMode mode, int64_t user, int& err);

  // This process's hold on a record: 0 none, 1 shared, 2 update.
  int held(const LockKey& key) const;
  // Other processes' hold: 0 none, -1 shared, -2 update; `holder` receives the user number in the lock file
  // (0 when unknown).
  int others(const LockKey& key, int64_t& holder) const;

  // Releases one record, every record of one file (except those a sequential file holds open), or every
  // record lock (task locks stay, as in QM: only UNLOCK or the end of the process lets them go).
  void release(const LockKey& key);
  void release_file(const std::string& file);
  void release_all();

  // Sequential files count their opens so that closing one of two file variables on the same record keeps
  // the lock; release_file() leaves records with open sequential files alone.
  void add_seq_ref(const LockKey& key, int delta);
  int seq_refs(const LockKey& key) const;

  size_t count() const { return held_.size(); }

  // Closes every descriptor without releasing anything (a forked child's copies).
  void forget_all();

 private:
  struct Entry {
    int fd = -1;
    LockMode mode = LockMode::Shared;
    int seq_refs = 0;
    std::string path;
  };
  static std::string map_key(const LockKey& k) { return k.file + '/' + k.name; }
  std::string folder(const LockKey& k) const { return root_ + '/' + k.file; }
  int open_lock_file(const LockKey& k, std::string& path, int& err) const;
  void drop(std::map<std::string, Entry>::iterator it);

  std::string root_;
  std::map<std::string, Entry> held_;
};

}  // namespace mv::stdlib::files
