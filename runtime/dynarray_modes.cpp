// The dynamic-array side of $MODE COMPATIBLE.APPEND: how an append (a negative field, value or subvalue
// position) is placed when the element it would follow is null. QM's default adds a mark after it; other
// MultiValue products, and QM in this mode, put the new data into that null element instead.
#include <algorithm>

#include "runtime/dynarray.hpp"

namespace mv::runtime {

namespace {

// The position of the last item of `container` when that item is null (the container ends with `mark`),
// else 0.
int64_t null_last_item(std::string_view container, char mark) {
  if (container.empty() || container.back() != mark) return 0;
  return static_cast<int64_t>(std::count(container.begin(), container.end(), mark)) + 1;
}

}  // namespace

void compatible_append(std::string_view s, int64_t& f, int64_t& v, int64_t& sv) {
  if (s.empty()) return;
  if (f < 0) {
    if (int64_t n = null_last_item(s, kFM)) f = n;
    return;
  }
  int64_t field = f == 0 ? 1 : f;
  if (v < 0) {
    if (int64_t n = null_last_item(extract(s, field, 0, 0), kVM)) v = n;
    return;
  }
  if (sv < 0) {
    if (int64_t n = null_last_item(extract(s, field, v == 0 ? 1 : v, 0), kSM)) sv = n;
  }
}

}  // namespace mv::runtime
