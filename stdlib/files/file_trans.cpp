// TRANS(), XLATE() and RTRANS(), and the translation lookup they share with the T conversion code
// (conv_file.cpp). TRANS({DICT} file, ids, field, action) reads each record id of `ids` from the directory
// file and returns the field asked for; the ids may be separated by any mark, and the results are joined by
// the same marks. TRANS and its synonym XLATE lower the marks of each result one level (field marks become
// value marks, value marks subvalue marks, subvalue marks text marks) so that a multivalued field of one
// record can be told from the fields of several; RTRANS leaves them as they are.
// STATUS(): 0; 1 when a V action found nothing for some id; 2 when the file cannot be opened (the result is
// then "", with a warning, as QM gives).
#include "stdlib/files/file_trans.hpp"

#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib::files {

std::string_view strip_dict_prefix(std::string_view name, bool& dict) {
  static constexpr std::string_view kDict = "DICT ";
  dict = false;
  if (name.size() <= kDict.size()) return name;
  for (size_t i = 0; i < kDict.size(); ++i) {
    const char c = name[i];
    if ((c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c) != kDict[i]) return name;
  }
  dict = true;
  name.remove_prefix(kDict.size());
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  return name;
}

std::unique_ptr<File> open_for_translation(bool dict, std::string_view name, const std::string& program_dir,
                                           std::string& warning) {
  File* opened = nullptr;
  Result r = open_file(dict ? "DICT" : "", name, program_dir, opened);
  std::unique_ptr<File> f(opened);
  if (r.is_ok() && f) return f;
  warning = "cannot open the file " + std::string(dict ? "DICT " : "") + std::string(name);
  return nullptr;
}

bool translate_id(File& f, std::string_view file, std::string_view id, int64_t field, char action,
                  std::string& out, std::string& warning) {
  std::string record;
  const bool exists = !id.empty() && read_record(f, id, record).is_ok();
  out.clear();
  if (exists) {
    if (field == 0)
      out.assign(id);
    else if (field < 0)
      out = std::move(record);
    else
      out.assign(runtime::extract(record, field, 0, 0));
    if (!out.empty()) return true;
  }
  if (action == 'C' || (action == 'N' && exists)) out.assign(id);
  if (action == 'V') {
    const std::string what = "record '" + std::string(id) + "'";
    warning = (exists ? "field " + std::to_string(field) + " of " + what + " is empty" : what + " not found") +
              " in " + std::string(file);
  }
  return false;
}

}  // namespace mv::stdlib::files

namespace mv::stdlib {

namespace {

bool is_mark(char c) { return static_cast<unsigned char>(c) >= 0xFB; }

// Field, value and subvalue marks each become the mark one level down.
void lower_marks(std::string& s) {
  for (char& c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0xFC && u <= 0xFE) c = static_cast<char>(u - 1);
  }
}

void translate(Context& cx, Value* args, Value& out, bool lower) {
  std::string scratch;
  bool dict = false;
  const std::string name(files::strip_dict_prefix(cx.text(args[0], scratch), dict));
  std::string warning;
  std::unique_ptr<files::File> f = files::open_for_translation(dict, name, files::program_dir(cx), warning);
  if (!f) {
    cx.warning("TRANS: " + warning);
    cx.status.set_int(2);
    out = Value::string(std::string_view());
    return;
  }
  const std::string ids = cx.string(args[1]);
  const int64_t field = cx.integer(args[2]);
  const std::string_view code = cx.text(args[3], scratch);
  const char action = code.empty() ? 'X' : (code[0] >= 'a' && code[0] <= 'z' ? code[0] - 32 : code[0]);
  int status = 0;
  std::string result;
  std::string piece;
  for (size_t start = 0;;) {
    size_t end = start;
    while (end < ids.size() && !is_mark(ids[end])) ++end;
    warning.clear();
    if (files::translate_id(*f, name, std::string_view(ids).substr(start, end - start), field, action, piece,
                            warning) &&
        lower)
      lower_marks(piece);
    if (!warning.empty()) {
      cx.warning("TRANS: " + warning);
      status = 1;
    }
    result += piece;
    if (end == ids.size()) break;
    result += ids[end];
    start = end + 1;
  }
  cx.status.set_int(status);
  out = Value::string(std::move(result));
}

}  // namespace

void fn_trans(Context& cx, Value* args, int, Value& out) { translate(cx, args, out, true); }
void fn_rtrans(Context& cx, Value* args, int, Value& out) { translate(cx, args, out, false); }

}  // namespace mv::stdlib
