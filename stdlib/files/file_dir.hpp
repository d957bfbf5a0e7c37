// Directory files: a QM file that is an operating system directory, each record an ordinary file named by
// its (mapped) record id, with field marks stored as newlines (file_names.hpp). This is the file variable
// OPEN and OPENPATH return, and the record operations the READ/WRITE/DELETE/SELECT statements use. Writes
// are atomic: the record goes to a temporary file in the same directory, is flushed to disk and renamed over
// the old one, so a crash mid-write leaves either the old record or the new one, never a mixture.
//
// One implementation of the File interface (file_backend.hpp); locks are taken by the statements through
// the process LockTable with lock_key().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::files {

class DirFile : public File {
 public:
  DirFile(std::string path, std::string voc_name, std::string identity)
      : File(std::move(path), std::move(voc_name), std::move(identity)) {}

  Result read(std::string_view id, std::string& record) override;
  Result write(std::string_view id, std::string_view record) override;
  Result remove(std::string_view id) override;
  Result clear() override;
  Result ids(std::unique_ptr<IdStream>& out) override;
  bool lock_key(std::string_view id, LockKey& key) const override;
  int file_type() const override { return kTypeDir; }
  bool writable() const override;
  int64_t total_bytes() override;
  int64_t record_count() override { return -1; }  // only hashed files keep a count
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

// `path` made absolute: resolved through symbolic links when it exists, else joined to the current directory.
std::string absolute_path(const std::string& path);

}  // namespace mv::stdlib::files
