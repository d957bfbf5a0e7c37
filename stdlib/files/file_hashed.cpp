// Hashed files in the account folder's SQLite database (see file_hashed.hpp and
// docs/internals/hashed-files.md): the shared connection, the catalog of files, and the record operations.
#include "stdlib/files/file_hashed.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <map>

#include "stdlib/files/file_dir.hpp"
#include "stdlib/files/file_names.hpp"

namespace mv::stdlib::files {

namespace {

// How long a statement waits for another process's write transaction before it fails with ER$LCK:
// a minute, or MVBASIC_BUSY_TIMEOUT milliseconds.
int busy_timeout_ms() {
  const char* env = std::getenv("MVBASIC_BUSY_TIMEOUT");
  return env && *env ? std::atoi(env) : 60000;
}
// How much of the database SQLite reads through a memory map: 1 GiB (SQLite caps it at 2 GiB), or
// MVBASIC_MMAP_SIZE bytes (0 turns the map off).
int64_t mmap_size() {
  const char* env = std::getenv("MVBASIC_MMAP_SIZE");
  return env && *env ? std::atoll(env) : int64_t{1} << 30;
}
// How many ids a SELECT fetches at a time.
constexpr int kIdPage = 1000;

// The open databases of this process, by path, so every file of one folder shares one connection.
std::map<std::string, std::weak_ptr<Database>>& connections() {
  static auto* all = new std::map<std::string, std::weak_ptr<Database>>;
  return *all;
}

// Binds bytes as a blob; an empty string stays an empty blob, not NULL.
int bind_bytes(sqlite3_stmt* stmt, int at, std::string_view bytes) {
  return sqlite3_bind_blob(stmt, at, bytes.empty() ? "" : bytes.data(), static_cast<int>(bytes.size()),
                           SQLITE_STATIC);
}

std::string column_bytes(sqlite3_stmt* stmt, int col) {
  const void* p = sqlite3_column_blob(stmt, col);
  int n = sqlite3_column_bytes(stmt, col);
  return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

// The STATUS() code for an SQLite result code.
int status_for(int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return kErLck;
    case SQLITE_READONLY:
      return kErRdonly;
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_CANTOPEN:
      return kErPerm;
    case SQLITE_FULL:
      return kErWrite;
    default:
      return kErIoe;
  }
}

// The ids of a hashed file in byte order, fetched a page at a time after the last id returned, so that no
// read transaction stays open between READNEXTs and writes made meanwhile never disturb the walk.
class HashedIdStream : public IdStream {
 public:
  HashedIdStream(std::shared_ptr<Database> db, sqlite3_stmt* page, int64_t size)
      : db_(std::move(db)), page_stmt_(page), size_(size) {}
  ~HashedIdStream() override { sqlite3_finalize(page_stmt_); }

  bool next(std::string& id, Result& fault) override {
    if (at_ >= page_.size()) {
      if (done_ || !fetch(fault)) return false;
      if (page_.empty()) return false;
    }
    id = std::move(page_[at_++]);
    return true;
  }
  int64_t size() const override { return size_; }

 private:
  bool fetch(Result& fault) {
    page_.clear();
    at_ = 0;
    sqlite3_reset(page_stmt_);
    bind_bytes(page_stmt_, 1, last_);
    int rc;
    while ((rc = sqlite3_step(page_stmt_)) == SQLITE_ROW) page_.push_back(column_bytes(page_stmt_, 0));
    sqlite3_reset(page_stmt_);
    if (rc != SQLITE_DONE) {
      fault = db_->fault(rc, "cannot list the records");
      done_ = true;
      return false;
    }
    if (page_.size() < static_cast<size_t>(kIdPage)) done_ = true;
    if (!page_.empty()) last_ = page_.back();
    return true;
  }

  std::shared_ptr<Database> db_;
  sqlite3_stmt* page_stmt_;
  int64_t size_;
  std::vector<std::string> page_;
  size_t at_ = 0;
  std::string last_;  // "" sorts before every id, so the first page starts there
  bool done_ = false;
};

// Runs a statement that yields one integer (0 when it yields nothing).
int64_t query_int(sqlite3* db, const std::string& sql) {
  sqlite3_stmt* stmt = nullptr;
  int64_t n = 0;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    n = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  return n;
}

// The connection settings every process uses on an account's database (see hashed-files.md).
Result configure(Database& db, bool create) {
  sqlite3_busy_timeout(db.handle(), busy_timeout_ms());
  // Pages are read straight from a memory map of the database instead of by one pread() each.
  Result mapped = db.exec(("PRAGMA mmap_size=" + std::to_string(mmap_size())).c_str(), "cannot set up");
  if (!mapped.is_ok()) return mapped;
  if (!db.read_only()) {
    if (create) {
      Result r = db.exec("PRAGMA journal_mode=WAL", "cannot set up");
      if (!r.is_ok()) return r;
    }
    Result r = db.exec("PRAGMA synchronous=NORMAL", "cannot set up");
    if (r.is_ok() && create)
      r = db.exec("CREATE TABLE IF NOT EXISTS mv_files(num INTEGER PRIMARY KEY, name BLOB NOT NULL UNIQUE)",
                  "cannot set up");
    // The alternate-key indices of every file (file_index.hpp), made by any process that may write.
    if (r.is_ok())
      r = db.exec(
          "CREATE TABLE IF NOT EXISTS mv_indices(file INTEGER NOT NULL, name BLOB NOT NULL, field INTEGER, "
          "flags INTEGER, dict BLOB, UNIQUE(file, name)); CREATE TABLE IF NOT EXISTS mv_ikeys(file INTEGER, "
          "name BLOB, key BLOB, id BLOB, PRIMARY KEY(file, name, key, id)) WITHOUT ROWID; CREATE INDEX IF "
          "NOT "
          "EXISTS mv_ikeys_id ON mv_ikeys(file, id)",
          "cannot set up");
    if (!r.is_ok()) return r;
  }
  // Reading the schema is what finds a file that is not a database, or a damaged one.
  return db.exec("SELECT count(*) FROM sqlite_master", "cannot read");
}

// True when the database has a -wal file: committed writes that may not be in the database file yet.
bool wal_pending(const std::string& path) {
  struct stat st {};
  return ::stat((path + "-wal").c_str(), &st) == 0 && st.st_size > 0;
}

// A path as an SQLite URI path: '%', '?' and '#' escaped.
std::string uri_path(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static const char* hex = "0123456789ABCDEF";
      (out += '%') += hex[(c >> 4) & 15];
      out += hex[c & 15];
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

bool valid_hashed_id(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return false;
  for (unsigned char c : id)
    if (c == 0 || c >= 251) return false;
  return true;
}

Result Database::open(const std::string& folder, bool create, std::shared_ptr<Database>& out) {
  std::string path = absolute_path(folder) + '/' + kDatabaseName;
  auto& all = connections();
  auto it = all.find(path);
  if (it != all.end() && (out = it->second.lock())) return Result::ok();
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (!create || errno != ENOENT) return Result::otherwise(kErNvr);
  }
  // SQLite's memory statistics take a global mutex on every allocation; nothing here reads them. This must
  // come before SQLite's first use, so it is asked for once, before the first connection.
  static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  (void)configured;
  sqlite3* db = nullptr;
  bool read_only = !create && ::access(path.c_str(), W_OK) != 0;
  int flags =
      (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  std::shared_ptr<Database> opened(new Database(db, path, "", read_only));
  if (rc != SQLITE_OK) return opened->fault(rc, "cannot open");
  Result r = configure(*opened, create);
  if (!r.is_ok() && read_only && !wal_pending(path)) {
    // SQLite reads a WAL database only through its -shm file, which a process that may not write the folder
    // cannot make. With no -wal file every committed record is in the database file itself, so it is read
    // as an unchanging file.
    sqlite3_close_v2(opened->db_);
    opened->db_ = nullptr;
    std::string uri = "file:" + uri_path(path) + "?immutable=1";
    rc = sqlite3_open_v2(uri.c_str(), &opened->db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    r = rc == SQLITE_OK ? configure(*opened, false) : opened->fault(rc, "cannot open");
  }
  if (!r.is_ok()) return r;
  opened->identity_ = file_identity(path);  // "d<dev>.<inode>" of the database file, made 'h' for hashed
  opened->identity_[0] = 'h';
  all[path] = opened;
  out = std::move(opened);
  return Result::ok();
}

Database::~Database() {
  for (auto& [sql, stmt] : cached_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
  auto it = connections().find(path_);
  if (it != connections().end() && it->second.expired()) connections().erase(it);
}

Result Database::fault(int rc, const std::string& what) const {
  std::string message =
      "the database " + path_ + ": " + what + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
  return Result::fault(status_for(rc), message);
}

Result Database::exec(const char* sql, const std::string& what) {
  int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
  return rc == SQLITE_OK ? Result::ok() : fault(rc, what);
}

Result Database::exec_cached(const char* sql, const char* what) {
  sqlite3_stmt* stmt = nullptr;
  for (auto& [text, prepared] : cached_)
    if (text == sql) stmt = prepared;
  int rc = SQLITE_OK;
  if (!stmt) {
    rc = sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) return fault(rc, what);
    cached_.emplace_back(sql, stmt);
  }
  rc = sqlite3_step(stmt);
  sqlite3_reset(stmt);
  return rc == SQLITE_DONE || rc == SQLITE_ROW ? Result::ok() : fault(rc, what);
}

int64_t Database::data_version() {
  static const char* const kSql = "PRAGMA data_version";
  sqlite3_stmt* stmt = nullptr;
  for (auto& [text, prepared] : cached_)
    if (text == kSql) stmt = prepared;
  if (!stmt) {
    if (sqlite3_prepare_v2(db_, kSql, -1, &stmt, nullptr) != SQLITE_OK) return -1;
    cached_.emplace_back(kSql, stmt);
  }
  int64_t v = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
  sqlite3_reset(stmt);
  return v;
}

Result Database::find(std::string_view name, std::string& table) {
  table.clear();
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, "SELECT num FROM mv_files WHERE name = ?1", -1, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    // A read-only database made by no mvbasic has no catalog: it holds no hashed files.
    if (read_only_ && std::string(sqlite3_errmsg(db_)).find("no such table") != std::string::npos)
      return Result::otherwise(kErNvr);
    return fault(rc, "cannot look up the file " + std::string(name));
  }
  bind_bytes(stmt, 1, name);
  rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) table = "f" + std::to_string(sqlite3_column_int64(stmt, 0));
  sqlite3_finalize(stmt);
  if (rc == SQLITE_ROW) return Result::ok();
  if (rc == SQLITE_DONE) return Result::otherwise(kErNvr);
  return fault(rc, "cannot look up the file " + std::string(name));
}

Result Database::create(std::string_view name) {
  Result r = exec("BEGIN IMMEDIATE", "cannot create the file " + std::string(name));
  if (!r.is_ok()) return r;
  std::string table;
  r = find(name, table);
  if (r.is_ok()) {
    exec("ROLLBACK", "");
    return Result::fault(kErNotCreated,
                         "cannot create the file " + std::string(name) + ": it exists in " + path_);
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, "INSERT INTO mv_files(name) VALUES(?1)", -1, &stmt, nullptr);
  if (rc == SQLITE_OK) {
    bind_bytes(stmt, 1, name);
    rc = sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  if (rc == SQLITE_DONE) {
    std::string sql = "CREATE TABLE f" + std::to_string(sqlite3_last_insert_rowid(db_)) +
                      "(id BLOB PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID";
    rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
  }
  if (rc != SQLITE_OK && rc != SQLITE_DONE) {
    Result f = fault(rc, "cannot create the file " + std::string(name));
    exec("ROLLBACK", "");
    return f;
  }
  return exec("COMMIT", "cannot create the file " + std::string(name));
}

Result Database::drop(std::string_view name) {
  Result r = exec("BEGIN IMMEDIATE", "cannot delete the file " + std::string(name));
  if (!r.is_ok()) return r;
  std::string table;
  r = find(name, table);
  if (r.is_ok()) {
    std::string sql = "DROP TABLE " + table + "; DELETE FROM mv_files WHERE num = " + table.substr(1) +
                      "; DELETE FROM mv_indices WHERE file = " + table.substr(1) +
                      "; DELETE FROM mv_ikeys WHERE file = " + table.substr(1);
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) r = fault(rc, "cannot delete the file " + std::string(name));
  }
  if (!r.is_ok()) {
    exec("ROLLBACK", "");
    return r;
  }
  return exec("COMMIT", "cannot delete the file " + std::string(name));
}

HashedFile::HashedFile(std::shared_ptr<Database> db, std::string table, std::string voc_name,
                       std::string identity)
    : File(db->path(), std::move(voc_name), std::move(identity)),
      db_(std::move(db)),
      table_(std::move(table)) {}

HashedFile::~HashedFile() { HashedFile::close(); }

void HashedFile::close() {
  sqlite3_finalize(read_);
  sqlite3_finalize(write_);
  sqlite3_finalize(delete_);
  read_ = write_ = delete_ = nullptr;
  indices_.reset();
  File::close();
}

// The SQL is `head` table `tail`, put together only the first time, so that a READ or WRITE with its
// statement already prepared allocates nothing here.
Result HashedFile::prepare(sqlite3_stmt*& stmt, const char* head, const char* tail) {
  if (stmt) {
    sqlite3_reset(stmt);
    return Result::ok();
  }
  std::string sql = head + table_ + tail;
  int rc = sqlite3_prepare_v2(db_->handle(), sql.c_str(), -1, &stmt, nullptr);
  return rc == SQLITE_OK ? Result::ok() : db_->fault(rc, "cannot use the file " + voc_name());
}

std::string HashedFile::describe(std::string_view id) const {
  return "record '" + std::string(id) + "' in " + (voc_name().empty() ? table_ : voc_name());
}

Result HashedFile::read(std::string_view id, std::string& record) {
  record.clear();
  if (!valid_hashed_id(id)) return Result::otherwise(kErIid);
  Result r = prepare(read_, "SELECT data FROM ", " WHERE id = ?1");
  if (!r.is_ok()) return r;
  bind_bytes(read_, 1, id);
  int rc = sqlite3_step(read_);
  if (rc == SQLITE_ROW) {
    // Straight into the caller's string (its buffer is reused when it has one).
    const void* p = sqlite3_column_blob(read_, 0);
    record.assign(p ? static_cast<const char*>(p) : "", static_cast<size_t>(sqlite3_column_bytes(read_, 0)));
    last_id.assign(id);
  }
  sqlite3_reset(read_);
  if (rc == SQLITE_ROW) return Result::ok();
  if (rc == SQLITE_DONE) return Result::otherwise(kErRnf);
  return db_->fault(rc, "cannot read " + describe(id));
}

Result HashedFile::write(std::string_view id, std::string_view record) {
  if (!valid_hashed_id(id))
    return Result::fault(kErIid, "illegal record id '" + std::string(id) + "' (empty, longer than " +
                                     std::to_string(kMaxIdLength) + " bytes, or holding CHAR(0) or a mark)");
  if (db_->read_only())
    return Result::fault(kErRdonly, "cannot write " + describe(id) + ": " + db_->path() + " is read-only");
  return indices().change(id, &record, [&] {
    Result r = prepare(write_, "INSERT OR REPLACE INTO ", "(id, data) VALUES(?1, ?2)");
    if (!r.is_ok()) return r;
    bind_bytes(write_, 1, id);
    bind_bytes(write_, 2, record);
    int rc = sqlite3_step(write_);
    sqlite3_reset(write_);
    return rc == SQLITE_DONE ? Result::ok() : db_->fault(rc, "cannot write " + describe(id));
  });
}

IndexKeeper& HashedFile::indices() {
  if (!indices_) indices_ = std::make_unique<IndexKeeper>(*db_, number());
  return *indices_;
}

Result HashedFile::remove(std::string_view id) {
  if (!valid_hashed_id(id)) return Result::fault(kErIid, "illegal record id '" + std::string(id) + "'");
  if (db_->read_only())
    return Result::fault(kErRdonly, "cannot delete " + describe(id) + ": " + db_->path() + " is read-only");
  return indices().change(id, nullptr, [&] {
    Result r = prepare(delete_, "DELETE FROM ", " WHERE id = ?1");
    if (!r.is_ok()) return r;
    bind_bytes(delete_, 1, id);
    int rc = sqlite3_step(delete_);
    sqlite3_reset(delete_);
    return rc == SQLITE_DONE ? Result::ok() : db_->fault(rc, "cannot delete " + describe(id));
  });
}

Result HashedFile::clear() {
  if (db_->read_only()) return Result::otherwise(kErRdonly);
  std::string sql = "DELETE FROM " + table_;
  Result r = db_->exec("SAVEPOINT mv_clear", "cannot clear the file " + voc_name());
  if (r.is_ok()) r = db_->exec(sql.c_str(), "cannot clear the file " + voc_name());
  if (r.is_ok()) r = indices().cleared();
  if (!r.is_ok()) db_->exec("ROLLBACK TO mv_clear", "");
  Result done = db_->exec("RELEASE mv_clear", "cannot clear the file " + voc_name());
  return r.is_ok() ? done : r;
}

Result HashedFile::ids(std::unique_ptr<IdStream>& out) {
  sqlite3_stmt* page = nullptr;
  std::string sql =
      "SELECT id FROM " + table_ + " WHERE id > ?1 ORDER BY id LIMIT " + std::to_string(kIdPage);
  int rc = sqlite3_prepare_v2(db_->handle(), sql.c_str(), -1, &page, nullptr);
  if (rc != SQLITE_OK) return db_->fault(rc, "cannot select the file " + voc_name());
  out = std::make_unique<HashedIdStream>(db_, page, record_count());
  return Result::ok();
}

// A hashed id may hold bytes no file name can; those locks are named by the id's bytes in hex.
bool HashedFile::lock_key(std::string_view id, LockKey& key) const {
  if (!valid_hashed_id(id)) return false;
  std::string name;
  if (!map_record_id(id, name)) {
    static const char* hex = "0123456789abcdef";
    name = "%x";
    for (unsigned char c : id) (name += hex[c >> 4]) += hex[c & 15];
  }
  key.file = identity();
  key.name = lock_file_name(name);
  return true;
}

int64_t HashedFile::total_bytes() {
  return query_int(db_->handle(), "SELECT coalesce(sum(length(data)), 0) FROM " + table_);
}

int64_t HashedFile::record_count() { return query_int(db_->handle(), "SELECT count(*) FROM " + table_); }

Result open_hashed(const std::string& folder, const std::string& name, const std::string& voc_name,
                   File*& out) {
  out = nullptr;
  std::shared_ptr<Database> db;
  Result r = Database::open(folder, false, db);
  std::string table;
  if (r.is_ok()) r = db->find(name, table);
  if (!r.is_ok()) return r;
  std::string identity = db->identity() + '.' + table;
  out = new HashedFile(std::move(db), table, voc_name, identity);
  return Result::ok();
}

Result create_hashed(const std::string& folder, const std::string& name) {
  if (name.empty() || name.find('/') != std::string::npos)
    return Result::fault(kErNam, "'" + name + "' is not a legal file name");
  struct stat st {};
  if (::stat((folder + '/' + name).c_str(), &st) == 0)
    return Result::fault(kErNotCreated,
                         "cannot create the file " + name + ": a directory file of that name exists");
  std::shared_ptr<Database> db;
  Result r = Database::open(folder, true, db);
  return r.is_ok() ? db->create(name) : r;
}

Result delete_hashed(const std::string& folder, const std::string& name) {
  std::shared_ptr<Database> db;
  Result r = Database::open(folder, false, db);
  return r.is_ok() ? db->drop(name) : r;
}

}  // namespace mv::stdlib::files
