// The one storage interface behind every file variable that OPEN and OPENPATH return. A File is a QM file
// of records addressed by id; the statements in files.cpp, file_more_stmts.cpp and file_seq_stmts.cpp work on
// a File and never on a particular kind. Two kinds exist: directory files (file_dir.hpp: one operating
// system file per record) and hashed files (file_hashed.hpp: records in the account's SQLite database). A
// client/server SQL backend would be a third subclass: the interface speaks only of ids, records, an id
// stream and facts, never of paths or SQL, so a remote engine can implement every operation.
//
// Locks are not the backend's business: a File only names the lock of a record (lock_key) and the process
// LockTable (file_locks.hpp) takes it, so every kind of file locks the same way between processes. When
// the last File of one identity in the process closes, the process's locks in it are released.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.hpp"
#include "stdlib/files/file_locks.hpp"
#include "stdlib/files/file_result.hpp"

namespace mv::stdlib::files {

// QM's FILEINFO(fv, FL$TYPE) values.
inline constexpr int kTypeHashed = 3;  // FL$TYPE.DH
inline constexpr int kTypeDir = 4;     // FL$TYPE.DIR
inline constexpr int kTypeSeq = 5;     // FL$TYPE.SEQ

// The ids of a file, one at a time, in byte order (SELECT). A stream may fetch them in pages, so a select
// over millions of records never holds them all. It stays valid after its file variable closes.
class IdStream {
 public:
  virtual ~IdStream() = default;
  // The next id: false at the end, or on a fault (then `fault` says what happened).
  virtual bool next(std::string& id, Result& fault) = 0;
  // How many ids the stream yields in all (counted when it was made).
  virtual int64_t size() const = 0;
};

// A stream over ids already in memory (directory files, SELECT of a dynamic array, FORMLIST).
class VectorIdStream : public IdStream {
 public:
  explicit VectorIdStream(std::vector<std::string> ids) : ids_(std::move(ids)) {}
  bool next(std::string& id, Result&) override {
    if (next_ >= ids_.size()) return false;
    id = std::move(ids_[next_++]);
    return true;
  }
  int64_t size() const override { return static_cast<int64_t>(ids_.size()); }

 private:
  std::vector<std::string> ids_;
  size_t next_ = 0;
};

class File : public runtime::HandleObject {
 public:
  File(std::string path, std::string voc_name, std::string identity);
  ~File() override;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  const char* type_name() const override { return "file"; }

  // CLOSE: the variable no longer refers to an open file. Idempotent.
  virtual void close();
  bool is_open() const { return open_; }

  const std::string& path() const { return path_; }          // where the file lives (FILEINFO 2)
  const std::string& voc_name() const { return voc_name_; }  // the name OPEN was given ("" for OPENPATH)
  const std::string& identity() const { return identity_; }  // the lock folder name
  std::string last_id;                                       // the id of the last record read (FILEINFO 1012)
  bool mark_mapping = true;  // MARK.MAPPING (directory files only): field marks stored as newlines

  // The record operations. READ of a missing record is ELSE with ER$RNF; an illegal id is ER$IID (ELSE for
  // READ, a fault for WRITE and DELETE, as in QM). Deleting a missing record is not an error.
  virtual Result read(std::string_view id, std::string& record) = 0;
  virtual Result write(std::string_view id, std::string_view record) = 0;
  virtual Result remove(std::string_view id) = 0;
  virtual Result clear() = 0;                              // CLEARFILE: every record goes
  virtual Result ids(std::unique_ptr<IdStream>& out) = 0;  // SELECT

  // The lock of record `id` (false for an illegal id).
  virtual bool lock_key(std::string_view id, LockKey& key) const = 0;

  // FILEINFO facts: FL$TYPE, whether the process may write, the bytes in all records, the record count
  // (-1 when the kind keeps none).
  virtual int file_type() const = 0;
  virtual bool writable() const = 0;
  virtual int64_t total_bytes() = 0;
  virtual int64_t record_count() = 0;

  // COMMIT of a transaction: the files of one commit domain (non-empty) are changed between one
  // begin_commit() and one end_commit() on any of them, atomically. "" means the kind has no transactions
  // of its own and each write stands alone.
  virtual std::string commit_domain() const { return {}; }
  virtual Result begin_commit() { return Result::ok(); }
  virtual Result end_commit(bool) { return Result::ok(); }

 private:
  std::string path_;
  std::string voc_name_;
  std::string identity_;
  bool open_ = true;
};

// The record operations as the statements use them: inside a transaction (file_txn.hpp) a write or delete
// is held in the process until COMMIT, and a read sees the process's own held writes first.
Result read_record(File& f, std::string_view id, std::string& record);
Result write_record(File& f, std::string_view id, std::string_view record);
Result delete_record(File& f, std::string_view id);
inline bool record_lock_key(const File& f, std::string_view id, LockKey& key) { return f.lock_key(id, key); }
// Every id of the file at once (small files only: SELECTV, saved lists).
Result record_ids(File& f, std::vector<std::string>& ids);

// Finds the file that OPEN {DICT,} name means and opens it. A name holding '/' is a path (relative to the
// current directory); any other name is looked for in the current directory, then in `program_dir` (the
// folder of the running program). In each folder a directory of that name is a directory file, else a
// hashed file of that name in the folder's database. DICT (any case) selects the dictionary, name.DIC.
// ELSE with ER$NVR when the name exists nowhere, ER$NAM for an empty name.
Result open_file(std::string_view dict, std::string_view name, const std::string& program_dir, File*& out);

// OPENPATH path: a directory, or folder/NAME naming a hashed file in folder's database.
Result open_path(const std::string& path, File*& out);

}  // namespace mv::stdlib::files
