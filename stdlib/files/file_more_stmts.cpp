// File statements that need no record reading, on hashed, directory and sequential files:
// RECORDLOCKU/RECORDLOCKL (the lock of READU/READL alone), DELETEU (DELETE keeping the lock), CLEARFILE,
// FILELOCK/FILEUNLOCK, CREATE.FILE, STATUS var FROM fv (QM's file status array), MARK.MAPPING, and for
// sequential files CREATE, FLUSH, NOBUF and TIMEOUT.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_hashed.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

using files::End;
using files::File;
using files::LockKey;
using files::Result;
using files::SeqFile;

using files::kErNotCreated;

LockKey file_lock_key(const File& f) { return LockKey{f.identity(), files::kFileLockName}; }

// True when another process holds a record lock in the file (`holder` its user number): each lock file in
// the file's lock folder is a record some process locked.
bool records_locked_by_others(files::LockTable& table, const std::string& file, int64_t& holder) {
  DIR* d = ::opendir((table.root() + '/' + file).c_str());
  if (!d) return false;
  bool found = false;
  while (struct dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == ".." || name == files::kFileLockName) continue;
    if (table.others(LockKey{file, name}, holder) != 0) {
      found = true;
      break;
    }
  }
  ::closedir(d);
  return found;
}

// With a LOCKED clause, a record another process holds ends the statement Locked (as WRITE and DELETE do).
bool locked_by_other(Context& cx, const LockKey& key, int flags, Result& r) {
  if (!(flags & Context::kHasLocked)) return false;
  files::LockTable& table = files::locks(cx);
  int64_t holder = 0;
  if (table.held(key) == 2 || table.others(key, holder) == 0) return false;
  r = Result{End::Locked, static_cast<int>(holder), 0, {}};
  return true;
}

// Internal time and date of a file time, as QM's STATUS array gives them (UTC).
int64_t internal_time(time_t t) { return static_cast<int64_t>(t % 86400); }
int64_t internal_date(time_t t) { return static_cast<int64_t>(t / 86400) + 732; }

}  // namespace

// RECORDLOCKU/RECORDLOCKL fv, id: mode 1 update, 2 shared; waits, or takes LOCKED, as READU/READL do.
void fn_recordlock(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  const char* stmt = cx.integer(args[2]) == 2 ? "RECORDLOCKL" : "RECORDLOCKU";
  File& f = files::file_arg(cx, args[0], stmt);
  LockKey key;
  Result r = Result::otherwise(files::kErIid);
  if (files::record_lock_key(f, cx.string(args[1]), key))
    r = files::take_lock(cx, key,
                         cx.integer(args[2]) == 2 ? files::LockMode::Shared : files::LockMode::Update, flags);
  files::finish(cx, flags, r, stmt);
}

// DELETEU fv, id: as DELETE, but the record's lock stays with the process.
void fn_deleteu(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  File& f = files::file_arg(cx, args[0], "DELETEU");
  std::string id = cx.string(args[1]);
  LockKey key;
  Result r;
  if (!files::record_lock_key(f, id, key) || !locked_by_other(cx, key, flags, r))
    r = files::delete_record(f, id);
  files::finish(cx, flags, r, "DELETEU");
}

// CLEARFILE fv: every record goes; the first failure stops it.
void fn_clearfile(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  File& f = files::file_arg(cx, args[0], "CLEARFILE");
  files::finish(cx, flags, f.clear(), "CLEARFILE");
}

// FILELOCK fv (lock 1) takes the file's own lock once no other process holds it or any record lock in the
// file, waiting for that unless there is a LOCKED clause (STATUS() is then the holder's user number). While
// it is held, other processes cannot lock the file's records. FILEUNLOCK fv (lock 0) gives it back.
void fn_filelock(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  bool lock = cx.integer(args[1]) != 0;
  File& f = files::file_arg(cx, args[0], lock ? "FILELOCK" : "FILEUNLOCK");
  LockKey key = file_lock_key(f);
  files::LockTable& table = files::locks(cx);
  if (!lock) {
    table.release(key);
    return files::succeed(cx);
  }
  for (int spins = 0;; ++spins) {
    int64_t holder = 0;
    if (!records_locked_by_others(table, key.file, holder)) {
      Result r = files::take_lock(cx, key, files::LockMode::Update, flags | Context::kHasLocked);
      if (r.end != End::Locked) return files::finish(cx, flags, r, "FILELOCK");
      holder = r.status;
    }
    if (flags & Context::kHasLocked)
      return files::finish(cx, flags, Result{End::Locked, static_cast<int>(holder), 0, {}}, "FILELOCK");
    if (spins == 0) cx.flush_output();
    if (runtime::g_interrupt) cx.fail("Interrupted");
    ::usleep(static_cast<useconds_t>(std::min(5000 << std::min(spins, 5), 100000)));
  }
}

// CREATE.FILE path DIRECTORY makes an empty directory file; CREATE.FILE path DYNAMIC an empty hashed file
// in the database of the path's folder (the current directory for a plain name). A file that exists
// already, or that cannot be made, is ER$NOT.CREATED.
void fn_create_file(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  std::string path = cx.string(args[0]);
  Result r;
  if (path.empty()) {
    r = Result::fault(files::kErNam, "CREATE.FILE: the file name is empty");
  } else if (cx.integer(args[1]) == 0) {
    size_t slash = path.rfind('/');
    std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    r = files::create_hashed(folder, slash == std::string::npos ? path : path.substr(slash + 1));
    if (!r.is_ok()) {  // every failure to create is ER$NOT.CREATED, as in QM; the message says why
      r.end = End::Fault;
      r.status = kErNotCreated;
      if (r.message.empty()) r.message = "cannot create the file " + path;
    }
  } else if (::mkdir(path.c_str(), 0777) != 0) {
    int err = errno;
    r = Result::fault(kErNotCreated, "cannot create the file " + path + ": " + std::strerror(err), err);
  }
  files::finish(cx, flags, r, "CREATE.FILE");
}

// STATUS var FROM fv: QM's status array (position, at end, bytes left, permissions, size, links, owner,
// group, inode, device, access and modification times and dates, path, file type). THEN for an open file;
// ELSE (var "") for anything else.
void fn_file_status(Context& cx, Value* args, int, Value& out) {
  File* dir = files::as_file(args[0]);
  SeqFile* seq = files::as_seq(args[0]);
  std::string path = dir && dir->is_open() ? dir->path() : seq && seq->is_open() ? seq->target().path : "";
  out = Value::string(std::string_view());
  cx.status = Value::integer(0);
  cx.outcome = Context::kElse;
  if (path.empty()) return;
  struct stat st {};
  ::stat(path.c_str(), &st);
  int64_t size = dir ? static_cast<int64_t>(st.st_size) : std::max<int64_t>(0, seq->size());
  int64_t pos = seq ? seq->position() : 0;
  std::vector<std::string> f(21);
  f[0] = std::to_string(pos);
  f[1] = seq && pos == size ? "1" : "0";
  f[3] = std::to_string(seq ? size - pos : 0);
  f[4] = std::to_string(st.st_mode & 0777);
  f[5] = std::to_string(size);
  f[6] = std::to_string(st.st_nlink);
  f[7] = std::to_string(st.st_uid);
  f[8] = std::to_string(st.st_gid);
  f[9] = std::to_string(st.st_ino);
  f[10] = std::to_string(st.st_dev);
  f[12] = std::to_string(internal_time(st.st_atime));
  f[13] = std::to_string(internal_date(st.st_atime));
  f[14] = std::to_string(internal_time(st.st_mtime));
  f[15] = std::to_string(internal_date(st.st_mtime));
  f[19] = path;
  f[20] = std::to_string(dir ? dir->file_type() : files::kTypeSeq);
  std::string array;
  for (size_t i = 0; i < f.size(); ++i) (array += i ? std::string(1, runtime::kFM) : "") += f[i];
  out = Value::string(std::move(array));
  cx.outcome = Context::kThen;
}

// MARK.MAPPING fv, ON | OFF: whether this file variable stores field marks as newlines (the default).
void fn_mark_mapping(Context& cx, Value* args, int, Value&) {
  files::file_arg(cx, args[0], "MARK.MAPPING").mark_mapping = cx.integer(args[1]) != 0;
  files::succeed(cx);
}

// CREATE fv: makes the (empty) file an OPENSEQ that took ELSE refers to; a file that exists is left as it
// is. ELSE with ER$RDONLY for a read-only open, a fault when the file cannot be made.
void fn_create_seq(Context& cx, Value* args, int argc, Value&) {
  int flags = files::flags_of(cx, args, argc);
  SeqFile& s = files::seq_arg(cx, args[0], "CREATE");
  files::finish(cx, flags, s.size() >= 0 ? Result::ok() : s.write_block(""), "CREATE");
}

// FLUSH fv: mvbasic writes sequential files straight through to the operating system and holds nothing
// back, so FLUSH only checks its operand; always THEN.
void fn_flush(Context& cx, Value* args, int, Value&) {
  files::seq_arg(cx, args[0], "FLUSH");
  files::succeed(cx);
}

// NOBUF fv: sequential files are never buffered for writing in mvbasic; always THEN.
void fn_nobuf(Context& cx, Value* args, int, Value&) {
  files::seq_arg(cx, args[0], "NOBUF");
  files::succeed(cx);
}

// TIMEOUT fv, seconds: reads of mvbasic's sequential files never wait for data (a file holds what it holds,
// and a pipe's end is its end), so the limit is checked and accepted only.
void fn_timeout(Context& cx, Value* args, int, Value&) {
  files::seq_arg(cx, args[0], "TIMEOUT");
  if (cx.integer(args[1]) < 0) cx.fail("TIMEOUT: the number of seconds must not be negative");
  files::succeed(cx);
}

}  // namespace mv::stdlib
