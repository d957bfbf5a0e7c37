// Sequential files: OPENSEQ opens an operating system file (by path, or as a record of a directory file) and
// READSEQ/WRITESEQ/WEOFSEQ process it line by line, READBLK/WRITEBLK byte by byte, and SEEK moves in it.
// Lines end with a newline; READSEQ drops a carriage return before it. One position is shared by reading
// and writing: WRITESEQ writes its line at the current position, replacing what was there, and WEOFSEQ cuts
// the file there. A file that does not exist yet is created by the first WRITESEQ, WRITESEQF or WEOFSEQ,
// along with any missing folders above it. Pipes and character devices are read and written as streams,
// without a position and without a lock.
//
// The update lock OPENSEQ takes on the file (a shared one for a read-only file) is a record lock of the
// folder holding it, so it conflicts with READU of the same record through OPEN. stdlib/files/files.cpp takes it;
// the SeqFile gives it back when it closes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.hpp"
#include "stdlib/files/file_locks.hpp"
#include "stdlib/files/file_result.hpp"

namespace mv::stdlib::files {

// What OPENSEQ found at the path, before any lock is taken.
struct SeqTarget {
  std::string path;      // absolute path of the file
  std::string voc_name;  // the directory file name of the OPENSEQ file, record form ("" for a path)
  LockKey key;           // the record lock that guards the file
  bool exists = false;   // the file is there (THEN) or will be created (ELSE with STATUS 0)
  bool stream = false;   // a pipe or character device: no position, no lock
};

// Resolves OPENSEQ's operand: `record` empty means `file` is a path, otherwise `file` names a directory file
// (found as OPEN finds it, beside the program too) and `record` a record in it. Else with a STATUS code when
// the file cannot be opened or created (ER$NAM, ER$FNF, ER$NDIR, ER$IID, ER$NSEQ, ER$INVAPATH, ER$PERM).
Result prepare_sequential(std::string_view file, std::string_view record, const std::string& program_dir,
                          SeqTarget& target);

class SeqFile : public runtime::HandleObject {
 public:
  explicit SeqFile(SeqTarget target);
  ~SeqFile() override;
  SeqFile(const SeqFile&) = delete;
  SeqFile& operator=(const SeqFile&) = delete;
  const char* type_name() const override { return "sequential file"; }

  // Opens the file when it exists (read-only when it cannot be written). Else with ER$PERM when it cannot
  // be opened at all.
  Result open_existing();
  // The lock this file holds (taken by the caller): remembered so close() can give it back.
  void hold_lock();
  // OPENSEQ's options: READONLY refuses writes, APPEND moves to the end, OVERWRITE empties the file.
  void make_read_only() { read_only_ = true; }
  void seek_end();
  Result overwrite();

  Result read_line(std::string& line);                   // READSEQ
  Result write_line(std::string_view text, bool flush);  // WRITESEQ, WRITESEQF
  Result truncate_here();                                // WEOFSEQ
  void close();                                          // CLOSESEQ; idempotent

  // READBLK: up to `bytes` bytes from the position, unchanged. Else with ER$EOF when none are left, ER$SQRD
  // before the file exists.
  Result read_block(int64_t bytes, std::string& data);
  // WRITEBLK: the bytes at the position, with no newline added.
  Result write_block(std::string_view data);
  // SEEK: moves to `offset` from the start (relto 0), the position (1) or the end (2). Else with ER$SQSEEK
  // outside the file, ER$SQREL for another relto, ER$PORT on a pipe or device, ER$SQRD before the file exists.
  Result seek(int64_t offset, int64_t relto);

  bool is_open() const { return open_; }
  const SeqTarget& target() const { return target_; }
  bool read_only() const { return read_only_; }
  int64_t position() const { return pos_; }
  int64_t line() const { return line_; }  // the number of the next line (FILEINFO 14)
  int64_t size() const;                   // bytes in the file, -1 before it exists

 private:
  Result create();
  Result read_stream_line(std::string& line);
  Result write_bytes(std::string_view data, bool flush);

  SeqTarget target_;
  int fd_ = -1;
  bool open_ = true;
  bool has_lock_ = false;
  bool read_only_ = false;
  int64_t pos_ = 0;
  int64_t line_ = 1;
  std::string buf_;  // read-ahead bytes, starting at file offset buf_base_ (streams: unread bytes)
  int64_t buf_base_ = -1;
};

}  // namespace mv::stdlib::files
