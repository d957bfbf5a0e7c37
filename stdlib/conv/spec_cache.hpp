// A small per-thread cache of parsed conversion codes. A program converts with the same few codes over and
// over (a date code and a money code in a report loop, constants or variables alike), so each family parses a
// code once and looks the result up by the code's text on later calls instead of parsing it again.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace mv::stdlib::conv {

// The last kSize codes one family parsed, replaced in turn. `Spec` is the family's parsed form; `parse` is
// bool(std::string_view code, Spec&), false for a code the family rejects (that answer is cached too). It is
// given the cache's own copy of the code, so a Spec may keep views into it.
template <typename Spec, size_t kSize = 4>
class SpecCache {
 public:
  // The parsed form of `code`, or nullptr when the family rejects it.
  template <typename Parse>
  const Spec* find(std::string_view code, Parse parse) {
    for (Entry& e : entries_) {
      if (e.used && e.code == code) return e.ok ? &e.spec : nullptr;
    }
    Entry& e = entries_[next_];
    next_ = (next_ + 1) % kSize;
    e.used = true;
    e.code.assign(code);
    e.spec = Spec{};
    e.ok = parse(std::string_view(e.code), e.spec);
    return e.ok ? &e.spec : nullptr;
  }

 private:
  struct Entry {
    bool used = false;
    bool ok = false;
    std::string code;
    Spec spec;
  };
  std::array<Entry, kSize> entries_{};
  size_t next_ = 0;
};

}  // namespace mv::stdlib::conv
