// LIST and SORT output: the columns (the record id unless ID.SUP, then the fields the sentence names),
// their widths from the dictionary (widened to the heading), the page heading (the sentence and the page
// number, or HEADING's text), column headings with dot fillers, one line per value of a multivalued
// field, TOTAL and BREAK.ON lines, and pages that wait for a key on a terminal only. CSV and JSON write
// the same records as data instead.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "stdlib/query/engine.hpp"

namespace mv::stdlib::query {

class Report {
 public:
  Report(Query& q, Engine& engine);
  // Writes one record (`row.value` is its exploded value number, or 0). False when the user quit at a
  // page prompt or a field failed (the engine's error says which).
  bool record(const Row& row, const std::string& record);
  // The last breaks and totals, and the closing message; `count` is how many records were listed.
  void finish(int64_t count);
  bool quit() const { return quit_; }
  int64_t listed() const { return listed_; }

 private:
  // What a summarised column has gathered since the start, or since a break: the sum and count of its
  // values (TOTAL, AVERAGE) and the largest and smallest number (MAX, MIN).
  struct Acc {
    double sum = 0, lo = 0, hi = 0;
    int64_t count = 0, numbers = 0;
    void add(const std::string& value);
    double result(Summary s) const;
  };
  struct Col {
    DictItem item;
    Summary summary = Summary::None;
    bool break_on = false;
    std::string break_text;
    int64_t width = 0;
    Acc grand;
    std::vector<Acc> sub;  // per break level
  };
  void start();
  void line(const std::string& text);
  void page_top();
  std::vector<std::string> cell(const Col& c, const std::string& value, const std::vector<int64_t>& keep,
                                int64_t exploded);
  void emit_row(const std::vector<std::vector<std::string>>& cells);
  void breaks(size_t from_level);
  void data_record(const Row& row, const std::vector<std::string>& values);
  void grand_totals();
  bool raw_record(const std::string& id, const std::string& record);
  void footing();

  Query& q_;
  Engine& e_;
  std::vector<Col> cols_;
  std::vector<size_t> break_cols_;
  std::vector<std::string> last_break_;
  bool started_ = false, quit_ = false, terminal_ = false, vertical_ = false;
  int64_t width_ = 79, depth_ = 23, gap_ = 3, page_ = 0, line_no_ = 0;
  std::vector<std::string> col_heading_lines_;
  bool any_total_ = false;
  int64_t listed_ = 0;
};

}  // namespace mv::stdlib::query
