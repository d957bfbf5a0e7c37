// Hashed files: QM's dynamic files, stored in SQLite. Every hashed file of one folder (an account) lives in
// that folder's database, kDatabaseName, one table per file, so a transaction can change several files
// atomically and a backup copies one file. docs/internals/hashed-files.md gives the layout and the reasons.
//
// A record is stored byte for byte (marks, CHAR(0) and every other byte). An id is legal when it is 1 to
// kMaxIdLength bytes long and holds neither CHAR(0) nor a mark character (251..255), as in QM.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stdlib/files/file_backend.hpp"
#include "stdlib/files/file_index.hpp"

namespace mv::stdlib::files {

// The database of an account folder: visible (not hidden) so that backups of the folder include it.
inline constexpr const char* kDatabaseName = "mvfiles.db";
// QM's MAX_ID_LEN, the largest id its MAXIDLEN setting allows.
inline constexpr size_t kMaxIdLength = 255;

// True for an id a hashed file accepts.
bool valid_hashed_id(std::string_view id);

// One open connection to a folder's database, shared by every hashed file of the process in that folder.
class Database {
 public:
  // The connection for `folder`, opened on first use. With `create`, a missing database is made (in WAL
  // mode); without it, a missing database is ELSE with ER$NVR.
  static Result open(const std::string& folder, bool create, std::shared_ptr<Database>& out);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }
  const std::string& identity() const { return identity_; }
  bool read_only() const { return read_only_; }

  // A Result for an SQLite failure: the database's path, what was being done, SQLite's message, and the
  // STATUS() code QM would give for that kind of failure.
  Result fault(int rc, const std::string& what) const;
  // Runs SQL that returns no rows.
  Result exec(const char* sql, const std::string& what);
  // The same for a statement run on every write (SAVEPOINT, RELEASE): `sql` must be a string literal, by
  // whose address the statement, prepared once, is kept for the connection's life.
  Result exec_cached(const char* sql, const char* what);
  // PRAGMA data_version: changes when another connection commits (-1 when it cannot be read).
  int64_t data_version();
  // How often this process changed the index definitions (index commands), so that an IndexKeeper knows
  // when the definitions it holds may be stale; data_version() covers the other processes.
  uint64_t index_epoch() const { return index_epoch_; }
  void indices_changed() { ++index_epoch_; }

  // The catalog: the table that holds hashed file `name` ("" and ELSE ER$NVR when there is none).
  Result find(std::string_view name, std::string& table);
  Result create(std::string_view name);  // ER$NOT.CREATED when the file exists
  Result drop(std::string_view name);    // ER$NVR when it does not

 private:
  Database(sqlite3* db, std::string path, std::string identity, bool read_only)
      : db_(db), path_(std::move(path)), identity_(std::move(identity)), read_only_(read_only) {}
  sqlite3* db_;
  std::string path_;
  std::string identity_;
  bool read_only_;
  uint64_t index_epoch_ = 0;
  std::vector<std::pair<const char*, sqlite3_stmt*>> cached_;  // exec_cached's statements
};

class HashedFile : public File {
 public:
  HashedFile(std::shared_ptr<Database> db, std::string table, std::string voc_name, std::string identity);
  ~HashedFile() override;
  void close() override;

  Result read(std::string_view id, std::string& record) override;
  Result write(std::string_view id, std::string_view record) override;
  Result remove(std::string_view id) override;
  Result clear() override;
  Result ids(std::unique_ptr<IdStream>& out) override;
  bool lock_key(std::string_view id, LockKey& key) const override;
  int file_type() const override { return kTypeHashed; }
  bool writable() const override { return !db_->read_only(); }
  int64_t total_bytes() override;
  int64_t record_count() override;
  std::string commit_domain() const override { return db_->path(); }
  Result begin_commit() override {
    return db_->exec("BEGIN IMMEDIATE", "cannot begin the transaction's commit");
  }
  Result end_commit(bool apply) override {
    return db_->exec(apply ? "COMMIT" : "ROLLBACK", "cannot commit the transaction");
  }
  // For the indices (file_index.hpp): the database, the file's number in its catalog, its index keeper.
  Database& database() { return *db_; }
  int64_t number() const { return std::stoll(table_.substr(1)); }
  IndexKeeper& indices();

 private:
  Result prepare(sqlite3_stmt*& stmt, const char* head, const char* tail);
  std::string describe(std::string_view id) const;
  std::shared_ptr<Database> db_;
  std::string table_;  // the quoted table name
  sqlite3_stmt* read_ = nullptr;
  sqlite3_stmt* write_ = nullptr;
  sqlite3_stmt* delete_ = nullptr;
  std::unique_ptr<IndexKeeper> indices_;
};

// Opens hashed file `name` in the database of `folder`. ELSE with ER$NVR when the folder has no database or
// the database no such file.
Result open_hashed(const std::string& folder, const std::string& name, const std::string& voc_name,
                   File*& out);

// CREATE.FILE name DYNAMIC: makes an empty hashed file in `folder`'s database (made when missing).
// ER$NOT.CREATED when a file of that name (hashed, or a directory) exists there.
Result create_hashed(const std::string& folder, const std::string& name);
// DELETE.FILE: drops a hashed file. ELSE ER$NVR when there is none.
Result delete_hashed(const std::string& folder, const std::string& name);

}  // namespace mv::stdlib::files
