// libFuzzer target over JPARSE() and JBUILD() (stdlib/json): arbitrary bytes, in each of JPARSE's modes,
// must be refused with an offset inside the text or accepted; an accepted document must build, and the
// built text must parse and build again to the same text (the round trip).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "stdlib/json/collection.hpp"

namespace json = mv::stdlib::json;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  int mode = data[0] & 3;  // the first byte picks JP$NULL and JP$UNQUOTED.NAME
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  mv::runtime::Value v;
  std::string error;
  int64_t code = 0, offset = 0;
  if (!json::parse(text, mode, v, error, code, offset)) {
    if (offset < 1 || offset > static_cast<int64_t>(text.size()) + 1) std::abort();
    return 0;
  }
  std::string once, twice;
  if (!json::build(v, 0, once)) std::abort();
  mv::runtime::Value again;
  if (!json::parse(once, 0, again, error, code, offset)) std::abort();
  if (!json::build(again, 0, twice) || twice != once) std::abort();
  return 0;
}
