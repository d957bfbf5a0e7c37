// The T file translation code, T{DICT |*}file;c{v};i;o: the data is a record id in a directory file, and the
// result is field o of that record (OCONV) or field i (ICONV). QM's parts:
//   file  the file name, found as OPEN finds it; "DICT " or '*' before it means the dictionary; it may be
//         quoted.
//   c     what a missing record, or an empty field, gives: C the data itself, X the null string, V the null
//         string and a warning, I as V for ICONV and C for OCONV, O as C for ICONV and V for OCONV.
//   v     a value position: only that value of the field is returned. Without it the value and subvalue
//         marks of the field become spaces.
//   i, o  the field numbers (0 is the record id, -1 the whole record). When the one this direction uses is
//         omitted, the data is returned unchanged.
// STATUS(): 0, or 1 when a V action found nothing (the data did not verify), or 2 when the code is malformed
// or its file cannot be opened (the result is then the null string, with a warning, as QM gives).
// The lookup itself (file_trans.cpp) is the one TRANS() uses.
#include <memory>
#include <string>
#include <vector>

#include "runtime/dynarray.hpp"
#include "stdlib/conv/conv_family.hpp"
#include "stdlib/files/file_trans.hpp"

namespace mv::stdlib::conv {

namespace {

struct FileCode {
  bool dict = false;
  std::string file;
  char action = 'X';  // C, V or X once I and O are resolved for the direction
  int64_t value = 0;  // the value position, 0 for the whole field
  bool has_field = false;
  int64_t field = 0;
};

// Splits the part of the code after 'T' at ';' (at most four parts).
std::vector<std::string_view> split_parts(std::string_view s) {
  std::vector<std::string_view> parts;
  for (;;) {
    size_t semi = s.find(';');
    if (semi == std::string_view::npos || parts.size() == 3) {
      parts.push_back(s);
      return parts;
    }
    parts.push_back(s.substr(0, semi));
    s.remove_prefix(semi + 1);
  }
}

// The file name part: a leading '*' or "DICT " selects the dictionary; quotes around the name are dropped.
void parse_file_name(std::string_view name, FileCode& fc) {
  while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
  if (!name.empty() && name.front() == '*') {
    fc.dict = true;
    name.remove_prefix(1);
  } else {
    name = files::strip_dict_prefix(name, fc.dict);
  }
  if (name.size() >= 2 && (name.front() == '"' || name.front() == '\'') && name.back() == name.front())
    name = name.substr(1, name.size() - 2);
  fc.file.assign(name);
}

bool parse(std::string_view code, Dir dir, FileCode& fc) {
  std::vector<std::string_view> parts = split_parts(code.substr(1));
  if (parts.size() < 2 || parts[1].empty()) return false;
  parse_file_name(parts[0], fc);
  if (fc.file.empty()) return false;
  const char c = upper(parts[1][0]);
  if (c == 'I')
    fc.action = dir == Dir::Out ? 'C' : 'V';
  else if (c == 'O')
    fc.action = dir == Dir::Out ? 'V' : 'C';
  else if (c == 'C' || c == 'V' || c == 'X')
    fc.action = c;
  else
    return false;
  std::string_view v = parts[1].substr(1);
  size_t i = 0;
  if (!v.empty() && (!read_int(v, i, fc.value) || i != v.size() || fc.value < 0)) return false;
  const size_t field_part = dir == Dir::Out ? 3 : 2;
  std::string_view field = field_part < parts.size() ? trim_spaces(parts[field_part]) : std::string_view();
  if (field.empty()) return true;
  i = 0;
  if (!read_int(field, i, fc.field) || i != field.size() || fc.field < -1) return false;
  fc.has_field = true;
  return true;
}

}  // namespace

int file_code(std::string_view data, std::string_view code, Dir dir, const ConvEnv* env, std::string& out) {
  FileCode fc;
  if (env == nullptr || !parse(code, dir, fc)) {
    out.assign(data);
    return kBadCode;
  }
  if (!fc.has_field) {
    out.assign(data);
    return kOk;
  }
  std::string warning;
  std::unique_ptr<files::File> f = files::open_for_translation(fc.dict, fc.file, env->program_dir(), warning);
  if (!f) {
    out.clear();
    env->warn("T conversion: " + warning);
    return kBadCode;
  }
  if (!files::translate_id(*f, fc.file, data, fc.field, fc.action, out, warning)) {
    if (warning.empty()) return kOk;
    env->warn("T conversion: " + warning);
    return kBadData;
  }
  if (fc.value > 0) {
    out.assign(runtime::extract(out, 1, fc.value, 0));
  } else {
    for (char& c : out)
      if (c == '\xFD' || c == '\xFC') c = ' ';
  }
  return kOk;
}

}  // namespace mv::stdlib::conv
