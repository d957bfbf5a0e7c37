// QM data collections: the name/value sets that COLLECTION() and JPARSE() create, the one-dimensional
// arrays that live inside them (MAT() and JSON arrays), and the JSON literals true, false and null. All
// three are handle values, so copying a variable shares the collection, as QM documents; COLLECTION(c)
// makes an independent copy. Element paths ({'a/b', 3}) are resolved here for the built-ins in
// collection_fns.cpp, and JSON text is read and written by json_parse.cpp and json_build.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib::json {

using runtime::Context;
using runtime::HandleObject;
using runtime::Value;

// STATUS() after a reference to an element that does not exist (QM's ER$NOT.FOUND).
constexpr int64_t kNotFound = 1004;
// STATUS() when JBUILD() meets a value JSON cannot hold (ER$BUILD.ERROR in ERR.H).
constexpr int64_t kBuildError = 1030;
// STATUS() when JPARSE() meets text that is not JSON (ER$JSON.SYNTAX), or nesting beyond kMaxDepth
// (ER$JSON.DEPTH); both mvbasic numbers, as QM documents only "a non-zero error code".
constexpr int64_t kSyntaxError = 1031;
constexpr int64_t kDepthError = 1032;
// How deeply collections and arrays may nest in JPARSE(), JBUILD() and COLLECTION(c). A self-referential
// collection (A{'ME'} = A) reaches it at once instead of recursing forever.
constexpr int kMaxDepth = 1000;

// A set of name/value pairs kept sorted by name (byte order, case sensitive), which is the order
// ENUMERATE() and JBUILD() give. Names are looked up by binary search.
class Collection : public HandleObject {
 public:
  ~Collection() override;
  const char* type_name() const override { return "collection"; }
  std::vector<std::pair<std::string, Value>> items;
  // SCAN's position: the name it returned last (nothing yet when !scanning), and that element's value,
  // held until SCAN's value variable takes it.
  bool scanning = false;
  std::string scanned;
  Value scan_value;

  Value* find(std::string_view name);
  // The element named `name`, created (unassigned) when absent.
  Value& slot(std::string_view name);
  bool erase(std::string_view name);
  // Sorts items appended out of order and keeps the last of duplicate names (JSON's rule).
  void settle();
};

// An array inside a collection: elements 1..size, no gaps.
class Array : public HandleObject {
 public:
  ~Array() override;
  const char* type_name() const override { return "array"; }
  std::vector<Value> items;
};

// JSON's true, false and null. They print and compute as 1, 0 and "", and JBUILD() writes them back as
// true, false and null.
class Literal : public HandleObject {
 public:
  enum Kind : uint8_t { False, True, Null };
  explicit Literal(Kind k)
      : kind(k), value(k == Null ? Value::string(std::string_view()) : Value::integer(k)) {}
  const char* type_name() const override { return kind == Null ? "null" : "boolean"; }
  const Value* scalar() const override { return &value; }
  Kind kind;
  Value value;
};

Value make_literal(Literal::Kind k);
inline Value make_bool(bool b) { return make_literal(b ? Literal::True : Literal::False); }

Collection* as_collection(const Value& v);
Array* as_array(const Value& v);
const Literal* as_literal(const Value& v);

// A deep copy of collections and arrays (COLLECTION(c)); other values are shared as they are.
Value deep_copy(Context& cx, const Value& v, int depth = 0);

// An element path: the subscripts of c{a, b}{c}, each split at '/' ('ADDRESS/TOWN').
std::vector<std::string> split_path(Context& cx, const Value* subs, int n);

// c{path}: the element's value, or "" with STATUS() ER$NOT.FOUND. '*' at an array level gathers every
// element into a value- (first '*') or subvalue- (second '*') delimited list.
void get_element(Context& cx, const Value& base, const std::vector<std::string>& path, Value& out);
// c{path} = v: creates absent intermediate collections; an array index may be 1..size+1 or negative
// (append). `insert` (INS v AS c{path}) moves array elements up instead of replacing one.
void set_element(Context& cx, const Value& base, const std::vector<std::string>& path, const Value& v,
                 bool insert);
// DEL c{path}: false when there was nothing to delete.
bool delete_element(Context& cx, const Value& base, const std::vector<std::string>& path);
bool element_exists(Context& cx, const Value& base, const std::vector<std::string>& path);

// JPARSE(text, mode): JP$NULL (1) reads null as ""; JP$UNQUOTED.NAME (2) allows bare names. On failure
// returns false, `error` holds a message and `offset` the 1-based byte position QM's INMAT() reports.
bool parse(std::string_view text, int mode, Value& out, std::string& error, int64_t& code, int64_t& offset);
// JBUILD(v, mode): false when v holds something JSON cannot represent (a file, a socket, a matrix).
bool build(const Value& v, int mode, std::string& out);

}  // namespace mv::stdlib::json
