// Dynamic-array built-ins: EXTRACT/INSERT/DELETE/REPLACE, the totals SUM/SUMMATION/MAXIMUM/MINIMUM, and
// the element-wise "S" functions (CATS, EQS, MODS, NEGS, LENS, SPLICE, COUNTS) with REUSE.
#include "runtime/dynarray.hpp"

#include <vector>

#include "runtime/matrix.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/json/collection.hpp"
#include "stdlib/text/elementwise.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib {

using runtime::Number;

namespace {

Number element_number(Context& cx, std::string_view s) {
  Number n;
  if (!runtime::parse_lenient(s, n))
    cx.fail("Non-numeric value " + runtime::shown_value(s) + " where numeric required");
  return n;
}

void append_number(Context& cx, std::string& out, const Number& n) {
  if (n.is_int) runtime::append_int(out, n.i);
  else runtime::append_double(out, n.f, cx.precision);
}

// Reduces the innermost mark level present: subvalues, else values, else fields.
std::string sum_level(Context& cx, std::string_view s, char inner) {
  std::string out;
  double total = 0;
  bool all_int = true;
  int64_t itotal = 0;
  size_t start = 0;
  auto flush = [&](char mark) {
    Number n = all_int ? Number{true, itotal, 0} : Number{false, 0, total};
    append_number(cx, out, n);
    if (mark) out += mark;
    total = 0;
    itotal = 0;
    all_int = true;
  };
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : 0;
    bool is_inner = c == inner;
    bool is_outer = c && runtime::is_mark(c) && static_cast<unsigned char>(c) > static_cast<unsigned char>(inner);
    if (i < s.size() && !is_inner && !is_outer) continue;
    Number n;
    if (runtime::parse_lenient(s.substr(start, i - start), n)) {
      if (n.is_int && all_int && !__builtin_add_overflow(itotal, n.i, &itotal)) {
        total += static_cast<double>(n.i);
      } else {
        if (all_int) total = static_cast<double>(itotal);
        all_int = false;
        total += n.as_double();
      }
    }
    start = i + 1;
    if (!is_inner) flush(c);
  }
  return out;
}

// Walks every element for MAXIMUM/MINIMUM/SUMMATION, skipping non-numeric ones.
template <typename F>
void each_number(std::string_view s, F f) {
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !runtime::is_mark(s[i])) continue;
    Number n;
    std::string_view e = s.substr(start, i - start);
    if (!e.empty() && runtime::parse_lenient(e, n)) f(n);
    start = i + 1;
  }
}

}  // namespace

void fn_extract(Context& cx, Value* args, int, Value& out) {
  std::string s;
  out = Value::string(runtime::extract(cx.text(args[0], s), cx.integer(args[1]), cx.integer(args[2]),
                                       cx.integer(args[3])));
}

void fn_insert(Context& cx, Value* args, int, Value& out) {
  std::string s(cx.string(args[0])), x;
  runtime::insert(s, cx.integer(args[1]), cx.integer(args[2]), cx.integer(args[3]), cx.text(args[4], x));
  out = Value::string(std::move(s));
}

void fn_replace(Context& cx, Value* args, int, Value& out) {
  std::string s(cx.string(args[0])), x;
  runtime::replace(s, cx.integer(args[1]), cx.integer(args[2]), cx.integer(args[3]), cx.text(args[4], x));
  out = Value::string(std::move(s));
}

void fn_delete(Context& cx, Value* args, int, Value& out) {
  std::string s(cx.string(args[0]));
  runtime::erase(s, cx.integer(args[1]), cx.integer(args[2]), cx.integer(args[3]));
  out = Value::string(std::move(s));
}

void fn_sum(Context& cx, Value* args, int, Value& out) {
  std::string scratch;
  std::string_view s = cx.text(args[0], scratch);
  char inner = runtime::kFM;
  if (s.find(runtime::kSM) != std::string_view::npos) inner = runtime::kSM;
  else if (s.find(runtime::kVM) != std::string_view::npos) inner = runtime::kVM;
  std::string r = sum_level(cx, s, inner);
  Number n;
  if (runtime::parse_strict(r, n)) out = Value::number(n);
  else out = Value::string(std::move(r));
}

void fn_summation(Context& cx, Value* args, int, Value& out) {
  std::string scratch;
  double total = 0;
  int64_t itotal = 0;
  bool all_int = true;
  each_number(cx.text(args[0], scratch), [&](const Number& n) {
    if (all_int && n.is_int && !__builtin_add_overflow(itotal, n.i, &itotal)) return;
    if (all_int) total = static_cast<double>(itotal);
    all_int = false;
    total += n.as_double();
  });
  if (all_int) out.set_int(itotal);
  else out = Value::real(total);
}

namespace {
void extreme(Context& cx, Value* args, Value& out, bool want_max) {
  std::string scratch;
  bool any = false;
  Number best;
  each_number(cx.text(args[0], scratch), [&](const Number& n) {
    if (!any || (want_max ? n.as_double() > best.as_double() : n.as_double() < best.as_double())) best = n;
    any = true;
  });
  if (any) out = Value::number(best);
  else out = Value::string(std::string_view());
}
}  // namespace

void fn_maximum(Context& cx, Value* args, int, Value& out) { extreme(cx, args, out, true); }
void fn_minimum(Context& cx, Value* args, int, Value& out) { extreme(cx, args, out, false); }

void fn_reuse(Context&, Value* args, int, Value& out) { out = Value::handle(new Reused(args[0])); }

void fn_cats(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], args[1], out, [](std::string& r, std::string_view x, std::string_view y) {
    r.append(x);
    r.append(y);
  });
}

void fn_eqs(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], args[1], out, [](std::string& r, std::string_view x, std::string_view y) {
    r += runtime::equal(Value::string(x), Value::string(y)) ? '1' : '0';
  });
}

void fn_mods(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], args[1], out, [&cx](std::string& r, std::string_view x, std::string_view y) {
    Value pair[2] = {Value::number(element_number(cx, x)), Value::number(element_number(cx, y))};
    Value m;
    fn_mod(cx, pair, 2, m);
    runtime::append_text(r, m, cx.precision);
  });
}

void fn_splice(Context& cx, Value* args, int, Value& out) {
  std::string mid(cx.string(args[1]));
  pairwise(cx, args[0], args[2], out, [&mid](std::string& r, std::string_view x, std::string_view y) {
    r.append(x);
    r.append(mid);
    r.append(y);
  });
}

void fn_counts(Context& cx, Value* args, int, Value& out) {
  std::string sub(cx.string(args[1]));
  pairwise(cx, args[0], Value::string(std::string_view()), out,
           [&sub](std::string& r, std::string_view x, std::string_view) {
             runtime::append_int(r, count_occurrences(x, sub));
           });
}

void fn_negs(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], Value::string(std::string_view()), out,
           [&cx](std::string& r, std::string_view x, std::string_view) {
             Number n = element_number(cx, x);
             if (n.is_int) runtime::append_int(r, -n.i);
             else runtime::append_double(r, -n.f, cx.precision);
           });
}

void fn_lens(Context& cx, Value* args, int, Value& out) {
  pairwise(cx, args[0], Value::string(std::string_view()), out,
           [](std::string& r, std::string_view x, std::string_view) {
             runtime::append_int(r, static_cast<int64_t>(x.size()));
           });
}

void fn_inmat(Context& cx, Value* args, int argc, Value& out) {
  if (argc == 0) {
    out.set_int(cx.inmat);
    return;
  }
  auto* m = args[0].is_handle() ? dynamic_cast<runtime::Matrix*>(args[0].handle_object()) : nullptr;
  if (!m && json::as_array(args[0])) {
    out.set_int(static_cast<int64_t>(json::as_array(args[0])->items.size()));  // INMAT(c{'list'})
    return;
  }
  if (!m) cx.fail("INMAT needs a dimensioned matrix");
  out.set_int(m->rows);
}

}  // namespace mv::stdlib
