// How a file operation ended, in the terms the file statements' clauses use, and the STATUS() codes the
// file statements set (the numbers are QM's, as in SYSCOM ERR.H). The directory-file and sequential-file
// code returns a Result; stdlib/files/files.cpp turns it into Context::outcome, STATUS(), OS.ERROR() or a fatal
// error.
#pragma once

#include <string>
#include <utility>

namespace mv::stdlib::files {

// ERR.H codes used by the file statements.
enum Err : int {
  kErNotCreated = 6,   // ER$NOT.CREATED: CREATE.FILE could not make the file
  kErParams = 1000,    // ER$PARAMS: a bad argument (a select list number out of range)
  kErIid = 3000,       // ER$IID: illegal record id, or a record that is not a plain file
  kErNam = 3002,       // ER$NAM: a bad file name
  kErFnf = 3003,       // ER$FNF: file not found
  kErNdir = 3004,      // ER$NDIR: not a directory file
  kErRnf = 3006,       // ER$RNF: record not found; READSEQ at the end of the file
  kErNvr = 3007,       // ER$NVR: OPEN of a name that exists nowhere (QM: no VOC entry)
  kErIoe = 3010,       // ER$IOE: i/o error
  kErLck = 3011,       // ER$LCK: locked by another process
  kErNlk = 3012,       // ER$NLK: a task lock nobody holds (UNLOCK)
  kErNseq = 3013,      // ER$NSEQ: not a sequential file
  kErSqrd = 3015,      // ER$SQRD: READSEQ from a sequential file that does not exist yet
  kErSqnc = 3016,      // ER$SQNC: a sequential file could not be created
  kErRdonly = 3018,    // ER$RDONLY: the file is read-only
  kErInvapath = 3020,  // ER$INVAPATH: a path that cannot lead to a file
  kErPort = 3026,      // ER$PORT: SEEK on a pipe or device
  kErSqseek = 3028,    // ER$SQSEEK: SEEK to a position outside the file
  kErSqrel = 3029,     // ER$SQREL: SEEK from a point that is not 0, 1 or 2
  kErEof = 3030,       // ER$EOF: READBLK at the end of the file
  kErPerm = 3035,      // ER$PERM: permission denied
  kErWrite = 3037,     // ER$WRITE.ERROR: a write failed
};

// Which clause a statement takes. Else: an expected failure (THEN/ELSE). Fault: a serious fault (ON ERROR,
// or a fatal error when the statement has no ON ERROR clause). Locked: another process holds a lock.
enum class End { Ok, Else, Fault, Locked };

struct Result {
  End end = End::Ok;
  int status = 0;       // STATUS() after the statement
  int os_error = 0;     // OS.ERROR() for faults that came from the operating system
  std::string message;  // the fatal error's text when a Fault meets no ON ERROR clause

  static Result ok() { return {}; }
  static Result otherwise(int status, int os_error = 0) { return {End::Else, status, os_error, {}}; }
  static Result fault(int status, std::string message, int os_error = 0) {
    return {End::Fault, status, os_error, std::move(message)};
  }
  bool is_ok() const { return end == End::Ok; }
};

}  // namespace mv::stdlib::files
