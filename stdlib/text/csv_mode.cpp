// CSV.MODE and what it sets: the quoting rule (1 RFC 4180, 2 quote every non-null item but plain numbers,
// 3 quote every item) and the delimiter that FORMCSV(), WRITECSV and PRINTCSV use; SYSTEM(1043) and
// SYSTEM(1046) report them. The setting belongs to the process (mvbasic has no EXECUTE levels of its own
// to reset it in, and keeps a subroutine's change after it returns; see docs/csv.md).
#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/text/csv.hpp"

namespace mv::stdlib {

namespace {

struct CsvSetting {
  int mode = 1;
  char delim = ',';
};

CsvSetting& csv_setting() {
  static CsvSetting s;
  return s;
}

// One item under the current mode, with its quotes doubled when it is quoted.
void append_item(std::string& out, std::string_view item) {
  const CsvSetting& s = csv_setting();
  bool quote = false;
  if (s.mode == 3) {
    quote = true;
  } else if (s.mode == 2) {
    runtime::Number n;
    quote = !item.empty() && !(runtime::strict_number(Value::string(item), n) && item.find(',') == item.npos);
  } else {
    quote = item.find_first_of(std::string("\"\r\n") + s.delim) != std::string_view::npos;
  }
  if (!quote) {
    out += item;
    return;
  }
  out += '"';
  for (char c : item) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

int64_t csv_mode() { return csv_setting().mode; }
char csv_delimiter() { return csv_setting().delim; }

// Each field of `item` as one CSV item, joined by the delimiter.
std::string csv_format(std::string_view item) {
  std::string line;
  size_t start = 0;
  for (;;) {
    size_t fm = item.find(runtime::kFM, start);
    append_item(line, item.substr(start, fm == std::string_view::npos ? std::string_view::npos : fm - start));
    if (fm == std::string_view::npos) break;
    line += csv_setting().delim;
    start = fm + 1;
  }
  return line;
}

// ~CSV.MODE(mode, delim): CSV.MODE mode {, delim}. A mode outside 1 to 3 is a runtime error; a null
// delimiter means a comma, and only the first character of a longer one is used.
void fn_csv_mode(Context& cx, Value* args, int, Value&) {
  int64_t mode = cx.integer(args[0]);
  if (mode < 1 || mode > 3) cx.fail("CSV.MODE must be 1, 2 or 3, not " + std::to_string(mode));
  std::string d;
  std::string_view delim = cx.text(args[1], d);
  csv_setting().mode = static_cast<int>(mode);
  csv_setting().delim = delim.empty() ? ',' : delim[0];
}

// FORMCSV(s): each field of s as a CSV item under the current CSV.MODE.
void fn_formcsv(Context& cx, Value* args, int, Value& out) {
  std::string a;
  out = Value::string(csv_format(cx.text(args[0], a)));
}

// ~CSV.DELIM(): the delimiter between WRITECSV and PRINTCSV items.
void fn_csv_delim(Context&, Value*, int, Value& out) {
  out = Value::string(std::string(1, csv_setting().delim));
}

}  // namespace mv::stdlib
