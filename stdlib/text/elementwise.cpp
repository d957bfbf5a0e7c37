// QM's element-wise ("S") functions added for the full QM name list: the logical and relational ones (ANDS,
// ORS, NOTS, GES, GTS, LES, LTS, NES, IFS), and the element-wise forms of scalar built-ins (ABSS, NUMS,
// SPACES, STRS, TRIMS, TRIMFS, TRIMBS, SOUNDEXS, FOLDS, INDEXS, FIELDS, SUBSTRINGS). Each element is handed
// to the scalar built-in itself, so an element behaves exactly as the same text would alone, and arrays are
// paired by the zip machinery of elementwise.hpp (a missing element is "", or the last one under REUSE()).
#include "stdlib/text/elementwise.hpp"

#include "runtime/value.hpp"

namespace mv::stdlib {

namespace {

// Runs scalar built-in `fn` with the element as its first argument and `extra` after it, and appends the
// result's text.
void apply_scalar(Context& cx, runtime::BuiltinFn fn, std::string& r, std::string_view element,
                  std::initializer_list<const Value*> extra = {}) {
  Value args[5];
  int argc = 0;
  args[argc++] = Value::string(element);
  for (const Value* v : extra) args[argc++] = *v;
  Value result;
  fn(cx, args, argc, result);
  runtime::append_text(r, result, cx.precision);
}

// Element-wise form of a scalar built-in whose other arguments stay the same for every element.
void map_scalar(Context& cx, runtime::BuiltinFn fn, Value* args, int argc, Value& out) {
  const Value* a1 = argc > 1 ? &args[1] : nullptr;
  const Value* a2 = argc > 2 ? &args[2] : nullptr;
  const Value* a3 = argc > 3 ? &args[3] : nullptr;
  each_element(cx, args[0], out, [&](std::string& r, std::string_view e) {
    if (a3)
      apply_scalar(cx, fn, r, e, {a1, a2, a3});
    else if (a2)
      apply_scalar(cx, fn, r, e, {a1, a2});
    else if (a1)
      apply_scalar(cx, fn, r, e, {a1});
    else
      apply_scalar(cx, fn, r, e);
  });
}

// Element-wise comparison: each pair compares as the two strings would with the operator (numerically when
// both are numbers), giving 1 or 0.
template <typename Test>
void compare_pairs(Context& cx, Value* args, Value& out, Test test) {
  pairwise(cx, args[0], args[1], out, [&test](std::string& r, std::string_view x, std::string_view y) {
    r += test(runtime::compare(Value::string(x), Value::string(y))) ? '1' : '0';
  });
}

bool truth(std::string_view e) { return runtime::truthy(Value::string(e)); }

}  // namespace

void fn_ges(Context& cx, Value* args, int, Value& out) {
  compare_pairs(cx, args, out, [](int c) { return c >= 0; });
}
void fn_gts(Context& cx, Value* args, int, Value& out) {
  compare_pairs(cx, args, out, [](int c) { return c > 0; });
}
void fn_les(Context& cx, Value* args, int, Value& out) {
  compare_pairs(cx, args, out, [](int c) { return c <= 0; });
}
void fn_lts(Context& cx, Value* args, int, Value& out) {
  compare_pairs(cx, args, out, [](int c) { return c < 0; });
}
void fn_nes(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], args[1], out, [](std::string& r, std::string_view x, std::string_view y) {
    r += runtime::equal(Value::string(x), Value::string(y)) ? '0' : '1';
  });
}

void fn_ands(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], args[1], out, [](std::string& r, std::string_view x, std::string_view y) {
    r += truth(x) && truth(y) ? '1' : '0';
  });
}

void fn_ors(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], args[1], out, [](std::string& r, std::string_view x, std::string_view y) {
    r += truth(x) || truth(y) ? '1' : '0';
  });
}

void fn_nots(Context& cx, Value* args, int, Value& out) {
  each_element(cx, args[0], out, [](std::string& r, std::string_view x) { r += truth(x) ? '0' : '1'; });
}

// IFS(c, t, f): for each element, the element of t where c's element is true, else the element of f.
void fn_ifs(Context& cx, Value* args, int, Value& out) {
  zip<3>(
      cx, {&args[0], &args[1], &args[2]}, out,
      [](std::string& r, const std::array<std::string_view, 3>& e) { r.append(truth(e[0]) ? e[1] : e[2]); });
}

void fn_abss(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_abs, args, argc, out); }
void fn_nums(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_num, args, argc, out); }
void fn_spaces(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_space, args, argc, out); }
void fn_strs(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_str, args, argc, out); }
void fn_trims(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_trim, args, argc, out); }
void fn_trimfs(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_trimf, args, argc, out); }
void fn_trimbs(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_trimb, args, argc, out); }
void fn_soundexs(Context& cx, Value* args, int argc, Value& out) {
  map_scalar(cx, fn_soundex, args, argc, out);
}
void fn_folds(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_fold, args, argc, out); }
void fn_indexs(Context& cx, Value* args, int argc, Value& out) { map_scalar(cx, fn_index, args, argc, out); }

// FIELDS leaves COL1() and COL2() as they were: they describe one FIELD() call, not a whole array.
void fn_fields(Context& cx, Value* args, int argc, Value& out) {
  int64_t col1 = cx.col1, col2 = cx.col2;
  map_scalar(cx, fn_field, args, argc, out);
  cx.col1 = col1;
  cx.col2 = col2;
}

// SUBSTRINGS(d, start, len): element[start, len], with the substring rules (start below 1 means 1).
void fn_substrings(Context& cx, Value* args, int, Value& out) {
  int64_t start = std::max<int64_t>(cx.integer(args[1]), 1);
  int64_t len = cx.integer(args[2]);
  each_element(cx, args[0], out, [&](std::string& r, std::string_view e) {
    if (len <= 0 || start > static_cast<int64_t>(e.size())) return;
    r.append(e.substr(static_cast<size_t>(start - 1), static_cast<size_t>(len)));
  });
}

}  // namespace mv::stdlib
