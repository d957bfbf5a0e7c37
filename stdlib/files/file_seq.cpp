// Sequential files: OPENSEQ's path resolution, line reading with a read-ahead buffer, writing at the shared
// position, truncation and closing (see file_seq.hpp).
#include "stdlib/files/file_seq.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "stdlib/files/file_dir.hpp"
#include "stdlib/files/file_names.hpp"
#include "stdlib/files/file_os.hpp"

namespace mv::stdlib::files {

namespace {

constexpr size_t kReadAhead = 65536;

void strip_cr(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

// Creates the folders above `path` (mode 0777 less the umask).
void make_parents(const std::string& path) {
  for (size_t pos = 1; pos < path.size(); ++pos)
    if (path[pos] == '/') ::mkdir(path.substr(0, pos).c_str(), 0777);
}

// The STATUS code for an errno met while looking at a path.
int path_status(int err) { return (err == EACCES || err == EPERM) ? kErPerm : kErInvapath; }

// Else unless a file could be created at a path whose folder `parent` does not exist (yet): the nearest
// folder above that does exist must be a directory this process may write.
Result creatable(std::string parent) {
  for (;;) {
    struct stat st {};
    if (::stat(parent.c_str(), &st) == 0) {
      if (!S_ISDIR(st.st_mode)) return Result::otherwise(kErInvapath);
      if (::access(parent.c_str(), W_OK | X_OK) != 0) return Result::otherwise(kErPerm, errno);
      return Result::ok();
    }
    if (errno != ENOENT) return Result::otherwise(path_status(errno), errno);
    size_t slash = parent.rfind('/');
    if (slash == std::string::npos || parent == "/") return Result::ok();
    parent = slash == 0 ? "/" : parent.substr(0, slash);
  }
}

bool pwrite_all(int fd, std::string_view data, int64_t at) {
  while (!data.empty()) {
    ssize_t n = ::pwrite(fd, data.data(), data.size(), at);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
    at += n;
  }
  return true;
}

}  // namespace

Result prepare_sequential(std::string_view file, std::string_view record, const std::string& program_dir,
                          SeqTarget& target) {
  target = SeqTarget{};
  std::string parent;
  std::string base;
  if (!record.empty()) {
    std::string dir;
    Result r = resolve_file_name("", file, program_dir, dir);
    if (!r.is_ok()) return r;
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return Result::otherwise(kErFnf, errno);
    if (!S_ISDIR(st.st_mode)) return Result::otherwise(kErNdir);
    if (!map_record_id(record, base)) return Result::otherwise(kErIid);
    parent = absolute_path(dir);
    target.voc_name.assign(file);
  } else {
    if (file.empty() || file.back() == '/') return Result::otherwise(kErNam);
    std::string p(file);
    size_t slash = p.rfind('/');
    base = slash == std::string::npos ? p : p.substr(slash + 1);
    if (base == "." || base == "..") return Result::otherwise(kErNam);
    parent = absolute_path(slash == std::string::npos ? "." : slash == 0 ? "/" : p.substr(0, slash));
  }
  target.path = (parent == "/" ? "" : parent) + '/' + base;
  target.key = LockKey{file_identity(parent), lock_file_name(base)};
  struct stat st {};
  if (::stat(target.path.c_str(), &st) == 0) {
    if (S_ISREG(st.st_mode)) {
      target.exists = true;
    } else if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
      target.exists = target.stream = true;
    } else {
      return Result::otherwise(kErNseq);
    }
    return Result::ok();
  }
  if (errno != ENOENT) return Result::otherwise(path_status(errno), errno);
  return creatable(parent);
}

SeqFile::SeqFile(SeqTarget target) : target_(std::move(target)) {}

SeqFile::~SeqFile() { close(); }

Result SeqFile::open_existing() {
  if (!target_.exists) return Result::ok();
  fd_ = ::open(target_.path.c_str(), O_RDWR | O_CLOEXEC);
  if (fd_ < 0 && (errno == EACCES || errno == EROFS || errno == EPERM)) {
    fd_ = ::open(target_.path.c_str(), O_RDONLY | O_CLOEXEC);
    read_only_ = true;
  }
  if (fd_ < 0) return Result::otherwise(path_status(errno), errno);
  return Result::ok();
}

void SeqFile::hold_lock() {
  has_lock_ = true;
  LockTable::process().add_seq_ref(target_.key, 1);
}

void SeqFile::seek_end() {
  if (!target_.stream && size() > 0) pos_ = size();
}

Result SeqFile::overwrite() {
  if (fd_ < 0 || target_.stream) return Result::ok();
  pos_ = 0;
  return truncate_here();
}

Result SeqFile::create() {
  make_parents(target_.path);
  fd_ = ::open(target_.path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd_ < 0) {
    int err = errno;
    return Result::fault(
        kErSqnc, "cannot create the sequential file " + target_.path + ": " + std::strerror(err), err);
  }
  target_.exists = true;
  return Result::ok();
}

Result SeqFile::read_line(std::string& line) {
  line.clear();
  if (fd_ < 0) return Result::otherwise(kErSqrd);
  if (target_.stream) return read_stream_line(line);
  bool got = false;
  for (;;) {
    int64_t end = buf_base_ + static_cast<int64_t>(buf_.size());
    if (buf_base_ >= 0 && pos_ >= buf_base_ && pos_ < end) {
      size_t off = static_cast<size_t>(pos_ - buf_base_);
      size_t lf = buf_.find('\n', off);
      if (lf != std::string::npos) {
        line.append(buf_, off, lf - off);
        pos_ = buf_base_ + static_cast<int64_t>(lf) + 1;
        ++line_;
        strip_cr(line);
        return Result::ok();
      }
      line.append(buf_, off, std::string::npos);
      pos_ = end;
      got = true;
    }
    buf_.resize(kReadAhead);
    ssize_t n = ::pread(fd_, buf_.data(), kReadAhead, pos_);
    if (n < 0) {
      int err = errno;
      buf_.clear();
      buf_base_ = -1;
      return Result::fault(kErIoe, "cannot read " + target_.path + ": " + std::strerror(err), err);
    }
    buf_.resize(static_cast<size_t>(n));
    buf_base_ = pos_;
    if (n == 0) {  // the end: a last line without a newline still counts
      buf_base_ = -1;
      if (!got) return Result::otherwise(kErRnf);
      strip_cr(line);
      return Result::ok();
    }
  }
}

Result SeqFile::read_stream_line(std::string& line) {
  for (;;) {
    size_t lf = buf_.find('\n');
    if (lf != std::string::npos) {
      line.assign(buf_, 0, lf);
      buf_.erase(0, lf + 1);
      ++line_;
      strip_cr(line);
      return Result::ok();
    }
    char chunk[4096];
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      return Result::fault(kErIoe, "cannot read " + target_.path + ": " + std::strerror(err), err);
    }
    if (n == 0) {
      if (buf_.empty()) return Result::otherwise(kErRnf);
      line = std::move(buf_);
      buf_.clear();
      strip_cr(line);
      return Result::ok();
    }
    buf_.append(chunk, static_cast<size_t>(n));
  }
}

Result SeqFile::write_line(std::string_view text, bool flush) {
  std::string data(text);
  data += '\n';
  Result r = write_bytes(data, flush);
  if (r.is_ok()) ++line_;
  return r;
}

Result SeqFile::write_block(std::string_view data) { return write_bytes(data, false); }

// WRITESEQ and WRITEBLK: the bytes at the position (creating the file first), which then moves past them.
Result SeqFile::write_bytes(std::string_view data, bool flush) {
  if (read_only_) return Result::otherwise(kErRdonly);
  if (fd_ < 0) {
    Result r = create();
    if (!r.is_ok()) return r;
  }
  bool ok = target_.stream ? write_all(fd_, data) : pwrite_all(fd_, data, pos_);
  if (ok && flush && ::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) ok = false;
  if (!ok) return Result::otherwise(kErWrite, errno);
  if (!target_.stream) {
    pos_ += static_cast<int64_t>(data.size());
    buf_base_ = -1;
  }
  return Result::ok();
}

Result SeqFile::read_block(int64_t bytes, std::string& data) {
  data.clear();
  if (fd_ < 0) return Result::otherwise(kErSqrd);
  if (bytes <= 0) return Result::ok();
  size_t want = static_cast<size_t>(bytes);
  if (target_.stream) {  // the unread bytes READSEQ left first, then the stream
    data.assign(buf_, 0, std::min(want, buf_.size()));
    buf_.erase(0, data.size());
  }
  char chunk[65536];
  while (data.size() < want) {
    size_t n = std::min(sizeof chunk, want - data.size());
    ssize_t got = target_.stream ? ::read(fd_, chunk, n)
                                 : ::pread(fd_, chunk, n, pos_ + static_cast<int64_t>(data.size()));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      int err = errno;
      return Result::fault(kErIoe, "cannot read " + target_.path + ": " + std::strerror(err), err);
    }
    if (got == 0) break;
    data.append(chunk, static_cast<size_t>(got));
  }
  if (!target_.stream) pos_ += static_cast<int64_t>(data.size());
  return data.empty() ? Result::otherwise(kErEof) : Result::ok();
}

Result SeqFile::seek(int64_t offset, int64_t relto) {
  if (fd_ < 0) return Result::otherwise(kErSqrd);
  if (target_.stream) return Result::otherwise(kErPort);
  int64_t end = size();
  int64_t to = 0;
  switch (relto) {
    case 0: to = offset; break;
    case 1: to = pos_ + offset; break;
    case 2: to = end + offset; break;
    default: return Result::otherwise(kErSqrel);
  }
  if (to < 0 || to > end) return Result::otherwise(kErSqseek);
  pos_ = to;
  return Result::ok();
}

Result SeqFile::truncate_here() {
  if (read_only_) return Result::fault(kErRdonly, "WEOFSEQ on the read-only file " + target_.path);
  if (fd_ < 0) {
    Result r = create();
    if (!r.is_ok()) return r;
  }
  if (target_.stream) return Result::ok();
  if (::ftruncate(fd_, pos_) != 0) {
    int err = errno;
    return Result::fault(kErIoe, "cannot truncate " + target_.path + ": " + std::strerror(err), err);
  }
  buf_base_ = -1;
  return Result::ok();
}

void SeqFile::close() {
  if (!open_) return;
  open_ = false;
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (has_lock_) {
    has_lock_ = false;
    LockTable& locks = LockTable::process();
    locks.add_seq_ref(target_.key, -1);
    if (locks.seq_refs(target_.key) <= 0) locks.release(target_.key);
  }
}

int64_t SeqFile::size() const {
  struct stat st {};
  if (fd_ < 0 || ::fstat(fd_, &st) != 0) return -1;
  return static_cast<int64_t>(st.st_size);
}

}  // namespace mv::stdlib::files
