// The built-ins of data collections: COLLECTION(), JPARSE(), JBUILD(), ENUMERATE(), ELEMENT.EXISTS(),
// BOOL(), and the hidden ~ELEMENT built-ins that the compiler turns c{path}, c{path} = v, INS v AS c{path}
// and DEL c{path} into. Each receives the collection first and the path's subscripts last.
#include <algorithm>

#include "runtime/matrix.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/json/collection.hpp"

namespace mv::stdlib {

void fn_collection(Context& cx, Value* args, int argc, Value& out) {
  if (argc == 0) {
    out = Value::handle(new json::Collection);
    return;
  }
  if (!json::as_collection(args[0]) && !json::as_array(args[0]))
    cx.fail("COLLECTION() needs a data collection to copy");
  out = json::deep_copy(cx, args[0]);
}

void fn_jparse(Context& cx, Value* args, int argc, Value& out) {
  std::string scratch, error;
  if (runtime::is_opaque(args[0])) cx.fail("JPARSE() needs a string");
  int mode = argc > 1 ? static_cast<int>(cx.integer(args[1])) : 0;
  int64_t code = 0, offset = 0;
  Value result;
  if (json::parse(cx.text(args[0], scratch), mode, result, error, code, offset)) {
    out = std::move(result);
    cx.status = Value::integer(0);
    cx.inmat = 0;
    return;
  }
  out = Value::string(std::string_view());
  cx.status = Value::integer(code);
  cx.inmat = offset;
}

void fn_jbuild(Context& cx, Value* args, int argc, Value& out) {
  int mode = argc > 1 ? static_cast<int>(cx.integer(args[1])) : 0;
  std::string text;
  if (json::build(args[0], mode, text)) {
    out = Value::string(std::move(text));
    cx.status = Value::integer(0);
    return;
  }
  out = Value::string(std::string_view());
  cx.status = Value::integer(json::kBuildError);
}

void fn_enumerate(Context&, Value* args, int, Value& out) {
  std::string names;
  if (json::Collection* c = json::as_collection(args[0])) {
    for (size_t i = 0; i < c->items.size(); ++i) {
      if (i) names.push_back('\xFE');
      names.append(c->items[i].first);
    }
  }
  out = Value::string(std::move(names));
}

void fn_element_exists(Context& cx, Value* args, int argc, Value& out) {
  if (argc < 2) cx.fail("ELEMENT.EXISTS() needs an element reference: ELEMENT.EXISTS(c{path})");
  out = json::make_bool(json::element_exists(cx, args[0], json::split_path(cx, args + 1, argc - 1)));
}

void fn_bool(Context&, Value* args, int, Value& out) { out = json::make_bool(runtime::truthy(args[0])); }

void fn_element_get(Context& cx, Value* args, int argc, Value& out) {
  json::get_element(cx, args[0], json::split_path(cx, args + 1, argc - 1), out);
}

void fn_element_set(Context& cx, Value* args, int argc, Value& out) {
  json::set_element(cx, args[0], json::split_path(cx, args + 2, argc - 2), args[1], false);
  out.set_int(0);
}

void fn_element_ins(Context& cx, Value* args, int argc, Value& out) {
  json::set_element(cx, args[0], json::split_path(cx, args + 2, argc - 2), args[1], true);
  out.set_int(0);
}

void fn_element_del(Context& cx, Value* args, int argc, Value& out) {
  bool found = json::delete_element(cx, args[0], json::split_path(cx, args + 1, argc - 1));
  cx.status = Value::integer(found ? 0 : json::kNotFound);
  out.set_int(0);
}

// MAT() is an empty array; MAT(m {, n}) copies a dimensioned matrix's elements (not the zero element), row
// by row for two dimensions, n of them at most when n is given and not zero.
void fn_mat(Context& cx, Value* args, int argc, Value& out) {
  auto* array = new json::Array;
  out = Value::handle(array);
  if (argc == 0) return;
  auto* m = args[0].is_handle() ? dynamic_cast<runtime::Matrix*>(args[0].handle_object()) : nullptr;
  if (!m) cx.fail("MAT() needs the name of a dimensioned matrix");
  size_t n = m->size();
  if (argc > 1 && cx.integer(args[1]) > 0) n = std::min(n, static_cast<size_t>(cx.integer(args[1])));
  array->items.reserve(n);
  for (size_t i = 1; i <= n; ++i) {
    const Value& cell = m->cells[i];
    array->items.push_back(cell.is_unassigned() ? Value::string(std::string_view()) : cell);
  }
}

void fn_mat_from(Context& cx, Value* args, int, Value& out) {
  auto* m = args[0].is_handle() ? dynamic_cast<runtime::Matrix*>(args[0].handle_object()) : nullptr;
  json::Array* a = json::as_array(args[1]);
  if (!m) cx.fail("MAT m = MAT c{path} needs a dimensioned matrix m");
  if (!a) cx.fail("MAT m = MAT c{path}: the element is not an array");
  size_t n = std::min(m->size(), a->items.size());
  for (size_t i = 0; i < n; ++i) m->cells[i + 1] = a->items[i];
  out.set_int(0);
}

// SCAN c {FROM start} SETTING name {, value}: the element after the one returned last (or the first at or
// after start), in name order; ELSE with "" when there is none. Names added or deleted meanwhile are seen
// or skipped by their place in that order.
void fn_scan(Context& cx, Value* args, int, Value& out) {
  json::Collection* c = json::as_collection(args[0]);
  if (!c) cx.fail("SCAN needs a data collection");
  std::string scratch;
  auto by_name = [](const auto& item, std::string_view name) { return item.first < name; };
  auto it = c->items.begin();
  if (cx.integer(args[2])) {
    it = std::lower_bound(c->items.begin(), c->items.end(), cx.text(args[1], scratch), by_name);
  } else if (c->scanning) {
    it = std::upper_bound(c->items.begin(), c->items.end(), std::string_view(c->scanned),
                          [](std::string_view name, const auto& item) { return name < item.first; });
  }
  if (it == c->items.end()) {
    // Past the end the scan stays there: later SCANs take ELSE too until RESET.
    c->scanning = !c->items.empty();
    if (c->scanning) c->scanned = c->items.back().first;
    c->scan_value = Value::string(std::string_view());
    out = Value::string(std::string_view());
    cx.outcome = Context::kElse;
    return;
  }
  c->scanning = true;
  c->scanned = it->first;
  c->scan_value = it->second;
  out = Value::string(it->first);
  cx.outcome = Context::kThen;
}

void fn_scan_reset(Context& cx, Value* args, int, Value& out) {
  json::Collection* c = json::as_collection(args[0]);
  if (!c) cx.fail("SCAN needs a data collection");
  c->scanning = false;
  out.set_int(0);
}

void fn_scan_value(Context&, Value* args, int, Value& out) {
  json::Collection* c = json::as_collection(args[0]);
  out = c ? std::move(c->scan_value) : Value::string(std::string_view());
  if (c) c->scan_value = Value::string(std::string_view());
}

}  // namespace mv::stdlib
