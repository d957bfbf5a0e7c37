// String built-ins: thin bindings from Values to the byte-string algorithms of text, pattern and format.
#include <memory>
#include <stdexcept>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/conv/code_cache.hpp"
#include "stdlib/conv/format.hpp"
#include "stdlib/text/pattern.hpp"
#include "stdlib/text/text.hpp"

namespace mv::stdlib {

namespace {
// Binds a one-argument string -> string function.
template <std::string (*F)(std::string_view)>
void unary_text(Context& cx, Value* args, Value& out) {
  std::string s;
  out = Value::string(F(cx.text(args[0], s)));
}
}  // namespace

void fn_len(Context& cx, Value* args, int, Value& out) {
  std::string s;
  out.set_int(static_cast<int64_t>(cx.text(args[0], s).size()));
}

void fn_upcase(Context& cx, Value* args, int, Value& out) { unary_text<upcase>(cx, args, out); }
void fn_downcase(Context& cx, Value* args, int, Value& out) { unary_text<downcase>(cx, args, out); }
void fn_swapcase(Context& cx, Value* args, int, Value& out) { unary_text<swapcase>(cx, args, out); }
void fn_trimf(Context& cx, Value* args, int, Value& out) { unary_text<trimf>(cx, args, out); }
void fn_trimb(Context& cx, Value* args, int, Value& out) { unary_text<trimb>(cx, args, out); }

void fn_trim(Context& cx, Value* args, int argc, Value& out) {
  std::string a, b, c;
  std::string_view s = cx.text(args[0], a);
  if (argc == 1) {
    out = Value::string(trim(s));
    return;
  }
  std::string_view chars = cx.text(args[1], b);
  std::string_view mode = argc > 2 ? cx.text(args[2], c) : std::string_view("R");
  try {
    out = Value::string(trim(s, chars, mode));
  } catch (const std::invalid_argument&) {
    cx.fail("TRIM mode \"" + std::string(mode) + "\" is not one of A B C D E F L R T");
  }
}

void fn_seq(Context& cx, Value* args, int, Value& out) {
  std::string s;
  std::string_view v = cx.text(args[0], s);
  out.set_int(v.empty() ? 0 : static_cast<unsigned char>(v[0]));
}

void fn_char(Context& cx, Value* args, int, Value& out) {
  int64_t n = cx.integer(args[0]);
  if (n < 0 || n > 255) {
    out = Value::string(std::string_view());
    return;
  }
  char c = static_cast<char>(n);
  out = Value::string(std::string_view(&c, 1));
}

void fn_space(Context& cx, Value* args, int, Value& out) {
  int64_t n = cx.integer(args[0]);
  if (n > (1 << 30)) cx.fail("SPACE length too large");
  out = Value::string(std::string(static_cast<size_t>(n > 0 ? n : 0), ' '));
}

void fn_str(Context& cx, Value* args, int, Value& out) {
  std::string s;
  std::string_view v = cx.text(args[0], s);
  int64_t n = cx.integer(args[1]);
  if (n <= 0 || v.empty()) {
    out = Value::string(std::string_view());
    return;
  }
  if (static_cast<double>(n) * static_cast<double>(v.size()) > (1 << 30)) cx.fail("STR result too large");
  std::string r;
  r.reserve(v.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) r.append(v);
  out = Value::string(std::move(r));
}

void fn_alpha(Context& cx, Value* args, int, Value& out) {
  std::string s;
  std::string_view v = cx.text(args[0], s);
  bool ok = !v.empty();
  for (char c : v) ok = ok && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
  out.set_int(ok);
}

void fn_index(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  out.set_int(index_of(cx.text(args[0], a), cx.text(args[1], b), cx.integer(args[2])));
}

void fn_count(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  out.set_int(count_occurrences(cx.text(args[0], a), cx.text(args[1], b)));
}

void fn_dcount(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  out.set_int(dcount(cx.text(args[0], a), cx.text(args[1], b)));
}

void fn_field(Context& cx, Value* args, int argc, Value& out) {
  std::string a, b;
  int64_t count = argc > 3 ? cx.integer(args[3]) : 1;
  // The field is copied once, into the result, straight from the view.
  out = Value::string(field_view(cx.text(args[0], a), cx.text(args[1], b), cx.integer(args[2]), count, cx.col1, cx.col2));
}

void fn_col1(Context& cx, Value*, int, Value& out) { out.set_int(cx.col1); }
void fn_col2(Context& cx, Value*, int, Value& out) { out.set_int(cx.col2); }

void fn_change(Context& cx, Value* args, int argc, Value& out) {
  std::string a, b, c;
  int64_t occ = argc > 3 ? cx.integer(args[3]) : -1;
  int64_t start = argc > 4 ? cx.integer(args[4]) : 1;
  out = Value::string(change(cx.text(args[0], a), cx.text(args[1], b), cx.text(args[2], c), occ, start));
}

void fn_convert(Context& cx, Value* args, int, Value& out) {
  std::string a, b, c;
  out = Value::string(convert(cx.text(args[0], a), cx.text(args[1], b), cx.text(args[2], c)));
}

void fn_matches(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  out.set_int(matches(cx.text(args[0], a), cx.text(args[1], b)));
}

// The FMT specification parsed once for its string buffer and PRECISION (stdlib/conv/code_cache.hpp); null
// for specifications the text path serves.
static const CompiledFormat* compiled_format(Context& cx, const Value& spec) {
  static thread_local BufferCache<CompiledFormat> cache;
  return cache.find(spec, cx.precision, [&](std::string_view text) {
    return std::make_unique<CompiledFormat>(text, cx.precision);
  });
}

void fn_fmt(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  int status = 0;
  const CompiledFormat* compiled = compiled_format(cx, args[1]);
  const std::string_view value = cx.text(args[0], a);
  out = Value::string(compiled ? compiled->run(value, status)
                               : fmt(value, cx.text(args[1], b), status, cx.precision));
  cx.status.set_int(status);
}

void fn_fmts(Context& cx, Value* args, int, Value& out) {
  std::string a, b;
  int status = 0;
  const CompiledFormat* compiled = compiled_format(cx, args[1]);
  const std::string_view values = cx.text(args[0], a);
  out = Value::string(compiled ? compiled->run_each(values, status)
                               : fmts(values, cx.text(args[1], b), status, cx.precision));
  cx.status.set_int(status);
}

void fn_status(Context& cx, Value*, int, Value& out) { out = cx.status; }

void fn_assigned(Context&, Value* args, int, Value& out) { out.set_int(!args[0].is_unassigned()); }
void fn_unassigned(Context&, Value* args, int, Value& out) { out.set_int(args[0].is_unassigned()); }

}  // namespace mv::stdlib
