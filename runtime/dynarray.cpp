// The dynamic-array algorithms declared in dynarray.hpp. Everything reduces to walking a container (the whole
// string, one field or one value) to its n-th item, the items being separated by that level's mark, with
// memchr doing the scanning. The edge rules (padding with marks, -1 appends, empty containers, an empty final
// item at the very end of the string, LOCATE positions) follow QM and the dynarray conformance programs.

#include "runtime/dynarray.hpp"

#include <algorithm>
#include <cstring>
#include <functional>

namespace mv::runtime {
namespace {

// A half-open byte range [begin, end) of the string being processed.
struct Range {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin == end; }
};

// The outcome of walking a container to its n-th item. When found, `item` is that item; otherwise `item` is
// the container's last item and `count` is how many items the container holds, an empty container counting as
// one empty item (the positional count that padding starts from).
struct Seek {
  bool found = false;
  Range item;
  int64_t count = 0;
};

// Returns where the item starting at `from` ends: at the next `mark` before `limit`, or at `limit`.
size_t item_end(std::string_view s, size_t from, size_t limit, char mark) {
  if (from >= limit) return limit;
  const void* hit = std::memchr(s.data() + from, mark, limit - from);
  return hit == nullptr ? limit : static_cast<size_t>(static_cast<const char*>(hit) - s.data());
}

// Walks container `c` to item `n` (n >= 1), starting from item `k` (k <= n), which begins at byte `offset`.
Seek seek_item(std::string_view s, Range c, char mark, int64_t n, int64_t k, size_t offset) {
  size_t pos = offset;
  for (int64_t idx = k;; ++idx) {
    size_t end = item_end(s, pos, c.end, mark);
    if (idx >= n) return {true, {pos, end}, idx};
    if (end == c.end) return {false, {pos, end}, idx};
    pos = end + 1;
  }
}

Seek seek_item(std::string_view s, Range c, char mark, int64_t n) {
  return seek_item(s, c, mark, n, 1, c.begin);
}

// A hint is used only when it lies at or before field f and visibly marks the start of a field of `s`.
bool hint_usable(const FieldHint* hint, std::string_view s, int64_t f) {
  if (hint == nullptr || hint->field < 1 || hint->field > f || hint->offset > s.size()) return false;
  if (hint->field == 1) return hint->offset == 0;
  return hint->offset > 0 && s[hint->offset - 1] == kFM;
}

// Walks shorter than this are cheaper than building an index. Offsets are 32-bit: no index past 4 GB.
constexpr int64_t kIndexFrom = 32;
constexpr size_t kIndexableSize = UINT32_MAX;

// Walks container `c` to item n (n >= 1) through `starts`, the known item starts of `c`, learning the starts
// it passes. Starts that are visibly wrong for the string (an edit the index was not told of) are dropped.
Seek seek_indexed(std::string_view s, Range c, char mark, int64_t n, std::vector<uint32_t>& starts) {
  if (!starts.empty() && (starts.front() != c.begin || starts.back() > c.end)) starts.clear();
  if (starts.empty()) starts.push_back(static_cast<uint32_t>(c.begin));
  auto known = static_cast<int64_t>(starts.size());
  if (n <= known) {
    size_t begin = starts[static_cast<size_t>(n - 1)];
    size_t end = n < known ? starts[static_cast<size_t>(n)] - 1 : item_end(s, begin, c.end, mark);
    bool fits = (begin == c.begin || s[begin - 1] == mark) && (end == c.end || s[end] == mark);
    if (fits) return {true, {begin, end}, n};
    starts.assign(1, static_cast<uint32_t>(c.begin));
    known = 1;
  }
  size_t pos = starts.back();
  for (int64_t idx = known;; ++idx) {
    size_t end = item_end(s, pos, c.end, mark);
    if (idx >= n) return {true, {pos, end}, idx};
    if (end == c.end) return {false, {pos, end}, idx};
    pos = end + 1;
    starts.push_back(static_cast<uint32_t>(pos));
  }
}

// Walks `s` to field f (f >= 1) and leaves the hint on the field found, or on the last field when there are
// fewer than f. A forward walk continues from the hint; the first walk back to a field past kIndexFrom builds
// the index, which serves every later walk.
Seek seek_field(std::string_view s, int64_t f, FieldHint* hint) {
  Range whole{0, s.size()};
  if (hint == nullptr) return seek_item(s, whole, kFM, f);
  if (hint->index) return seek_indexed(s, whole, kFM, f, hint->index->fields.starts);
  Seek r;
  if (hint_usable(hint, s, f)) {
    r = seek_item(s, whole, kFM, f, hint->field, hint->offset);
  } else if (hint->field > f && f >= kIndexFrom && s.size() < kIndexableSize) {
    hint->index = std::make_unique<FieldIndex>();
    return seek_indexed(s, whole, kFM, f, hint->index->fields.starts);
  } else {
    r = seek_item(s, whole, kFM, f);
  }
  hint->field = r.count;
  hint->offset = r.item.begin;
  return r;
}

// Walks the values (mark kVM) of field f, or the subvalues (kSM) of value v of field f, held in `c`, to item
// n. The index serves the walk when it already knows this container or when the walk is long enough to be
// worth indexing.
Seek seek_within(std::string_view s, Range c, char mark, int64_t n, FieldHint* hint, int64_t f, int64_t v) {
  FieldIndex* index = hint != nullptr ? hint->index.get() : nullptr;
  ItemStarts* level = index == nullptr ? nullptr : mark == kVM ? &index->values : &index->subvalues;
  bool known = level != nullptr && level->f == f && level->v == v;
  if (!known && (hint == nullptr || n < kIndexFrom || s.size() >= kIndexableSize))
    return seek_item(s, c, mark, n);
  if (index == nullptr) {
    hint->index = std::make_unique<FieldIndex>();
    index = hint->index.get();
    level = mark == kVM ? &index->values : &index->subvalues;
  }
  if (!known) *level = {f, v, {}};
  return seek_indexed(s, c, mark, n, level->starts);
}

// Keeps what an edit leaves true: every item start at or before byte `p`, the first byte the edit changes.
void edited_from(FieldHint* hint, size_t p) {
  if (hint == nullptr || !hint->index) return;
  hint->index->checked_size = 0;
  for (ItemStarts* level : {&hint->index->fields, &hint->index->values, &hint->index->subvalues}) {
    std::vector<uint32_t>& st = level->starts;
    if (!st.empty() && st.back() > p) st.erase(std::upper_bound(st.begin(), st.end(), p), st.end());
  }
}

// Where an update lands. When `exists`, `item` is the addressed element and `container` the range holding it,
// whose items are separated by `mark`. Otherwise the element is missing: new data goes at `item.begin`,
// preceded by `pad_fm` field marks, `pad_vm` value marks and `pad_sm` subvalue marks that create it.
struct Target {
  bool exists = false;
  Range item;
  Range container;
  char mark = kFM;
  int64_t pad_fm = 0;
  int64_t pad_vm = 0;
  int64_t pad_sm = 0;
};

Target existing(Range item, Range container, char mark) { return {true, item, container, mark, 0, 0, 0}; }

Target missing(size_t at, int64_t pad_fm, int64_t pad_vm, int64_t pad_sm) {
  return {false, {at, at}, {}, kFM, pad_fm, pad_vm, pad_sm};
}

// The target of a negative position: a non-empty container takes a mark and the new item at its end, an empty
// one just takes the new item.
Target appended(Range c, char mark) {
  if (c.empty()) return missing(c.begin, 0, 0, 0);
  return missing(c.end, mark == kFM ? 1 : 0, mark == kVM ? 1 : 0, mark == kSM ? 1 : 0);
}

// Resolves <f,v,sv> for replace, insert and erase, with f != 0. A negative f appends a field and ignores v
// and sv; v == 0 addresses the whole field and ignores sv; a negative v appends a value and ignores sv.
Target resolve(std::string_view s, int64_t f, int64_t v, int64_t sv, FieldHint* hint) {
  Range whole{0, s.size()};
  if (f < 0) return appended(whole, kFM);
  Seek field = seek_field(s, f, hint);
  if (!field.found) {
    int64_t vms = v > 0 ? v - 1 : 0;
    return missing(s.size(), f - field.count, vms, v > 0 && sv > 0 ? sv - 1 : 0);
  }
  if (v == 0) return existing(field.item, whole, kFM);
  if (v < 0) return appended(field.item, kVM);
  Seek value = seek_within(s, field.item, kVM, v, hint, f, 0);
  if (!value.found) return missing(field.item.end, 0, v - value.count, sv > 0 ? sv - 1 : 0);
  if (sv == 0) return existing(value.item, field.item, kVM);
  if (sv < 0) return appended(value.item, kSM);
  Seek sub = seek_within(s, value.item, kSM, sv, hint, f, v);
  if (!sub.found) return missing(value.item.end, 0, 0, sv - sub.count);
  return existing(sub.item, value.item, kSM);
}

// Inserts the target's padding marks, then x, then `after` (empty or one mark) at the target position.
void put(std::string& s, const Target& t, std::string_view x, std::string_view after) {
  std::string piece;
  piece.reserve(static_cast<size_t>(t.pad_fm + t.pad_vm + t.pad_sm) + x.size() + after.size());
  piece.append(static_cast<size_t>(t.pad_fm), kFM);
  piece.append(static_cast<size_t>(t.pad_vm), kVM);
  piece.append(static_cast<size_t>(t.pad_sm), kSM);
  if (t.item.begin == s.size()) {
    s.append(piece).append(x).append(after);
    return;
  }
  piece.append(x).append(after);
  s.insert(t.item.begin, piece);
}

// True when `x` views bytes inside `s`, so that changing `s` would change or invalidate `x`.
bool aliases(const std::string& s, std::string_view x) {
  std::less_equal<const char*> le;
  return !x.empty() && le(s.data(), x.data()) && le(x.data() + x.size(), s.data() + s.size());
}

// The container LOCATE searches, the mark between its items and the item number the search starts from.
struct SearchScope {
  bool exists = false;
  Range container;
  char mark = kFM;
  int64_t start = 1;
};

SearchScope search_scope(std::string_view s, int64_t f, int64_t v, int64_t sv) {
  f = std::max<int64_t>(f, 1);
  if (v < 1) return {true, {0, s.size()}, kFM, f};
  Seek field = seek_field(s, f, nullptr);
  if (sv < 1) return {field.found, field.item, kVM, v};
  if (!field.found) return {false, {}, kSM, sv};
  Seek value = seek_item(s, field.item, kVM, v);
  return {value.found, value.item, kSM, sv};
}

// A number in exact decimal form: sign, integer digits without leading zeros, fraction without trailing
// zeros.
struct Decimal {
  bool negative = false;
  std::string_view whole;
  std::string_view fraction;
};

// Accepts an optional sign, then digits with at most one '.', at least one digit and nothing else.
bool parse_decimal(std::string_view t, Decimal& d) {
  size_t i = (!t.empty() && (t[0] == '+' || t[0] == '-')) ? 1 : 0;
  size_t dot = std::string_view::npos;
  bool digit = false;
  for (size_t j = i; j < t.size(); ++j) {
    if (t[j] >= '0' && t[j] <= '9') {
      digit = true;
    } else if (t[j] == '.' && dot == std::string_view::npos) {
      dot = j;
    } else {
      return false;
    }
  }
  if (!digit) return false;
  std::string_view whole = t.substr(i, (dot == std::string_view::npos ? t.size() : dot) - i);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view() : t.substr(dot + 1);
  while (!whole.empty() && whole.front() == '0') whole.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  bool zero = whole.empty() && fraction.empty();
  d = {i == 1 && t[0] == '-' && !zero, whole, fraction};
  return true;
}

int sign_of(int c) { return (c > 0) - (c < 0); }

int compare_decimal(const Decimal& a, const Decimal& b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  int magnitude = a.whole.size() != b.whole.size() ? (a.whole.size() < b.whole.size() ? -1 : 1)
                                                   : sign_of(a.whole.compare(b.whole));
  if (magnitude == 0) magnitude = sign_of(a.fraction.compare(b.fraction));
  return a.negative ? -magnitude : magnitude;
}

// Reads an optional sign and 1 to 18 digits as an integer: the common shape of numeric keys, compared
// without building a Decimal.
bool small_integer(std::string_view t, int64_t& out) {
  size_t i = (!t.empty() && (t[0] == '+' || t[0] == '-')) ? 1 : 0;
  if (t.size() == i || t.size() - i > 18) return false;
  int64_t n = 0;
  for (size_t j = i; j < t.size(); ++j) {
    auto d = static_cast<unsigned>(t[j] - '0');
    if (d > 9) return false;
    n = n * 10 + static_cast<int64_t>(d);
  }
  out = i == 1 && t[0] == '-' ? -n : n;
  return true;
}

// Byte comparison with the shorter side padded on the left with spaces.
int compare_padded(std::string_view a, std::string_view b) {
  size_t width = std::max(a.size(), b.size());
  for (size_t i = 0; i < width; ++i) {
    size_t pa = width - a.size();
    size_t pb = width - b.size();
    auto ca = static_cast<unsigned char>(i < pa ? ' ' : a[i - pa]);
    auto cb = static_cast<unsigned char>(i < pb ? ' ' : b[i - pb]);
    if (ca != cb) return ca < cb ? -1 : 1;
  }
  return 0;
}

// The searched-for value of an ordered LOCATE, read once for the whole scan rather than once per item.
struct SortKey {
  std::string_view text;
  bool right = false;  // AR or DR: numeric when both sides are numbers, else padded bytes
  bool numeric = false;
  bool small = false;
  int64_t integer = 0;
  Decimal decimal;

  SortKey(std::string_view x, Order order, bool string_compare = false)
      : text(x), right(order == Order::AR || order == Order::DR) {
    if (!right || string_compare) return;
    numeric = parse_decimal(x, decimal);
    small = numeric && small_integer(x, integer);
  }

  // Compares a list item with the key: item < key gives -1, equal 0, greater 1.
  int compare(std::string_view item) const {
    if (!right) return sign_of(item.compare(text));  // char_traits<char> compares bytes as unsigned char
    if (numeric) {
      int64_t n = 0;
      if (small && small_integer(item, n)) return (n > integer) - (n < integer);
      Decimal d;
      if (parse_decimal(item, d)) return compare_decimal(d, decimal);
    }
    return compare_padded(item, text);
  }
};

// The hot case of an ordered LOCATE: a right-aligned search for a small integer. Reads each item's digits
// while looking for its end, so every byte is visited once; an item of any other shape goes to
// SortKey::compare. Gives what scan_items gives.
LocateResult scan_integers(const SortKey& key, std::string_view s, Range c, char mark, size_t pos,
                           int64_t idx, bool ascending) {
  const int64_t start = idx;
  const char* p = s.data();
  for (;; ++idx) {
    if (pos == s.size()) return {idx != start && key.text.empty(), idx};
    size_t q = pos;
    bool negative = p[q] == '-';
    if (negative || p[q] == '+') ++q;
    const size_t digits = q;
    int64_t n = 0;
    for (; q < c.end && q - digits < 18 && static_cast<unsigned>(p[q] - '0') <= 9; ++q)
      n = n * 10 + (p[q] - '0');
    size_t end = q;
    int cmp;
    if (q > digits && (q == c.end || p[q] == mark)) {
      if (negative) n = -n;
      cmp = (n > key.integer) - (n < key.integer);
    } else {
      end = item_end(s, pos, c.end, mark);
      cmp = key.compare(s.substr(pos, end - pos));
    }
    if (ascending ? cmp >= 0 : cmp <= 0) return {cmp == 0, idx};
    if (end == c.end) return {false, idx + 1};
    pos = end + 1;
  }
}

// Scans items from `item` (number `idx`, the start item) to the end of container `c`. An empty item that
// begins at the very end of the string ends the scan at its own position, as in QM. An ordered scan stops at
// the first item at or beyond x in the order, whether or not the list is in fact sorted, as QM's does.
LocateResult scan_items(std::string_view x, std::string_view s, Range c, char mark, Range item, int64_t idx,
                        Order order, bool string_compare) {
  const int64_t start = idx;
  const bool ascending = order == Order::AL || order == Order::AR;
  const SortKey key(x, order, string_compare);
  if (key.small) return scan_integers(key, s, c, mark, item.begin, idx, ascending);
  for (;; ++idx) {
    if (item.begin == s.size()) return {idx != start && x.empty(), idx};
    std::string_view text = s.substr(item.begin, item.end - item.begin);
    if (order == Order::None) {
      if (text == x) return {true, idx};
    } else {
      int cmp = key.compare(text);
      if (ascending ? cmp >= 0 : cmp <= 0) return {cmp == 0, idx};
    }
    if (item.end == c.end) return {false, idx + 1};
    item = {item.end + 1, item_end(s, item.end + 1, c.end, mark)};
  }
}

// Field k (1-based) of a string whose index holds every field's start; n is the number of fields.
std::string_view indexed_field(std::string_view s, const std::vector<uint32_t>& starts, size_t k) {
  size_t begin = starts[k - 1];
  size_t end = k < starts.size() ? starts[k] - 1 : s.size();
  return s.substr(begin, end - begin);
}

// Learns whether every field of `s` is a small integer and whether they ascend or descend, recording every
// field's start. One pass, as long as one unsorted LOCATE that runs to the end.
void check_integers(std::string_view s, FieldIndex& ix) {
  std::vector<uint32_t>& starts = ix.fields.starts;
  starts.clear();
  ix.all_integers = ix.ascending = ix.descending = true;
  ix.checked_size = s.size();
  int64_t previous = 0;
  for (size_t pos = 0;;) {
    size_t end = item_end(s, pos, s.size(), kFM);
    int64_t n = 0;
    if (!small_integer(s.substr(pos, end - pos), n)) {
      ix.all_integers = false;
      starts.clear();
      return;
    }
    if (!starts.empty()) {
      ix.ascending = ix.ascending && previous <= n;
      ix.descending = ix.descending && previous >= n;
    }
    starts.push_back(static_cast<uint32_t>(pos));
    previous = n;
    if (end == s.size()) return;
    pos = end + 1;
  }
}

// LOCATE by bisection over the fields of a sorted list of small integers, for a numeric key. On such a list
// the items at or past the key in the order form a tail, so the first of them is what QM's scan finds.
// False when the list is not of that kind (the caller scans).
bool bisect_integers(const SortKey& key, std::string_view s, bool ascending, FieldHint& hint,
                     LocateResult& r) {
  if (!key.numeric || s.size() >= kIndexableSize) return false;
  if (!hint.index) hint.index = std::make_unique<FieldIndex>();
  FieldIndex& ix = *hint.index;
  if (ix.checked_size != s.size()) check_integers(s, ix);
  if (!ix.all_integers || !(ascending ? ix.ascending : ix.descending)) return false;
  const std::vector<uint32_t>& starts = ix.fields.starts;
  size_t lo = 1, hi = starts.size() + 1;
  int found_cmp = 1;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int cmp = key.compare(indexed_field(s, starts, mid));
    if (ascending ? cmp >= 0 : cmp <= 0) {
      hi = mid;
      found_cmp = cmp;
    } else {
      lo = mid + 1;
    }
  }
  r = {lo <= starts.size() && found_cmp == 0, static_cast<int64_t>(lo)};
  return true;
}

// INS of a small integer x as field f of a sorted list of small integers whose index is up to date: inserts
// it, keeps every field's start and updates the order. False (nothing done) for any other insertion.
bool insert_sorted(std::string& s, int64_t f, int64_t v, int64_t sv, std::string_view x, FieldHint& hint) {
  FieldIndex* ix = hint.index.get();
  int64_t n = 0;
  if (ix == nullptr || v != 0 || sv != 0 || f < 1 || ix->checked_size != s.size() || !ix->all_integers) {
    return false;
  }
  std::vector<uint32_t>& starts = ix->fields.starts;
  const auto count = static_cast<int64_t>(starts.size());
  if (f > count + 1 || !small_integer(x, n) || s.size() + x.size() + 1 >= kIndexableSize) return false;
  int64_t before = 0, after = 0;
  if (f > 1 && small_integer(indexed_field(s, starts, static_cast<size_t>(f - 1)), before)) {
    ix->ascending = ix->ascending && before <= n;
    ix->descending = ix->descending && before >= n;
  }
  if (f <= count && small_integer(indexed_field(s, starts, static_cast<size_t>(f)), after)) {
    ix->ascending = ix->ascending && n <= after;
    ix->descending = ix->descending && n >= after;
  }
  const auto shift = static_cast<uint32_t>(x.size() + 1);
  if (f <= count) {
    const uint32_t at = starts[static_cast<size_t>(f - 1)];
    s.insert(at, std::string(x) + kFM);
    auto pos = starts.insert(starts.begin() + (f - 1), at);
    for (auto it = pos + 1; it != starts.end(); ++it) *it += shift;
  } else {
    starts.push_back(static_cast<uint32_t>(s.size() + 1));
    s.push_back(kFM);
    s.append(x);
  }
  ix->checked_size = s.size();
  ix->values = {-1, 0, {}};
  ix->subvalues = {-1, 0, {}};
  hint.field = 0;
  return true;
}

}  // namespace

std::string_view extract(std::string_view s, int64_t f, int64_t v, int64_t sv, FieldHint* hint) {
  if (f < 1 || v < 0 || (v > 0 && sv < 0)) return {};
  Seek field = seek_field(s, f, hint);
  if (!field.found) return {};
  Range r = field.item;
  if (v > 0) {
    Seek value = seek_within(s, r, kVM, v, hint, f, 0);
    if (!value.found) return {};
    r = value.item;
    if (sv > 0) {
      Seek sub = seek_within(s, r, kSM, sv, hint, f, v);
      if (!sub.found) return {};
      r = sub.item;
    }
  }
  return s.substr(r.begin, r.end - r.begin);
}

void replace(std::string& s, int64_t f, int64_t v, int64_t sv, std::string_view x, FieldHint* hint) {
  if (aliases(s, x)) {
    std::string copy(x);
    replace(s, f, v, sv, copy, hint);
    return;
  }
  // Every change lands at or after the start of the field the hint is left on, so the hint stays valid.
  Target t = resolve(s, f == 0 ? 1 : f, v, sv, hint);
  edited_from(hint, t.item.begin);
  if (t.exists) {
    s.replace(t.item.begin, t.item.end - t.item.begin, x);
  } else {
    put(s, t, x, {});
  }
}

void insert(std::string& s, int64_t f, int64_t v, int64_t sv, std::string_view x, FieldHint* hint) {
  if (aliases(s, x)) {
    std::string copy(x);
    insert(s, f, v, sv, copy, hint);
    return;
  }
  if (hint != nullptr) {
    if (insert_sorted(s, f == 0 ? 1 : f, v, sv, x, *hint)) return;
    *hint = FieldHint{};
  }
  Target t = resolve(s, f == 0 ? 1 : f, v, sv, nullptr);
  if (!t.exists) {
    if (!x.empty()) put(s, t, x, {});
    return;
  }
  // An empty last item of its container is filled rather than pushed along.
  bool fill = t.item.empty() && t.item.end == t.container.end;
  put(s, t, x, fill ? std::string_view() : std::string_view(&t.mark, 1));
}

void erase(std::string& s, int64_t f, int64_t v, int64_t sv) {
  if (f < 0 || v < 0 || sv < 0) return;
  Target t = resolve(s, f == 0 ? 1 : f, v, sv, nullptr);
  if (!t.exists) return;
  const Range& c = t.container;
  const Range& it = t.item;
  if (it.begin > c.begin) {
    s.erase(it.begin - 1, it.end - it.begin + 1);  // the item and the mark before it
  } else if (it.end < c.end) {
    s.erase(it.begin, it.end - it.begin + 1);  // the first item and the mark after it
  } else {
    s.erase(it.begin, it.end - it.begin);  // the only item
  }
}

int64_t count_items(std::string_view s, int64_t f, int64_t v) {
  Range c{0, s.size()};
  char mark = kFM;
  if (f != 0) {
    if (f < 0 || v < 0) return 0;
    Seek field = seek_field(s, f, nullptr);
    if (!field.found) return 0;
    c = field.item;
    mark = kVM;
    if (v > 0) {
      Seek value = seek_item(s, c, kVM, v);
      if (!value.found) return 0;
      c = value.item;
      mark = kSM;
    }
  }
  if (c.empty()) return 0;
  auto first = s.begin() + static_cast<std::ptrdiff_t>(c.begin);
  auto last = s.begin() + static_cast<std::ptrdiff_t>(c.end);
  return static_cast<int64_t>(std::count(first, last, mark)) + 1;
}

Order order_from_code(std::string_view code) {
  if (code.empty()) return Order::None;
  auto upper = [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; };
  bool right = code.size() > 1 && upper(code[1]) == 'R';
  switch (upper(code[0])) {
    case 'A':
      return right ? Order::AR : Order::AL;
    case 'D':
      return right ? Order::DR : Order::DL;
    default:
      return Order::None;
  }
}

LocateResult locate(std::string_view x, std::string_view s, int64_t f, int64_t v, int64_t sv, Order order,
                    FieldHint* hint, bool string_compare) {
  SearchScope scope = search_scope(s, f, v, sv);
  if (!scope.exists) return {false, scope.start};
  const Range c = scope.container;
  if (c.empty()) {
    // An empty container is one empty slot at position 1; QM does not apply the sort order to it, and an
    // empty container at the very end of a non-empty string never matches.
    if (scope.start != 1) return {false, scope.start};
    bool at_tail = !s.empty() && c.begin == s.size();
    return {!at_tail && x.empty(), 1};
  }
  if (hint != nullptr && !string_compare && scope.mark == kFM && scope.start == 1 &&
      (order == Order::AR || order == Order::DR)) {
    LocateResult r;
    if (bisect_integers(SortKey(x, order), s, order == Order::AR, *hint, r)) return r;
  }
  Seek first = seek_item(s, c, scope.mark, scope.start);
  if (!first.found) return {false, scope.start};
  return scan_items(x, s, c, scope.mark, first.item, scope.start, order, string_compare);
}

std::string_view remove_next(std::string_view s, size_t& pos, int& code) {
  // QM leaves the pointer one past the end once a REMOVE has run off the string; GETREM() reports it.
  if (pos >= s.size()) {
    pos = s.size() + 1;
    code = 0;
    return {};
  }
  size_t end = pos;
  while (end < s.size() && !is_mark(s[end])) ++end;
  std::string_view item = s.substr(pos, end - pos);
  code = end < s.size() ? mark_code(s[end]) : 0;
  pos = end + 1;
  return item;
}

}  // namespace mv::runtime
