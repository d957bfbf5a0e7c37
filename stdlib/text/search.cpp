// Element searches and mark-level built-ins from QM's full name list: LOCATE() as a function, the FIND and
// FINDSTR statements, LISTINDEX, VSLICE, RAISE/LOWER, CROP and GETREM. LOCATE() shares runtime::locate with
// the LOCATE statement, so both forms find the same positions.
#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

using runtime::kFM;
using runtime::kIM;
using runtime::kSM;
using runtime::kTM;
using runtime::kVM;

namespace {

bool is_element_mark(char c) { return c == kFM || c == kVM || c == kSM; }

// The field, value and subvalue numbers FIND and FINDSTR report, as the "f FM v FM sv" text that the
// compiled statement splits into its SETTING variables; "" means not found.
std::string position_text(int64_t f, int64_t v, int64_t sv) {
  return std::to_string(f) + kFM + std::to_string(v) + kFM + std::to_string(sv);
}

// Calls `visit(element, f, v, sv)` for each element of `d` (split at field, value and subvalue marks) until
// it returns true; returns the position text of that element, or "" when none did.
template <typename Visit>
std::string scan_elements(std::string_view d, Visit visit) {
  int64_t f = 1, v = 1, sv = 1;
  size_t start = 0;
  for (size_t i = 0; i <= d.size(); ++i) {
    if (i < d.size() && !is_element_mark(d[i])) continue;
    if (visit(d.substr(start, i - start))) return position_text(f, v, sv);
    if (i == d.size()) break;
    if (d[i] == kFM) {
      ++f;
      v = sv = 1;
    } else if (d[i] == kVM) {
      ++v;
      sv = 1;
    } else {
      ++sv;
    }
    start = i + 1;
  }
  return {};
}

// Non-overlapping occurrences of `sub` (not null) in `s`.
int64_t occurrences(std::string_view s, std::string_view sub) {
  int64_t n = 0;
  for (size_t at = s.find(sub); at != std::string_view::npos; at = s.find(sub, at + sub.size())) ++n;
  return n;
}

// Shifts every mark but `fixed` by `step` levels (RAISE: +1 leaving IM, LOWER: -1 leaving TM).
std::string shift_marks(std::string_view s, int step, char fixed) {
  std::string r(s);
  for (char& c : r) {
    if (runtime::is_mark(c) && c != fixed) c = static_cast<char>(static_cast<unsigned char>(c) + step);
  }
  return r;
}

}  // namespace

// LOCATE(s, d, f, v, sv, order) after the compiler's normalisation: the position where s was found, or 0.
void fn_locate(Context& cx, Value* args, int argc, Value& out) {
  std::string sx, sd, so;
  std::string_view order = argc > 5 ? cx.text(args[5], so) : std::string_view();
  int64_t f = argc > 2 ? cx.integer(args[2]) : 1;
  int64_t v = argc > 3 ? cx.integer(args[3]) : 0;
  int64_t sv = argc > 4 ? cx.integer(args[4]) : 0;
  // The list's buffer keeps what a search learns (a sorted list of integers is then bisected).
  runtime::FieldHint* hint = args[1].is_str() && args[1].buffer() ? &args[1].buffer()->hint : nullptr;
  runtime::LocateResult r = runtime::locate(cx.text(args[0], sx), cx.text(args[1], sd), f, v, sv,
                                            runtime::order_from_code(order), hint);
  out.set_int(r.found ? r.pos : 0);
}

// FIND s IN d, occ: the occ'th element of d (at any level) that equals s.
void fn_find(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  std::string_view s = cx.text(args[0], a), d = cx.text(args[1], b);
  int64_t occ = cx.integer(args[2]);
  if (d.empty() || occ < 1) {
    out = Value::string(std::string_view());
    return;
  }
  out = Value::string(scan_elements(d, [&](std::string_view e) { return e == s && --occ == 0; }));
}

// FINDSTR s IN d, occ: the element holding the occ'th occurrence of s as a substring. A null s is found in
// the first element of any non-null d.
void fn_findstr(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  std::string_view s = cx.text(args[0], a), d = cx.text(args[1], b);
  int64_t occ = cx.integer(args[2]);
  if (d.empty() || occ < 1) {
    out = Value::string(std::string_view());
    return;
  }
  if (s.empty()) {
    out = Value::string(position_text(1, 1, 1));
    return;
  }
  out = Value::string(scan_elements(d, [&](std::string_view e) {
    occ -= occurrences(e, s);
    return occ <= 0;
  }));
}

// LISTINDEX(list, delim, item): the position of the first item of list (delimited by delim's first
// character) that equals item, or 0. A null delimiter gives 0; a null list holds one null item.
void fn_listindex(Context& cx, Value* args, int, Value& out) {
  std::string a, b, c;
  std::string_view list = cx.text(args[0], a), delim = cx.text(args[1], b), item = cx.text(args[2], c);
  if (delim.empty()) {
    out.set_int(0);
    return;
  }
  int64_t pos = 1;
  size_t start = 0;
  for (;;) {
    size_t end = list.find(delim[0], start);
    if (list.substr(start, end == std::string_view::npos ? end : end - start) == item) break;
    if (end == std::string_view::npos) {
      pos = 0;
      break;
    }
    ++pos;
    start = end + 1;
  }
  out.set_int(pos);
}

// VSLICE(d, n): value n of each field, the fields still separated by field marks; n below 1 returns d.
// Field marks are only written before text that follows them, so trailing empty slices add nothing.
void fn_vslice(Context& cx, Value* args, int, Value& out) {
  int64_t want = cx.integer(args[1]);
  if (want < 1) {
    out = args[0];
    return;
  }
  std::string s;
  std::string_view d = cx.text(args[0], s);
  std::string r;
  int64_t v = 1;
  size_t pending = 0;
  for (char c : d) {
    if (c == kFM) {
      ++pending;
      v = 1;
    } else if (c == kVM) {
      ++v;
    } else if (v == want) {
      r.append(pending, kFM);
      pending = 0;
      r += c;
    }
  }
  out = Value::string(std::move(r));
}

void fn_raise(Context& cx, Value* args, int, Value& out) {
  std::string s;
  out = Value::string(shift_marks(cx.text(args[0], s), 1, kIM));
}

void fn_lower(Context& cx, Value* args, int, Value& out) {
  std::string s;
  out = Value::string(shift_marks(cx.text(args[0], s), -1, kTM));
}

// CROP(d): writes a field, value or subvalue mark only when text follows it at that position, which drops
// every trailing mark of each level while keeping inner empty elements.
void fn_crop(Context& cx, Value* args, int, Value& out) {
  std::string s;
  std::string_view d = cx.text(args[0], s);
  std::string r;
  int64_t src[3] = {1, 1, 1}, dst[3] = {1, 1, 1};  // field, value, subvalue
  const char marks[3] = {kFM, kVM, kSM};
  for (char c : d) {
    int level = c == kFM ? 0 : c == kVM ? 1 : c == kSM ? 2 : -1;
    if (level >= 0) {
      ++src[level];
      for (int k = level + 1; k < 3; ++k) src[k] = 1;
      continue;
    }
    for (int k = 0; k < 3; ++k) {
      if (dst[k] >= src[k]) continue;
      r.append(static_cast<size_t>(src[k] - dst[k]), marks[k]);
      dst[k] = src[k];
      for (int j = k + 1; j < 3; ++j) dst[j] = 1;
    }
    r += c;
  }
  out = Value::string(std::move(r));
}

// GETREM(expression): a value that is not a variable has no REMOVE pointer (the compiler reads a variable's
// own pointer directly).
void fn_getrem(Context&, Value*, int, Value& out) { out.set_int(0); }

}  // namespace mv::stdlib
