// Reading and atomically writing bytecode cache entries.
#include "runtime/cli/cache.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "mvbasic/build_id.hpp"

namespace mv::cli {

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }

bool get_u64(const std::string& in, size_t& pos, uint64_t& v) {
  if (pos + 8 > in.size()) return false;
  std::memcpy(&v, in.data() + pos, 8);
  pos += 8;
  return true;
}

void make_dirs(const std::string& dir) {
  for (size_t i = 1; i <= dir.size(); ++i) {
    if (i == dir.size() || dir[i] == '/') ::mkdir(dir.substr(0, i).c_str(), 0755);
  }
}

constexpr uint64_t kEntryMagic = 0x3145484341434d56ULL;  // "VMCACHE1"

}  // namespace

uint64_t fnv1a(const std::string& data, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

BytecodeCache::BytecodeCache(std::string dir) : dir_(std::move(dir)) {}

std::string BytecodeCache::default_dir() {
  if (const char* d = std::getenv("MVBASIC_CACHE_DIR")) return d;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/mvbasic";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/mvbasic";
  return "";
}

std::string BytecodeCache::entry_path(const std::string& path, const std::string& text) const {
  uint64_t key = fnv1a(text, fnv1a(path, fnv1a(kBuildId)));
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.mvc", static_cast<unsigned long long>(key));
  return dir_ + "/" + name;
}

bool BytecodeCache::load(const std::string& path, const std::string& text, runtime::Program& out) const {
  if (dir_.empty()) return false;
  std::string bytes;
  if (!read_file(entry_path(path, text), bytes) || bytes.size() < 32) return false;
  // Layout: magic, checksum of the rest, dependency count, (path, hash)..., program.
  size_t pos = 0;
  uint64_t magic, sum, ndeps;
  if (!get_u64(bytes, pos, magic) || magic != kEntryMagic || !get_u64(bytes, pos, sum)) return false;
  if (fnv1a(bytes.substr(pos)) != sum) return false;
  if (!get_u64(bytes, pos, ndeps) || ndeps > 4096) return false;
  for (uint64_t i = 0; i < ndeps; ++i) {
    uint64_t len, hash;
    if (!get_u64(bytes, pos, len) || len > bytes.size() - pos) return false;
    std::string dep = bytes.substr(pos, len);
    pos += len;
    std::string content;
    if (!get_u64(bytes, pos, hash) || !read_file(dep, content) || fnv1a(content) != hash) return false;
  }
  runtime::Program p;
  if (!runtime::deserialize(bytes.substr(pos), p)) return false;
  out = std::move(p);
  return true;
}

void BytecodeCache::store(const std::string& path, const std::string& text, const std::vector<std::string>& files,
                          const runtime::Program& program) const {
  if (dir_.empty()) return;
  make_dirs(dir_);
  std::string body;
  put_u64(body, files.size() > 0 ? files.size() - 1 : 0);
  for (size_t i = 1; i < files.size(); ++i) {
    std::string content;
    if (!read_file(files[i], content)) return;
    put_u64(body, files[i].size());
    body += files[i];
    put_u64(body, fnv1a(content));
  }
  body += runtime::serialize(program);
  std::string entry;
  put_u64(entry, kEntryMagic);
  put_u64(entry, fnv1a(body));
  entry += body;
  std::string final_path = entry_path(path, text);
  std::string tmp = final_path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream o(tmp, std::ios::binary | std::ios::trunc);
    if (!o) return;
    o.write(entry.data(), static_cast<std::streamsize>(entry.size()));
    if (!o) {
      std::remove(tmp.c_str());
      return;
    }
  }
  if (std::rename(tmp.c_str(), final_path.c_str()) != 0) std::remove(tmp.c_str());
}

}  // namespace mv::cli
