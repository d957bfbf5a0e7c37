// Alternate-key indices on hashed files. An index is on a dictionary field: for each record it holds every
// value (multivalue) of that field, with the record's id. The field is a D-type (or an A or S-type without
// a correlative), which names a field number, or a computed item: an I or C-type, or an A or S-type with a
// correlative, whose value the query processor computes (ComputedIndex below). The indices of an account live
// in its database beside the files (docs/internals/hashed-files.md): mv_indices names each index (file
// number, name, field, flags, the dictionary record), mv_ikeys holds the (index, key, id) entries. So an
// index entry is written in the same SQLite transaction as its record, and a COMMIT changes records and
// indices at once.
//
// IndexKeeper keeps one open file's indices in step with its writes and holds its SETLEFT/SELECTLEFT scan
// positions; the functions after it serve the commands (CREATE.INDEX...) and the BASIC statements.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stdlib/files/file_result.hpp"

namespace mv::stdlib::files {

class Database;
class File;
class HashedFile;

// Index flags as stored in mv_indices.flags.
inline constexpr int kIndexBuilt = 1;    // built: kept in step with writes
inline constexpr int kIndexNoNulls = 2;  // NO.NULLS: empty values are not indexed
inline constexpr int kIndexRight = 4;    // the dictionary field is right justified
inline constexpr int kIndexNoCase = 8;   // NO.CASE: keys are kept in upper case, values looked up so

// The field number of a computed index (as in QM, which stores -1 for an I-type). Its definition's dictionary
// record holds, in field kIndexCodeField, the code prepared at CREATE.INDEX (ComputedIndex::prepare), so the
// index keeps the expression it was made with even when the dictionary item changes later, as QM's does.
inline constexpr int64_t kIndexComputed = -1;
inline constexpr int kIndexCodeField = 16;  // QM's DICT.ITYPE.OBJECT

struct IndexDef {
  std::string name;
  int64_t field = 0;  // the field number, or kIndexComputed
  int flags = 0;
  std::string dict;  // the dictionary record the index was made from
  int number = 0;    // its place among the file's indices, from 0
};

// Where a SETLEFT/SETRIGHT/SELECTLEFT/SELECTRIGHT scan of one index stands: before the first key (left
// end), after the last (right end), or at a key.
struct IndexScan {
  enum At { kLeftEnd, kRightEnd, kKey } at = kLeftEnd;
  std::string key;
};

class IndexKeeper {
 public:
  IndexKeeper(Database& db, int64_t file) : db_(db), file_(file) {}
  ~IndexKeeper();
  IndexKeeper(const IndexKeeper&) = delete;
  IndexKeeper& operator=(const IndexKeeper&) = delete;

  // Runs `change` (the write of `record`, or with null the delete, of record `id`) and brings the file's
  // built indices in step with it, all in one savepoint (so its own transaction outside a COMMIT).
  // A template, not a std::function, so that a write allocates nothing for its callback.
  template <class Change>
  Result change(std::string_view id, const std::string_view* record, Change&& change) {
    Result r = begin_change();
    return r.is_ok() ? end_change(id, record, change()) : r;
  }
  // After CLEARFILE: every entry of the file's indices goes.
  Result cleared();

  std::map<std::string, IndexScan> scans;  // by index name

 private:
  // The file's built indices, read again only when another process committed something or this one
  // changed an index since the last read; called under the write lock (inside the savepoint).
  Result built_indices(const std::vector<IndexDef>*& out);
  Result begin_change();  // the savepoint
  // After the record's change ended with `r`: the index entries, then the savepoint released (or rolled
  // back when anything failed).
  Result end_change(std::string_view id, const std::string_view* record, Result r);
  Database& db_;
  int64_t file_;
  std::vector<IndexDef> defs_cache_;
  int64_t defs_version_ = -1;  // data_version() when defs_cache_ was read; -1: never read
  uint64_t defs_epoch_ = 0;
  sqlite3_stmt* defs_ = nullptr;
  sqlite3_stmt* del_ = nullptr;
  sqlite3_stmt* ins_ = nullptr;
};

// The index keys of one record for one index: each distinct value of the field (empty values left out
// with NO.NULLS). Field 0 is the id.
std::vector<std::string> index_keys(const IndexDef& def, std::string_view id, std::string_view record);

// The keys of one record for any index, computed ones included: a Fault naming the index and the record
// when a computed item fails, which fails the WRITE (or BUILD.INDEX) that needed them.
Result record_keys(const IndexDef& def, std::string_view id, std::string_view record,
                   std::vector<std::string>& keys);

// Computed index keys. Only the query processor compiles dictionary items, and it links above this folder,
// so it installs these two steps when its I-type compiler is installed (stdlib/query/index_eval.cpp).
struct ComputedIndex {
  // At CREATE.INDEX: the code that computes item `name` (dictionary record `rec`) of file `file`, with every
  // dictionary name it uses resolved now; false with `error` when the item cannot be indexed.
  std::function<bool(const std::string& file, const std::string& name, const std::string& rec,
                     std::string& code, std::string& error)>
      prepare;
  // The item's value for one record (before it is split into keys); false with `error` when it fails.
  std::function<bool(const std::string& name, const std::string& code, std::string_view id,
                     std::string_view record, std::string& out, std::string& error)>
      eval;
};
void set_computed_index(ComputedIndex hooks);
const ComputedIndex& computed_index();

// The indices of a hashed file, in the order they were made.
Result list_indices(HashedFile& f, std::vector<IndexDef>& out);
// The ids holding `value` in index `def` (upper-cased first for a NO.CASE index), in id order.
Result index_ids(HashedFile& f, const IndexDef& def, const std::string& value, std::vector<std::string>& out);
// Every key of index `name`, in key order.
Result index_all_keys(HashedFile& f, const std::string& name, std::vector<std::string>& out);
// The key next to `from` in index `name`: the first one after it (right), or the last before it (left).
// `from` null means from the left end (right) or the right end (left). False when there is none.
bool index_next_key(HashedFile& f, const std::string& name, const std::string* from, bool right,
                    std::string& key, Result& r);

// CREATE.INDEX, BUILD.INDEX, DELETE.INDEX and LIST.INDEX (upper case names).
bool is_index_command(const std::string& name);
// Runs one, as file_command does (file_commands.hpp): 0, -2 for a usage error, -3 on failure.
int64_t index_command(const std::string& name, const std::vector<std::string>& words, std::string& out,
                      std::string& error);

}  // namespace mv::stdlib::files
