// Helpers for the unit tests that compare compiled listings: a program's disassembly and the listing line
// of one built-in call.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "compiler/compile.hpp"
#include "runtime/bytecode.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler::test {

// Compiles `text` into `p` and returns its disassembly, or the diagnostics when it does not compile.
inline std::string listing(const std::string& text, runtime::Program& p) {
  CompileResult r = compile("t.b", text, CompileOptions{}, p);
  if (!r.ok) return "compile failed:\n" + r.diagnostics;
  return runtime::disassemble(p);
}

inline std::string listing(const std::string& text) {
  runtime::Program p;
  return listing(text, p);
}

// The listing line for a CALL_BUILTIN of `name` with argc arguments at `pc`.
inline std::string call_line(int pc, const char* name, int argc) {
  stdlib::BuiltinId id;
  EXPECT_TRUE(stdlib::find_builtin(name, id)) << name;
  char buf[80];
  std::snprintf(buf, sizeof buf, "%5d  %-13s %d, %d\n", pc, "CALL_BUILTIN", static_cast<int>(id), argc);
  return buf;
}

}  // namespace mv::compiler::test
