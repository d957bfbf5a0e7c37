// CREATE.FILE, DELETE.FILE and CLEAR.FILE as commands (see file_commands.hpp).
#include "stdlib/files/file_commands.hpp"

#include <sys/stat.h>

#include <cctype>
#include <filesystem>
#include <memory>

#include "runtime/ascii.hpp"
#include "stdlib/files/file_dir.hpp"
#include "stdlib/files/file_hashed.hpp"
#include "stdlib/files/file_index.hpp"

namespace mv::stdlib::files {

namespace {

constexpr int64_t kUsage = kCommandUsage;
constexpr int64_t kFailed = kCommandFailed;

// What a command's words say: which parts, the file's name (split into folder and name), the kind.
struct Target {
  bool dict = true;
  bool data = true;
  std::string folder = ".";
  std::string name;
  bool directory = false;
};

bool parse(const std::string& command, const std::vector<std::string>& words, Target& t, std::string& error) {
  size_t i = 0;
  if (i < words.size() && (runtime::ascii_upper(words[i]) == "DICT" || runtime::ascii_upper(words[i]) == "DATA")) {
    t.dict = runtime::ascii_upper(words[i]) == "DICT";
    t.data = !t.dict;
    ++i;
  } else if (command == "CLEAR.FILE") {
    t.dict = false;
  }
  if (i >= words.size()) {
    error = "usage: " + command + " {DICT | DATA} name" +
            (command == "CREATE.FILE" ? " {DYNAMIC | DIRECTORY}" : "") + "\n";
    return false;
  }
  std::string name = words[i++];
  size_t slash = name.rfind('/');
  if (slash != std::string::npos) {
    t.folder = slash == 0 ? "/" : name.substr(0, slash);
    name = name.substr(slash + 1);
  }
  t.name = name;
  if (t.name.empty()) {
    error = command + ": '" + words[i - 1] + "' is not a file name\n";
    return false;
  }
  // The type; QM's sizing options after it (GROUP.SIZE 2, MIN.MODULUS 10...) mean nothing here.
  if (i < words.size() && command == "CREATE.FILE") t.directory = runtime::ascii_upper(words[i]) == "DIRECTORY";
  return true;
}

std::string part_path(const Target& t, bool dict) {
  std::string n = dict ? t.name + ".DIC" : t.name;
  return t.folder == "." ? n : t.folder + '/' + n;
}

bool create_part(const Target& t, bool dict, std::string& out, std::string& error) {
  std::string n = dict ? t.name + ".DIC" : t.name;
  Result r;
  if (!dict && t.directory) {
    std::error_code ec;
    if (std::filesystem::exists(part_path(t, false), ec) ||
        !std::filesystem::create_directory(part_path(t, false), ec))
      r = Result::fault(kErNotCreated, "cannot create the directory " + part_path(t, false) +
                                           (ec ? ": " + ec.message() : ": it exists"));
  } else {
    r = create_hashed(t.folder, n);
  }
  if (!r.is_ok()) {
    error += "CREATE.FILE: " + r.message + " (STATUS() " + std::to_string(r.status) + ")\n";
    return false;
  }
  out += std::string("Created ") + (dict ? "DICT" : "DATA") + " part as " + part_path(t, dict) + "\n";
  return true;
}

// A directory part is removed with everything in it; a hashed part is dropped from its database.
bool delete_part(const Target& t, bool dict, std::string& out, std::string& error) {
  std::string n = dict ? t.name + ".DIC" : t.name;
  struct stat st {};
  Result r;
  if (::stat(part_path(t, dict).c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    std::error_code ec;
    std::filesystem::remove_all(part_path(t, dict), ec);
    if (ec) r = Result::fault(kErIoe, "cannot delete " + part_path(t, dict) + ": " + ec.message());
  } else {
    r = delete_hashed(t.folder, n);
  }
  if (r.end == End::Else) return true;  // that part does not exist
  if (!r.is_ok()) {
    error += "DELETE.FILE: " + r.message + " (STATUS() " + std::to_string(r.status) + ")\n";
    return false;
  }
  out += std::string("Deleted ") + (dict ? "DICT" : "DATA") + " part " + part_path(t, dict) + "\n";
  return true;
}

bool clear_part(const Target& t, bool dict, std::string& error) {
  File* opened = nullptr;
  std::string name = t.folder == "." ? t.name : t.folder + '/' + t.name;
  Result r = open_file(dict ? "DICT" : "", name, "", opened);
  std::unique_ptr<File> f(opened);
  if (r.is_ok()) r = f->clear();
  if (r.is_ok()) return true;
  error += "CLEAR.FILE: " + (r.message.empty() ? "cannot clear " + part_path(t, dict) : r.message) +
           " (STATUS() " + std::to_string(r.status) + ")\n";
  return false;
}

// A file COPY names: {DICT} name, taken from words[i...].
bool copy_operand(const std::vector<std::string>& words, size_t& i, std::unique_ptr<File>& out,
                  std::string& error) {
  bool dict = i < words.size() && runtime::ascii_upper(words[i]) == "DICT";
  if (dict) ++i;
  if (i >= words.size()) {
    error = "usage: COPY FROM {DICT} src TO {DICT} dest {ids... | ALL} {OVERWRITING} {DELETING}\n";
    return false;
  }
  File* f = nullptr;
  Result r = open_file(dict ? "DICT" : "", words[i], "", f);
  out.reset(f);
  if (!r.is_ok()) {
    error = "COPY: cannot open " + std::string(dict ? "DICT " : "") + words[i] +
            (r.message.empty() ? "" : ": " + r.message) + " (STATUS() " + std::to_string(r.status) + ")\n";
    return false;
  }
  ++i;
  return true;
}

// Copies one record; false (with a message) when it is missing, exists in dest without OVERWRITING, or fails.
bool copy_record(File& src, File& dest, const std::string& id, bool overwriting, bool deleting,
                 std::string& error) {
  std::string record, existing;
  Result r = read_record(src, id, record);
  if (!r.is_ok()) {
    error += "COPY: record " + id + " not found\n";
    return false;
  }
  if (!overwriting && read_record(dest, id, existing).is_ok()) {
    error += "COPY: record " + id + " exists in the destination (use OVERWRITING)\n";
    return false;
  }
  r = write_record(dest, id, record);
  if (r.is_ok() && deleting) r = delete_record(src, id);
  if (!r.is_ok())
    error += "COPY: record " + id + ": " + r.message + " (STATUS() " + std::to_string(r.status) + ")\n";
  return r.is_ok();
}

// COPY: records go into a hashed destination 10,000 to a database transaction, which is much faster than
// one transaction per record and still leaves whole records only.
int64_t copy_command(const std::vector<std::string>& words, std::string& out, std::string& error) {
  size_t i = 0;
  std::unique_ptr<File> src, dest;
  if (i >= words.size() || runtime::ascii_upper(words[i]) != "FROM") {
    error = "usage: COPY FROM {DICT} src TO {DICT} dest {ids... | ALL} {OVERWRITING} {DELETING}\n";
    return kUsage;
  }
  ++i;
  if (!copy_operand(words, i, src, error)) return error.rfind("usage", 0) == 0 ? kUsage : kFailed;
  if (i >= words.size() || runtime::ascii_upper(words[i]) != "TO") {
    error = "COPY: expected TO and the destination file\n";
    return kUsage;
  }
  ++i;
  if (!copy_operand(words, i, dest, error)) return error.rfind("usage", 0) == 0 ? kUsage : kFailed;
  bool all = false, overwriting = false, deleting = false;
  std::vector<std::string> ids;
  for (; i < words.size(); ++i) {
    std::string w = runtime::ascii_upper(words[i]);
    if (w == "ALL")
      all = true;
    else if (w == "OVERWRITING")
      overwriting = true;
    else if (w == "DELETING")
      deleting = true;
    else
      ids.push_back(words[i]);
  }
  std::unique_ptr<IdStream> stream;
  Result r = all ? src->ids(stream) : Result::ok();
  if (!all) stream = std::make_unique<VectorIdStream>(std::move(ids));
  if (!r.is_ok()) {
    error = "COPY: " + r.message + "\n";
    return kFailed;
  }
  bool batch = !dest->commit_domain().empty() && dest->commit_domain() != src->commit_domain();
  int64_t copied = 0, failed = 0, in_batch = 0;
  std::string id;
  while (stream->next(id, r)) {
    if (batch && in_batch == 0 && !dest->begin_commit().is_ok()) batch = false;
    if (copy_record(*src, *dest, id, overwriting, deleting, error))
      ++copied;
    else
      ++failed;
    if (batch && ++in_batch == 10000) {
      dest->end_commit(true);
      in_batch = 0;
    }
  }
  if (batch && in_batch > 0) dest->end_commit(true);
  out += std::to_string(copied) + (copied == 1 ? " record" : " records") + " copied\n";
  return failed == 0 && r.is_ok() ? 0 : kFailed;
}

}  // namespace

bool is_file_command(const std::string& name) {
  return name == "CREATE.FILE" || name == "DELETE.FILE" || name == "CLEAR.FILE" || name == "COPY" ||
         is_index_command(name) || is_list_command(name);
}

int64_t file_command(const std::string& name, const std::vector<std::string>& words, std::string& out,
                     std::string& error) {
  if (name == "COPY") return copy_command(words, out, error);
  if (is_index_command(name)) return index_command(name, words, out, error);
  if (is_list_command(name)) return list_command(name, words, out, error);
  Target t;
  if (!parse(name, words, t, error)) return kUsage;
  bool ok = true;
  bool found = false;
  for (bool dict : {true, false}) {
    if (!(dict ? t.dict : t.data) || !ok) continue;
    if (name == "CREATE.FILE") {
      ok = create_part(t, dict, out, error);
    } else if (name == "DELETE.FILE") {
      size_t before = out.size();
      ok = delete_part(t, dict, out, error);
      found = found || out.size() != before;
    } else {
      ok = clear_part(t, dict, error);
    }
  }
  if (ok && name == "DELETE.FILE" && !found) {
    error += "DELETE.FILE: no file " + part_path(t, false) + "\n";
    return kFailed;
  }
  return ok ? 0 : kFailed;
}

}  // namespace mv::stdlib::files
