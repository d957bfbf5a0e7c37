// The index commands (file_index.hpp): CREATE.INDEX file field... {DELETING} {NO.CASE} {NO.NULLS},
// BUILD.INDEX file field...|ALL, DELETE.INDEX file field...|ALL, LIST.INDEX file {field...|ALL}. An index is
// named after its dictionary field: a D-type record (field 1 "D", field 2 the field number), an A or S-type
// (field 2 the field number, field 8 an optional correlative), or an I or C-type, whose code the query
// processor prepares when the index is made.
#include <cctype>
#include <memory>

#include "runtime/ascii.hpp"
#include "runtime/dynarray.hpp"
#include "stdlib/files/file_commands.hpp"
#include "stdlib/files/file_hashed.hpp"
#include "stdlib/files/file_index.hpp"

namespace mv::stdlib::files {

namespace {

constexpr int64_t kUsage = kCommandUsage;
constexpr int64_t kFailed = kCommandFailed;

// Field n of a dictionary record.
std::string dict_field(const std::string& record, int n) {
  return std::string(runtime::extract(record, n, 0, 0));
}

// Opens the data part of `name`, which must be a hashed file.
bool open_hashed_data(const std::string& command, const std::string& name, std::unique_ptr<File>& out,
                      HashedFile*& hashed, std::string& error) {
  File* f = nullptr;
  Result r = open_file("", name, "", f);
  out.reset(f);
  hashed = dynamic_cast<HashedFile*>(f);
  if (!r.is_ok()) {
    error = command + ": cannot open " + name + " (STATUS() " + std::to_string(r.status) + ")\n";
    return false;
  }
  if (!hashed) {
    error = command + ": " + name + " is not a hashed file: only hashed files have indices\n";
    return false;
  }
  return true;
}

// Runs one change of an index's entries or definition. The process's IndexKeepers then read the definitions
// again (other processes see the commit through data_version).
Result run(Database& db, const std::string& sql, int64_t file, const std::string& name) {
  db.indices_changed();
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &stmt, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(stmt, 1, file);
    sqlite3_bind_blob(stmt, 2, name.data(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    rc = sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? Result::ok() : db.fault(rc, "cannot change the index " + name);
}

// How dictionary record `rec` is indexed: a field number, or kIndexComputed with its code put in the stored
// copy's field kIndexCodeField. False with `why` when the item cannot be indexed.
bool index_field(const std::string& file, const std::string& field, std::string& rec, int64_t& number,
                 std::string& why) {
  std::string type = runtime::ascii_upper(dict_field(rec, 1).substr(0, 1));
  std::string loc = dict_field(rec, 2);
  bool numeric = !loc.empty() && loc.find_first_not_of("0123456789") == std::string::npos;
  bool correlative = (type == "A" || type == "S") && !dict_field(rec, 8).empty();
  if ((type == "D" || ((type == "A" || type == "S") && !correlative)) && numeric) {
    number = std::stoll(loc);
    return true;
  }
  if (type != "I" && type != "C" && !correlative) {
    why = field + " is not a C, D, I, A or S-type dictionary item with a field number or an expression";
    return false;
  }
  const ComputedIndex& hooks = computed_index();
  std::string code;
  if (!hooks.prepare) {
    why = "computed indices need the query processor, which is not installed here";
    return false;
  }
  if (!hooks.prepare(file, field, rec, code, why)) return false;
  runtime::replace(rec, kIndexCodeField, 0, 0, code);
  number = kIndexComputed;
  return true;
}

bool create_index(const std::string& file, HashedFile& f, const std::string& field, int options,
                  std::string& out, std::string& error) {
  File* d = nullptr;
  Result r = open_file("DICT", file, "", d);
  std::unique_ptr<File> dict(d);
  std::string rec;
  if (r.is_ok()) r = dict->read(field, rec);
  if (!r.is_ok()) {
    error += "CREATE.INDEX: " + field + " is not in the dictionary of " + file + "\n";
    return false;
  }
  int64_t number = 0;
  std::string why;
  if (!index_field(file, field, rec, number, why)) {
    error += "CREATE.INDEX: " + why + "\n";
    return false;
  }
  std::string type = runtime::ascii_upper(dict_field(rec, 1).substr(0, 1));
  std::string just = type == "A" || type == "S" ? dict_field(rec, 9) : dict_field(rec, 5);
  just.erase(0, just.find_first_not_of("0123456789"));
  int flags = options | (runtime::ascii_upper(just).find('R') == 0 ? kIndexRight : 0);
  sqlite3_stmt* stmt = nullptr;
  Database& db = f.database();
  int rc = sqlite3_prepare_v2(
      db.handle(), "INSERT INTO mv_indices(file, name, field, flags, dict) VALUES(?1, ?2, ?3, ?4, ?5)", -1,
      &stmt, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_int64(stmt, 1, f.number());
    sqlite3_bind_blob(stmt, 2, field.data(), static_cast<int>(field.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int64(stmt, 3, number);
    sqlite3_bind_int(stmt, 4, flags);
    sqlite3_bind_blob(stmt, 5, rec.data(), static_cast<int>(rec.size()), SQLITE_TRANSIENT);
    rc = sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  db.indices_changed();
  if ((rc & 0xff) == SQLITE_CONSTRAINT) {
    error += "CREATE.INDEX: " + file + " already has an index " + field + "\n";
    return false;
  }
  if (rc != SQLITE_DONE) {
    error += "CREATE.INDEX: " + db.fault(rc, "cannot create the index " + field).message + "\n";
    return false;
  }
  out += "Index " + field + " created on " + file + ": use BUILD.INDEX to build it\n";
  return true;
}

// BUILD.INDEX of one index: every entry made again from the records, then the index is kept up to date.
Result build_index(HashedFile& f, const IndexDef& def) {
  Database& db = f.database();
  Result r = db.exec("SAVEPOINT mv_build", "cannot build the index " + def.name);
  if (!r.is_ok()) return r;
  r = run(db, "DELETE FROM mv_ikeys WHERE file = ?1 AND name = ?2", f.number(), def.name);
  sqlite3_stmt* scan = nullptr;
  sqlite3_stmt* ins = nullptr;
  std::string sql = "SELECT id, data FROM f" + std::to_string(f.number());
  int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &scan, nullptr);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2(db.handle(),
                            "INSERT OR IGNORE INTO mv_ikeys(file, name, key, id) VALUES(?1, ?2, ?3, ?4)", -1,
                            &ins, nullptr);
  while (r.is_ok() && rc == SQLITE_OK && (rc = sqlite3_step(scan)) == SQLITE_ROW) {
    std::string id(static_cast<const char*>(sqlite3_column_blob(scan, 0)), sqlite3_column_bytes(scan, 0));
    const void* p = sqlite3_column_blob(scan, 1);
    std::string data = p ? std::string(static_cast<const char*>(p), sqlite3_column_bytes(scan, 1)) : "";
    std::vector<std::string> keys;
    r = record_keys(def, id, data, keys);
    for (const std::string& key : keys) {
      sqlite3_bind_int64(ins, 1, f.number());
      sqlite3_bind_blob(ins, 2, def.name.data(), static_cast<int>(def.name.size()), SQLITE_TRANSIENT);
      sqlite3_bind_blob(ins, 3, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
      sqlite3_bind_blob(ins, 4, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
      int done = sqlite3_step(ins);
      sqlite3_reset(ins);
      if (done != SQLITE_DONE) rc = done;
    }
    if (rc == SQLITE_ROW) rc = SQLITE_OK;
  }
  sqlite3_finalize(scan);
  sqlite3_finalize(ins);
  if (r.is_ok() && rc != SQLITE_DONE) r = db.fault(rc, "cannot build the index " + def.name);
  if (r.is_ok())
    r = run(db, "UPDATE mv_indices SET flags = flags | 1 WHERE file = ?1 AND name = ?2", f.number(),
            def.name);
  if (!r.is_ok()) db.exec("ROLLBACK TO mv_build", "");
  Result done = db.exec("RELEASE mv_build", "cannot build the index " + def.name);
  return r.is_ok() ? done : r;
}

// The indices a command's field words name: every index for ALL (or no words, when `all_by_default`).
bool chosen(const std::string& command, const std::string& file, HashedFile& f,
            const std::vector<std::string>& words, bool all_by_default, std::vector<IndexDef>& out,
            std::string& error) {
  std::vector<IndexDef> all;
  Result r = list_indices(f, all);
  if (!r.is_ok()) {
    error += command + ": " + r.message + "\n";
    return false;
  }
  out.clear();
  bool every = words.size() < 2 ? all_by_default : runtime::ascii_upper(words[1]) == "ALL";
  if (every) {
    out = all;
    return true;
  }
  for (size_t i = 1; i < words.size(); ++i) {
    bool found = false;
    for (const IndexDef& d : all)
      if (d.name == words[i]) out.push_back(d), found = true;
    if (!found) {
      error += command + ": " + file + " has no index " + words[i] + "\n";
      return false;
    }
  }
  return true;
}

// What LIST.INDEX shows of an index's field: the field number, or the item's type and expression.
std::string indexed_what(const IndexDef& d) {
  std::string type = runtime::ascii_upper(dict_field(d.dict, 1).substr(0, 1));
  if (d.field != kIndexComputed) return (type.empty() ? "D" : type) + "  field " + std::to_string(d.field);
  std::string expr = dict_field(d.dict, type == "A" || type == "S" ? 8 : 2);
  for (char& c : expr) c = c == '\xFD' ? ';' : c;
  return type + "  " + expr;
}

// Whether the dictionary item an index was made from has changed since (or is gone): the index still
// computes the expression it was made with, as QM's does, until CREATE.INDEX ... DELETING makes it again.
bool dict_changed(const std::string& file, const IndexDef& d) {
  if (d.field != kIndexComputed) return false;
  File* p = nullptr;
  Result r = open_file("DICT", file, "", p);
  std::unique_ptr<File> dict(p);
  std::string rec;
  if (r.is_ok()) r = dict->read(d.name, rec);
  if (!r.is_ok()) return true;
  for (int f : {1, 2, 8})
    if (runtime::ascii_upper(dict_field(rec, f)) != runtime::ascii_upper(dict_field(d.dict, f))) return true;
  return false;
}

void list_index(const std::string& file, HashedFile& f, const IndexDef& d, std::string& out) {
  std::vector<std::string> keys;
  index_all_keys(f, d.name, keys);
  std::string line = d.name;
  line.resize(std::max<size_t>(line.size() + 1, 20), ' ');
  line += indexed_what(d);
  line += (d.flags & kIndexBuilt) ? "  built" : "  needs build";
  if (d.flags & kIndexNoNulls) line += "  NO.NULLS";
  if (d.flags & kIndexNoCase) line += "  NO.CASE";
  line += "  " + std::to_string(keys.size()) + (keys.size() == 1 ? " key" : " keys");
  if (dict_changed(file, d)) line += "  (dictionary item changed: CREATE.INDEX ... DELETING remakes it)";
  out += line + "\n";
}

// CREATE.INDEX's words after the file name: the field names, DELETING, and NO.NULLS and NO.CASE (as index
// flags in `options`).
void create_options(const std::vector<std::string>& words, std::vector<std::string>& fields, bool& deleting,
                    int& options) {
  for (size_t i = 1; i < words.size(); ++i) {
    std::string u = runtime::ascii_upper(words[i]);
    if (u == "NO.NULLS")
      options |= kIndexNoNulls;
    else if (u == "NO.CASE")
      options |= kIndexNoCase;
    else if (u == "DELETING")
      deleting = true;
    else
      fields.push_back(words[i]);
  }
}

// CREATE.INDEX file field... {DELETING} {NO.CASE} {NO.NULLS} on the open file `f`.
int64_t create_command(const std::vector<std::string>& words, HashedFile& f, std::string& out,
                       std::string& error) {
  std::vector<std::string> fields;
  bool deleting = false;
  int options = 0;
  create_options(words, fields, deleting, options);
  if (fields.empty()) {
    error = "usage: CREATE.INDEX file field... {DELETING} {NO.CASE} {NO.NULLS}\n";
    return kUsage;
  }
  for (const std::string& field : fields) {
    // DELETING: an index of that name goes first (its entries too), so it is made again from the
    // dictionary item as it is now.
    Result r = Result::ok();
    if (deleting)
      r = run(f.database(), "DELETE FROM mv_ikeys WHERE file = ?1 AND name = ?2", f.number(), field);
    if (deleting && r.is_ok())
      r = run(f.database(), "DELETE FROM mv_indices WHERE file = ?1 AND name = ?2", f.number(), field);
    if (!r.is_ok()) {
      error += "CREATE.INDEX: " + r.message + "\n";
      return kFailed;
    }
    if (!create_index(words[0], f, field, options, out, error)) return kFailed;
  }
  return 0;
}

}  // namespace

bool is_index_command(const std::string& name) {
  return name == "CREATE.INDEX" || name == "BUILD.INDEX" || name == "DELETE.INDEX" || name == "LIST.INDEX";
}

int64_t index_command(const std::string& name, const std::vector<std::string>& words, std::string& out,
                      std::string& error) {
  if (words.empty() || (words.size() < 2 && name != "LIST.INDEX")) {
    error = "usage: " + name + " file " +
            (name == "CREATE.INDEX" ? "field... {DELETING} {NO.CASE} {NO.NULLS}"
             : name == "LIST.INDEX" ? "{field... | ALL}"
                                    : "field... | ALL") +
            "\n";
    return kUsage;
  }
  std::unique_ptr<File> holder;
  HashedFile* f = nullptr;
  if (!open_hashed_data(name, words[0], holder, f, error)) return kFailed;
  if (name == "CREATE.INDEX") return create_command(words, *f, out, error);
  std::vector<IndexDef> defs;
  if (!chosen(name, words[0], *f, words, name == "LIST.INDEX", defs, error)) return kFailed;
  if (name == "LIST.INDEX") {
    if (defs.empty()) out += words[0] + " has no indices\n";
    for (const IndexDef& d : defs) list_index(words[0], *f, d, out);
    return 0;
  }
  for (const IndexDef& d : defs) {
    Result r =
        name == "BUILD.INDEX"
            ? build_index(*f, d)
            : run(f->database(), "DELETE FROM mv_ikeys WHERE file = ?1 AND name = ?2", f->number(), d.name);
    if (r.is_ok() && name == "DELETE.INDEX")
      r = run(f->database(), "DELETE FROM mv_indices WHERE file = ?1 AND name = ?2", f->number(), d.name);
    if (!r.is_ok()) {
      error += name + ": " + r.message + "\n";
      return kFailed;
    }
    out += (name == "BUILD.INDEX" ? "Built index " : "Deleted index ") + d.name + "\n";
  }
  return 0;
}

}  // namespace mv::stdlib::files
