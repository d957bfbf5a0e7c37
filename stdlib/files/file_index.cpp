// Alternate-key index storage and maintenance (see file_index.hpp): the keys of a record, the savepoint
// that writes a record and its index entries together, and the queries the BASIC statements make.
#include "stdlib/files/file_index.hpp"

#include <algorithm>

#include "runtime/dynarray.hpp"
#include "stdlib/files/file_hashed.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib::files {

namespace {

int bind_bytes(sqlite3_stmt* stmt, int at, std::string_view bytes) {
  return sqlite3_bind_blob(stmt, at, bytes.empty() ? "" : bytes.data(), static_cast<int>(bytes.size()),
                           SQLITE_TRANSIENT);
}

std::string column_bytes(sqlite3_stmt* stmt, int col) {
  const void* p = sqlite3_column_blob(stmt, col);
  int n = sqlite3_column_bytes(stmt, col);
  return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

// Runs a query with the file number and up to two byte parameters, collecting column 0 of each row.
Result query_bytes(Database& db, const std::string& sql, int64_t file, const std::vector<std::string>& params,
                   std::vector<std::string>& out) {
  out.clear();
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &stmt, nullptr);
  if (rc != SQLITE_OK) return db.fault(rc, "cannot read the indices");
  sqlite3_bind_int64(stmt, 1, file);
  for (size_t i = 0; i < params.size(); ++i) bind_bytes(stmt, static_cast<int>(i) + 2, params[i]);
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) out.push_back(column_bytes(stmt, 0));
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? Result::ok() : db.fault(rc, "cannot read the indices");
}

}  // namespace

// The keys a field's text gives: each distinct value (marks above a value mark end a value too, for a
// computed result), empty ones left out with NO.NULLS, in upper case with NO.CASE, sorted.
std::vector<std::string> split_keys(std::string_view field, int flags) {
  std::vector<std::string> keys;
  size_t at = 0;
  while (true) {
    size_t vm = field.find_first_of("\xFE\xFD", at);
    std::string_view value =
        field.substr(at, vm == std::string_view::npos ? std::string_view::npos : vm - at);
    if (!(value.empty() && (flags & kIndexNoNulls)))
      keys.push_back((flags & kIndexNoCase) ? stdlib::upcase(value) : std::string(value));
    if (vm == std::string_view::npos) break;
    at = vm + 1;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::vector<std::string> index_keys(const IndexDef& def, std::string_view id, std::string_view record) {
  std::vector<std::string> keys;
  if (def.field == 0) return split_keys(id, def.flags & kIndexNoCase);  // an id holds no marks
  // Field `def.field` of the record (empty when the record has fewer fields).
  std::string_view field;
  size_t start = 0;
  int64_t n = 1;
  for (; n < def.field; ++n) {
    size_t fm = record.find('\xFE', start);
    if (fm == std::string_view::npos) break;
    start = fm + 1;
  }
  if (n == def.field) {
    size_t end = record.find('\xFE', start);
    field = record.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  }
  return split_keys(field, def.flags);
}

ComputedIndex& computed_hooks() {
  static ComputedIndex hooks;
  return hooks;
}

void set_computed_index(ComputedIndex hooks) { computed_hooks() = std::move(hooks); }

const ComputedIndex& computed_index() { return computed_hooks(); }

Result record_keys(const IndexDef& def, std::string_view id, std::string_view record,
                   std::vector<std::string>& keys) {
  if (def.field != kIndexComputed) {
    keys = index_keys(def, id, record);
    return Result::ok();
  }
  keys.clear();
  std::string code(runtime::extract(def.dict, kIndexCodeField, 0, 0)), value, error;
  const ComputedIndex& hooks = computed_index();
  if (!hooks.eval) error = "computed indices need the query processor, which is not installed here";
  if (hooks.eval && hooks.eval(def.name, code, id, record, value, error)) {
    keys = split_keys(value, def.flags);
    return Result::ok();
  }
  return Result::fault(kErWrite,
                       "cannot index record '" + std::string(id) + "' under " + def.name + ": " + error);
}

IndexKeeper::~IndexKeeper() {
  sqlite3_finalize(defs_);
  sqlite3_finalize(del_);
  sqlite3_finalize(ins_);
}

Result IndexKeeper::built_indices(const std::vector<IndexDef>*& out) {
  out = &defs_cache_;
  int64_t version = db_.data_version();
  if (version != -1 && version == defs_version_ && db_.index_epoch() == defs_epoch_) return Result::ok();
  defs_cache_.clear();
  defs_version_ = -1;
  if (!defs_) {
    const char* sql =
        "SELECT name, field, flags, dict FROM mv_indices WHERE file = ?1 AND (flags & 1) ORDER BY rowid";
    // A database no writer has opened since indices came has no mv_indices: it has no indices.
    if (sqlite3_prepare_v2(db_.handle(), sql, -1, &defs_, nullptr) != SQLITE_OK) {
      sqlite3_finalize(defs_);
      defs_ = nullptr;
      return Result::ok();
    }
  }
  sqlite3_reset(defs_);
  sqlite3_bind_int64(defs_, 1, file_);
  int rc;
  while ((rc = sqlite3_step(defs_)) == SQLITE_ROW) {
    IndexDef d;
    d.name = column_bytes(defs_, 0);
    d.field = sqlite3_column_int64(defs_, 1);
    d.flags = sqlite3_column_int(defs_, 2);
    if (d.field == kIndexComputed) d.dict = column_bytes(defs_, 3);  // its code: only computed ones need it
    defs_cache_.push_back(std::move(d));
  }
  sqlite3_reset(defs_);
  if (rc == SQLITE_DONE) {
    defs_version_ = version;
    defs_epoch_ = db_.index_epoch();
  }
  return rc == SQLITE_DONE ? Result::ok() : db_.fault(rc, "cannot read the indices");
}

Result IndexKeeper::begin_change() {
  return db_.exec_cached("SAVEPOINT mv_index", "cannot update the indices");
}

Result IndexKeeper::end_change(std::string_view id, const std::string_view* record, Result r) {
  // The indices are read after the record's change, which holds the database's write lock: an index that
  // another process builds meanwhile is then either seen here or built after this write.
  static const std::vector<IndexDef> kNone;
  const std::vector<IndexDef>* found = &kNone;
  if (r.is_ok()) r = built_indices(found);
  const std::vector<IndexDef>& defs = *found;
  int rc = SQLITE_DONE;
  if (r.is_ok() && !defs.empty()) {
    if (del_ || (rc = sqlite3_prepare_v2(db_.handle(), "DELETE FROM mv_ikeys WHERE file = ?1 AND id = ?2", -1,
                                         &del_, nullptr)) == SQLITE_OK) {
      sqlite3_bind_int64(del_, 1, file_);
      bind_bytes(del_, 2, id);
      rc = sqlite3_step(del_);
      sqlite3_reset(del_);
    }
  }
  if (r.is_ok() && rc == SQLITE_DONE && record && !defs.empty()) {
    const char* sql = "INSERT OR IGNORE INTO mv_ikeys(file, name, key, id) VALUES(?1, ?2, ?3, ?4)";
    if (ins_ || (rc = sqlite3_prepare_v2(db_.handle(), sql, -1, &ins_, nullptr)) == SQLITE_OK) {
      rc = SQLITE_DONE;
      std::vector<std::string> keys;
      for (const IndexDef& d : defs) {
        r = record_keys(d, id, *record, keys);
        if (!r.is_ok()) break;
        for (const std::string& key : keys) {
          sqlite3_bind_int64(ins_, 1, file_);
          bind_bytes(ins_, 2, d.name);
          bind_bytes(ins_, 3, key);
          bind_bytes(ins_, 4, id);
          rc = sqlite3_step(ins_);
          sqlite3_reset(ins_);
          if (rc != SQLITE_DONE) break;
        }
        if (rc != SQLITE_DONE) break;
      }
    }
  }
  if (r.is_ok() && rc != SQLITE_DONE)
    r = db_.fault(rc, "cannot update the indices for record '" + std::string(id) + "'");
  if (!r.is_ok()) db_.exec_cached("ROLLBACK TO mv_index", "cannot update the indices");
  Result done = db_.exec_cached("RELEASE mv_index", "cannot update the indices");
  return r.is_ok() ? done : r;
}

Result IndexKeeper::cleared() {
  std::string sql = "DELETE FROM mv_ikeys WHERE file = " + std::to_string(file_);
  int rc = sqlite3_exec(db_.handle(), sql.c_str(), nullptr, nullptr, nullptr);
  // A database no writer has opened since indices came has no mv_ikeys: it has no indices.
  if (rc == SQLITE_OK || std::string(sqlite3_errmsg(db_.handle())).find("no such table") != std::string::npos)
    return Result::ok();
  return db_.fault(rc, "cannot clear the indices");
}

Result list_indices(HashedFile& f, std::vector<IndexDef>& out) {
  out.clear();
  Database& db = f.database();
  sqlite3_stmt* stmt = nullptr;
  const char* sql = "SELECT name, field, flags, dict FROM mv_indices WHERE file = ?1 ORDER BY rowid";
  if (sqlite3_prepare_v2(db.handle(), sql, -1, &stmt, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return Result::ok();  // a database without the index tables has no indices
  }
  sqlite3_bind_int64(stmt, 1, f.number());
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    IndexDef d;
    d.name = column_bytes(stmt, 0);
    d.field = sqlite3_column_int64(stmt, 1);
    d.flags = sqlite3_column_int(stmt, 2);
    d.dict = column_bytes(stmt, 3);
    d.number = static_cast<int>(out.size());
    out.push_back(std::move(d));
  }
  sqlite3_finalize(stmt);
  return rc == SQLITE_DONE ? Result::ok() : db.fault(rc, "cannot read the indices");
}

Result index_ids(HashedFile& f, const IndexDef& def, const std::string& value,
                 std::vector<std::string>& out) {
  std::string key = (def.flags & kIndexNoCase) ? stdlib::upcase(value) : value;
  return query_bytes(f.database(),
                     "SELECT id FROM mv_ikeys WHERE file = ?1 AND name = ?2 AND key = ?3 ORDER BY id",
                     f.number(), {def.name, key}, out);
}

Result index_all_keys(HashedFile& f, const std::string& name, std::vector<std::string>& out) {
  return query_bytes(f.database(),
                     "SELECT DISTINCT key FROM mv_ikeys WHERE file = ?1 AND name = ?2 ORDER BY key",
                     f.number(), {name}, out);
}

bool index_next_key(HashedFile& f, const std::string& name, const std::string* from, bool right,
                    std::string& key, Result& r) {
  std::string sql = "SELECT key FROM mv_ikeys WHERE file = ?1 AND name = ?2";
  if (from) sql += right ? " AND key > ?3" : " AND key < ?3";
  sql += right ? " ORDER BY key LIMIT 1" : " ORDER BY key DESC LIMIT 1";
  std::vector<std::string> found;
  std::vector<std::string> params{name};
  if (from) params.push_back(*from);
  r = query_bytes(f.database(), sql, f.number(), params, found);
  if (!r.is_ok() || found.empty()) return false;
  key = found[0];
  return true;
}

}  // namespace mv::stdlib::files
