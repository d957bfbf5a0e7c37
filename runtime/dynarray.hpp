// Dynamic-array algorithms over plain byte strings: field/value/subvalue extraction, replacement, insertion
// and deletion, item counting, LOCATE and REMOVE, all following QM's rules for padding, appending with -1
// and empty containers. This header owns the mark characters and the sequential-access field hint; it knows
// nothing of the runtime's value type, so every function works on std::string or std::string_view.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mv::runtime {

// The mark characters, highest first. REMOVE reports them as codes 1 (IM) to 5 (TM).
inline constexpr char kIM = static_cast<char>(255);
inline constexpr char kFM = static_cast<char>(254);
inline constexpr char kVM = static_cast<char>(253);
inline constexpr char kSM = static_cast<char>(252);
inline constexpr char kTM = static_cast<char>(251);

// True for any of the five mark characters (bytes 251 to 255).
constexpr bool is_mark(char c) { return static_cast<unsigned char>(c) >= 251; }

// The REMOVE delimiter code of a mark: IM 1, FM 2, VM 3, SM 4, TM 5; 0 for any other byte.
constexpr int mark_code(char c) { return is_mark(c) ? 256 - static_cast<unsigned char>(c) : 0; }

// Where the items of one container start, learnt as walks pass them: starts[k] is where item k + 1 begins,
// known for the first starts.size() items. `f` and `v` name the container: the fields of the whole string
// (0, 0), the values of field f (f, 0), or the subvalues of value v of field f.
struct ItemStarts {
  int64_t f = 0;
  int64_t v = 0;
  std::vector<uint32_t> starts;
};

// The offsets of the items a string's walks have passed, one level each: fields, the values of one field and
// the subvalues of one value. With it any order of access over an unchanged string costs O(1) per item once
// the walk has passed it. An edit keeps the starts at or before the first byte it changed and drops the rest.
struct FieldIndex {
  ItemStarts fields;
  ItemStarts values{-1, 0, {}};
  ItemStarts subvalues{-1, 0, {}};
  // What a right-aligned LOCATE over the fields learnt of the whole string when it was `checked_size` bytes
  // long (0: never): whether every field is an integer of up to 18 digits and, if so, whether they ascend or
  // descend. `fields` then holds every field's start. Such a list is searched by bisection, which gives what
  // QM's scan gives; INS of an integer keeps this up to date, and any other change of size makes it stale.
  size_t checked_size = 0;
  bool all_integers = false;
  bool ascending = false;
  bool descending = false;
};

// A cache of where one field of one string starts, so that walking a string field by field is linear overall.
// Field 0 means the cache is empty; otherwise field `field` (1-based) starts at byte `offset`. A hint is only
// meaningful for the string it was made with: replace() keeps it valid, and callers reset it (to {}) whenever
// they change the string any other way. A hint that is visibly wrong for the string is ignored, not trusted.
// The first walk that goes backwards (or deep into one field or value) builds `index`, which then serves
// every access; replace() trims it as it changes the string.
struct FieldHint {
  int64_t field = 0;
  size_t offset = 0;
  std::unique_ptr<FieldIndex> index;
};

// EXTRACT(s, f, v, sv) and s<f,v,sv>. A v of 0 returns the whole field and an sv of 0 the whole value; a
// field number below 1, a negative v or sv, or an element beyond the end all give "". The result views `s`.
std::string_view extract(std::string_view s, int64_t f, int64_t v, int64_t sv, FieldHint* hint = nullptr);

// s<f,v,sv> = x and REPLACE(). Missing fields, values and subvalues are created with marks. A field of 0
// means
// 1. A negative position appends a new item at that level (s<-1> = x is s := FM:x, or x when s is ""; an
// empty field or value takes x without a mark) and lower levels are then ignored. The hint stays valid.
void replace(std::string& s, int64_t f, int64_t v, int64_t sv, std::string_view x, FieldHint* hint = nullptr);

// INS x BEFORE s<f,v,sv> and INSERT(). Inserting before an existing item adds x and a mark, except that an
// empty final item of its container is simply filled. Positions beyond the end are padded with marks, and a
// negative position appends as replace() does; inserting "" beyond the end changes nothing. The hint is
// reset, or its index kept up to date for a sorted list of integers.
void insert(std::string& s, int64_t f, int64_t v, int64_t sv, std::string_view x, FieldHint* hint = nullptr);

// DEL s<f,v,sv> and DELETE(): removes the element and one adjoining mark of its level. A missing element or
// any negative position leaves s unchanged; a field of 0 means 1.
// $MODE COMPATIBLE.APPEND (dynarray_modes.cpp): when the negative (append) index among f, v, sv would add
// a mark after a null last element of its field, value or string, it becomes that element's position, so
// the new data fills the null element as other MultiValue products do.
void compatible_append(std::string_view s, int64_t& f, int64_t& v, int64_t& sv);

void erase(std::string& s, int64_t f, int64_t v, int64_t sv);

// How many items a container holds, as DCOUNT counts them: fields of s when f is 0, values of field f when v
// is 0, otherwise subvalues of value v of field f. An empty or missing container holds 0 items.
int64_t count_items(std::string_view s, int64_t f, int64_t v);

// LOCATE sort orders: none, ascending/descending, left aligned (byte strings) or right aligned (numeric when
// both sides are numbers, otherwise strings padded on the left with spaces).
enum class Order { None, AL, AR, DL, DR };

// Maps a BY code such as "AL" or "dr" to an Order as QM reads it: 'A' or 'D' first, then 'R' for right
// alignment and anything else for left; any other first character means no order.
Order order_from_code(std::string_view code);

// The outcome of LOCATE: whether x was found, and its position, or where it belongs when not found.
struct LocateResult {
  bool found;
  int64_t pos;
};

// LOCATE x IN s<f{,v{,sv}}> {BY order} SETTING pos. With v < 1 it searches fields from field f; with sv < 1
// the values of field f from value v; otherwise the subvalues of value v of field f from subvalue sv (f < 1
// means 1). Unordered searches compare exact bytes and give count+1 when not found; ordered ones stop at the
// first item >= x (ascending) or <= x (descending). An empty container gives position 1.
// With a hint, a right-aligned search of the fields of a sorted list of integers bisects (see FieldIndex).
// string_compare ($MODE STRING.LOCATE): AR and DR compare padded strings even when both sides are numbers.
LocateResult locate(std::string_view x, std::string_view s, int64_t f, int64_t v, int64_t sv, Order order,
                    FieldHint* hint = nullptr, bool string_compare = false);

// REMOVE: returns the element from byte `pos` up to the next mark (any of the five), advances `pos` past that
// mark and sets `code` to the mark's code (1 to 5), or to 0 when the element ran to the end of the string
// (`pos` is then LEN + 1, as QM's GETREM() reports it).
std::string_view remove_next(std::string_view s, size_t& pos, int& code);

}  // namespace mv::runtime
