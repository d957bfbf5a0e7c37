// Compiled forms of code strings found by the string's buffer (issue 15 item 3), shared by OCONV/ICONV and
// FMT. A code written as a constant is the same string buffer on every execution of that instruction (and in
// any variable assigned from it), so after the first call its compiled form is found by one pointer
// comparison, without comparing, splitting or parsing its text again. Each entry holds a reference to its
// buffer, which keeps it alive and unchanged (a shared string is copied before it is written) for as long as
// the entry lasts. A code built afresh each time ("MD" : I) is found by its text among the same entries.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <string_view>

#include "runtime/value.hpp"

namespace mv::stdlib {

// The last kEntries compiled codes of one kind, replaced in turn; one per thread, as a VM's values are.
template <typename Compiled, size_t kEntries = 16>
class BufferCache {
 public:
  // Codes longer than this take the text path, so the cache never keeps large strings alive.
  static constexpr size_t kLongest = 256;

  // The compiled form of `code` under `extra` (a setting the compiled form depends on, FMT's PRECISION),
  // made by `make(text)` (a std::unique_ptr<Compiled>) when neither the buffer nor the text is cached. Null
  // for values that are not strings or are too long.
  template <typename Make>
  const Compiled* find(const runtime::Value& code, int extra, Make make) {
    runtime::StrBuf* buffer = code.is_str() ? code.buffer() : nullptr;
    if (buffer == nullptr || buffer->data.size() > kLongest) return nullptr;
    for (Entry& e : entries_) {
      if (e.keep.buffer() == buffer && e.extra == extra) return e.compiled.get();
    }
    for (Entry& e : entries_) {
      if (e.compiled && e.extra == extra && e.keep.buffer()->data == buffer->data) {
        e.keep = code;
        return e.compiled.get();
      }
    }
    Entry& e = entries_[next_];
    next_ = (next_ + 1) % kEntries;
    e.compiled = make(std::string_view(buffer->data));
    e.extra = extra;
    e.keep = code;
    return e.compiled.get();
  }

 private:
  struct Entry {
    runtime::Value keep;
    int extra = 0;
    std::unique_ptr<Compiled> compiled;
  };
  std::array<Entry, kEntries> entries_{};
  size_t next_ = 0;
};

}  // namespace mv::stdlib
