// The mode variants of string and dynamic-array built-ins: what COUNT, INDEX, CHANGE, INSERT, REPLACE,
// CONVERT, FIELD, FIELDSTORE and TIME() do under a $MODE option (COUNT.OVERLAP, INDEX.OVERLAP,
// CHANGE.NO.OVERLAP, COMPATIBLE.APPEND, TIME.MS, PICK.CONVERT) or $NOCASE.STRINGS. The compiler calls
// these in place of the plain built-in where the option is on (compiler/parser_modes.cpp), so programs
// that use no option never pay for it. Also EREPLACE(), CHANGE() with its own rule for a null old string.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <ctime>

#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib {

namespace {

char fold(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }

std::string folded(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = fold(c);
  return r;
}

// Occurrences of sub in s that may overlap: each search starts one byte after the last match.
int64_t count_overlapping(std::string_view s, std::string_view sub) {
  if (sub.empty()) return static_cast<int64_t>(s.size());
  int64_t n = 0;
  for (size_t pos = s.find(sub); pos != std::string_view::npos; pos = s.find(sub, pos + 1)) ++n;
  return n;
}

int64_t index_overlapping(std::string_view s, std::string_view sub, int64_t occ) {
  if (occ < 1) return 0;
  if (sub.empty()) return occ;
  for (size_t pos = s.find(sub); pos != std::string_view::npos; pos = s.find(sub, pos + 1))
    if (--occ == 0) return static_cast<int64_t>(pos) + 1;
  return 0;
}

// Calls op(element) for each field, value and subvalue of s and joins the results with the marks of s,
// as COUNTS and INDEXS do.
template <typename Op>
std::string each_element(std::string_view s, Op op) {
  std::string r;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && s[i] != runtime::kFM && s[i] != runtime::kVM && s[i] != runtime::kSM) continue;
    runtime::append_int(r, op(s.substr(start, i - start)));
    if (i < s.size()) r.push_back(s[i]);
    start = i + 1;
  }
  return r;
}

// CHANGE, SWAP and EREPLACE with options: `no_overlap` skips the first start - 1 occurrences without
// letting them overlap (QM's default steps one byte past each skipped one), `nocase` matches ignoring case.
std::string change_with(std::string_view s, std::string_view old_sub, std::string_view new_sub, int64_t occ,
                        int64_t start, bool no_overlap, bool nocase) {
  if (old_sub.empty() || s.empty()) return std::string(s);
  std::string fs = nocase ? folded(s) : std::string(), fo = nocase ? folded(old_sub) : std::string();
  std::string_view hay = nocase ? std::string_view(fs) : s;
  std::string_view needle = nocase ? std::string_view(fo) : old_sub;
  int64_t skip = start < 1 ? 0 : start - 1;
  int64_t left = occ < 1 ? -1 : occ;
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    if (left == 0 || hay.compare(pos, needle.size(), needle) != 0) {
      out += s[pos++];
      continue;
    }
    if (skip > 0) {
      --skip;
      size_t step = no_overlap ? needle.size() : 1;
      out.append(s.substr(pos, step));
      pos += step;
      continue;
    }
    out.append(new_sub);
    pos += needle.size();
    --left;
  }
  return out;
}

}  // namespace

void fn_count_overlap(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  out.set_int(count_overlapping(cx.text(args[0], a), cx.text(args[1], b)));
}

void fn_counts_overlap(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  std::string_view sub = cx.text(args[1], b);
  out = Value::string(
      each_element(cx.text(args[0], a), [&](std::string_view e) { return count_overlapping(e, sub); }));
}

void fn_index_overlap(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  out.set_int(index_overlapping(cx.text(args[0], a), cx.text(args[1], b), cx.integer(args[2])));
}

void fn_indexs_overlap(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  std::string_view sub = cx.text(args[1], b);
  int64_t occ = cx.integer(args[2]);
  out = Value::string(
      each_element(cx.text(args[0], a), [&](std::string_view e) { return index_overlapping(e, sub, occ); }));
}

// INSERT() and REPLACE() under $MODE COMPATIBLE.APPEND: an append fills a null last element.
void fn_insert_ca(Context& cx, Value* args, int, Value& out) {
  std::string s(cx.string(args[0])), x;
  int64_t f = cx.integer(args[1]), v = cx.integer(args[2]), sv = cx.integer(args[3]);
  runtime::compatible_append(s, f, v, sv);
  runtime::insert(s, f, v, sv, cx.text(args[4], x));
  out = Value::string(std::move(s));
}

void fn_replace_ca(Context& cx, Value* args, int, Value& out) {
  std::string s(cx.string(args[0])), x;
  int64_t f = cx.integer(args[1]), v = cx.integer(args[2]), sv = cx.integer(args[3]);
  runtime::compatible_append(s, f, v, sv);
  runtime::replace(s, f, v, sv, cx.text(args[4], x));
  out = Value::string(std::move(s));
}

// TIME() under $MODE TIME.MS: seconds since local midnight with milliseconds.
void fn_time_ms(Context&, Value*, int, Value& out) {
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  std::tm tm{};
  localtime_r(&t, &tm);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  int64_t total_ms = (tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec) * int64_t{1000} + ms;
  out = Value::real(static_cast<double>(total_ms) / 1000.0);
}

// CONVERT(from, to, s) under $NOCASE.STRINGS: a byte of s is mapped when it or its other case is in from.
void fn_convert_nocase(Context& cx, Value* args, int, Value& out) {
  std::string a, b, c;
  std::string_view from = cx.text(args[0], a), to = cx.text(args[1], b), s = cx.text(args[2], c);
  constexpr int unmapped = -1, deleted = -2;
  std::array<int, 256> map;
  map.fill(unmapped);
  for (size_t i = 0; i < from.size(); ++i) {
    int target = i < to.size() ? static_cast<unsigned char>(to[i]) : deleted;
    unsigned char ch = static_cast<unsigned char>(from[i]);
    for (int k : {static_cast<int>(ch), std::toupper(ch), std::tolower(ch)})
      if (map[static_cast<size_t>(k)] == unmapped) map[static_cast<size_t>(k)] = target;
  }
  std::string r;
  for (char ch : s) {
    int m = map[static_cast<unsigned char>(ch)];
    if (m == unmapped)
      r += ch;
    else if (m != deleted)
      r += static_cast<char>(m);
  }
  out = Value::string(std::move(r));
}

// ~CHANGE.MODE(flags, s, old, new, occ, start): CHANGE, SWAP or EREPLACE with flags 1 CHANGE.NO.OVERLAP,
// 2 $NOCASE.STRINGS, 4 EREPLACE (whose null old string puts new in front of s).
void fn_change_mode(Context& cx, Value* args, int, Value& out) {
  std::string a, b, c;
  int64_t flags = cx.integer(args[0]);
  std::string_view s = cx.text(args[1], a), old_sub = cx.text(args[2], b), new_sub = cx.text(args[3], c);
  if ((flags & 4) && old_sub.empty()) {
    out = Value::string(std::string(new_sub) + std::string(s));
    return;
  }
  out = Value::string(
      change_with(s, old_sub, new_sub, cx.integer(args[4]), cx.integer(args[5]), flags & 1, flags & 2));
}

// EREPLACE(s, old, new {, occ {, start}}): CHANGE(), except that a null old string puts new in front of s.
void fn_ereplace(Context& cx, Value* args, int argc, Value& out) {
  std::string a, b, c;
  std::string_view s = cx.text(args[0], a), old_sub = cx.text(args[1], b), new_sub = cx.text(args[2], c);
  if (old_sub.empty()) {
    out = Value::string(std::string(new_sub) + std::string(s));
    return;
  }
  int64_t occ = argc > 3 ? cx.integer(args[3]) : -1;
  int64_t start = argc > 4 ? cx.integer(args[4]) : 1;
  out = Value::string(change(s, old_sub, new_sub, occ, start));
}

// FIELD() under $NOCASE.STRINGS: a letter delimiter splits at either case. The fields are found in an
// upper-cased copy (same positions) and taken from the original.
void fn_field_nocase(Context& cx, Value* args, int argc, Value& out) {
  std::string a, b;
  std::string_view s = cx.text(args[0], a);
  int64_t count = argc > 3 ? cx.integer(args[3]) : 1;
  std::string r = field(folded(s), folded(cx.text(args[1], b)), cx.integer(args[2]), count, cx.col1, cx.col2);
  size_t from = static_cast<size_t>(cx.col1);  // the delimiter before the field, 0 at the start
  out = Value::string(r.empty() ? std::string() : std::string(s.substr(from, r.size())));
}

// FIELDSTORE() under $NOCASE.STRINGS: either case of a letter delimiter splits. Runs on a copy where the
// delimiter's other case is made the delimiter, then gives back the original text of the unchanged head
// and tail.
void fn_fieldstore_nocase(Context& cx, Value* args, int argc, Value& out) {
  std::string a, b;
  std::string_view s = cx.text(args[0], a), d = cx.text(args[1], b);
  if (d.empty() || !std::isalpha(static_cast<unsigned char>(d[0]))) {
    fn_fieldstore(cx, args, argc, out);
    return;
  }
  std::string canon(s);
  for (char& ch : canon)
    if (fold(ch) == fold(d[0])) ch = d[0];
  Value saved = args[0];
  args[0] = Value::string(canon);
  fn_fieldstore(cx, args, argc, out);
  args[0] = std::move(saved);
  std::string r(out.str());
  size_t head = 0;
  while (head < r.size() && head < canon.size() && r[head] == canon[head]) ++head;
  size_t tail = 0;
  while (tail < r.size() - head && tail < canon.size() - head &&
         r[r.size() - 1 - tail] == canon[canon.size() - 1 - tail])
    ++tail;
  r.replace(0, head, s.substr(0, head));
  r.replace(r.size() - tail, tail, s.substr(s.size() - tail));
  out = Value::string(std::move(r));
}

}  // namespace mv::stdlib
