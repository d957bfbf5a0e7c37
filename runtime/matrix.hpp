// A dimensioned matrix (DIM A(r{, c})): rows x cols cells plus QM's zero element at index 0. Matrices
// are handle values, so built-ins such as SELECT.SOCKET can receive one and walk its cells.
#pragma once

#include <vector>

#include "runtime/value.hpp"

namespace mv::runtime {

class Matrix : public HandleObject {
 public:
  const char* type_name() const override { return "matrix"; }
  int64_t rows = 0;
  int64_t cols = 0;  // 0 for a one-dimensional matrix
  std::vector<Value> cells;  // cells[0] is the zero element; then row-major from (1,1)

  size_t size() const { return cells.size() - 1; }
  // The cell (r) or (r, c), or nullptr when out of range. (0) / (0, 0) is the zero element.
  Value* cell(int64_t r, int64_t c) {
    if (r == 0 && c == 0) return &cells[0];
    if (r < 1 || r > rows || (cols ? (c < 1 || c > cols) : c != 0)) return nullptr;
    return &cells[static_cast<size_t>(cols ? (r - 1) * cols + c : r)];
  }
};

}  // namespace mv::runtime
