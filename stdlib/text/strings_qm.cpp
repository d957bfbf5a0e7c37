// String built-ins from QM's full name list: COMPARE, FOLD, SOUNDEX, CHECKSUM, the quoting functions,
// ASCII/EBCDIC, XTD/DTX, FIELDSTORE, SUBSTITUTE, MATCHFIELD and VARTYPE. They follow the QM reference
// manual, and QM's own behaviour (as the GPL QM 2.6 source shows it) where the manual is silent.
#include <array>
#include <vector>

#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/text/pattern.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib {

namespace {

// EBCDIC code of each ASCII character 0-127 (the IBM code page QM uses); bytes above 127 are unchanged.
constexpr unsigned char kToEbcdic[128] = {
    0x00, 0x01, 0x02, 0x03, 0x37, 0x2D, 0x2E, 0x2F, 0x16, 0x05, 0x25, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,  // 00
    0x10, 0x11, 0x12, 0x13, 0x3C, 0x3D, 0x32, 0x26, 0x18, 0x19, 0x3F, 0x27, 0x1C, 0x1D, 0x1E, 0x1F,  // 10
    0x40, 0x5A, 0x7F, 0x7B, 0x5B, 0x6C, 0x50, 0x7D, 0x4D, 0x5D, 0x5C, 0x4E, 0x6B, 0x60, 0x4B, 0x61,  // 20
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0x7A, 0x5E, 0x4C, 0x7E, 0x6E, 0x6F,  // 30
    0x7C, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xC7, 0xC8, 0xC9, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6,  // 40
    0xD7, 0xD8, 0xD9, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0x80, 0xE0, 0x90, 0x5F, 0x6D,  // 50
    0x79, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,  // 60
    0x97, 0x98, 0x99, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xC0, 0x6A, 0xD0, 0xA1, 0x07,  // 70
};

// ASCII() is the inverse mapping; EBCDIC codes with no ASCII character become '?'.
std::array<unsigned char, 256> ascii_table() {
  std::array<unsigned char, 256> t;
  t.fill('?');
  for (int i = 0; i < 128; ++i) t[kToEbcdic[i]] = static_cast<unsigned char>(i);
  return t;
}

std::string_view arg(Context& cx, Value* args, int i, std::string& scratch) {
  return cx.text(args[i], scratch);
}

// One line of FOLD: the longest head of `in` of at most `w` characters that ends before a space, or a hard
// break at `w` when there is no such space. `rest` is what remains after the line (and its space).
std::string_view fold_line(std::string_view in, size_t w, std::string_view& rest) {
  if (in.size() > w) {
    size_t space = in.substr(0, w + 1).rfind(' ');
    if (space != std::string_view::npos) {
      rest = in.substr(space + 1);
      return in.substr(0, space);
    }
  }
  size_t n = std::min(w, in.size());
  rest = in.substr(n);
  return in.substr(0, n);
}

}  // namespace

// COMPARE(a, b {, just}): -1, 0 or 1 comparing bytes, never numbers. "R" (upper case, as QM reads it)
// compares the strings right justified, as if the shorter had spaces in front; anything else compares them
// left justified.
void fn_compare(Context& cx, Value* args, int argc, Value& out) {
  std::string sa, sb, sj;
  std::string_view a = arg(cx, args, 0, sa), b = arg(cx, args, 1, sb);
  std::string_view just = argc > 2 ? arg(cx, args, 2, sj) : std::string_view();
  bool right = !just.empty() && just[0] == 'R';
  size_t width = std::max(a.size(), b.size());
  size_t pa = right ? width - a.size() : 0, pb = right ? width - b.size() : 0;
  for (size_t i = 0; i < width; ++i) {
    int ca = i < pa ? ' ' : (i - pa < a.size() ? static_cast<unsigned char>(a[i - pa]) : -1);
    int cb = i < pb ? ' ' : (i - pb < b.size() ? static_cast<unsigned char>(b[i - pb]) : -1);
    if (ca != cb) {
      out.set_int(ca < cb ? -1 : 1);
      return;
    }
  }
  out.set_int(0);
}

// FOLD(s, width {, delim}): s broken into lines of at most `width` characters, at the last space that fits
// where there is one. The lines are joined by a field mark, or by delim's first character in the
// three-argument form (a value mark when delim is ""). A multivalued width gives the width of each line in
// turn, the last one repeating, as in Pick.
void fn_fold(Context& cx, Value* args, int argc, Value& out) {
  std::string ss, sw, sd;
  std::string_view s = arg(cx, args, 0, ss), widths = arg(cx, args, 1, sw);
  char delim = runtime::kFM;
  if (argc > 2) {
    std::string_view d = arg(cx, args, 2, sd);
    delim = d.empty() ? runtime::kVM : d[0];
  }
  std::vector<int64_t> w;
  size_t start = 0;
  for (size_t i = 0; i <= widths.size(); ++i) {
    if (i < widths.size() && !runtime::is_mark(widths[i])) continue;
    w.push_back(cx.integer(Value::string(widths.substr(start, i - start))));
    start = i + 1;
  }
  for (int64_t n : w) {
    if (n < 1) cx.fail("FOLD width must be at least 1, not " + std::to_string(n));
  }
  if (s.size() <= static_cast<size_t>(w[0])) {
    out = Value::string(s);
    return;
  }
  std::string r;
  std::string_view rest = s;
  for (size_t line = 0; !rest.empty(); ++line) {
    if (line > 0) r += delim;
    r.append(fold_line(rest, static_cast<size_t>(w[std::min(line, w.size() - 1)]), rest));
  }
  out = Value::string(std::move(r));
}

// SOUNDEX(s): the first letter, then the codes of later letters (vowels, H, W and Y have none), skipping a
// letter equal to the last one coded, padded with zeros to four characters. Non-letters are ignored.
std::string soundex_code(std::string_view s) {
  static const char kCodes[] = "01230120022455012623010202";  // A to Z
  std::string r;
  char last = 0;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) continue;
    if (c >= 'a') c = static_cast<char>(c - 'a' + 'A');
    char code = kCodes[c - 'A'];
    if (r.empty()) {
      r += c;
      last = c;
    } else if (code != '0' && c != last) {
      r += code;
      last = c;
      if (r.size() == 4) break;
    }
  }
  r.resize(4, '0');
  return r;
}

void fn_soundex(Context& cx, Value* args, int, Value& out) {
  std::string ss;
  out = Value::string(soundex_code(arg(cx, args, 0, ss)));
}

// CHECKSUM(s): each byte (as a signed char, as QM reads it) is xored into the total after rotating it left
// one bit; the result is the 32-bit total as a signed integer.
void fn_checksum(Context& cx, Value* args, int, Value& out) {
  std::string ss;
  uint32_t sum = 0;
  for (char c : arg(cx, args, 0, ss)) {
    sum =
        ((sum << 1) | (sum >> 31)) ^ static_cast<uint32_t>(static_cast<int32_t>(static_cast<signed char>(c)));
  }
  out.set_int(static_cast<int32_t>(sum));
}

void fn_dquote(Context& cx, Value* args, int, Value& out) {
  std::string ss;
  out = Value::string("\"" + std::string(arg(cx, args, 0, ss)) + "\"");
}

void fn_squote(Context& cx, Value* args, int, Value& out) {
  std::string ss;
  out = Value::string("'" + std::string(arg(cx, args, 0, ss)) + "'");
}

void fn_ebcdic(Context& cx, Value* args, int, Value& out) {
  std::string r = cx.string(args[0]);
  for (char& c : r) {
    auto u = static_cast<unsigned char>(c);
    if (u < 128) c = static_cast<char>(kToEbcdic[u]);
  }
  out = Value::string(std::move(r));
}

void fn_ascii(Context& cx, Value* args, int, Value& out) {
  static const std::array<unsigned char, 256> table = ascii_table();
  std::string r = cx.string(args[0]);
  for (char& c : r) c = static_cast<char>(table[static_cast<unsigned char>(c)]);
  out = Value::string(std::move(r));
}

// XTD(hex): the value of a string of hexadecimal digits (either case). A null string, or one that is not
// hexadecimal, is returned unchanged, as QM does.
void fn_xtd(Context& cx, Value* args, int, Value& out) {
  std::string ss;
  std::string_view s = arg(cx, args, 0, ss);
  uint64_t n = 0;
  bool ok = !s.empty() && s.size() <= 16;
  for (size_t i = 0; ok && i < s.size(); ++i) {
    char c = s[i];
    int d = (c >= '0' && c <= '9')   ? c - '0'
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                     : -1;
    ok = d >= 0;
    n = n * 16 + static_cast<uint64_t>(d < 0 ? 0 : d);
  }
  if (ok)
    out.set_int(static_cast<int64_t>(n));
  else
    out = args[0];
}

// DTX(n {, width}): n in upper-case hexadecimal, padded with leading zeros to width (at most 32). A negative
// n within the 32-bit range is shown in 32-bit two's complement, as QM shows it.
void fn_dtx(Context& cx, Value* args, int argc, Value& out) {
  int64_t n = cx.integer(args[0]);
  int64_t width = argc > 1 ? std::min<int64_t>(cx.integer(args[1]), 32) : 0;
  uint64_t u = (n < 0 && n >= INT32_MIN) ? static_cast<uint32_t>(n) : static_cast<uint64_t>(n);
  std::string r;
  do {
    r.insert(r.begin(), "0123456789ABCDEF"[u % 16]);
    u /= 16;
  } while (u);
  if (static_cast<int64_t>(r.size()) < width) r.insert(0, static_cast<size_t>(width) - r.size(), '0');
  out = Value::string(std::move(r));
}

// FIELDSTORE(s, delim, i, n, x): replaces n fields of s from field i (below 1 means 1) with the first n
// fields of x, padding x with empty fields; n = 0 inserts x before field i and a negative n replaces -n
// fields with the whole of x. Missing fields before i are created. As in QM, when the replaced fields run
// to the end of s the fields after them are not kept even when they are empty.
void fn_fieldstore(Context& cx, Value* args, int, Value& out) {
  std::string ss, sd, sx;
  std::string_view s = arg(cx, args, 0, ss), d = arg(cx, args, 1, sd), x = arg(cx, args, 4, sx);
  if (d.empty()) cx.fail("FIELDSTORE needs a delimiter");
  const char c = d[0];
  int64_t skip = std::max<int64_t>(cx.integer(args[2]), 1) - 1;
  int64_t n = cx.integer(args[3]);
  const bool whole = n <= 0;
  if (n < 0) n = -n;
  std::string r;
  std::string_view rest;
  size_t pos = 0;
  for (; skip > 0; --skip) {
    size_t at = s.find(c, pos);
    if (at == std::string_view::npos) break;
    pos = at + 1;
  }
  if (skip > 0) {
    r.assign(s).append(static_cast<size_t>(skip), c);
  } else {
    r.assign(s.substr(0, pos));
    rest = s.substr(pos);
  }
  for (int64_t k = 0; k < n && !rest.empty(); ++k) {
    size_t at = rest.find(c);
    rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + 1);
  }
  if (whole) {
    r.append(x);
  } else {
    size_t at = 0;
    for (int64_t k = 0; k < n; ++k) {
      if (k > 0) r += c;
      if (at > x.size()) continue;
      size_t end = x.find(c, at);
      r.append(x.substr(at, end == std::string_view::npos ? end : end - at));
      at = end == std::string_view::npos ? x.size() + 1 : end + 1;
    }
  }
  if (!rest.empty()) r.append(1, c).append(rest);
  out = Value::string(std::move(r));
}

// SUBSTITUTE(d, old, new {, delim}): each element of d (split at any mark) that is item k of the list
// `old` becomes item k of `new`; both lists are delimited by delim's first character (a value mark when
// omitted). Elements not in the list, and the marks between elements, are kept.
void fn_substitute(Context& cx, Value* args, int argc, Value& out) {
  std::string sd, so, sn, sl;
  std::string_view d = arg(cx, args, 0, sd);
  Value old_list = Value::string(arg(cx, args, 1, so));
  std::string_view new_list = arg(cx, args, 2, sn);
  Value delim = argc > 3 ? Value::string(arg(cx, args, 3, sl)) : Value::string(std::string_view("\xFD"));
  std::string r;
  size_t start = 0;
  for (size_t i = 0; i <= d.size(); ++i) {
    if (i < d.size() && !runtime::is_mark(d[i])) continue;
    std::string_view e = d.substr(start, i - start);
    Value look[3] = {old_list, delim, Value::string(e)};
    Value k;
    fn_listindex(cx, look, 3, k);
    if (k.int_value() > 0) {
      std::string ds;
      int64_t col1 = 0, col2 = 0;
      r.append(field(new_list, cx.text(delim, ds), k.int_value(), 1, col1, col2));
    } else {
      r.append(e);
    }
    if (i < d.size()) r += d[i];
    start = i + 1;
  }
  out = Value::string(std::move(r));
}

// MATCHFIELD(s, pattern, n): the part of s that element n of the pattern matched, or "" when s does not
// match or there is no element n.
void fn_matchfield(Context& cx, Value* args, int, Value& out) {
  std::string ss, sp;
  std::vector<std::string_view> parts;
  int64_t n = cx.integer(args[2]);
  if (!match_parts(arg(cx, args, 0, ss), arg(cx, args, 1, sp), parts) || n < 1 ||
      n > static_cast<int64_t>(parts.size())) {
    out = Value::string(std::string_view());
    return;
  }
  out = Value::string(parts[static_cast<size_t>(n - 1)]);
}

// VARTYPE(v): QM's type codes: 0 unassigned, 2 integer, 3 floating point, 5 string, 6 file, 7 matrix,
// 13 socket; in data collections 1 Boolean, 7 JSON null, 8 collection, 10 array. Other handles (REUSE markers) report 5.
void fn_vartype(Context&, Value* args, int, Value& out) {
  const Value& v = args[0];
  int64_t code = 5;
  if (v.is_unassigned())
    code = 0;
  else if (v.is_int())
    code = 2;
  else if (v.is_float())
    code = 3;
  else if (v.is_handle()) {
    std::string_view t = v.handle_object()->type_name();
    if (t == "file" || t == "sequential file")
      code = 6;
    else if (t == "matrix")
      code = 7;
    else if (t == "socket")
      code = 13;
    else if (t == "boolean")
      code = 1;
    else if (t == "null")
      code = 7;
    else if (t == "collection")
      code = 8;
    else if (t == "array")
      code = 10;
  }
  out.set_int(code);
}

}  // namespace mv::stdlib
