// Directory files: opening, reading, atomic writing, deleting and listing records (see file_dir.hpp).
#include "stdlib/files/file_dir.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "stdlib/files/file_hashed.hpp"
#include "stdlib/files/file_names.hpp"
#include "stdlib/files/file_os.hpp"

namespace mv::stdlib::files {

namespace {

std::string sys_error(int err) { return std::strerror(err); }

bool is_dict(std::string_view dict) {
  if (dict.size() != 4) return false;
  for (size_t i = 0; i < 4; ++i)
    if ((dict[i] & ~0x20) != "DICT"[i]) return false;
  return true;
}

// A fault for an errno from opening or changing a record.
Result os_fault(int err, const std::string& what) {
  int status = (err == EACCES || err == EPERM || err == EROFS) ? kErPerm : err == ENOSPC ? kErWrite : kErIoe;
  return Result::fault(status, what + ": " + sys_error(err), err);
}

std::string describe(const DirFile& f, std::string_view id) {
  const std::string& file = f.voc_name().empty() ? f.path() : f.voc_name();
  return "record '" + std::string(id) + "' in " + file;
}

// The hashed-file database of the folder (and SQLite's files beside it) is not a record.
bool is_database_file(std::string_view name) {
  std::string_view db = kDatabaseName;
  if (name.substr(0, db.size()) != db) return false;
  name.remove_prefix(db.size());
  return name.empty() || name == "-wal" || name == "-shm" || name == "-journal";
}

}  // namespace

std::string absolute_path(const std::string& path) {
  char buf[PATH_MAX];
  if (::realpath(path.c_str(), buf)) return buf;
  if (!path.empty() && path[0] == '/') return path;
  if (::getcwd(buf, sizeof buf)) return std::string(buf) + '/' + path;
  return path;
}

Result resolve_file_name(std::string_view dict, std::string_view name, const std::string& program_dir,
                         std::string& path) {
  if (name.empty()) return Result::otherwise(kErNam);
  std::string wanted(name);
  if (is_dict(dict)) wanted += ".DIC";
  std::vector<std::string> candidates{wanted};
  if (wanted.find('/') == std::string::npos && !program_dir.empty())
    candidates.push_back(program_dir + '/' + wanted);
  for (const std::string& c : candidates) {
    struct stat st {};
    if (::stat(c.c_str(), &st) == 0 || errno != ENOENT) {
      path = c;
      return Result::ok();
    }
  }
  return Result::otherwise(kErFnf);
}

Result open_directory(const std::string& path, std::string voc_name, DirFile*& out) {
  out = nullptr;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR) return Result::otherwise(kErFnf, err);
    return os_fault(err, "cannot open the file " + path);
  }
  if (!S_ISDIR(st.st_mode)) return Result::otherwise(kErNdir);
  std::string abs = absolute_path(path);
  struct stat sub {};
  if (::stat((abs + "/%0").c_str(), &sub) == 0 || ::stat((abs + "/~0").c_str(), &sub) == 0)
    return Result::fault(kErNdir,
                         abs + " is a QM hashed file, which mvbasic cannot open (only directory files)");
  if (::access(abs.c_str(), R_OK | X_OK) != 0) {
    int err = errno;
    return os_fault(err, "cannot open the file " + abs);
  }
  out = new DirFile(abs, std::move(voc_name), file_identity(abs));
  return Result::ok();
}

Result DirFile::read(std::string_view id, std::string& record) {
  DirFile& f = *this;
  record.clear();
  std::string name;
  if (!map_record_id(id, name)) return Result::otherwise(kErIid);
  std::string full = f.path() + '/' + name;
  int fd = ::open(full.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int err = errno;
    if (err == ENOENT || err == ENOTDIR || err == ENAMETOOLONG) return Result::otherwise(kErRnf);
    return os_fault(err, "cannot read " + describe(f, id));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Result::fault(kErIid,
                         "cannot read " + describe(f, id) + ": it is a directory or device, not a record");
  }
  std::string bytes;
  bool ok = read_all(fd, bytes);
  int err = errno;
  ::close(fd);
  if (!ok) return os_fault(err, "cannot read " + describe(f, id));
  record = f.mark_mapping ? disk_to_record(bytes) : std::move(bytes);
  f.last_id.assign(id);
  return Result::ok();
}

Result DirFile::write(std::string_view id, std::string_view record) {
  const DirFile& f = *this;
  std::string name;
  if (!map_record_id(id, name))
    return Result::fault(kErIid, "illegal record id '" + std::string(id) + "' for a directory file (" +
                                     (id.empty() ? "empty" : "a byte outside the printable ASCII range") +
                                     ")");
  std::string target = write_target(f.path() + '/' + name);
  struct stat old {};
  if (::stat(target.c_str(), &old) == 0 && !S_ISREG(old.st_mode))
    return Result::fault(kErIid, "cannot write " + describe(f, id) + ": it is a directory or device");
  if (int err = replace_file(target, f.mark_mapping ? record_to_disk(record) : std::string(record)))
    return os_fault(err, "cannot write " + describe(f, id));
  return Result::ok();
}

Result DirFile::remove(std::string_view id) {
  const DirFile& f = *this;
  std::string name;
  if (!map_record_id(id, name)) return Result::fault(kErIid, "illegal record id '" + std::string(id) + "'");
  std::string target = f.path() + '/' + name;
  struct stat st {};
  if (::lstat(target.c_str(), &st) != 0) return Result::ok();  // nothing to delete
  if (S_ISDIR(st.st_mode))
    return Result::fault(kErIid, "cannot delete " + describe(f, id) + ": it is a directory");
  if (::unlink(target.c_str()) != 0 && errno != ENOENT)
    return os_fault(errno, "cannot delete " + describe(f, id));
  return Result::ok();
}

// Every id, in byte order; a directory is listed whole (the operating system gives no order to page by).
Result DirFile::ids(std::unique_ptr<IdStream>& out) {
  const DirFile& f = *this;
  std::vector<std::string> ids;
  DIR* d = ::opendir(f.path().c_str());
  if (!d) return os_fault(errno, "cannot list the records of " + f.path());
  while (struct dirent* e = ::readdir(d)) {
    if (e->d_name[0] == '.' || is_database_file(e->d_name)) continue;
    if (e->d_type != DT_REG) {
      struct stat st {};
      if (e->d_type != DT_LNK && e->d_type != DT_UNKNOWN) continue;
      if (::stat((f.path() + '/' + e->d_name).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    }
    ids.push_back(unmap_record_name(e->d_name));
  }
  ::closedir(d);
  std::sort(ids.begin(), ids.end());
  out = std::make_unique<VectorIdStream>(std::move(ids));
  return Result::ok();
}

// Every record goes; the first failure stops it.
Result DirFile::clear() {
  std::unique_ptr<IdStream> all;
  Result r = ids(all);
  if (r.is_ok() && all->size() > 0 && !writable()) return Result::otherwise(kErRdonly);
  std::string id;
  while (r.is_ok() && all->next(id, r)) r = remove(id);
  return r;
}

bool DirFile::lock_key(std::string_view id, LockKey& key) const {
  std::string name;
  if (!map_record_id(id, name)) return false;
  key.file = identity();
  key.name = lock_file_name(name);
  return true;
}

int64_t DirFile::total_bytes() {
  const DirFile& f = *this;
  int64_t total = 0;
  DIR* d = ::opendir(f.path().c_str());
  if (!d) return 0;
  while (struct dirent* e = ::readdir(d)) {
    if (e->d_name[0] == '.') continue;
    struct stat st {};
    if (::stat((f.path() + '/' + e->d_name).c_str(), &st) == 0 && S_ISREG(st.st_mode)) total += st.st_size;
  }
  ::closedir(d);
  return total;
}

bool DirFile::writable() const { return ::access(path().c_str(), W_OK) == 0; }

}  // namespace mv::stdlib::files
