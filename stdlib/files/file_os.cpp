// Whole operating system files: reading, atomic replacing and deleting (see file_os.hpp).
#include "stdlib/files/file_os.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace mv::stdlib::files {

namespace {

// QM refuses to OSREAD a file larger than this (the ELSE clause).
constexpr off_t kMaxOsRead = off_t{1} << 30;

// The temporary file a write goes through: hidden (a leading '.'), so never taken for a record.
std::string temp_name(const std::string& dir) {
  static unsigned counter = 0;
  return dir + "/.~mv" + std::to_string(::getpid()) + '.' + std::to_string(++counter);
}

bool is_permission(int err) { return err == EACCES || err == EPERM || err == EROFS; }

// The STATUS code of an errno met while writing or removing a file.
int write_status(int err) {
  if (is_permission(err)) return kErPerm;
  if (err == ENOENT || err == ENOTDIR) return kErInvapath;
  return err == ENOSPC || err == EDQUOT ? kErWrite : kErIoe;
}

Result fault(int err, const std::string& what) {
  return Result::fault(write_status(err), what + ": " + std::strerror(err), err);
}

}  // namespace

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool read_all(int fd, std::string& out) {
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    if (n == 0) return true;
    out.append(buf, static_cast<size_t>(n));
  }
}

std::string write_target(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char buf[PATH_MAX];
  return ::realpath(path.c_str(), buf) ? std::string(buf) : path;
}

int replace_file(const std::string& target, std::string_view bytes) {
  struct stat old {};
  bool exists = ::stat(target.c_str(), &old) == 0;
  size_t slash = target.rfind('/');
  std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : target.substr(0, slash);
  std::string temp = temp_name(dir);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return errno;
  if (exists) ::fchmod(fd, old.st_mode & 07777);
  bool ok = write_all(fd, bytes) && ::fdatasync(fd) == 0;
  int err = errno;
  if (::close(fd) != 0 && ok) ok = false, err = errno;
  if (ok && ::rename(temp.c_str(), target.c_str()) != 0) ok = false, err = errno;
  if (ok) return 0;
  ::unlink(temp.c_str());
  return err;
}

Result read_os_file(const std::string& path, std::string& bytes) {
  bytes.clear();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR || err == ENAMETOOLONG) return Result::otherwise(kErFnf, err);
    return Result::otherwise(is_permission(err) ? kErPerm : kErIoe, err);
  }
  struct stat st {};
  Result r;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    r = Result::otherwise(kErNseq);
  } else if (st.st_size > kMaxOsRead) {
    r = Result::otherwise(kErIoe);
  } else if (!read_all(fd, bytes)) {
    r = Result::fault(kErIoe, "cannot read " + path + ": " + std::strerror(errno), errno);
    bytes.clear();
  }
  ::close(fd);
  return r;
}

Result write_os_file(const std::string& path, std::string_view bytes) {
  if (path.empty()) return Result::fault(kErNam, "the path is empty");
  std::string target = write_target(path);
  struct stat st {};
  if (::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    return Result::fault(kErNseq, "cannot write " + path + ": it is a directory or device");
  if (int err = replace_file(target, bytes)) return fault(err, "cannot write " + path);
  return Result::ok();
}

Result delete_os_file(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR || err == ENAMETOOLONG) return Result::otherwise(kErFnf, err);
    return is_permission(err) ? Result::otherwise(kErPerm, err) : fault(err, "cannot delete " + path);
  }
  if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) return Result::otherwise(kErNseq);
  if (::unlink(path.c_str()) == 0) return Result::ok();
  int err = errno;
  if (err == ENOENT) return Result::otherwise(kErFnf, err);
  return is_permission(err) ? Result::otherwise(kErPerm, err) : fault(err, "cannot delete " + path);
}

}  // namespace mv::stdlib::files
