// Value conversions and QM's comparison and truth rules, built on the numeric module.
#include "runtime/value.hpp"

#include <cstring>

namespace mv::runtime {

namespace {
struct FreeBlock {
  FreeBlock* next;
};
// Bounded so a burst of temporaries does not pin memory forever.
constexpr size_t kMaxFree = 4096;
thread_local FreeBlock* free_list = nullptr;
thread_local size_t free_count = 0;
}  // namespace

void* StrBuf::operator new(size_t size) {
  if (size == sizeof(StrBuf) && free_list) {
    FreeBlock* b = free_list;
    free_list = b->next;
    --free_count;
    return b;
  }
  return ::operator new(size);
}

void StrBuf::operator delete(void* p) {
  if (free_count < kMaxFree) {
    auto* b = static_cast<FreeBlock*>(p);
    b->next = free_list;
    free_list = b;
    ++free_count;
    return;
  }
  ::operator delete(p);
}

void Value::release_slow() {
  if (kind_ == Kind::Str) {
    if (s_ && --s_->refs == 0) delete s_;
  } else if (kind_ == Kind::Handle) {
    if (--h_->refs == 0 && !h_->defer_delete()) delete h_;
  }
}

std::string& Value::mutable_str(bool keep_hint) {
  if (kind_ != Kind::Str) {
    std::string text;
    append_text(text, *this, 4);
    release();
    kind_ = Kind::Str;
    s_ = new StrBuf(std::move(text));
  } else if (!s_) {
    s_ = new StrBuf();
  } else if (s_->refs > 1) {
    // The copy takes the hint but not the index, which is the original's to keep.
    StrBuf* copy = new StrBuf(s_->data);
    copy->hint.field = s_->hint.field;
    copy->hint.offset = s_->hint.offset;
    --s_->refs;
    s_ = copy;
  }
  s_->strict_state = s_->lenient_state = 0;
  if (!keep_hint && (s_->hint.field != 0 || s_->hint.index)) s_->hint = FieldHint{};
  return s_->data;
}

void Value::make_string(int precision) {
  if (kind_ == Kind::Str) return;
  std::string text;
  append_text(text, *this, precision);
  *this = Value::string(std::move(text));
}

void append_text(std::string& out, const Value& v, int precision) {
  switch (v.kind()) {
    case Kind::Int: append_int(out, v.int_value()); break;
    case Kind::Float: append_double(out, v.float_value(), precision); break;
    case Kind::Str: out.append(v.str()); break;
    case Kind::Unassigned: break;
    case Kind::Handle:
      if (const Value* s = v.handle_object()->scalar()) append_text(out, *s, precision);
      break;
  }
}

std::string_view text_of(const Value& v, int precision, std::string& scratch) {
  if (v.is_str()) return v.str();
  scratch.clear();
  append_text(scratch, v, precision);
  return scratch;
}

bool strict_number(const Value& v, Number& out) {
  switch (v.kind()) {
    case Kind::Int: out = Number{true, v.int_value(), static_cast<double>(v.int_value())}; return true;
    case Kind::Float: out = Number{false, 0, v.float_value()}; return true;
    case Kind::Str: {
      StrBuf* b = v.buffer();
      if (!b) return false;
      if (b->strict_state == 0) b->strict_state = parse_strict(b->data, b->strict) ? 2 : 1;
      out = b->strict;
      return b->strict_state == 2;
    }
    case Kind::Handle: {
      const Value* s = v.handle_object()->scalar();
      return s && strict_number(*s, out);
    }
    default: return false;
  }
}

bool lenient_number(const Value& v, Number& out) {
  switch (v.kind()) {
    case Kind::Int: out = Number{true, v.int_value(), static_cast<double>(v.int_value())}; return true;
    case Kind::Float: out = Number{false, 0, v.float_value()}; return true;
    case Kind::Str: {
      StrBuf* b = v.buffer();
      if (!b) { out = Number{}; return true; }
      if (b->lenient_state == 0) b->lenient_state = parse_lenient(b->data, b->lenient) ? 2 : 1;
      out = b->lenient;
      return b->lenient_state == 2;
    }
    case Kind::Handle: {
      const Value* s = v.handle_object()->scalar();
      return s && lenient_number(*s, out);
    }
    default: return false;
  }
}

bool quick_integer(const Value& v, int64_t& out) {
  if (v.is_int()) {
    out = v.int_value();
    return true;
  }
  StrBuf* b = v.is_str() ? v.buffer() : nullptr;
  if (b == nullptr) return false;
  if (b->lenient_state != 0) {
    out = b->lenient.i;
    return b->lenient_state == 2 && b->lenient.is_int;
  }
  std::string_view t = b->data;
  if (t.empty()) return false;
  size_t i = t[0] == '-' ? 1 : 0;
  if (t.size() == i || t.size() - i > 18) return false;
  int64_t n = 0;
  for (size_t k = i; k < t.size(); ++k) {
    auto d = static_cast<unsigned>(t[k] - '0');
    if (d > 9) return false;
    n = n * 10 + static_cast<int64_t>(d);
  }
  out = i == 1 ? -n : n;
  b->lenient = Number{true, out, static_cast<double>(out)};
  b->lenient_state = 2;
  return true;
}

bool truthy(const Value& v) {
  switch (v.kind()) {
    case Kind::Int: return v.int_value() != 0;
    case Kind::Float: return v.float_value() != 0.0;
    case Kind::Str: {
      if (!v.buffer()) return false;
      Number n;
      if (!strict_number(v, n)) return true;
      return n.is_int ? n.i != 0 : n.f != 0.0;
    }
    case Kind::Handle: {
      const Value* s = v.handle_object()->scalar();
      return s ? truthy(*s) : true;
    }
    default: return false;
  }
}

namespace {

int compare_numbers(const Number& x, const Number& y) {
  if (x.is_int && y.is_int) return x.i < y.i ? -1 : (x.i > y.i ? 1 : 0);
  double a = x.as_double(), b = y.as_double();
  if (float_equal(a, b)) return 0;
  return a < b ? -1 : 1;
}

int compare_bytes(std::string_view a, std::string_view b) {
  size_t n = a.size() < b.size() ? a.size() : b.size();
  int c = n ? std::memcmp(a.data(), b.data(), n) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

}  // namespace

int compare(const Value& a, const Value& b) {
  if (a.is_handle() && a.handle_object()->scalar()) return compare(*a.handle_object()->scalar(), b);
  if (b.is_handle() && b.handle_object()->scalar()) return compare(a, *b.handle_object()->scalar());
  Number x, y;
  bool a_null = a.is_str() && a.str().empty();
  bool b_null = b.is_str() && b.str().empty();
  if (a_null || b_null) {
    // The null string equals only itself and sorts below every number and every other string.
    if (a_null && b_null) return 0;
    return a_null ? -1 : 1;
  }
  bool a_num = a.is_numeric_kind(), b_num = b.is_numeric_kind();
  if (a_num && b_num) {
    strict_number(a, x);
    strict_number(b, y);
    return compare_numbers(x, y);
  }
  // When one side is already a number, the other side is read leniently (spaces allowed).
  bool ok_a = a_num ? strict_number(a, x) : (b_num ? lenient_number(a, x) : strict_number(a, x));
  bool ok_b = b_num ? strict_number(b, y) : (a_num ? lenient_number(b, y) : strict_number(b, y));
  if (ok_a && ok_b) return compare_numbers(x, y);
  std::string sa, sb;
  return compare_bytes(text_of(a, 4, sa), text_of(b, 4, sb));
}

bool equal(const Value& a, const Value& b) {
  if (a.is_str() && b.is_str()) {
    std::string_view x = a.str(), y = b.str();
    if (x == y) return true;
    Number p, q;
    if (x.empty() || y.empty() || !strict_number(a, p) || !strict_number(b, q)) return false;
    return compare_numbers(p, q) == 0;
  }
  return compare(a, b) == 0;
}

}  // namespace mv::runtime
