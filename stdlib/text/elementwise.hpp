// The machinery of QM's element-wise ("S") functions: REUSE() markers, a cursor that walks a dynamic array
// element by element, and `zip`, which pairs the elements of several arrays by mark level. QM matches
// elements pairwise: when one array's next mark is deeper than another's, the shallower side is "held" and
// contributes "" (or, wrapped in REUSE(), its last element) until the other catches up. Field, value and
// subvalue marks separate elements; text marks stay inside them. dynarray.cpp (CATS, EQS, ...) and
// elementwise.cpp (ANDS, IFS, TRIMS, ...) both build on this.
#pragma once

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

// REUSE(x) marks a list whose last element repeats when the other list of a pairwise function is longer.
class Reused : public runtime::HandleObject {
 public:
  explicit Reused(Value v) : value(std::move(v)) {}
  const char* type_name() const override { return "REUSE"; }
  const Value* reused_value() const override { return &value; }
  Value value;
};

// Walks one dynamic array element by element for the element-wise functions.
class ElementCursor {
 public:
  ElementCursor() = default;
  ElementCursor(std::string_view s, bool reuse) : s_(s), reuse_(reuse) {}
  // The element for this step and the mark after it (0 at the end).
  std::string_view element() const { return held_ ? (reuse_ ? last_ : std::string_view()) : current_; }
  char mark() const { return mark_; }
  void read() {
    held_ = false;
    if (pos_ > s_.size()) {
      current_ = std::string_view();
      mark_ = 0;
      held_ = true;
      return;
    }
    size_t i = pos_;
    while (i < s_.size() && !is_pair_mark(s_[i])) ++i;
    current_ = s_.substr(pos_, i - pos_);
    last_ = current_;
    mark_ = i < s_.size() ? s_[i] : 0;
    pos_ = i + 1;
  }
  void hold() { held_ = true; }
  bool at_end() const { return mark_ == 0; }

 private:
  static bool is_pair_mark(char c) { return c == runtime::kFM || c == runtime::kVM || c == runtime::kSM; }
  std::string_view s_;
  bool reuse_ = false;
  size_t pos_ = 0;
  std::string_view current_, last_;
  char mark_ = 0;
  bool held_ = false;
};

// The value inside a REUSE() marker (setting `reuse`), or `v` itself.
inline const Value& unwrap_reuse(const Value& v, bool& reuse) {
  if (v.is_handle()) {
    if (auto* r = dynamic_cast<Reused*>(v.handle_object())) {
      reuse = true;
      return r->value;
    }
  }
  reuse = false;
  return v;
}

// Marks compare by level: a subvalue mark is deeper than a value mark, which is deeper than a field mark;
// the end of the data is shallower than all of them.
inline int mark_level(char m) { return m == 0 ? 256 : static_cast<unsigned char>(m); }

// Calls op(result, elements) for each step over N dynamic arrays matched element by element, writing the
// marks between steps into the result. Null data still runs the operation once.
template <size_t N, typename Op>
void zip(Context& cx, const std::array<const Value*, N>& in, Value& out, Op op) {
  std::array<std::string, N> scratch;
  std::array<ElementCursor, N> cur;
  for (size_t k = 0; k < N; ++k) {
    bool reuse;
    const Value& v = unwrap_reuse(*in[k], reuse);
    cur[k] = ElementCursor(cx.text(v, scratch[k]), reuse);
    cur[k].read();
  }
  std::string result;
  std::array<std::string_view, N> elems;
  for (;;) {
    for (size_t k = 0; k < N; ++k) elems[k] = cur[k].element();
    op(result, elems);
    int deepest = 256;
    for (const ElementCursor& c : cur) deepest = std::min(deepest, mark_level(c.mark()));
    if (deepest == 256) break;
    // Advance the arrays whose next mark is deepest; the others wait at their marks.
    result += static_cast<char>(deepest);
    for (ElementCursor& c : cur) {
      if (mark_level(c.mark()) == deepest)
        c.read();
      else
        c.hold();
    }
  }
  out = Value::string(std::move(result));
}

// Applies `op` to paired elements of two dynamic arrays.
template <typename Op>
void pairwise(Context& cx, const Value& a, const Value& b, Value& out, Op op) {
  zip<2>(cx, {&a, &b}, out,
         [&op](std::string& r, const std::array<std::string_view, 2>& e) { op(r, e[0], e[1]); });
}

// Applies `op` to each element of one dynamic array.
template <typename Op>
void each_element(Context& cx, const Value& a, Value& out, Op op) {
  zip<1>(cx, {&a}, out, [&op](std::string& r, const std::array<std::string_view, 1>& e) { op(r, e[0]); });
}

}  // namespace mv::stdlib
