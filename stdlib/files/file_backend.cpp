// What every kind of file shares (see file_backend.hpp): counting the opens of one file in the process so
// its locks go with the last close, and finding the file OPEN and OPENPATH mean, whatever its kind.
#include "stdlib/files/file_backend.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <map>

#include "stdlib/files/file_dir.hpp"
#include "stdlib/files/file_hashed.hpp"

namespace mv::stdlib::files {

namespace {

// How many File objects of this process are open on each file (by identity).
std::map<std::string, int>& open_counts() {
  static auto* counts = new std::map<std::string, int>;
  return *counts;
}

bool is_dict(std::string_view dict) {
  if (dict.size() != 4) return false;
  for (size_t i = 0; i < 4; ++i)
    if ((dict[i] & ~0x20) != "DICT"[i]) return false;
  return true;
}

// True when something (of any kind) exists at `path`, or it cannot be told because of permissions.
bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 || errno != ENOENT;
}

// Opens `name` in `folder`: the directory of that name, else the hashed file of that name. Else ER$NVR.
Result open_in(const std::string& folder, const std::string& name, const std::string& voc_name, File*& out) {
  std::string dir = folder == "." ? name : folder + '/' + name;
  if (exists(dir)) {
    DirFile* d = nullptr;
    Result r = open_directory(dir, voc_name, d);
    out = d;
    return r;
  }
  return open_hashed(folder, name, voc_name, out);
}

}  // namespace

File::File(std::string path, std::string voc_name, std::string identity)
    : path_(std::move(path)), voc_name_(std::move(voc_name)), identity_(std::move(identity)) {
  ++open_counts()[identity_];
}

File::~File() { File::close(); }

void File::close() {
  if (!open_) return;
  open_ = false;
  auto it = open_counts().find(identity_);
  if (it != open_counts().end() && --it->second <= 0) {
    open_counts().erase(it);
    LockTable::process().release_file(identity_);
  }
}

Result record_ids(File& f, std::vector<std::string>& ids) {
  ids.clear();
  std::unique_ptr<IdStream> stream;
  Result r = f.ids(stream);
  std::string id;
  while (r.is_ok() && stream->next(id, r)) ids.push_back(id);
  return r;
}

Result open_file(std::string_view dict, std::string_view name, const std::string& program_dir, File*& out) {
  out = nullptr;
  if (name.empty()) return Result::otherwise(kErNam);
  std::string wanted(name);
  if (is_dict(dict)) wanted += ".DIC";
  size_t slash = wanted.rfind('/');
  if (slash != std::string::npos) {
    std::string folder = slash == 0 ? "/" : wanted.substr(0, slash);
    return open_in(folder, wanted.substr(slash + 1), std::string(name), out);
  }
  Result r = open_in(".", wanted, std::string(name), out);
  if (r.end == End::Else && r.status == kErNvr && !program_dir.empty())
    r = open_in(program_dir, wanted, std::string(name), out);
  return r;
}

Result open_path(const std::string& path, File*& out) {
  out = nullptr;
  if (path.empty()) return Result::otherwise(kErNam);
  if (exists(path)) {
    DirFile* d = nullptr;
    Result r = open_directory(path, "", d);
    out = d;
    return r;
  }
  size_t slash = path.rfind('/');
  std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
  Result r = open_hashed(folder, path.substr(slash == std::string::npos ? 0 : slash + 1), "", out);
  if (r.end == End::Else && r.status == kErNvr) r.status = kErFnf;  // OPENPATH has no VOC to miss
  return r;
}

}  // namespace mv::stdlib::files
