// The statements that work on a whole operating system file by its pathname: OSREAD, OSWRITE, OSDELETE and
// DELETESEQ. The data is read and written byte for byte (no field mark translation, unlike directory file
// records) and no lock is taken, as in QM. Relative paths are relative to the current directory. STATUS()
// codes are QM's ERR.H numbers (file_result.hpp); OS.ERROR() holds the errno of an operating system failure.
#include <cstring>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_os.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

using files::finish;
using files::flags_of;
using files::Result;

// OSREAD var FROM path: THEN with the file's bytes in var; ELSE (var "") when there is no such file, it is
// not a plain file or may not be read; ON ERROR when reading fails part way.
void fn_osread(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  std::string bytes;
  Result r = files::read_os_file(cx.string(args[0]), bytes);
  out = Value::string(std::move(bytes));
  finish(cx, flags, r, "OSREAD");
}

// OSWRITE data TO path: replaces the file atomically. Any failure is a fault (ON ERROR, else fatal).
void fn_oswrite(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  finish(cx, flags, files::write_os_file(cx.string(args[0]), cx.string(args[1])), "OSWRITE");
}

// OSDELETE path: a file that is not there only sets STATUS() (ER$FNF); a file that cannot be removed is a
// fault, since the statement has no ELSE clause.
void fn_osdelete(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  std::string path = cx.string(args[0]);
  Result r = files::delete_os_file(path);
  if (r.end == files::End::Else && r.status != files::kErFnf) {
    std::string why = r.os_error != 0 ? std::strerror(r.os_error) : "it is a directory or device";
    r = Result::fault(r.status, "cannot delete " + path + ": " + why, r.os_error);
  }
  finish(cx, flags, r, "OSDELETE");
}

// DELETESEQ path, or DELETESEQ file, id (a record of a directory file, found as OPENSEQ finds it; the
// compiler passes "" as the id for the path form): THEN when deleted, ELSE with ER$FNF, ER$NSEQ (a
// directory), ER$PERM and the other OPENSEQ path codes, ON ERROR for an unexpected failure.
void fn_deleteseq(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  files::SeqTarget target;
  Result r =
      files::prepare_sequential(cx.string(args[0]), cx.string(args[1]), files::program_dir(cx), target);
  if (r.is_ok()) r = files::delete_os_file(target.path);
  finish(cx, flags, r, "DELETESEQ");
}

}  // namespace mv::stdlib
