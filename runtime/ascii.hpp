// ASCII case folding for names: keywords, command and option words, @variables, exception and class names.
// Only a-z change, so the bytes of UTF-8 text and of QM's marks pass through as they are.
#pragma once

#include <string>
#include <string_view>

namespace mv::runtime {

inline std::string ascii_upper(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return r;
}

}  // namespace mv::runtime
