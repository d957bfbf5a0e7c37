// Reading dictionary records into DictItems (dict.hpp): the layouts of D, I, C, A and S records, the
// default @ID and Fn items, and phrases.
#include "stdlib/query/dict.hpp"

#include <cctype>
#include <cstdlib>
#include <cstring>

#include "runtime/dynarray.hpp"
#include "stdlib/conv/format.hpp"

namespace mv::stdlib::query {

namespace {

std::string field_of(const std::string& rec, int64_t f) {
  return std::string(runtime::extract(rec, f, 0, 0));
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// The display name rules: "" shows the item's name, "\" shows nothing, and a leading 'R', 'X' or 'RX'
// (quotes included) right-aligns the heading or drops its dot fillers.
void set_heading(DictItem& item, std::string text) {
  if (text.size() >= 3 && (text[0] == '\'' || text[0] == '"')) {
    size_t close = text.find(text[0], 1);
    std::string codes = close == std::string::npos ? "" : upper(text.substr(1, close - 1));
    if (!codes.empty() && codes.find_first_not_of("RX") == std::string::npos) {
      item.right_heading = codes.find('R') != std::string::npos;
      item.dotless = codes.find('X') != std::string::npos;
      text = text.substr(close + 1);
    }
  }
  if (text.empty()) text = item.name;
  if (text == "\\") text.clear();
  item.heading = text;
}

}  // namespace

void apply_format(DictItem& item, const std::string& format) {
  item.format = format.empty() ? "10L" : format;
  int status = 0;
  item.width = static_cast<int64_t>(fmt("1", item.format, status).size());
  size_t i = 0;
  while (i < item.format.size() && std::isdigit(static_cast<unsigned char>(item.format[i]))) ++i;
  char j = i < item.format.size()
               ? static_cast<char>(std::toupper(static_cast<unsigned char>(item.format[i])))
               : 'L';
  if (j == '\'' || j == '"') {
    j = i + 3 < item.format.size() ? item.format[i + 3] : 'L';
  } else if (!std::strchr("LRCTU", j) && i + 1 < item.format.size()) {
    j = item.format[i + 1];  // a fill character first
  }
  item.right = std::toupper(static_cast<unsigned char>(j)) == 'R';
}

bool item_from_record(const std::string& name, const std::string& rec, DictItem& item) {
  item = DictItem();
  item.name = name;
  std::string type = upper(field_of(rec, 1));
  char t = type.empty() ? ' ' : type[0];
  if (t == 'D' || t == 'I' || t == 'C') {
    item.type = t;
    if (t == 'D') item.field = std::atoll(field_of(rec, 2).c_str());
    if (t == 'I') item.expr = field_of(rec, 2);
    if (t == 'C') {
      item.expr = field_of(rec, 2);
      for (char& c : item.expr) c = c == runtime::kVM ? '\n' : c;
    }
    item.conv = field_of(rec, 3);
    set_heading(item, field_of(rec, 4));
    apply_format(item, field_of(rec, 5));
    item.multi = upper(field_of(rec, 6)).starts_with("M");
    item.assoc = field_of(rec, 7);
    return true;
  }
  if (t == 'A' || t == 'S') {
    item.type = 'A';
    item.field = std::atoll(field_of(rec, 2).c_str());
    set_heading(item, field_of(rec, 3));
    item.assoc = field_of(rec, 4);
    item.conv = field_of(rec, 7);
    item.expr = field_of(rec, 8);
    std::string just = upper(field_of(rec, 9)), width = field_of(rec, 10);
    if (just.empty()) just = "L";
    if (!all_digits(width)) width = "10";
    apply_format(item, width + just.substr(0, 1));
    item.multi = true;
    return true;
  }
  return false;
}

Dictionary::Dictionary(std::unique_ptr<files::File> dict, std::string file_name)
    : dict_(std::move(dict)), file_name_(std::move(file_name)) {}

bool Dictionary::read(const std::string& name, std::string& rec) {
  auto it = cache_.find(name);
  if (it != cache_.end()) {
    rec = it->second;
    return !rec.empty();
  }
  rec.clear();
  if (dict_ && !name.empty() && !dict_->read(name, rec).is_ok()) rec.clear();
  cache_[name] = rec;
  return !rec.empty();
}

DictItem Dictionary::id_item() {
  std::string rec;
  DictItem item;
  if (read("@ID", rec) && item_from_record("@ID", rec, item) && item.type == 'D' && item.field == 0)
    return item;
  item = DictItem();
  item.name = "@ID";
  item.heading = file_name_;
  apply_format(item, "12L");
  return item;
}

Dictionary::Found Dictionary::find(const std::string& name, DictItem& item, std::string& phrase) {
  std::string rec;
  if (!read(name, rec) && !read(upper(name), rec)) {
    std::string u = upper(name);
    if (u == "@ID") {
      item = id_item();
      return Found::Item;
    }
    if (u.size() > 1 && u[0] == 'F' && all_digits(u.substr(1))) {
      item = DictItem();
      item.name = name;
      item.field = std::atoll(u.c_str() + 1);
      item.heading = name;
      apply_format(item, "15T");
      return Found::Item;
    }
    return Found::None;
  }
  std::string type = upper(field_of(rec, 1));
  if (type.starts_with("PH")) {
    phrase = field_of(rec, 2);
    for (char& c : phrase) c = c == runtime::kVM ? ' ' : c;
    return Found::Phrase;
  }
  return item_from_record(name, rec, item) ? Found::Item : Found::None;
}

}  // namespace mv::stdlib::query
