// Record id <-> file name mapping and mark translation for directory files (see file_names.hpp).
#include "stdlib/files/file_names.hpp"

#include <cstdint>
#include <cstdio>

#include "runtime/dynarray.hpp"

namespace mv::stdlib::files {

bool map_record_id(std::string_view id, std::string& name) {
  if (id.empty()) return false;
  std::string out;
  out.reserve(id.size() + 2);
  size_t i = 0;
  if (id[0] == '.' || id[0] == '~') {
    out += '%';
    out += id[0] == '.' ? 'd' : 't';
    i = 1;
  }
  for (; i < id.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(id[i]);
    if (c < 32 || c > 126) return false;
    size_t at = kUnsafeChars.find(static_cast<char>(c));
    if (at == std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kUnsafeLetters[at];
    }
  }
  name = std::move(out);
  return true;
}

std::string unmap_record_name(std::string_view name) {
  std::string id;
  id.reserve(name.size());
  size_t i = 0;
  if (name.size() >= 2 && name[0] == '%' && (name[1] == 'd' || name[1] == 't')) {
    id += name[1] == 'd' ? '.' : '~';
    i = 2;
  }
  while (i < name.size()) {
    if (name[i] == '%' && i + 1 < name.size()) {
      size_t at = kUnsafeLetters.find(name[i + 1]);
      if (at != std::string_view::npos) {
        id += kUnsafeChars[at];
        i += 2;
        continue;
      }
    }
    id += name[i++];
  }
  return id;
}

std::string record_to_disk(std::string_view record) {
  if (record.empty()) return {};
  std::string out(record);
  for (char& c : out)
    if (c == runtime::kFM) c = '\n';
  out += '\n';
  return out;
}

std::string disk_to_record(std::string_view bytes) {
  if (!bytes.empty() && bytes.back() == '\n') bytes.remove_suffix(1);
  std::string out(bytes);
  for (char& c : out)
    if (c == '\n') c = runtime::kFM;
  return out;
}

std::string lock_file_name(std::string_view os_name) {
  std::string name;
  if (!os_name.empty() && os_name[0] == '.') {
    name = "%d";
    name.append(os_name.substr(1));
  } else {
    name.assign(os_name);
  }
  // NAME_MAX is 255 on the file systems that matter; a long name keeps a readable prefix and a hash of all.
  if (name.size() > 200) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : name) h = (h ^ c) * 1099511628211ull;
    char tail[24];
    std::snprintf(tail, sizeof tail, "#%016llx", static_cast<unsigned long long>(h));
    name.resize(150);
    name += tail;
  }
  return name;
}

}  // namespace mv::stdlib::files
