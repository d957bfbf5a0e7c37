// Saved select lists in $SAVEDLISTS (see saved_lists.hpp).
#include "stdlib/files/saved_lists.hpp"

#include <sys/stat.h>

#include "runtime/dynarray.hpp"

namespace mv::stdlib::files {

File* open_saved_lists(const std::string& program_dir, bool create, runtime::Value& holder) {
  File* f = nullptr;
  Result r = open_file("", kSavedListsFile, program_dir, f);
  if (!r.is_ok() && create && ::mkdir(kSavedListsFile, 0777) == 0) r = open_file("", kSavedListsFile, "", f);
  if (!r.is_ok() || !f) return nullptr;
  holder = runtime::Value::handle(f);
  return f;
}

Result save_list(const std::string& name, const std::vector<std::string>& entries,
                 const std::string& program_dir) {
  if (name.empty()) return Result::otherwise(kErNam);
  std::string record;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i) record += runtime::kFM;
    record += entries[i];
  }
  runtime::Value holder;
  File* f = open_saved_lists(program_dir, true, holder);
  if (!f) return Result::otherwise(kErFnf);
  return write_record(*f, name, record);
}

Result load_list(const std::string& name, const std::string& program_dir, std::vector<std::string>& entries) {
  runtime::Value holder;
  File* f = open_saved_lists(program_dir, false, holder);
  if (!f || name.empty()) return Result::otherwise(kErRnf);
  std::string record;
  Result r = read_record(*f, name, record);
  if (r.is_ok()) entries = split_fields(record);
  return r;
}

// A list that is not there is ELSE; DELETE itself does not say, so the record is looked for first.
Result delete_list(const std::string& name, const std::string& program_dir) {
  runtime::Value holder;
  File* f = open_saved_lists(program_dir, false, holder);
  std::string record;
  if (!f || name.empty()) return Result::otherwise(kErRnf);
  Result r = read_record(*f, name, record);
  if (!r.is_ok()) return r;
  return delete_record(*f, name);
}

std::vector<std::string> split_fields(const std::string& text) {
  std::vector<std::string> fields;
  if (text.empty()) return fields;
  size_t start = 0;
  for (;;) {
    size_t fm = text.find(runtime::kFM, start);
    fields.push_back(text.substr(start, fm == std::string::npos ? std::string::npos : fm - start));
    if (fm == std::string::npos) break;
    start = fm + 1;
  }
  return fields;
}

}  // namespace mv::stdlib::files
