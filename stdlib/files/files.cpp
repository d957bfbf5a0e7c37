// The record-file built-ins, for hashed and directory files alike (through file_backend.hpp's File):
// OPEN/OPENPATH/CLOSE, READ/READV/MATREAD (with their U and L forms), WRITE/WRITEV/MATWRITE, DELETE, RELEASE,
// RECORDLOCKED(), SELECT/READNEXT/READLIST/FORMLIST/CLEARSELECT and @SELECTED (the sequential-file
// statements and FILEINFO() are in file_seq_stmts.cpp, the whole-file OS statements in file_os_stmts.cpp).
// Each statement built-in receives the statement's operands and, last, the flags saying which optional
// clauses follow (Context::kHasOnError, kHasLocked); it reports how it ended through Context::outcome and
// STATUS(). The file systems themselves live in file_hashed (hashed files), file_dir (directory files),
// file_txn (transactions), file_seq (sequential files), file_os (whole operating system files), file_locks
// (record locks between processes) and file_select (select lists); this file only translates.
// docs/files.md describes the behaviour.
#include "runtime/dynarray.hpp"
#include "runtime/matrix.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/file_stmt.hpp"
#include "stdlib/files/file_txn.hpp"
#include "stdlib/files/lists.hpp"

namespace mv::stdlib {

namespace {

using files::as_file;
using files::as_seq;
using files::End;
using files::File;
using files::file_arg;
using files::finish;
using files::flags_of;
using files::LockKey;
using files::LockMode;
using files::locks;
using files::LockTable;
using files::not_a_file;
using files::program_dir;
using files::Result;
using files::SeqFile;
using files::succeed;
using files::take_lock;

// For WRITE and DELETE with a LOCKED clause: Locked when another process holds the record (QM lets a plain
// WRITE through regardless, and so do we without the clause).
bool locked_by_other(Context& cx, const LockKey& key, int flags, Result& r) {
  if (!(flags & Context::kHasLocked)) return false;
  LockTable& table = locks(cx);
  if (table.held(key) == 2) return false;
  int64_t holder = 0;
  if (table.others(key, holder) == 0) return false;
  r = Result{End::Locked, static_cast<int>(holder), 0, {}};
  return true;
}

// READ and READV share this: the lock (mode 1 READU, 2 READL), then the record.
Result read_locked(Context& cx, File& f, const std::string& id, int64_t mode, int flags,
                   std::string& record) {
  if (mode != 0) {
    LockKey key;
    if (!files::record_lock_key(f, id, key)) return Result::otherwise(files::kErIid);
    Result lr = take_lock(cx, key, mode == 1 ? LockMode::Update : LockMode::Shared, flags);
    if (!lr.is_ok()) return lr;
  }
  return files::read_record(f, id, record);
}

// WRITE and MATWRITE share this: the LOCKED check, the record, then the lock goes unless keep_lock (WRITEU).
Result write_locked(Context& cx, File& f, const std::string& id, const std::string& record, bool keep_lock,
                    int flags) {
  LockKey key;
  bool has_key = files::record_lock_key(f, id, key);
  Result r;
  if (!has_key || !locked_by_other(cx, key, flags, r)) {
    r = files::write_record(f, id, record);
    if (r.is_ok() && has_key && !keep_lock && !files::txn_keeps_lock(key)) locks(cx).release(key);
  }
  return r;
}

// The dimensioned matrix a MATREAD or MATWRITE names (the compiler passes the matrix itself).
runtime::Matrix& matrix_arg(Context& cx, const Value& v, const char* stmt) {
  auto* m = v.is_handle() ? dynamic_cast<runtime::Matrix*>(v.handle_object()) : nullptr;
  if (!m) cx.fail(std::string(stmt) + " needs a dimensioned matrix");
  return *m;
}

// The ids of a dynamic array, one per field (SELECT of a string, FORMLIST); "" gives none.
std::vector<std::string> field_items(const std::string& items) {
  std::vector<std::string> ids;
  size_t start = 0;
  while (!items.empty()) {
    size_t fm = items.find(runtime::kFM, start);
    ids.push_back(items.substr(start, fm == std::string::npos ? std::string::npos : fm - start));
    if (fm == std::string::npos) break;
    start = fm + 1;
  }
  return ids;
}

// A select list number: 0..10, anything else is fatal.
int list_number(Context& cx, const Value& v, const char* stmt) {
  int64_t n = cx.integer(v);
  if (n < 0 || n >= files::kSelectLists)
    cx.fail(std::string(stmt) + ": select list " + std::to_string(n) + " does not exist (lists are 0 to 10)");
  return static_cast<int>(n);
}

}  // namespace

void fn_open(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  std::string name = cx.string(args[1]);
  File* f = nullptr;
  Result r = files::open_file(cx.string(args[0]), name, program_dir(cx), f);
  if (f) out = Value::handle(f);
  finish(cx, flags, r, "OPEN");
}

void fn_openpath(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  std::string path = cx.string(args[0]);
  File* f = nullptr;
  Result r = files::open_path(path, f);
  if (f) out = Value::handle(f);
  finish(cx, flags, r, "OPENPATH");
}

void fn_close(Context& cx, Value* args, int, Value&) {
  if (File* f = as_file(args[0]))
    f->close();
  else if (SeqFile* s = as_seq(args[0]))
    s->close();
  else
    not_a_file(cx, "CLOSE", "a file");
  succeed(cx);
}

void fn_read(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  File& f = file_arg(cx, args[0], "READ");
  std::string id = cx.string(args[1]);
  std::string record;
  Result r = read_locked(cx, f, id, cx.integer(args[2]), flags, record);
  out = Value::string(std::move(record));
  finish(cx, flags, r, "READ");
}

void fn_readv(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  File& f = file_arg(cx, args[0], "READV");
  std::string id = cx.string(args[1]);
  int64_t field = cx.integer(args[2]);
  std::string record;
  Result r = read_locked(cx, f, id, cx.integer(args[3]), flags, record);
  if (r.is_ok())
    out = field == 0 ? Value::string(id) : Value::string(runtime::extract(record, field, 0, 0));
  else
    out = Value::string(std::string_view());
  finish(cx, flags, r, "READV");
}

void fn_write(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  File& f = file_arg(cx, args[0], "WRITE");
  Result r = write_locked(cx, f, cx.string(args[1]), cx.string(args[2]), cx.integer(args[3]) != 0, flags);
  finish(cx, flags, r, "WRITE");
}

// MATREAD/MATREADU/MATREADL mat FROM fv, id: READ, then the fields go into the elements as MATPARSE with a
// field mark puts them (fields beyond the matrix into the zero element; INMAT() the count, or 0 when some
// did not fit). On ELSE, LOCKED or ON ERROR the matrix is left as it was, as in QM.
void fn_matread(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  runtime::Matrix& m = matrix_arg(cx, args[0], "MATREAD");
  File& f = file_arg(cx, args[1], "MATREAD");
  std::string record;
  Result r = read_locked(cx, f, cx.string(args[2]), cx.integer(args[3]), flags, record);
  if (r.is_ok()) cx.inmat = runtime::matrix_parse(m, record, std::string_view(&runtime::kFM, 1));
  finish(cx, flags, r, "MATREAD");
}

// MATWRITE/MATWRITEU mat ON fv, id: the elements joined with field marks as MATBUILD joins them (trailing
// null elements left out, a non-null zero element appended), then WRITE/WRITEU.
void fn_matwrite(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  runtime::Matrix& m = matrix_arg(cx, args[0], "MATWRITE");
  File& f = file_arg(cx, args[1], "MATWRITE");
  int64_t used = 0;
  std::string record = runtime::matrix_build(cx, m, 1, 0, std::string_view(&runtime::kFM, 1), used);
  Result r = write_locked(cx, f, cx.string(args[2]), record, cx.integer(args[3]) != 0, flags);
  finish(cx, flags, r, "MATWRITE");
}

void fn_writev(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  File& f = file_arg(cx, args[0], "WRITEV");
  std::string id = cx.string(args[1]);
  int64_t field = cx.integer(args[2]);
  bool keep_lock = cx.integer(args[4]) != 0;
  LockKey key;
  bool has_key = files::record_lock_key(f, id, key);
  Result r;
  if (!has_key || !locked_by_other(cx, key, flags, r)) {
    std::string record;
    r = files::read_record(f, id, record);
    if (r.end == End::Else) r = Result::ok();  // a missing record is created
    if (r.is_ok()) {
      runtime::replace(record, field, 0, 0, cx.string(args[3]));
      r = files::write_record(f, id, record);
    }
    if (r.is_ok() && has_key && !keep_lock && !files::txn_keeps_lock(key)) locks(cx).release(key);
  }
  finish(cx, flags, r, "WRITEV");
}

void fn_delete_record(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  File& f = file_arg(cx, args[0], "DELETE");
  std::string id = cx.string(args[1]);
  LockKey key;
  bool has_key = files::record_lock_key(f, id, key);
  Result r;
  if (!has_key || !locked_by_other(cx, key, flags, r)) {
    r = files::delete_record(f, id);
    if (r.is_ok() && has_key && !files::txn_keeps_lock(key)) locks(cx).release(key);
  }
  finish(cx, flags, r, "DELETE");
}

// RELEASE: with no operand every lock of the process; with a file all its locks; with a file and an id
// (when the compiler passes one: argc 3) that record's lock.
void fn_release(Context& cx, Value* args, int argc, Value&) {
  LockTable& table = locks(cx);
  std::string id = argc >= 3 ? cx.string(args[1]) : std::string();
  if (File* f = as_file(args[0])) {
    LockKey key;
    if (id.empty())
      table.release_file(f->identity());
    else if (files::record_lock_key(*f, id, key))
      table.release(key);
  } else if (SeqFile* s = as_seq(args[0])) {
    table.release(s->target().key);
  } else if (args[0].is_handle()) {
    not_a_file(cx, "RELEASE", "a file");
  } else {
    table.release_all();
  }
  succeed(cx);
}

// RECORDLOCKED(fv, id): 2/1 when this process holds an update/shared lock, -2/-1 when another does (STATUS()
// is then its user number), 0 when nobody does.
void fn_recordlocked(Context& cx, Value* args, int, Value& out) {
  File& f = file_arg(cx, args[0], "RECORDLOCKED");
  LockKey key;
  int64_t holder = 0;
  int state = 0;
  if (files::record_lock_key(f, cx.string(args[1]), key)) {
    LockTable& table = locks(cx);
    state = table.held(key);
    if (state == 0) state = table.others(key, holder);
  }
  cx.status = Value::integer(state < 0 ? holder : 0);
  out.set_int(state);
}

void fn_select(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  int list = list_number(cx, args[1], "SELECT");
  if (files::SelectVar* var = files::as_select_var(args[0])) {
    // SELECT of a list held in a variable (EXECUTE's PASSLIST var): what it has left becomes the list.
    std::vector<std::string> ids;
    for (std::string id; var->next(id);) ids.push_back(std::move(id));
    files::set_select_list(list, std::move(ids));
  } else if (args[0].is_handle()) {
    File& f = file_arg(cx, args[0], "SELECT");
    std::unique_ptr<files::IdStream> ids;
    Result r = f.ids(ids);
    if (!r.is_ok()) return finish(cx, flags, r, "SELECT");
    files::set_select_stream(list, std::move(ids));
  } else {
    files::set_select_list(list, field_items(cx.string(args[0])));  // SELECT of a dynamic array
  }
  succeed(cx);
}

// @SELECTED, which the compiler turns into a call of this built-in because the select lists live here.
void fn_selected(Context&, Value*, int, Value& out) { out.set_int(files::selected_count()); }

void fn_readnext(Context& cx, Value* args, int, Value& out) {
  std::string id;
  files::SelectVar* var = files::as_select_var(args[0]);  // a list held in a variable (SELECTV)
  bool got = var ? var->next(id) : files::next_selected(list_number(cx, args[0], "READNEXT"), id);
  int64_t value, subvalue;
  files::split_entry(id, value, subvalue);  // an exploded list's entry gives its id only
  out = Value::string(std::move(id));
  cx.status = Value::integer(0);
  cx.outcome = got ? Context::kThen : Context::kElse;
}

// READLIST var {FROM list}: the ids READNEXT has still to return, as a dynamic array; the list is then used
// up. THEN when there was at least one, ELSE (var "") when the list was not active or had none left.
void fn_readlist(Context& cx, Value* args, int, Value& out) {
  files::SelectVar* var = files::as_select_var(args[0]);  // a list held in a variable (SELECTV)
  int list = var ? 0 : list_number(cx, args[0], "READLIST");
  std::string items, id;
  bool any = false;
  while (var ? var->next(id) : files::next_selected(list, id)) {
    if (any) items += runtime::kFM;
    items += id;
    any = true;
  }
  out = Value::string(std::move(items));
  cx.status = Value::integer(0);
  cx.outcome = any ? Context::kThen : Context::kElse;
}

// FORMLIST dynarray {TO list}: the fields of the dynamic array become select list `list` (0 when the compiler
// passes none), as SELECT of a dynamic array makes it; a file variable is not a dynamic array.
void fn_formlist(Context& cx, Value* args, int, Value&) {
  if (args[0].is_handle()) cx.fail("FORMLIST: the list must be a dynamic array, not a file or other handle");
  int list = list_number(cx, args[1], "FORMLIST");
  files::set_select_list(list, field_items(cx.string(args[0])));
  succeed(cx);
}

// CLEARSELECT {list | ALL}: the compiler passes the list (-1 for ALL) before the flags when it has one;
// without it, list 0.
void fn_clearselect(Context& cx, Value* args, int argc, Value&) {
  int list = 0;
  if (files::SelectVar* var = argc >= 2 ? files::as_select_var(args[0]) : nullptr) {
    var->clear();  // a list held in a variable (SELECTV)
    return succeed(cx);
  }
  if (argc >= 2) {
    int64_t n = cx.integer(args[0]);
    list = n == -1 ? -1 : list_number(cx, args[0], "CLEARSELECT");
  }
  files::clear_select_list(list);
  succeed(cx);
}

}  // namespace mv::stdlib
