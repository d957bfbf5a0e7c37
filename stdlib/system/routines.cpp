// The run-time helpers behind compiler forms of issue 10: case-insensitive comparison ($NOCASE.STRINGS)
// assignment to @SYSTEM.SET, and matrices in COMMON.
#include <algorithm>
#include <cctype>

#include "runtime/ascii.hpp"
#include "runtime/matrix.hpp"
#include "runtime/value.hpp"
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {

}  // namespace

// ~NOCASE.STRINGS(a, b, op): two strings that are not both numbers compare ignoring case; numbers and
// numeric strings compare as the plain operator compares them.
void fn_nocase_compare(Context& cx, Value* args, int, Value& out) {
  runtime::Number na, nb;
  bool numeric = args[0].is_numeric_kind() || args[1].is_numeric_kind() ||
                 (runtime::strict_number(args[0], na) && runtime::strict_number(args[1], nb));
  int c;
  if (numeric) {
    c = runtime::compare(args[0], args[1]);
  } else {
    std::string sa, sb;
    c = runtime::compare(Value::string(runtime::ascii_upper(cx.text(args[0], sa))),
                         Value::string(runtime::ascii_upper(cx.text(args[1], sb))));
  }
  bool r = false;
  switch (cx.integer(args[2])) {
    case 0:
      r = c == 0;
      break;
    case 1:
      r = c != 0;
      break;
    case 2:
      r = c < 0;
      break;
    case 3:
      r = c > 0;
      break;
    case 4:
      r = c <= 0;
      break;
    default:
      r = c >= 0;
      break;
  }
  out.set_int(r ? 1 : 0);
}

// M = ~COMMON(M, rows, cols) at a COMMON statement naming matrix M: the COMMON cell already holding a matrix
// (another routine declared the block first) keeps it, re-dimensioned when the shape differs, as DIM does;
// otherwise a new matrix whose elements start as 0, as COMMON variables do.
void fn_common_matrix(Context& cx, Value* args, int, Value& out) {
  int64_t r = cx.integer(args[1]), c = cx.integer(args[2]);
  if (r < 1 || c < 0 || r > 10000000 || (c > 0 && r * c > 10000000)) cx.fail("Invalid matrix dimensions");
  auto* old = args[0].is_handle() ? dynamic_cast<runtime::Matrix*>(args[0].handle_object()) : nullptr;
  if (old && old->rows == r && old->cols == c) {
    out = args[0];
    return;
  }
  auto* m = new runtime::Matrix;
  m->rows = r;
  m->cols = c;
  m->cells.assign(static_cast<size_t>(r * (c ? c : 1) + 1), Value::integer(0));
  if (old) {
    size_t n = std::min(old->cells.size(), m->cells.size());
    for (size_t i = 0; i < n; ++i) m->cells[i] = old->cells[i];
  }
  out = Value::handle(m);
}

// @SYSTEM.SET = x: @SYSTEM.SET is another name of @SYSTEM.RETURN.CODE, which EXECUTE sets.
void fn_set_system_set(Context& cx, Value* args, int, Value& out) {
  cx.system_return = args[0];
  out.set_int(0);
}

}  // namespace mv::stdlib
