// Data collections: the sorted name/value store, arrays, JSON literals, and element paths (read, assign,
// insert, delete, exists) as QM's "Data Collections" page describes them.
#include "stdlib/json/collection.hpp"

#include <algorithm>
#include <charconv>

namespace mv::stdlib::json {

namespace {

bool name_less(const std::pair<std::string, Value>& a, std::string_view b) { return a.first < b; }

// An array subscript: a whole number, negative meaning "append". False for anything else.
bool array_index(std::string_view part, int64_t& out) {
  if (part.empty()) return false;
  auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
  return ec == std::errc() && end == part.data() + part.size();
}

[[noreturn]] void not_a_collection(Context& cx, std::string_view part) {
  cx.fail("Element '" + std::string(part) + "' is not a data collection or an array");
}

// One step of a path without creating anything: the element, or nullptr when it does not exist.
const Value* step(const Value& v, std::string_view part) {
  if (Collection* c = as_collection(v)) return c->find(part);
  if (Array* a = as_array(v)) {
    int64_t i;
    if (!array_index(part, i) || i < 1 || i > static_cast<int64_t>(a->items.size())) return nullptr;
    return &a->items[static_cast<size_t>(i - 1)];
  }
  return nullptr;
}

const Value* walk(const Value& base, const std::vector<std::string>& path, size_t end) {
  const Value* cur = &base;
  for (size_t i = 0; i < end && cur; ++i) cur = step(*cur, path[i]);
  return cur;
}

// A path with '*': every element of the array at each '*' joined with value marks (the first '*') and
// subvalue marks (the second). Missing elements below an array contribute "".
bool gather(Context& cx, const Value& v, const std::vector<std::string>& path, size_t i, int level,
            std::string& out) {
  const Value* cur = &v;
  for (; i < path.size() && path[i] != "*"; ++i) {
    cur = step(*cur, path[i]);
    if (!cur) return false;
  }
  if (i == path.size()) {
    std::string scratch;
    if (runtime::is_opaque(*cur)) cx.fail("A '*' element path must lead to strings or numbers");
    out.append(cx.text(*cur, scratch));
    return true;
  }
  if (level >= 2) cx.fail("An element path may hold at most two '*'");
  Array* a = as_array(*cur);
  if (!a) return false;
  const char mark = level == 0 ? '\xFD' : '\xFC';
  for (size_t k = 0; k < a->items.size(); ++k) {
    if (k) out.push_back(mark);
    gather(cx, a->items[k], path, i + 1, level + 1, out);
  }
  return true;
}

// The container that holds the last part of `path`, creating absent collections on the way.
Value* parent_for_write(Context& cx, const Value& base, const std::vector<std::string>& path) {
  Value* cur = const_cast<Value*>(&base);
  for (size_t i = 0; i + 1 < path.size(); ++i) {
    const std::string& part = path[i];
    Value* next = nullptr;
    if (Collection* c = as_collection(*cur)) {
      next = &c->slot(part);
      if (next->is_unassigned()) *next = Value::handle(new Collection);
    } else if (Array* a = as_array(*cur)) {
      int64_t k;
      int64_t n = static_cast<int64_t>(a->items.size());
      if (!array_index(part, k) || k == 0 || k > n + 1) cx.fail("Array index '" + part + "' is out of range");
      if (k < 0 || k == n + 1) a->items.push_back(Value::handle(new Collection));
      next = k < 0 || k == n + 1 ? &a->items.back() : &a->items[static_cast<size_t>(k - 1)];
    } else {
      not_a_collection(cx, i ? path[i - 1] : part);
    }
    if (!as_collection(*next) && !as_array(*next)) not_a_collection(cx, part);
    cur = next;
  }
  return cur;
}

void check_base(Context& cx, const Value& base) {
  if (!as_collection(base) && !as_array(base)) cx.fail("A {element} reference needs a data collection");
}

// Freeing a collection nested N deep would recurse N times and could exhaust the stack (a program can nest
// collections without limit). Instead a collection or array about to lose its last reference is moved to
// this queue, and the outermost destructor frees the queue in a loop.
thread_local std::vector<Value> doomed;
thread_local bool draining = false;

void defer_free(Value& v) {
  if (v.is_handle() && v.handle_object()->refs == 1 && (as_collection(v) || as_array(v)))
    doomed.push_back(std::move(v));
}

void drain() {
  if (draining) return;
  draining = true;
  while (!doomed.empty()) {
    Value v = std::move(doomed.back());
    doomed.pop_back();
  }  // each v freed here queues its own children
  draining = false;
}

}  // namespace

Collection::~Collection() {
  for (auto& item : items) defer_free(item.second);
  drain();
}

Array::~Array() {
  for (Value& item : items) defer_free(item);
  drain();
}

Value* Collection::find(std::string_view name) {
  auto it = std::lower_bound(items.begin(), items.end(), name, name_less);
  return it != items.end() && it->first == name ? &it->second : nullptr;
}

Value& Collection::slot(std::string_view name) {
  // Names added in ascending order (JSON documents, loops over sorted keys) append without moving.
  if (items.empty() || items.back().first < name)
    return items.emplace_back(std::string(name), Value()).second;
  auto it = std::lower_bound(items.begin(), items.end(), name, name_less);
  if (it != items.end() && it->first == name) return it->second;
  return items.emplace(it, std::string(name), Value())->second;
}

bool Collection::erase(std::string_view name) {
  auto it = std::lower_bound(items.begin(), items.end(), name, name_less);
  if (it == items.end() || it->first != name) return false;
  items.erase(it);
  return true;
}

void Collection::settle() {
  auto by_name = [](const auto& a, const auto& b) { return a.first < b.first; };
  if (std::is_sorted(items.begin(), items.end(), by_name)) {
    if (std::adjacent_find(items.begin(), items.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }) == items.end())
      return;
  }
  std::stable_sort(items.begin(), items.end(), by_name);
  // Of duplicate names the last one written wins, as in JavaScript.
  std::vector<std::pair<std::string, Value>> kept;
  kept.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    if (i + 1 < items.size() && items[i + 1].first == items[i].first) continue;
    kept.push_back(std::move(items[i]));
  }
  items = std::move(kept);
}

Value make_literal(Literal::Kind k) {
  // One object per literal and thread, never freed: copying true costs a reference count.
  thread_local Literal* literals[3] = {new Literal(Literal::False), new Literal(Literal::True),
                                       new Literal(Literal::Null)};
  Literal* l = literals[k];
  ++l->refs;
  return Value::handle(l);
}

Collection* as_collection(const Value& v) {
  return v.is_handle() ? dynamic_cast<Collection*>(v.handle_object()) : nullptr;
}
Array* as_array(const Value& v) { return v.is_handle() ? dynamic_cast<Array*>(v.handle_object()) : nullptr; }
const Literal* as_literal(const Value& v) {
  return v.is_handle() ? dynamic_cast<const Literal*>(v.handle_object()) : nullptr;
}

Value deep_copy(Context& cx, const Value& v, int depth) {
  if (depth > kMaxDepth)
    cx.fail("COLLECTION(): collections nested more than 1000 deep (or holding themselves)");
  if (Collection* c = as_collection(v)) {
    auto* copy = new Collection;
    Value result = Value::handle(copy);
    copy->items.reserve(c->items.size());
    for (const auto& [name, item] : c->items) copy->items.emplace_back(name, deep_copy(cx, item, depth + 1));
    return result;
  }
  if (Array* a = as_array(v)) {
    auto* copy = new Array;
    Value result = Value::handle(copy);
    copy->items.reserve(a->items.size());
    for (const Value& item : a->items) copy->items.push_back(deep_copy(cx, item, depth + 1));
    return result;
  }
  return v;
}

std::vector<std::string> split_path(Context& cx, const Value* subs, int n) {
  std::vector<std::string> path;
  std::string scratch;
  for (int i = 0; i < n; ++i) {
    if (runtime::is_opaque(subs[i])) cx.fail("An element name must be a string or a number");
    std::string_view s = cx.text(subs[i], scratch);
    size_t start = 0;
    for (;;) {
      size_t slash = s.find('/', start);
      path.emplace_back(
          s.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
      if (slash == std::string_view::npos) break;
      start = slash + 1;
    }
  }
  return path;
}

void get_element(Context& cx, const Value& base, const std::vector<std::string>& path, Value& out) {
  check_base(cx, base);
  if (std::find(path.begin(), path.end(), "*") != path.end()) {
    std::string list;
    bool found = gather(cx, base, path, 0, 0, list);
    out = Value::string(std::move(list));
    cx.status = Value::integer(found ? 0 : kNotFound);
    return;
  }
  const Value* v = walk(base, path, path.size());
  if (!v || v->is_unassigned()) {
    out = Value::string(std::string_view());
    cx.status = Value::integer(kNotFound);
    return;
  }
  Value copy = *v;  // out may be the base itself
  out = std::move(copy);
  cx.status = Value::integer(0);
}

void set_element(Context& cx, const Value& base, const std::vector<std::string>& path, const Value& v,
                 bool insert) {
  check_base(cx, base);
  if (path.empty()) cx.fail("An element path is empty");
  Value* parent = parent_for_write(cx, base, path);
  const std::string& last = path.back();
  if (Collection* c = as_collection(*parent)) {
    Value copy = v;  // v may live in this collection
    c->slot(last) = std::move(copy);
    return;
  }
  Array* a = as_array(*parent);
  int64_t k;
  int64_t n = static_cast<int64_t>(a->items.size());
  if (!array_index(last, k) || k == 0 || k > n + 1)
    cx.fail("Array index '" + last + "' is out of range (the array has " + std::to_string(n) + " elements)");
  Value copy = v;
  if (k < 0 || k == n + 1)
    a->items.push_back(std::move(copy));
  else if (insert)
    a->items.insert(a->items.begin() + (k - 1), std::move(copy));
  else
    a->items[static_cast<size_t>(k - 1)] = std::move(copy);
}

bool delete_element(Context& cx, const Value& base, const std::vector<std::string>& path) {
  check_base(cx, base);
  if (path.empty()) return false;
  const Value* parent = walk(base, path, path.size() - 1);
  if (!parent) return false;
  if (Collection* c = as_collection(*parent)) return c->erase(path.back());
  Array* a = as_array(*parent);
  int64_t k;
  if (!a || !array_index(path.back(), k) || k < 1 || k > static_cast<int64_t>(a->items.size())) return false;
  a->items.erase(a->items.begin() + (k - 1));
  return true;
}

bool element_exists(Context& cx, const Value& base, const std::vector<std::string>& path) {
  check_base(cx, base);
  const Value* v = walk(base, path, path.size());
  return v && !v->is_unassigned();
}

}  // namespace mv::stdlib::json
