// The element walks behind numeric-array arithmetic (numeric_array.hpp).
#include "runtime/numeric_array.hpp"

#include <algorithm>

namespace mv::runtime {

namespace {

// The end of the data ranks above every mark, so a side that has ended never looks deeper.
constexpr int kEnd = 256;

// Reads one array element by element, remembering the mark that ended the last one.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s), done_(s.empty()) {}
  bool done() const { return done_; }
  int level() const { return level_; }
  std::string_view read() {
    if (done_) {
      level_ = kEnd;
      return {};
    }
    size_t i = pos_;
    while (i < s_.size() && !is_mark(s_[i])) ++i;
    std::string_view e = s_.substr(pos_, i - pos_);
    if (i < s_.size()) {
      level_ = static_cast<unsigned char>(s_[i]);
      pos_ = i + 1;
    } else {
      level_ = kEnd;
      done_ = true;
    }
    return e;
  }

 private:
  std::string_view s_;
  size_t pos_ = 0;
  bool done_;
  int level_ = 0;
};

}  // namespace

bool is_numeric_array(const Value& v) {
  if (!v.is_str()) return false;
  Number n;
  if (lenient_number(v, n)) return false;
  for (char c : v.str()) {
    if (is_mark(c)) return true;
  }
  return false;
}

void each_element(std::string_view s, std::string& out,
                  const std::function<void(std::string_view, std::string&)>& op) {
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !is_mark(s[i])) continue;
    op(s.substr(start, i - start), out);
    if (i < s.size()) out += s[i];
    start = i + 1;
  }
}

void pair_elements(std::string_view a, std::string_view b, std::string& out,
                   const std::function<void(const Element&, const Element&, std::string&)>& op) {
  Cursor x(a), y(b);
  int mark = 0;
  bool first = true;
  while (!x.done() || !y.done()) {
    // Compare the marks that ended the previous elements before reading on.
    const bool need_x = x.level() <= y.level();
    const bool need_y = x.level() >= y.level();
    Element ex, ey;
    if (need_x)
      ex.text = x.read();
    else
      ex.missing = true;
    if (need_y)
      ey.text = y.read();
    else
      ey.missing = true;
    if (!first) out += static_cast<char>(mark);
    first = false;
    mark = std::min(x.level(), y.level());
    op(ex, ey, out);
  }
}

}  // namespace mv::runtime
