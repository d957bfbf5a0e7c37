// Numeric arrays: dynamic arrays whose every element is a number, which QM's arithmetic operators and
// numeric functions (ABS, INT, SQRT ...) work on value by value, so "1]2" + "10]20" is "11]22". This file
// owns the test for such a value and the two walks over elements; the VM (vm_arrays.cpp) and the numeric
// built-ins (stdlib/math/math_arrays.cpp) supply the per-element operation.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "runtime/value.hpp"

namespace mv::runtime {

// True when arithmetic cannot read v as one number but v is a string holding a mark (text, subvalue,
// value, field or item mark): a numeric array. Any other non-numeric value keeps the usual error.
bool is_numeric_array(const Value& v);

// True when v is REUSE(x): its elements repeat its last one where the other operand has more.
inline bool is_reused(const Value& v) { return v.is_handle() && v.handle_object()->reused_value(); }

// One element for a per-element operation: its text, or missing (the other array is longer at this level).
struct Element {
  std::string_view text;
  bool missing = false;
};

// Applies `op` to each element between marks, appending each result to `out` with the marks kept. An
// empty element is still an element (it reads as 0).
void each_element(std::string_view s, std::string& out,
                  const std::function<void(std::string_view, std::string&)>& op);

// Pairs the elements of two arrays as QM does: the side whose next mark is deeper (a subvalue mark is
// deeper than a value mark, which is deeper than a field mark) advances alone while the other side is
// missing; the mark written between results is the deeper of the two.
void pair_elements(std::string_view a, std::string_view b, std::string& out,
                   const std::function<void(const Element&, const Element&, std::string&)>& op);

}  // namespace mv::runtime
