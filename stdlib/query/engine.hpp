// The query engine: a field's value for a record (D fields, A and S correlatives, I and C items), the
// test of a selection condition, the ids a query reads (an explicit list, a select list, an index or the
// whole file) and the sort. report.hpp turns what it finds into LIST and SORT output.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "stdlib/files/file_backend.hpp"
#include "stdlib/query/itype.hpp"
#include "stdlib/query/query.hpp"
#include "stdlib/query/sentence.hpp"

namespace mv::stdlib::query {

// One sort key of a row: its text and, for right-justified fields, its number when it is one.
struct SortValue {
  std::string text;
  double number = 0;
  bool numeric = false;
};

// A record the query accepted, in the order the report or list shows it. `value` is the value number of
// an exploded sort (BY.EXP), else 0.
struct Row {
  std::string id;
  int64_t value = 0;
  std::vector<SortValue> keys;
};

class Engine {
 public:
  Engine(Query& q, files::File& file, Dictionary& dict, const QueryEnv& env);

  // The internal value of `item` for a record (before its output conversion); false with error() set
  // when an I-type fails.
  bool value(const DictItem& item, const std::string& id, const std::string& record, std::string& out);
  // Whether a record passes condition `c`.
  bool test(const Cond& c, const std::string& id, const std::string& record, bool& out);
  // WHEN: which values (1-based) of a record's multivalued fields pass; empty when every one does.
  bool when_values(const std::string& id, const std::string& record, std::vector<int64_t>& keep);

  // The accepted rows, sorted as the query asks (or in the order read when it asks for no sort).
  // `visit`, when set, is called for each row at once instead of keeping unsorted rows.
  using Visit = std::function<bool(const Row& row, const std::string& record)>;
  bool run(std::vector<Row>& rows, const Visit& visit);

  bool read(const std::string& id, std::string& record);
  const std::string& error() const { return error_; }
  int64_t records_read() const { return records_read_; }
  bool used_index() const { return used_index_; }
  Dictionary& dict() { return dict_; }

 private:
  bool source(std::unique_ptr<files::IdStream>& ids, bool& whole_file);
  bool index_source(std::unique_ptr<files::IdStream>& ids, bool& found);
  bool correlative(const DictItem& item, const std::string& id, const std::string& record, std::string& out);
  bool compare(const Cond& c, const std::string& raw, const std::string& id, const std::string& record,
               bool& out);
  bool keys_for(const std::string& id, const std::string& record, std::vector<Row>& out);
  void sort(std::vector<Row>& rows) const;

  Query& q_;
  files::File& file_;
  Dictionary& dict_;
  ItypeEngine itypes_;
  std::string error_;
  int64_t records_read_ = 0;
  bool used_index_ = false;
  bool id_right_ = false;
};

// Pick's F correlative (code "F;...") run on one record.
std::string f_correlative(const std::string& code, const std::string& id, const std::string& record);
// Pick's A correlative (code "A;...") as an I-type expression: a number is a field (0 the id), N(name) a
// dictionary item, a quoted string a constant.
std::string a_expression(const std::string& code);

// How two values compare as the query processor compares them: as numbers when both are, else as bytes.
int compare_values(const std::string& a, const std::string& b);

}  // namespace mv::stdlib::query
