// JBUILD(): data collections to JSON text. The writer is this small loop rather than RapidJSON's Writer,
// because QM's modes (single quotes, no quotes, strings as numbers, "" as null) are beyond it, and because
// RapidJSON 1.1.0's Grisu2 writes some doubles wrongly (0.30000000000000004 as ...07). Numbers go through
// std::to_chars, whose shortest form reads back as the same double.
#include <charconv>
#include <cmath>

#include "stdlib/json/collection.hpp"

namespace mv::stdlib::json {

namespace {

constexpr int kInvalidAsNull = 1;   // JB$INVALID
constexpr int kEmptyAsNull = 2;     // JB$NULL
constexpr int kNumericStrings = 4;  // JB$NUM
constexpr int kSingleQuoteNames = 8;
constexpr int kNoQuoteNames = 16;
constexpr int kSingleQuoteValues = 32;
constexpr int kNoQuoteValues = 64;

class Writer {
 public:
  Writer(int mode, std::string& out) : mode_(mode), out_(out) {}

  bool value(const Value& v, int depth) {
    if (depth > kMaxDepth) return false;
    switch (v.kind()) {
      case runtime::Kind::Int:
        integer(v.int_value());
        return true;
      case runtime::Kind::Float:
        return real(v.float_value());
      case runtime::Kind::Str:
        return string(v.str());
      case runtime::Kind::Unassigned:
        return invalid();
      case runtime::Kind::Handle:
        break;
    }
    if (Collection* c = as_collection(v)) {
      out_.push_back('{');
      for (size_t i = 0; i < c->items.size(); ++i) {
        if (i) out_.push_back(',');
        quoted(c->items[i].first, mode_ & kSingleQuoteNames ? '\'' : mode_ & kNoQuoteNames ? 0 : '"');
        out_.push_back(':');
        if (!value(c->items[i].second, depth + 1)) return false;
      }
      out_.push_back('}');
      return true;
    }
    if (Array* a = as_array(v)) {
      out_.push_back('[');
      for (size_t i = 0; i < a->items.size(); ++i) {
        if (i) out_.push_back(',');
        if (!value(a->items[i], depth + 1)) return false;
      }
      out_.push_back(']');
      return true;
    }
    if (const Literal* l = as_literal(v)) {
      out_.append(l->kind == Literal::True ? "true" : l->kind == Literal::False ? "false" : "null");
      return true;
    }
    return invalid();
  }

 private:
  bool invalid() {
    if (!(mode_ & kInvalidAsNull)) return false;
    out_.append("null");
    return true;
  }
  void integer(int64_t i) {
    char buf[24];
    out_.append(buf, std::to_chars(buf, buf + sizeof buf, i).ptr);
  }
  // A float keeps a point or an exponent ("100.0"), so that JPARSE() reads it back as a float.
  bool real(double d) {
    if (!std::isfinite(d)) return invalid();
    char buf[40];
    char* end = std::to_chars(buf, buf + sizeof buf, d).ptr;
    std::string_view digits(buf, static_cast<size_t>(end - buf));
    out_.append(digits);
    if (digits.find_first_of(".e") == std::string_view::npos) out_.append(".0");
    return true;
  }
  bool string(std::string_view s) {
    if (s.empty() && (mode_ & kEmptyAsNull)) {
      out_.append("null");
      return true;
    }
    runtime::Number n;
    if ((mode_ & kNumericStrings) && runtime::strict_number(Value::string(s), n)) {
      if (n.is_int)
        integer(n.i);
      else
        return real(n.f);
      return true;
    }
    quoted(s, mode_ & kSingleQuoteValues ? '\'' : mode_ & kNoQuoteValues ? 0 : '"');
    return true;
  }
  // A string in `quote` (0: none), escaped as JSON requires: the quote, backslash and control characters.
  // Other bytes, including UTF-8 sequences and QM's marks, are copied as they are.
  void quoted(std::string_view s, char quote) {
    static const char kHex[] = "0123456789abcdef";
    if (quote) out_.push_back(quote);
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '\\' && c != static_cast<unsigned char>(quote)) continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      out_.push_back('\\');
      switch (c) {
        case '\n':
          out_.push_back('n');
          break;
        case '\r':
          out_.push_back('r');
          break;
        case '\t':
          out_.push_back('t');
          break;
        case '\b':
          out_.push_back('b');
          break;
        case '\f':
          out_.push_back('f');
          break;
        default:
          if (c >= 0x20) {
            out_.push_back(static_cast<char>(c));
          } else {
            out_.append("u00");
            out_.push_back(kHex[c >> 4]);
            out_.push_back(kHex[c & 15]);
          }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    if (quote) out_.push_back(quote);
  }

  int mode_;
  std::string& out_;
};

}  // namespace

bool build(const Value& v, int mode, std::string& out) {
  Writer w(mode, out);
  return w.value(v, 0);
}

}  // namespace mv::stdlib::json
