// The sequential-file built-ins (OPENSEQ, READSEQ, WRITESEQ/WRITESEQF, READBLK, WRITEBLK, SEEK, WEOFSEQ,
// CLOSESEQ) and FILEINFO(),
// which answers for both kinds of file variable. STATUS() codes follow QM: READSEQ at the end of the file
// is ELSE with ER$RNF, a write to a read-only file is ELSE with ER$RDONLY, a file that cannot be created is
// a fault (ON ERROR) with ER$SQNC.
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

using files::as_file;
using files::as_seq;
using files::File;
using files::finish;
using files::flags_of;
using files::LockMode;
using files::Result;
using files::SeqFile;
using files::SeqTarget;

// OPENSEQ's options when the compiler passes them (an argument before the flags): bits of this value.
constexpr int64_t kSeqAppend = 1;
constexpr int64_t kSeqOverwrite = 2;
constexpr int64_t kSeqReadOnly = 4;

// READSEQ and WRITESEQ on a directory file take ELSE with ER$NSEQ, as in QM; anything else that is not a
// sequential file is fatal.
SeqFile* seq_or_else(Context& cx, const Value& v, int flags, const char* stmt) {
  if (as_file(v)) {
    finish(cx, flags, Result::otherwise(files::kErNseq), stmt);
    return nullptr;
  }
  return &files::seq_arg(cx, v, stmt);
}

}  // namespace

// OPENSEQ path TO fv, or OPENSEQ file, record TO fv: THEN when the file exists, ELSE with STATUS() 0 when
// it does not but can be created (fv is then ready for WRITESEQ), ELSE with a code when it cannot be used,
// LOCKED when another process has it open.
void fn_openseq(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  int64_t options = argc >= 4 ? cx.integer(args[2]) : 0;
  SeqTarget target;
  Result r =
      files::prepare_sequential(cx.string(args[0]), cx.string(args[1]), files::program_dir(cx), target);
  if (!r.is_ok()) return finish(cx, flags, r, "OPENSEQ");
  auto* file = new SeqFile(std::move(target));
  Value holder = Value::handle(file);  // frees the file (and any lock it took) on every failure path
  r = file->open_existing();
  if (!r.is_ok()) return finish(cx, flags, r, "OPENSEQ");
  if (options & kSeqReadOnly) file->make_read_only();
  if (!file->target().stream) {
    LockMode mode = file->read_only() ? LockMode::Shared : LockMode::Update;
    r = files::take_lock(cx, file->target().key, mode, flags);
    if (!r.is_ok()) return finish(cx, flags, r, "OPENSEQ");
    file->hold_lock();
  }
  if (options & kSeqAppend) file->seek_end();
  if ((options & kSeqOverwrite) && !file->read_only()) {
    r = file->overwrite();
    if (!r.is_ok()) return finish(cx, flags, r, "OPENSEQ");
  }
  bool exists = file->target().exists;
  out = std::move(holder);
  finish(cx, flags, exists ? Result::ok() : Result::otherwise(0), "OPENSEQ");
}

void fn_readseq(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  out = Value::string(std::string_view());
  SeqFile* file = seq_or_else(cx, args[0], flags, "READSEQ");
  if (!file) return;
  std::string line;
  Result r = file->read_line(line);
  out = Value::string(std::move(line));
  finish(cx, flags, r, "READSEQ");
}

void fn_writeseq(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  SeqFile* file = seq_or_else(cx, args[0], flags, "WRITESEQ");
  if (!file) return;
  finish(cx, flags, file->write_line(cx.string(args[1]), cx.integer(args[2]) != 0), "WRITESEQ");
}

// READBLK var FROM fv, bytes: THEN with up to `bytes` bytes, unchanged; ELSE (var "") with ER$EOF at the end.
void fn_readblk(Context& cx, Value* args, int argc, Value& out) {
  int flags = flags_of(cx, args, argc);
  out = Value::string(std::string_view());
  SeqFile* file = seq_or_else(cx, args[0], flags, "READBLK");
  if (!file) return;
  std::string data;
  Result r = file->read_block(cx.integer(args[1]), data);
  out = Value::string(std::move(data));
  finish(cx, flags, r, "READBLK");
}

// WRITEBLK expr ON fv: the bytes at the position, with no newline.
void fn_writeblk(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  SeqFile* file = seq_or_else(cx, args[0], flags, "WRITEBLK");
  if (!file) return;
  finish(cx, flags, file->write_block(cx.string(args[1])), "WRITEBLK");
}

// SEEK fv {, offset {, relto}}: the compiler passes 0 for an offset or relto the statement leaves out.
void fn_seek(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  SeqFile* file = seq_or_else(cx, args[0], flags, "SEEK");
  if (!file) return;
  finish(cx, flags, file->seek(cx.integer(args[1]), cx.integer(args[2])), "SEEK");
}

void fn_weofseq(Context& cx, Value* args, int argc, Value&) {
  int flags = flags_of(cx, args, argc);
  finish(cx, flags, files::seq_arg(cx, args[0], "WEOFSEQ").truncate_here(), "WEOFSEQ");
}

// CLOSESEQ fv. The compiler passes the file variable before the flags when it has one (argc 2); without it
// there is nothing to close, and the file closes when its variable is overwritten or the program ends.
void fn_closeseq(Context& cx, Value* args, int argc, Value&) {
  if (argc >= 2) {
    if (SeqFile* s = as_seq(args[0]))
      s->close();
    else if (File* d = as_file(args[0]))
      d->close();
    else
      files::not_a_file(cx, "CLOSESEQ", "a sequential file");
  }
  files::succeed(cx);
}

namespace {

// FILEINFO keys of a file OPEN opened (directory or hashed); the keys of QM's hashing parameters (modulus,
// group size, split and merge loads...) mean nothing in mvbasic's storage and give 0.
Value dir_info(File& f, int64_t key) {
  switch (key) {
    case 1: return Value::string(f.voc_name());
    case 2: return Value::string(f.path());
    case 3:
      return Value::integer(f.file_type());
    case 1001:
      return Value::integer(f.writable() ? 0 : 1);
    case 1003:
      return Value::integer(f.total_bytes());
    case 1012: return Value::string(f.last_id);
    case 1014:
      return Value::integer(f.file_type() == files::kTypeDir && f.mark_mapping ? 1 : 0);
    case 1015:
      return Value::integer(f.record_count());  // -1 for a directory file, which keeps none
    default: return Value::integer(0);
  }
}

// FILEINFO keys of a sequential file.
Value seq_info(const SeqFile& f, int64_t key) {
  switch (key) {
    case 1: return Value::string(f.target().voc_name);
    case 2: return Value::string(f.target().path);
    case 3: return Value::integer(5);  // FL$TYPE.SEQ
    case 14: return Value::integer(f.line());
    case 1001: return Value::integer(f.read_only() ? 1 : 0);
    case 1003: return Value::integer(f.size());
    case 1006: return Value::integer(f.position());
    case 1015: return Value::integer(-1);
    default: return Value::integer(0);
  }
}

bool known_key(int64_t key) {
  return (key >= 0 && key <= 3) || (key >= 5 && key <= 11) || key == 13 || key == 14 ||
         (key >= 1000 && key <= 1020) || (key >= 10000 && key <= 10005);
}

}  // namespace

// FILEINFO(fv, key): key 0 says whether fv is an open file; the others (QM's FL$ keys) describe it.
void fn_fileinfo(Context& cx, Value* args, int, Value& out) {
  int64_t key = cx.integer(args[1]);
  File* dir = as_file(args[0]);
  SeqFile* seq = as_seq(args[0]);
  bool open = (dir && dir->is_open()) || (seq && seq->is_open());
  if (key == 0) return out.set_int(open ? 1 : 0);
  if (!open) cx.fail("FILEINFO: the file variable is not an open file");
  if (!known_key(key)) cx.fail("FILEINFO: " + std::to_string(key) + " is not a FILEINFO key");
  out = dir ? dir_info(*dir, key) : seq_info(*seq, key);
}

}  // namespace mv::stdlib
