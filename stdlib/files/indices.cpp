// Alternate-key indices: INDICES(), OUTERJOIN(), ITYPE() and the SELECTINDEX, SELECTLEFT/SELECTRIGHT and
// SETLEFT/SETRIGHT statements. Hashed files keep indices (file_index.hpp); a directory file has none, so
// INDICES() of it is "" and every statement that names an index behaves as QM does for a file without that
// index: STATUS() is ER$AKNF (3019), the select list is left empty, the SETTING variable is "". ITYPE()
// needs a compiled I-type, which only a dictionary compiler could make; it stops the program with QM's
// "Invalid I-type" complaint.
#include <cctype>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_hashed.hpp"
#include "stdlib/files/file_index.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/file_stmt.hpp"
#include "stdlib/files/lists.hpp"

namespace mv::stdlib {

namespace {

constexpr int kErAknf = 3019;  // ER$AKNF: no such index

// An index statement or function on a file with no indices: STATUS() ER$AKNF, and the list (a number or a
// list variable, when the statement has one) cleared.
void no_index(Context& cx, const Value* list) {
  if (list && !files::as_select_var(*list)) {
    int64_t n = cx.integer(*list);
    if (n < 0 || n >= files::kSelectLists)
      cx.fail("select list " + std::to_string(n) + " does not exist (lists are 0 to 10)");
    files::clear_select_list(static_cast<int>(n));
  }
  cx.status = Value::integer(kErAknf);
  cx.outcome = Context::kElse;
}

// The numbered select list a TO clause names (a select list variable cannot be replaced here).
int list_number(Context& cx, const Value& list) {
  if (files::as_select_var(list)) cx.fail("an index select needs a numbered select list (0 to 10) after TO");
  int64_t n = cx.integer(list);
  if (n < 0 || n >= files::kSelectLists)
    cx.fail("select list " + std::to_string(n) + " does not exist (lists are 0 to 10)");
  return static_cast<int>(n);
}

// The index `name` of a hashed file, or false (the file is not hashed, or has no such index).
bool find_index(Context& cx, files::File& file, const std::string& name, files::HashedFile*& hashed,
                files::IndexDef& def) {
  hashed = dynamic_cast<files::HashedFile*>(&file);
  if (!hashed) return false;
  std::vector<files::IndexDef> all;
  files::Result r = files::list_indices(*hashed, all);
  if (!r.is_ok()) cx.fail(r.message);
  for (const files::IndexDef& d : all)
    if (d.name == name) {
      def = d;
      return true;
    }
  return false;
}

void check(Context& cx, const files::Result& r) {
  if (!r.is_ok()) cx.fail(r.message);
}

// Field `n` (from 1) of a dynamic array replaced by `value`, marks added as needed.
void set_field(std::string& rec, size_t n, const std::string& value) {
  size_t start = 0;
  for (size_t i = 1; i < n; ++i) {
    size_t fm = rec.find('\xFE', start);
    if (fm == std::string::npos) {
      rec.append(n - i, '\xFE');
      start = rec.size();
      break;
    }
    start = fm + 1;
  }
  size_t end = rec.find('\xFE', start);
  rec.replace(start, end == std::string::npos ? std::string::npos : end - start, value);
}

// QM's INDICES(fv, name) array: the dictionary record with field 1 the type VM needs-build VM no-nulls VM
// enabled VM internal number VM sort order (and VM VM 1 for a NO.CASE index, QM's value 8), field 2 the field
// number (a computed index keeps its expression there), field 5 the justification and field 6 S or M (A and
// S-types are always M). The code a computed index keeps (file_index.hpp) is left out: QM's place for it
// holds object code.
std::string index_info(const files::IndexDef& d) {
  std::string rec = d.dict;
  bool built = d.flags & files::kIndexBuilt;
  std::string type(1,
                   rec.empty() ? 'D' : static_cast<char>(std::toupper(static_cast<unsigned char>(rec[0]))));
  // Field 6 of the dictionary record says whether the field is single- (S) or multivalued (M).
  size_t f6 = 0;
  for (int i = 1; i < 6 && f6 != std::string::npos; ++i) {
    f6 = rec.find('\xFE', f6);
    if (f6 != std::string::npos) ++f6;
  }
  bool multi = type == "A" || type == "S" ||
               (f6 != std::string::npos && f6 < rec.size() && (rec[f6] == 'M' || rec[f6] == 'm'));
  if (d.field == files::kIndexComputed) {
    size_t end = 0;
    for (int i = 1; i < files::kIndexCodeField && end != std::string::npos; ++i) {
      end = rec.find('\xFE', end);
      if (end != std::string::npos) ++end;
    }
    if (end != std::string::npos) rec.erase(end - 1);
    while (!rec.empty() && rec.back() == '\xFE') rec.pop_back();  // the marks that led to the code
  }
  std::string right = (d.flags & files::kIndexRight) ? "R" : "L";
  set_field(rec, 1,
            type + "\xFD" + (built ? "" : "1") + "\xFD" + ((d.flags & files::kIndexNoNulls) ? "1" : "") +
                "\xFD" + (built ? "1" : "") + "\xFD" + std::to_string(d.number) + "\xFD" + right +
                ((d.flags & files::kIndexNoCase) ? std::string("\xFD\xFD") + "1" : std::string()));
  if (d.field != files::kIndexComputed) set_field(rec, 2, std::to_string(d.field));
  set_field(rec, 5, right);
  set_field(rec, 6, multi ? "M" : "S");
  return rec;
}

}  // namespace

// INDICES(fv): the names of the file's indices; INDICES(fv, name): QM's information array on one index
// ("" and STATUS() ER$AKNF when there is no such index). A directory file has none.
void fn_indices(Context& cx, Value* args, int argc, Value& out) {
  files::File& file = files::file_arg(cx, args[0], "INDICES");
  out = Value::string(std::string_view());
  cx.status = Value::integer(0);
  auto* hashed = dynamic_cast<files::HashedFile*>(&file);
  if (argc < 2) {
    if (!hashed) return;
    std::vector<files::IndexDef> all;
    check(cx, files::list_indices(*hashed, all));
    std::string names;
    for (size_t i = 0; i < all.size(); ++i) (names += i ? "\xFE" : "") += all[i].name;
    out = Value::string(names);
    return;
  }
  files::IndexDef def;
  if (!find_index(cx, file, cx.string(args[1]), hashed, def)) {
    cx.status = Value::integer(kErAknf);
    return;
  }
  out = Value::string(index_info(def));
}

// OUTERJOIN({DICT} file, index, value): the ids whose indexed field holds the value, field marks between
// them; "" with STATUS() ER$AKNF when the file cannot be opened or has no such index.
void fn_outerjoin(Context& cx, Value* args, int, Value& out) {
  out = Value::string(std::string_view());
  std::string name = cx.string(args[0]);
  bool dict = name.size() > 5 && name.compare(0, 5, "DICT ") == 0;
  if (dict) name.erase(0, 5);
  files::File* opened = nullptr;
  files::Result r = files::open_file(dict ? "DICT" : "", name, files::program_dir(cx), opened);
  std::unique_ptr<files::File> file(opened);
  files::HashedFile* hashed = nullptr;
  files::IndexDef def;
  if (!r.is_ok() || !find_index(cx, *file, cx.string(args[1]), hashed, def)) return no_index(cx, nullptr);
  std::vector<std::string> ids;
  check(cx, files::index_ids(*hashed, def, cx.string(args[2]), ids));
  std::string joined;
  for (size_t i = 0; i < ids.size(); ++i) (joined += i ? "\xFE" : "") += ids[i];
  out = Value::string(joined);
  cx.status = Value::integer(0);
}

// SELECTINDEX index {, value} FROM fv {TO list}: the ids whose indexed field holds the value, in id order,
// or with no value every key of the index in key order. STATUS() 0, or ER$AKNF with no such index.
void fn_selectindex(Context& cx, Value* args, int, Value&) {
  files::File& file = files::file_arg(cx, args[2], "SELECTINDEX");
  files::HashedFile* hashed = nullptr;
  files::IndexDef def;
  if (!find_index(cx, file, cx.string(args[0]), hashed, def)) return no_index(cx, &args[3]);
  int list = list_number(cx, args[3]);
  std::vector<std::string> found;
  if (cx.integer(args[4]))
    check(cx, files::index_ids(*hashed, def, cx.string(args[1]), found));
  else
    check(cx, files::index_all_keys(*hashed, def.name, found));
  files::set_select_list(list, std::move(found));
  cx.status = Value::integer(0);
}

// SELECTLEFT / SELECTRIGHT index FROM fv {SETTING key} {TO list}: steps the file variable's scan of the
// index one key to the left (down) or right (up) and makes the ids of that key the list; the result is the
// key (the SETTING variable). Past an end the list is empty, the key "" and the scan stays at that end.
void fn_selectleft(Context& cx, Value* args, int, Value& out) {
  bool right = cx.integer(args[3]) != 0;
  files::File& file = files::file_arg(cx, args[1], right ? "SELECTRIGHT" : "SELECTLEFT");
  out = Value::string(std::string_view());
  files::HashedFile* hashed = nullptr;
  files::IndexDef def;
  if (!find_index(cx, file, cx.string(args[0]), hashed, def)) return no_index(cx, &args[2]);
  int list = list_number(cx, args[2]);
  files::IndexScan& scan = hashed->indices().scans[def.name];
  std::vector<std::string> ids;
  std::string key;
  files::Result r;
  bool at_end = scan.at == (right ? files::IndexScan::kRightEnd : files::IndexScan::kLeftEnd);
  bool found = !at_end &&
               files::index_next_key(*hashed, def.name,
                                     scan.at == files::IndexScan::kKey ? &scan.key : nullptr, right, key, r);
  check(cx, r);
  if (found) {
    scan.at = files::IndexScan::kKey;
    scan.key = key;
    check(cx, files::index_ids(*hashed, def, key, ids));
    out = Value::string(key);
  } else {
    scan.at = right ? files::IndexScan::kRightEnd : files::IndexScan::kLeftEnd;
  }
  files::set_select_list(list, std::move(ids));
  cx.status = Value::integer(0);
}

// SETLEFT / SETRIGHT index FROM fv: moves the scan to the left (before the lowest key) or right end.
void fn_setleft(Context& cx, Value* args, int, Value&) {
  bool right = cx.integer(args[2]) != 0;
  files::File& file = files::file_arg(cx, args[1], right ? "SETRIGHT" : "SETLEFT");
  files::HashedFile* hashed = nullptr;
  files::IndexDef def;
  if (!find_index(cx, file, cx.string(args[0]), hashed, def)) return no_index(cx, nullptr);
  hashed->indices().scans[def.name] = {right ? files::IndexScan::kRightEnd : files::IndexScan::kLeftEnd, {}};
  cx.status = Value::integer(0);
}

}  // namespace mv::stdlib
