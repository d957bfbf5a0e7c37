// libFuzzer target over the compiler front end: arbitrary bytes go through the lexer, parser and code
// generator via mv::compiler::compile. A successful compile is also disassembled and round-tripped through
// the bytecode cache's serialisation, which must reproduce it exactly. Nothing is executed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "compiler/compile.hpp"
#include "runtime/bytecode.hpp"

namespace {

// The source path sits in a directory that does not exist, so no $INCLUDE can reach a real file and every
// run depends on the input bytes alone.
constexpr const char* kPath = "/nonexistent-mvbasic-fuzz/fuzz.b";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  mv::runtime::Program program;
  mv::compiler::CompileOptions options;  // no include directories
  mv::compiler::CompileResult result = mv::compiler::compile(kPath, text, options, program);
  // Every failure must explain itself with at least one diagnostic.
  if (!result.ok && result.diagnostics.empty()) std::abort();
  if (!result.ok) return 0;
  std::string listing = mv::runtime::disassemble(program);
  mv::runtime::Program copy;
  if (!mv::runtime::deserialize(mv::runtime::serialize(program), copy)) std::abort();
  if (mv::runtime::disassemble(copy) != listing) std::abort();
  return 0;
}
