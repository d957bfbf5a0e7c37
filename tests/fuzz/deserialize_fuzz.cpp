// libFuzzer target over runtime::deserialize, the reader of bytecode cache entries: arbitrary bytes must be
// refused or accepted without crashing, and an accepted program must disassemble.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/bytecode.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  mv::runtime::Program program;
  if (mv::runtime::deserialize(bytes, program)) (void)mv::runtime::disassemble(program);
  return 0;
}
