// A dimensioned matrix (DIM A(r{, c})): rows x cols cells plus QM's zero element at index 0. Matrices
// are handle values, so built-ins such as SELECT.SOCKET can receive one and walk its cells.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/value.hpp"

namespace mv::runtime {

class Context;

class Matrix final : public HandleObject {
 public:
  const char* type_name() const override { return "matrix"; }
  int64_t rows = 0;
  int64_t cols = 0;  // 0 for a one-dimensional matrix
  bool pick = false;         // a Pick style matrix ($MODE PICK.MATRIX): no zero element
  std::vector<Value> cells;  // cells[0] is the zero element; then row-major from (1,1)

  size_t size() const { return cells.size() - 1; }
  // The cell (r) or (r, c), or nullptr when out of range. (0) / (0, 0) is the zero element.
  Value* cell(int64_t r, int64_t c) {
    if (r == 0 && c == 0) return pick ? nullptr : &cells[0];
    if (r < 1 || r > rows || (cols ? (c < 1 || c > cols) : c != 0)) return nullptr;
    return &cells[static_cast<size_t>(cols ? (r - 1) * cols + c : r)];
  }
};

// MATPARSE: one element per delimited item of `text`; items beyond the matrix go, still delimited, to the
// zero element. With several delimiter characters any of them splits, and each delimiter found takes an
// element of its own; a null delimiter puts one character in each element. Returns what INMAT() then
// reports: the number of elements set, or 0 when some did not fit.
int64_t matrix_parse(Matrix& m, std::string_view text, std::string_view delim);

// MATBUILD: elements `from` to `to` (clamped to the matrix; below 1 means the whole matrix) joined by
// `delim`. Trailing null elements are left out unless the zero element is not null, in which case it is
// appended. `inmat` receives the last element used (0 when the zero element was appended).
std::string matrix_build(const Context& cx, const Matrix& m, int64_t from, int64_t to, std::string_view delim,
                         int64_t& inmat);

}  // namespace mv::runtime
