// LIST and SORT reports (report.hpp).
#include "stdlib/query/report.hpp"

#include <unistd.h>

#include <cstdio>
#include <ctime>

#include "runtime/dynarray.hpp"
#include "runtime/numeric.hpp"
#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/conv/format.hpp"
#include "stdlib/terminal/report.hpp"

namespace mv::stdlib::query {

namespace {

void out(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout); }

std::string rtrim(std::string s) {
  size_t end = s.find_last_not_of(' ');
  s.erase(end == std::string::npos ? 0 : end + 1);
  return s;
}

std::vector<std::string> split(const std::string& s, char mark) {
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (c == mark)
      parts.emplace_back();
    else
      parts.back() += c;
  }
  return parts;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string json_string(const std::string& s) {
  std::string j = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      j += '\\';
      j += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      j += buf;
    } else {
      j += static_cast<char>(c);
    }
  }
  return j + "\"";
}

std::string number_text(double v) {
  std::string s;
  runtime::append_double(s, v, 4);
  return s;
}

}  // namespace

// Each value counts towards an average (an empty one as 0, as in QM); only numbers reach MAX and MIN.
void Report::Acc::add(const std::string& value) {
  ++count;
  runtime::Number n;
  if (!runtime::parse_lenient(value, n)) return;
  double d = n.as_double();
  sum += d;
  if (value.empty()) return;
  lo = numbers == 0 ? d : std::min(lo, d);
  hi = numbers == 0 ? d : std::max(hi, d);
  ++numbers;
}

double Report::Acc::result(Summary s) const {
  switch (s) {
    case Summary::Average:
      return count ? sum / static_cast<double>(count) : 0;
    case Summary::Max:
      return hi;
    case Summary::Min:
      return lo;
    default:
      return sum;
  }
}

Report::Report(Query& q, Engine& engine) : q_(q), e_(engine) {
  runtime::CrtSize size = runtime::crt_size();
  terminal_ = ::isatty(STDOUT_FILENO) && ::isatty(STDIN_FILENO);
  width_ = size.wide - 1;
  depth_ = size.high - 1;
  if (!q_.id_sup) {
    Col id;
    id.item = e_.dict().id_item();
    cols_.push_back(std::move(id));
  }
  if (!q_.id_only) {
    for (const Column& c : q_.columns) {
      Col col;
      col.item = c.item;
      col.summary = q_.verb == Verb::Sum ? Summary::Total : c.summary;
      col.break_on = c.break_on;
      col.break_text = c.break_text;
      any_total_ = any_total_ || col.summary != Summary::None;
      if (c.break_on) break_cols_.push_back(cols_.size());
      cols_.push_back(std::move(col));
    }
  }
  for (Col& c : cols_) {
    c.width = c.item.width;
    for (const std::string& h : split(c.item.heading, runtime::kVM))
      c.width = std::max<int64_t>(c.width, static_cast<int64_t>(h.size()));
    c.sub.assign(break_cols_.size(), Acc());
  }
  last_break_.assign(break_cols_.size(), std::string());
  int64_t total = 0;
  for (const Col& c : cols_) total += c.width + gap_;
  if (total - gap_ > width_) {
    gap_ = 1;
    total = 0;
    for (const Col& c : cols_) total += c.width + gap_;
    vertical_ = total - gap_ > width_;
  }
  vertical_ = vertical_ || q_.verb == Verb::Sum;  // as QM, SUM shows its totals one to a line
}

void Report::line(const std::string& text) {
  if (terminal_ && !q_.no_page && line_no_ >= depth_) {
    out("Press return to continue, Q to quit: ");
    std::fflush(stdout);
    char buf[64];
    if (!std::fgets(buf, sizeof buf, stdin) || buf[0] == 'Q' || buf[0] == 'q') {
      quit_ = true;
      return;
    }
    page_top();
  }
  out(rtrim(text) + "\n");
  ++line_no_;
}

// The page heading and column headings, at the top of each page (each terminal page; once elsewhere).
void Report::page_top() {
  ++page_;
  line_no_ = 0;
  bool page_heading = q_.has_heading || !(q_.hdr_sup || q_.col_sup);
  if (page_heading) {
    std::string text = q_.heading;
    if (!q_.has_heading) {
      std::string s = q_.sentence.substr(0, static_cast<size_t>(std::max<int64_t>(0, width_ - 10)));
      text.clear();
      for (char c : s) text += c == '\'' ? std::string("''") : std::string(1, c);
      text += "'G'Page 'S'";
      if (q_.verb == Verb::Sum) text += "'L'";  // QM's SUM leaves a blank line under its heading
    }
    PageFacts facts;
    facts.page = page_;
    // Laid out as HEADING lays out a display heading: on the display's width (the report's plus one), so
    // the page number ends in the report's last column.
    facts.width = width_ + 1;
    int status = 0;
    facts.date = oconv(std::to_string(std::time(nullptr) / 86400 + 732), "D", status);
    facts.time = oconv(std::to_string(std::time(nullptr) % 86400), "MTS", status);
    for (const std::string& l : expand_page_text(text, facts).lines) {
      out(rtrim(l) + "\n");
      ++line_no_;
    }
  }
  if (!q_.col_sup && !vertical_) {
    for (const std::string& l : col_heading_lines_) {
      out(rtrim(l) + "\n");
      ++line_no_;
    }
  }
}

void Report::start() {
  started_ = true;
  if (q_.csv || q_.json) {
    if (q_.csv && !q_.col_sup) {
      std::string head;
      for (size_t i = 0; i < cols_.size(); ++i) {
        std::string h = cols_[i].item.heading;
        for (char& ch : h) ch = ch == runtime::kVM ? ' ' : ch;
        head += (i ? "," : "") + csv_field(h);
      }
      out(head + "\n");
    }
    if (q_.json) out("[");
    return;
  }
  size_t rows = 1;
  std::vector<std::vector<std::string>> heads;
  for (const Col& c : cols_) {
    heads.push_back(split(c.item.heading, runtime::kVM));
    rows = std::max(rows, heads.back().size());
  }
  for (size_t r = 0; r < rows; ++r) {
    std::string l;
    for (size_t i = 0; i < cols_.size(); ++i) {
      const Col& c = cols_[i];
      std::string h = r < heads[i].size() ? heads[i][r] : "";
      std::string spec = std::to_string(c.width) + (c.item.dotless || h.empty() ? "" : ".") +
                         (c.item.right_heading ? "R" : "L");
      int status = 0;
      if (i) l += std::string(static_cast<size_t>(gap_), ' ');
      l += fmt(h, spec, status);
    }
    col_heading_lines_.push_back(l);
  }
  page_top();
}

std::vector<std::string> Report::cell(const Col& c, const std::string& value,
                                      const std::vector<int64_t>& keep, int64_t exploded) {
  std::string v = value;
  bool exploding = exploded > 0 && (c.item.multi || (!q_.sort.empty() && [&] {
                                      for (const SortKey& k : q_.sort)
                                        if (k.exploded && k.item.name == c.item.name) return true;
                                      return false;
                                    }()));
  if (exploding) v = std::string(runtime::extract(value, 1, exploded, 0));
  if (!keep.empty() && !exploding && v.find(runtime::kVM) != std::string::npos) {
    std::string kept;
    for (int64_t n : keep) {
      if (n <= 0) continue;
      if (!kept.empty()) kept += runtime::kVM;
      kept += std::string(runtime::extract(value, 1, n, 0));
    }
    v = kept;
  }
  int status = 0;
  if (!c.item.conv.empty()) v = oconvs(v, c.item.conv, status);
  std::vector<std::string> lines;
  for (const std::string& one : split(v, runtime::kVM)) {
    for (const std::string& sub : split(one, runtime::kSM)) {
      if (q_.csv || q_.json) {
        lines.push_back(sub);
        continue;
      }
      for (const std::string& piece : split(fmt(sub, c.item.format, status), runtime::kTM))
        lines.push_back(piece);
    }
  }
  return lines;
}

void Report::emit_row(const std::vector<std::vector<std::string>>& cells) {
  if (vertical_) {
    size_t label = 0;
    for (const Col& c : cols_) label = std::max(label, split(c.item.heading, runtime::kVM)[0].size());
    for (size_t i = 0; i < cols_.size() && !quit_; ++i) {
      std::string head = split(cols_[i].item.heading, runtime::kVM)[0];
      for (size_t l = 0; l < cells[i].size() && !quit_; ++l)
        line((l ? std::string(label, ' ') : head + std::string(label - head.size(), ' ')) + " " +
             cells[i][l]);
    }
    if (!quit_) line("");
    return;
  }
  size_t rows = 1;
  for (const auto& c : cells) rows = std::max(rows, c.size());
  for (size_t r = 0; r < rows && !quit_; ++r) {
    std::string l;
    for (size_t i = 0; i < cols_.size(); ++i) {
      const Col& c = cols_[i];
      std::string piece = r < cells[i].size() ? cells[i][r] : "";
      size_t w = static_cast<size_t>(c.width);
      if (piece.size() < w)
        piece = c.item.right ? std::string(w - piece.size(), ' ') + piece
                             : piece + std::string(w - piece.size(), ' ');
      if (i) l += std::string(static_cast<size_t>(gap_), ' ');
      l += piece;
    }
    line(l);
  }
}

// The lines that close break levels `from`..last: an underline under the totalled columns, then "***" in
// the break column with each total column's subtotal, then a blank line.
void Report::breaks(size_t from) {
  for (size_t b = break_cols_.size(); b-- > from && !quit_;) {
    std::vector<std::vector<std::string>> under(cols_.size()), totals(cols_.size());
    for (size_t i = 0; i < cols_.size(); ++i) {
      Col& c = cols_[i];
      if (c.summary != Summary::None) {
        under[i].push_back(std::string(static_cast<size_t>(c.item.width), '-'));
        totals[i] = cell(c, number_text(c.sub[b].result(c.summary)), {}, 0);
        c.sub[b] = Acc();
      }
    }
    // With DET.SUP the break line shows the value that ended, as the only line of its group.
    std::string text = cols_[break_cols_[b]].break_text;
    if (text.empty()) text = "***";
    for (size_t at = text.find("'V'"); at != std::string::npos; at = text.find("'V'", at))
      text.replace(at, 3, rtrim(last_break_[b]));
    text = text.substr(0, static_cast<size_t>(cols_[break_cols_[b]].width));  // as QM, cut to the column
    totals[break_cols_[b]] = {q_.det_sup ? last_break_[b] : text};
    if (any_total_ && !q_.det_sup) emit_row(under);
    emit_row(totals);
    if (!q_.det_sup) line("");
  }
}

void Report::data_record(const Row& row, const std::vector<std::string>& values) {
  std::string text;
  if (q_.csv) {
    for (size_t i = 0; i < cols_.size(); ++i) {
      std::vector<std::string> lines = cell(cols_[i], values[i], {}, row.value);
      std::string joined;
      for (size_t l = 0; l < lines.size(); ++l) joined += (l ? "\n" : "") + lines[l];
      text += (i ? "," : "") + csv_field(joined);
    }
    out(text + "\n");
    return;
  }
  text = listed_ > 1 ? ",\n{" : "\n{";
  for (size_t i = 0; i < cols_.size(); ++i) {
    std::vector<std::string> lines = cell(cols_[i], values[i], {}, row.value);
    text += (i ? ", " : "") + json_string(cols_[i].item.name) + ": ";
    if (cols_[i].item.multi || lines.size() > 1) {
      if (lines.size() == 1 && lines[0].empty()) lines.clear();  // an empty field has no values
      text += "[";
      for (size_t l = 0; l < lines.size(); ++l) text += (l ? ", " : "") + json_string(lines[l]);
      text += "]";
    } else {
      text += json_string(lines.empty() ? "" : lines[0]);
    }
  }
  out(text + "}");
}

// LIST.ITEM and SORT.ITEM: a blank line, the record id, then each field as "nnn: text", as QM shows them.
bool Report::raw_record(const std::string& id, const std::string& record) {
  if (!started_) {
    started_ = true;
    page_top();
  }
  ++listed_;
  line("");
  line(id);
  std::vector<std::string> fields = split(record, runtime::kFM);
  if (record.empty()) fields.clear();
  for (size_t f = 0; f < fields.size() && !quit_; ++f) {
    std::string n = std::to_string(f + 1);
    line(std::string(n.size() < 3 ? 3 - n.size() : 0, '0') + n + ": " + fields[f]);
  }
  return !quit_;
}

bool Report::record(const Row& row, const std::string& record) {
  if (quit_) return false;
  if (q_.verb == Verb::ListItem || q_.verb == Verb::SortItem) return raw_record(row.id, record);
  // Every value is worked out before anything is written, so an I-type that fails on the first record
  // leaves no headings behind.
  std::vector<int64_t> keep;
  if (!e_.when_values(row.id, record, keep)) return false;
  if (keep.size() == 1 && keep[0] == 0) return true;  // WHEN passed no value: the record is not shown
  std::vector<std::string> values(cols_.size());
  for (size_t i = 0; i < cols_.size(); ++i)
    if (!e_.value(cols_[i].item, row.id, record, values[i])) return false;
  if (!started_) start();
  if (quit_) return false;
  ++listed_;
  if (q_.csv || q_.json) {
    data_record(row, values);
    return true;
  }
  // A change in a break field closes that level and every level inside it.
  for (size_t b = 0; b < break_cols_.size(); ++b) {
    std::vector<std::string> shown = cell(cols_[break_cols_[b]], values[break_cols_[b]], keep, row.value);
    std::string now = shown.empty() ? "" : shown[0];
    if (listed_ > 1 && now != last_break_[b]) {
      breaks(b);
      for (size_t inner = b; inner < break_cols_.size(); ++inner) last_break_[inner].clear();
    }
    last_break_[b] = now;
  }
  std::vector<std::vector<std::string>> cells;
  for (size_t i = 0; i < cols_.size(); ++i) {
    Col& c = cols_[i];
    if (c.summary != Summary::None) {
      for (const std::string& v : split(values[i], runtime::kVM)) {
        c.grand.add(v);
        for (Acc& s : c.sub) s.add(v);
      }
    }
    cells.push_back(cell(c, values[i], keep, row.value));
  }
  if (!q_.det_sup) emit_row(cells);
  return !quit_;
}

// The `=` underline and the grand total of each summarised column; GRAND.TOTAL's text (cut to the
// column) goes in the first column.
void Report::grand_totals() {
  std::vector<std::vector<std::string>> under(cols_.size()), totals(cols_.size());
  for (size_t i = 0; i < cols_.size(); ++i) {
    const Col& c = cols_[i];
    if (c.summary == Summary::None) continue;
    under[i].push_back(std::string(static_cast<size_t>(c.item.width), '='));
    totals[i] = cell(c, number_text(c.grand.result(c.summary)), {}, 0);
  }
  if (!q_.grand_total.empty() && !cols_.empty() && cols_[0].summary == Summary::None)
    totals[0] = {q_.grand_total.substr(0, static_cast<size_t>(cols_[0].width))};
  if (q_.verb != Verb::Sum) emit_row(under);
  emit_row(totals);
}

// FOOTING's text, expanded as the page heading is, written once at the end of the report.
void Report::footing() {
  if (!q_.has_footing) return;
  PageFacts facts;
  facts.page = page_ ? page_ : 1;
  facts.width = width_ + 1;
  int status = 0;
  facts.date = oconv(std::to_string(std::time(nullptr) / 86400 + 732), "D", status);
  facts.time = oconv(std::to_string(std::time(nullptr) % 86400), "MTS", status);
  for (const std::string& l : expand_page_text(q_.footing, facts).lines) out(rtrim(l) + "\n");
}

void Report::finish(int64_t count) {
  if (q_.csv || q_.json) {
    if (q_.json) out(started_ ? "\n]\n" : "[]\n");
    std::fflush(stdout);
    return;
  }
  if (quit_) {
    out("\n");  // Q at a page prompt ends the report there, with no closing message
    std::fflush(stdout);
    return;
  }
  if (listed_ > 0 && !quit_) {
    breaks(0);
    if (any_total_) grand_totals();
    // A vertical record already ends with a blank line, and so do SUM's totals.
    if (!vertical_ || (any_total_ && q_.verb != Verb::Sum)) out("\n");
  }
  footing();
  out((q_.sample >= 0 ? "Sample of " : "") + std::to_string(count) +
      (q_.verb == Verb::Sum ? " record(s) summed\n" : " record(s) listed\n"));
  std::fflush(stdout);
}

}  // namespace mv::stdlib::query
