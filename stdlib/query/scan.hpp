// Reading every record of a hashed file in one pass: ids and records together, 1,000 at a time in id
// order (the same paging as SELECT's id stream, file_hashed.cpp), instead of one READ per id. The query
// engine uses it for a whole-file scan outside a transaction; inside one, READ must see the transaction's
// own held writes, so the engine reads record by record then.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>

#include "stdlib/files/file_hashed.hpp"

namespace mv::stdlib::query {

class HashedScan {
 public:
  explicit HashedScan(files::HashedFile& file) : file_(file) {}
  ~HashedScan();
  HashedScan(const HashedScan&) = delete;
  HashedScan& operator=(const HashedScan&) = delete;

  // The next record: false at the end, or on a fault (then `error` says what happened).
  bool next(std::string& id, std::string& record, std::string& error);

 private:
  bool fetch(std::string& error);
  files::HashedFile& file_;
  sqlite3_stmt* page_ = nullptr;
  std::string last_;
  bool started_ = false, done_ = false;
  // The current page: ids and records, and where the walk is in it.
  std::vector<std::pair<std::string, std::string>> rows_;
  size_t at_ = 0;
};

}  // namespace mv::stdlib::query
