// The bytecode cache: compiled programs are kept under $XDG_CACHE_HOME/mvbasic (or ~/.cache/mvbasic),
// keyed by the source's content, path and the compiler's build id. An entry also records every
// $INCLUDEd record's content hash, and a whole-entry checksum, so a stale or corrupt entry is never used.
#pragma once

#include <string>
#include <vector>

#include "runtime/bytecode.hpp"

namespace mv::cli {

class BytecodeCache {
 public:
  // An empty directory disables the cache.
  explicit BytecodeCache(std::string dir);
  static std::string default_dir();

  bool load(const std::string& path, const std::string& text, runtime::Program& out) const;
  // Best effort: a cache that cannot be written is silently skipped.
  void store(const std::string& path, const std::string& text, const std::vector<std::string>& files,
             const runtime::Program& program) const;

 private:
  std::string entry_path(const std::string& path, const std::string& text) const;
  std::string dir_;
};

uint64_t fnv1a(const std::string& data, uint64_t seed = 14695981039346656037ULL);

}  // namespace mv::cli
