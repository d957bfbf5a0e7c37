// Whole operating system files, byte for byte: reading one into memory, replacing one atomically and deleting
// one. These are OSREAD, OSWRITE, OSDELETE and DELETESEQ, and the record reads and writes of directory files
// (file_dir.cpp) go through the same read and atomic-replace code. Nothing here translates marks or takes a
// lock: as in QM, the OS statements take no part in the locking system.
#pragma once

#include <string>
#include <string_view>

#include "stdlib/files/file_result.hpp"

namespace mv::stdlib::files {

// Reads everything from a descriptor; false with errno set on failure.
bool read_all(int fd, std::string& out);

// Writes all of data to a descriptor, retrying short writes and EINTR; false with errno set on failure.
bool write_all(int fd, std::string_view data);

// The file a write to `path` replaces: `path` itself, or the file a symbolic link at `path` names.
std::string write_target(const std::string& path);

// Writes `bytes` to a hidden temporary file in the folder of `target`, flushes it to disk and renames it over
// `target`, so a crash leaves either the old file or the new one. An existing file keeps its permission
// bits. Returns 0, or the errno of the step that failed (the temporary file is then removed).
int replace_file(const std::string& target, std::string_view bytes);

// OSREAD: the bytes of the regular file at `path`. Else with ER$FNF when there is no such file, ER$NSEQ for
// a directory or device, ER$PERM when it may not be read, ER$IOE beyond 1 GB (QM's limit); a Fault when
// reading fails part way.
Result read_os_file(const std::string& path, std::string& bytes);

// OSWRITE: replaces (or creates) the file at `path` with `bytes`, atomically. Every failure is a Fault, as in
// QM: ER$NSEQ for a directory, ER$INVAPATH for a missing folder, ER$PERM, ER$WRITE (disk full) or ER$IOE.
Result write_os_file(const std::string& path, std::string_view bytes);

// OSDELETE and DELETESEQ: removes the file at `path`. Else with ER$FNF when there is none, ER$NSEQ for a
// directory or device, ER$PERM when this process may not remove it; a Fault for other failures.
Result delete_os_file(const std::string& path);

}  // namespace mv::stdlib::files
