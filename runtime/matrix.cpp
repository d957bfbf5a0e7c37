// Splitting a string into a matrix and joining a matrix into a string: MATPARSE and MATBUILD, which MATREAD
// and MATWRITE (stdlib/file_mat.cpp) reuse with a field mark as the delimiter.
#include "runtime/matrix.hpp"

#include "runtime/builtin_api.hpp"

namespace mv::runtime {

int64_t matrix_parse(Matrix& m, std::string_view text, std::string_view delim) {
  for (Value& cell : m.cells) cell = Value::string(std::string_view());
  std::vector<std::string_view> items;
  if (delim.empty()) {
    for (size_t i = 0; i < text.size(); ++i) items.push_back(text.substr(i, 1));
  } else if (!text.empty()) {
    size_t pos = 0;
    for (;;) {
      size_t next = text.find_first_of(delim, pos);
      items.push_back(text.substr(pos, next == std::string_view::npos ? next : next - pos));
      if (next == std::string_view::npos) break;
      if (delim.size() > 1) items.push_back(text.substr(next, 1));
      pos = next + 1;
    }
  }
  size_t capacity = m.cells.size() - 1;
  for (size_t i = 0; i < items.size() && i < capacity; ++i) m.cells[i + 1] = Value::string(items[i]);
  if (items.size() > capacity && m.pick) {
    // A Pick style matrix keeps the rest, delimiters and all, in its last element.
    size_t start = static_cast<size_t>(items[capacity - 1].data() - text.data());
    m.cells[capacity] = Value::string(text.substr(start));
    return 0;
  }
  if (items.size() > capacity) {
    // The rest, with the delimiters between them as they were in the string.
    size_t start = static_cast<size_t>(items[capacity].data() - text.data());
    m.cells[0] = Value::string(text.substr(start));
    return 0;
  }
  return static_cast<int64_t>(items.size());
}

std::string matrix_build(const Context& cx, const Matrix& m, int64_t from, int64_t to, std::string_view delim,
                         int64_t& inmat) {
  auto is_null = [](const Value& v) { return v.is_unassigned() || (v.is_str() && v.str().empty()); };
  int64_t n = static_cast<int64_t>(m.cells.size()) - 1;
  if (from < 1) from = 1;
  if (to > n || to < 1) to = n;
  bool zero_used = !m.pick && !is_null(m.cells[0]);
  // Trailing unassigned or null elements are left out, unless a non-null zero element follows them.
  if (!zero_used) {
    while (to >= from && is_null(m.cells[static_cast<size_t>(to)])) --to;
  }
  std::string out, scratch;
  for (int64_t i = from; i <= to; ++i) {
    if (i > from) out.append(delim);
    const Value& cell = m.cells[static_cast<size_t>(i)];
    if (!cell.is_unassigned()) out.append(cx.text(cell, scratch));
  }
  if (zero_used) {
    out.append(delim);
    out.append(cx.text(m.cells[0], scratch));
  }
  inmat = zero_used ? 0 : (to >= from ? to : 0);
  return out;
}

}  // namespace mv::runtime
