// The mvbasic value: a 16-byte tagged variant (unassigned, integer, float, string, handle). Strings live
// in a shared copy-on-write buffer that also caches the string's numeric reading and the position of the
// last field looked up, so the Pick idioms R<I>, R<-1> = X and S := X cost what they should.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/dynarray.hpp"
#include "runtime/numeric.hpp"

namespace mv::runtime {

enum class Kind : uint8_t { Unassigned, Int, Float, Str, Handle };

// A string's bytes plus the caches that make repeated numeric and field access cheap. Not thread-safe:
// a VM and its values belong to one thread.
struct StrBuf {
  uint32_t refs = 1;
  // 0 = not yet known, 1 = not a number, 2 = a number (cached in `strict` / `lenient`).
  uint8_t strict_state = 0;
  uint8_t lenient_state = 0;
  Number strict;
  Number lenient;
  FieldHint hint;
  std::string data;

  StrBuf() = default;
  explicit StrBuf(std::string d) : data(std::move(d)) {}

  // Buffers come and go with every field extracted and every temporary string, so their memory is
  // recycled through a per-thread free list instead of the general allocator.
  static void* operator new(size_t size);
  static void operator delete(void* p);
  void invalidate() {
    strict_state = lenient_state = 0;
    hint = FieldHint{};
  }
};

class Value;

// Reference-counted objects a value can hold: sockets, files, and later other QM handles.
class HandleObject {
 public:
  virtual ~HandleObject() = default;
  virtual const char* type_name() const = 0;
  // A handle that stands for a plain value (JSON's true, false and null in a data collection) returns that
  // value, so printing, arithmetic and comparison treat it as 1, 0 or ""; other handles return nullptr.
  virtual const Value* scalar() const { return nullptr; }
  // Called when the last reference goes: true when the object arranged its own deletion (an object whose
  // class has DESTROY.OBJECT is handed to the running VM first), false to be deleted now.
  virtual bool defer_delete() { return false; }
  // The value inside a REUSE() marker (stdlib's Reused), for the arithmetic operators; null for others.
  virtual const Value* reused_value() const { return nullptr; }
  uint32_t refs = 1;
};

class Value {
 public:
  Value() = default;
  static Value integer(int64_t v) { Value r; r.kind_ = Kind::Int; r.i_ = v; return r; }
  static Value real(double v) { Value r; r.kind_ = Kind::Float; r.f_ = v; return r; }
  static Value string(std::string_view s) {
    Value r;
    r.kind_ = Kind::Str;
    r.s_ = s.empty() ? nullptr : new StrBuf(std::string(s));
    return r;
  }
  static Value string(std::string&& s) {
    Value r;
    r.kind_ = Kind::Str;
    r.s_ = s.empty() ? nullptr : new StrBuf(std::move(s));
    return r;
  }
  static Value handle(HandleObject* h) { Value r; r.kind_ = Kind::Handle; r.h_ = h; return r; }
  static Value number(const Number& n) { return n.is_int ? integer(n.i) : real(n.f); }

  Value(const Value& o) : kind_(o.kind_), remove_pos_(o.remove_pos_), i_(o.i_) { retain(); }
  Value(Value&& o) noexcept : kind_(o.kind_), remove_pos_(o.remove_pos_), i_(o.i_) { o.kind_ = Kind::Unassigned; }
  Value& operator=(const Value& o) {
    if (this != &o) { o.retain(); release(); kind_ = o.kind_; remove_pos_ = 0; i_ = o.i_; }
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    if (this != &o) { release(); kind_ = o.kind_; remove_pos_ = 0; i_ = o.i_; o.kind_ = Kind::Unassigned; }
    return *this;
  }
  ~Value() { release(); }

  Kind kind() const { return kind_; }
  bool is_unassigned() const { return kind_ == Kind::Unassigned; }
  bool is_int() const { return kind_ == Kind::Int; }
  bool is_float() const { return kind_ == Kind::Float; }
  bool is_str() const { return kind_ == Kind::Str; }
  bool is_handle() const { return kind_ == Kind::Handle; }
  bool is_numeric_kind() const { return kind_ == Kind::Int || kind_ == Kind::Float; }
  int64_t int_value() const { return i_; }
  double float_value() const { return f_; }
  HandleObject* handle_object() const { return h_; }

  // The bytes of a string value (only valid when is_str()).
  std::string_view str() const { return s_ ? std::string_view(s_->data) : std::string_view(); }
  StrBuf* buffer() const { return s_; }

  // Makes this value an unshared string buffer and returns its bytes for in-place editing. Caches are
  // dropped; callers that keep the field hint and index valid (appending, or runtime::replace, which trims
  // the index to what the edit leaves true) pass keep_hint.
  std::string& mutable_str(bool keep_hint = false);
  // Converts this value to its string form in place (numbers formatted at `precision`).
  void make_string(int precision);

  // Sets an integer or unassigned state in place (the hot paths of arithmetic and stack pops).
  void set_int(int64_t v) { release(); kind_ = Kind::Int; remove_pos_ = 0; i_ = v; }
  void set_float(double v) { release(); kind_ = Kind::Float; remove_pos_ = 0; f_ = v; }
  void reset() { release(); kind_ = Kind::Unassigned; remove_pos_ = 0; }

  uint32_t remove_pos() const { return remove_pos_; }
  void set_remove_pos(uint32_t p) { remove_pos_ = p; }

 private:
  void retain() const {
    if (kind_ < Kind::Str) return;
    if (kind_ == Kind::Str) { if (s_) ++s_->refs; }
    else ++h_->refs;
  }
  // Numbers own nothing, so the common case is one compare; freeing lives out of line.
  void release() {
    if (kind_ >= Kind::Str) release_slow();
  }
  void release_slow();

  Kind kind_ = Kind::Unassigned;
  // The REMOVE pointer lives with the variable, not the shared string; assignment resets it.
  uint32_t remove_pos_ = 0;
  union {
    int64_t i_ = 0;
    double f_;
    StrBuf* s_;
    HandleObject* h_;
  };
};

// True for a handle with no plain value (a file, a socket, a collection): it cannot become text or a number.
inline bool is_opaque(const Value& v) { return v.is_handle() && !v.handle_object()->scalar(); }

// Appends the string form of a value: numbers at `precision`, strings as they are.
void append_text(std::string& out, const Value& v, int precision);
// A string view of a value, formatting numbers into `scratch` when needed.
std::string_view text_of(const Value& v, int precision, std::string& scratch);
// The strict (comparison) and lenient (arithmetic) numeric readings, cached for strings.
bool strict_number(const Value& v, Number& out);
bool lenient_number(const Value& v, Number& out);
// The integer an arithmetic operand reads as, when that is quick to know: an Int, or a string of an optional
// '-' and 1 to 18 digits (the usual field contents), whose lenient reading it caches. False means "use
// lenient_number", not "not a number".
bool quick_integer(const Value& v, int64_t& out);
// QM truthiness: numeric zero and "" are false; a numeric string equal to zero is false; all else true.
bool truthy(const Value& v);
// QM comparison: numeric when both sides can be numbers, else byte-wise; "" sorts below every number.
int compare(const Value& a, const Value& b);
bool equal(const Value& a, const Value& b);

}  // namespace mv::runtime
