// Directory files: a QM file that is an operating system directory, each record an ordinary file named by
// its (mapped) record id, with field marks stored as newlines (file_names.hpp). This is the file variable
// OPEN and OPENPATH return, and the record operations the READ/WRITE/DELETE/SELECT statements use. Writes
// are atomic: the record goes to a temporary file in the same directory, is flushed to disk and renamed over
// the old one, so a crash mid-write leaves either the old record or the new one, never a mixture.
//
// Locks are not taken here: stdlib/files.cpp takes them through the process LockTable with record_lock_key().
// A DirFile only releases the process's locks on its directory when the last open of that directory in
// the process closes (CLOSE, or the last variable holding it going away).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.hpp"
#include "stdlib/file_locks.hpp"
#include "stdlib/file_result.hpp"

namespace mv::stdlib::files {

class DirFile : public runtime::HandleObject {
 public:
  DirFile(std::string path, std::string voc_name, std::string identity);
  ~DirFile() override;
  DirFile(const DirFile&) = delete;
  DirFile& operator=(const DirFile&) = delete;
  const char* type_name() const override { return "file"; }

  // CLOSE: the variable no longer refers to an open file. Idempotent.
  void close();
  bool is_open() const { return open_; }

  const std::string& path() const { return path_; }          // absolute path of the directory
  const std::string& voc_name() const { return voc_name_; }  // the name OPEN was given ("" for OPENPATH)
  const std::string& identity() const { return identity_; }  // the lock folder name (file_identity())
  std::string last_id;                                       // the id of the last record read (FILEINFO 1012)
  bool mark_mapping = true;  // MARK.MAPPING: field marks stored as newlines (OFF: records stored as they are)

 private:
  std::string path_;
  std::string voc_name_;
  std::string identity_;
  bool open_ = true;
};

// Finds the directory that OPEN {DICT,} name means. A name holding '/' is a path (relative to the current
// directory); any other name is looked for in the current directory, then in `program_dir` (the folder of
// the running program). DICT (any case) in `dict` selects the dictionary, which QM keeps as name.DIC.
// Else with ER$FNF when nothing by that name exists, ER$NAM for an empty name.
Result resolve_file_name(std::string_view dict, std::string_view name, const std::string& program_dir,
                         std::string& path);

// Opens the directory at `path` as a file. Else with ER$FNF (missing) or ER$NDIR (not a directory); a
// Fault for one that cannot be read or is a QM hashed file.
Result open_directory(const std::string& path, std::string voc_name, DirFile*& out);

// The record operations. An id that cannot name a file is ER$IID: ELSE for READ, a fault for WRITE and
// DELETE (as in QM). A record that is a directory, or that permissions hide, is a fault.
Result read_record(DirFile& f, std::string_view id, std::string& record);
Result write_record(const DirFile& f, std::string_view id, std::string_view record);
Result delete_record(const DirFile& f, std::string_view id);  // a missing record is not an error

// Every record id in the file, in byte order (SELECT). Names beginning with '.' and sub-directories are
// not records and are skipped.
Result record_ids(const DirFile& f, std::vector<std::string>& ids);

// The lock of record `id` (false for an illegal id).
bool record_lock_key(const DirFile& f, std::string_view id, LockKey& key);

// `path` made absolute: resolved through symbolic links when it exists, else joined to the current directory.
std::string absolute_path(const std::string& path);

// FILEINFO helpers: the bytes in all records, and whether the process may write to the directory.
int64_t total_bytes(const DirFile& f);
bool directory_writable(const DirFile& f);

}  // namespace mv::stdlib::files
