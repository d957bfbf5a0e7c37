// Whole-file scans of hashed files (scan.hpp).
#include "stdlib/query/scan.hpp"

namespace mv::stdlib::query {

namespace {
constexpr int kPage = 1000;
}

HashedScan::~HashedScan() { sqlite3_finalize(page_); }

// One page of rows after the last id seen. No read transaction stays open between pages, as for SELECT.
bool HashedScan::fetch(std::string& error) {
  sqlite3* db = file_.database().handle();
  if (!page_) {
    std::string sql = "SELECT id, data FROM f" + std::to_string(file_.number()) +
                      " WHERE id > ?1 ORDER BY id LIMIT " + std::to_string(kPage);
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &page_, nullptr) != SQLITE_OK) {
      error = std::string("cannot read the file: ") + sqlite3_errmsg(db);
      return false;
    }
  }
  rows_.clear();
  at_ = 0;
  sqlite3_reset(page_);
  sqlite3_bind_blob(page_, 1, last_.data(), static_cast<int>(last_.size()), SQLITE_TRANSIENT);
  int rc;
  while ((rc = sqlite3_step(page_)) == SQLITE_ROW) {
    auto text = [&](int col) {
      const char* p = static_cast<const char*>(sqlite3_column_blob(page_, col));
      return std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(page_, col)));
    };
    rows_.emplace_back(text(0), text(1));
  }
  sqlite3_reset(page_);
  if (rc != SQLITE_DONE) {
    error = std::string("cannot read the file: ") + sqlite3_errmsg(db);
    return false;
  }
  if (rows_.size() < static_cast<size_t>(kPage)) done_ = true;
  if (!rows_.empty()) last_ = rows_.back().first;
  return true;
}

bool HashedScan::next(std::string& id, std::string& record, std::string& error) {
  if (at_ >= rows_.size()) {
    if (started_ && done_) return false;
    started_ = true;
    if (!fetch(error) || rows_.empty()) return false;
  }
  id = std::move(rows_[at_].first);
  record = std::move(rows_[at_].second);
  ++at_;
  return true;
}

}  // namespace mv::stdlib::query
