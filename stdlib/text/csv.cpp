// Comma-separated values: CSVDQ() and the built-ins behind the CSV statements (READCSV, MATREADCSV and
// the field formatting of WRITECSV and PRINTCSV; DPARSE, DPARSE.CSV and INPUTCSV are compiled from CSVDQ,
// FIELD and INPUT). Quoting follows RFC 4180 as QM applies it: on output a field is enclosed in double
// quotes when it holds a double quote or a comma (and, as RFC 4180 also asks, a carriage return or line
// feed), with each embedded quote doubled; on input the dequoting is QM's, described at csv_dequote.
#include "stdlib/text/csv.hpp"

#include <string>
#include <string_view>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_seq.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

constexpr char kFieldMark = '\xFE';

}  // namespace

std::string csv_dequote(std::string_view line, char delim) {
  std::string out;
  out.reserve(line.size());
  bool first = true, quoted = false, after_quote = false;
  for (char c : line) {
    if (c == '"') {
      if (first) {
        quoted = true;
      } else if (after_quote) {
        out += '"';
        after_quote = false;
        first = false;
        continue;
      } else {
        after_quote = true;
      }
      first = false;
    } else if (c == delim) {
      if (quoted && !after_quote) {
        out += c;
      } else {
        out += kFieldMark;
        first = true;
        quoted = false;
        after_quote = false;
      }
    } else {
      after_quote = false;
      out += c;
      first = false;
    }
  }
  return out;
}

bool csv_ends_inside_quotes(std::string_view text) {
  bool field_start = true, inside = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inside) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"')
          ++i;
        else
          inside = false;
      }
      continue;
    }
    if (c == ',') {
      field_start = true;
      continue;
    }
    if (c == '"' && field_start) inside = true;
    field_start = false;
  }
  return inside;
}

void csv_append_field(std::string& out, std::string_view field) {
  if (field.find_first_of("\",\r\n") == std::string_view::npos) {
    out += field;
    return;
  }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

// CSVDQ(s {, delim}): the fields of a CSV line as a field-mark list, quotes removed. A null delimiter
// leaves the string as it is (as QM does); a longer one uses its first character.
void fn_csvdq(Context& cx, Value* args, int argc, Value& out) {
  std::string a, d;
  std::string_view text = cx.text(args[0], a);
  std::string_view delim = argc > 1 ? cx.text(args[1], d) : std::string_view(",");
  if (delim.empty()) {
    out = Value::string(text);
    return;
  }
  out = Value::string(csv_dequote(text, delim[0]));
}

// ~WRITECSV(item): one WRITECSV or PRINTCSV item as CSV text under CSV.MODE. Each field of the item is a
// field of the output, so a whole dynamic array can be written as one line; a null item is one empty field.
void fn_writecsv_item(Context& cx, Value* args, int, Value& out) {
  std::string a;
  out = Value::string(csv_format(cx.text(args[0], a)));
}

// ~READCSV(fv, flags): the next CSV record of a sequential file, dequoted into a field-mark list. A record
// whose last line ends inside a quoted field goes on over the next line (RFC 4180), the line break kept as
// a line feed. ELSE with READSEQ's STATUS() at the end of the file.
void fn_readcsv(Context& cx, Value* args, int argc, Value& out) {
  int flags = files::flags_of(cx, args, argc);
  out = Value::string(std::string_view());
  if (files::as_file(args[0]))
    return files::finish(cx, flags, files::Result::otherwise(files::kErNseq), "READCSV");
  files::SeqFile& file = files::seq_arg(cx, args[0], "READCSV");
  std::string record;
  files::Result r = file.read_line(record);
  if (!r.is_ok()) return files::finish(cx, flags, r, "READCSV");
  while (csv_ends_inside_quotes(record)) {
    std::string more;
    if (!file.read_line(more).is_ok()) break;  // an unclosed quote at the end of the file ends the record
    record += '\n';
    record += more;
  }
  out = Value::string(csv_dequote(record, ','));
  files::finish(cx, flags, r, "READCSV");
}

}  // namespace mv::stdlib
