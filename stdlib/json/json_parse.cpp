// JPARSE(): JSON text to data collections through RapidJSON's SAX reader (docs/internals/json.md says why
// RapidJSON). The reader calls the handler below for each value, which builds collections and arrays
// directly, with no document tree in between. QM's extras are done before the reader sees the text: the
// five mark characters count as whitespace between elements, and JP$UNQUOTED.NAME puts quotes around
// bare names.
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <charconv>
#include <cstring>

#include "stdlib/json/collection.hpp"

namespace mv::stdlib::json {

namespace {

constexpr int kNullAsEmpty = 1;    // JP$NULL
constexpr int kUnquotedNames = 2;  // JP$UNQUOTED.NAME

bool is_mark(unsigned char c) { return c >= 251; }

// The decimal exponent of a JSON number's first significant digit (0.05 is -2, 123 is 2), saturated so that a
// huge written exponent cannot overflow. Only called for a number with a nonzero digit.
int64_t magnitude(std::string_view num) {
  size_t e = num.find_first_of("eE");
  std::string_view mant = num.substr(0, e);
  int64_t exp = 0;
  if (e != std::string_view::npos) {
    std::string_view x = num.substr(e + 1);
    bool neg = !x.empty() && x[0] == '-';
    if (!x.empty() && (x[0] == '-' || x[0] == '+')) x.remove_prefix(1);
    auto [p, ec] = std::from_chars(x.data(), x.data() + x.size(), exp);
    if (ec != std::errc()) exp = INT64_MAX / 4;
    exp = std::min<int64_t>(exp, INT64_MAX / 4);
    if (neg) exp = -exp;
  }
  size_t point = mant.find('.');
  size_t first = mant.find_first_of("123456789");
  if (point == std::string_view::npos) point = mant.size();
  int64_t at = first < point ? static_cast<int64_t>(point - first) - 1 : -static_cast<int64_t>(first - point);
  return at + exp;
}

// A JSON number's value: an integer when it is written as one and fits in 64 bits, else the nearest double
// (std::from_chars rounds correctly at any length). False when it is too big for a double; a number too
// small for one is zero, as it is in most JSON readers.
bool number_value(std::string_view num, Value& out) {
  const char* b = num.data();
  const char* e = b + num.size();
  if (num.find_first_of(".eE") == std::string_view::npos) {
    int64_t i = 0;
    if (auto r = std::from_chars(b, e, i); r.ec == std::errc() && r.ptr == e) {
      out = Value::integer(i);
      return true;
    }
  }
  double d = 0;
  auto r = std::from_chars(b, e, d);
  if (r.ec == std::errc::result_out_of_range) {
    if (magnitude(num) > 0) return false;
    d = num[0] == '-' ? -0.0 : 0.0;
  } else if (r.ec != std::errc() || r.ptr != e) {
    return false;
  }
  out = Value::real(d);
  return true;
}

struct Frame {
  Collection* object = nullptr;
  Array* array = nullptr;
  std::string key;
};

// Builds values as the reader reports them. Returning false stops the reader (nesting too deep).
class Builder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Builder> {
 public:
  explicit Builder(int mode) : null_as_empty_(mode & kNullAsEmpty) {}
  Value root;
  bool too_deep = false;
  bool too_big = false;

  bool Null() {
    return add(null_as_empty_ ? Value::string(std::string_view()) : make_literal(Literal::Null));
  }
  bool Bool(bool b) { return add(make_bool(b)); }
  // Numbers arrive as their text (kParseNumbersAsStringsFlag), already checked against JSON's grammar.
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
    Value v;
    if (!number_value(std::string_view(s, n), v)) {
      too_big = true;
      return false;
    }
    return add(std::move(v));
  }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    return add(Value::string(std::string_view(s, n)));
  }
  bool Key(const char* s, rapidjson::SizeType n, bool) {
    stack_.back().key.assign(s, n);
    return true;
  }
  bool StartObject() {
    auto* c = new Collection;
    return open(Value::handle(c), Frame{c, nullptr, {}});
  }
  bool EndObject(rapidjson::SizeType) {
    stack_.back().object->settle();
    stack_.pop_back();
    return true;
  }
  bool StartArray() {
    auto* a = new Array;
    return open(Value::handle(a), Frame{nullptr, a, {}});
  }
  bool EndArray(rapidjson::SizeType) {
    stack_.pop_back();
    return true;
  }

 private:
  bool add(Value v) {
    if (stack_.empty()) {
      root = std::move(v);
    } else if (Frame& f = stack_.back(); f.array) {
      f.array->items.push_back(std::move(v));
    } else {
      f.object->items.emplace_back(std::move(f.key), std::move(v));
    }
    return true;
  }
  bool open(Value container, Frame frame) {
    if (stack_.size() >= static_cast<size_t>(kMaxDepth)) {
      too_deep = true;
      return false;
    }
    add(std::move(container));
    stack_.push_back(std::move(frame));
    return true;
  }
  bool null_as_empty_;
  std::vector<Frame> stack_;
};

// JP$UNQUOTED.NAME: a bare name before ':' in an object gets quotes. `inserted` records where each pair of
// quotes went in, so that an error offset can be given in the caller's text.
void quote_bare_names(std::string& text, std::vector<size_t>& inserted) {
  std::string out;
  out.reserve(text.size() + 64);
  std::vector<char> nest;
  bool in_string = false;
  bool expect_name = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < text.size())
        out.push_back(text[++i]);
      else if (c == '"')
        in_string = false;
      continue;
    }
    bool name_start = std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$';
    if (expect_name && name_start) {
      size_t end = i;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' ||
                                   text[end] == '$' || text[end] == '.'))
        ++end;
      inserted.push_back(i);
      out.push_back('"');
      out.append(text, i, end - i);
      out.push_back('"');
      i = end - 1;
      expect_name = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '{' || c == '[') nest.push_back(c);
    if ((c == '}' || c == ']') && !nest.empty()) nest.pop_back();
    if (c == '{' || (c == ',' && !nest.empty() && nest.back() == '{'))
      expect_name = true;
    else if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
      expect_name = false;
    out.push_back(c);
  }
  text = std::move(out);
}

// Mark characters outside strings become spaces, which the reader skips.
void blank_marks(std::string& text) {
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (is_mark(c)) {
      text[i] = ' ';
    }
  }
}

}  // namespace

bool parse(std::string_view text, int mode, Value& out, std::string& error, int64_t& code, int64_t& offset) {
  // The reader works in place on its own copy (strings are unescaped where they lie), which needs a
  // terminating NUL; an embedded NUL therefore ends the text early and is reported below.
  std::string buf(text);
  std::vector<size_t> inserted;
  if (mode & kUnquotedNames) quote_bare_names(buf, inserted);
  for (unsigned char c : text) {
    if (is_mark(c)) {
      blank_marks(buf);
      break;
    }
  }
  const size_t size = buf.size();
  Builder builder(mode);
  rapidjson::Reader reader;
  rapidjson::InsituStringStream stream(buf.data());
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseNumbersAsStringsFlag;
  rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, builder);
  size_t at = ok ? stream.Tell() : ok.Offset();
  if (ok && at >= size) {
    out = std::move(builder.root);
    return true;
  }
  // Map the offset back to the caller's text past any quotes JP$UNQUOTED.NAME added.
  size_t shift = 0;
  for (size_t p : inserted) {
    if (p + shift * 2 < at) ++shift;
  }
  at = at >= shift * 2 ? at - shift * 2 : 0;
  code = builder.too_deep ? kDepthError : kSyntaxError;
  // The reader stops just after the bracket that went too deep; that bracket is the place to report.
  offset = static_cast<int64_t>(at) + (builder.too_deep ? 0 : 1);
  if (builder.too_deep)
    error = "nesting deeper than " + std::to_string(kMaxDepth) + " levels";
  else if (builder.too_big)
    error = "a number too big for a double";
  else if (ok)
    error = "a NUL character in the text";
  else
    error = rapidjson::GetParseError_En(ok.Code());
  return false;
}

}  // namespace mv::stdlib::json
