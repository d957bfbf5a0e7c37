// The built-in table: names, arities and usage for the compiler and HELP, implementations for the VM.
// Everything is generated from builtins.def so the three can never disagree.
#include "stdlib/builtins.hpp"

#include <cstring>

#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {
const BuiltinInfo kInfo[] = {
#define BUILTIN(id, name, lo, hi, fn, usage) {name, lo, hi, usage},
#include "stdlib/builtins.def"
#undef BUILTIN
};

const runtime::BuiltinFn kTable[] = {
#define BUILTIN(id, name, lo, hi, fn, usage) &fn,
#include "stdlib/builtins.def"
#undef BUILTIN
};
}  // namespace

const BuiltinInfo& builtin_info(BuiltinId id) { return kInfo[static_cast<size_t>(id)]; }

bool find_builtin(std::string_view name, BuiltinId& out) {
  for (size_t i = 0; i < static_cast<size_t>(BuiltinId::kCount); ++i) {
    if (name == kInfo[i].name) {
      out = static_cast<BuiltinId>(i);
      return true;
    }
  }
  return false;
}

const runtime::BuiltinFn* builtin_table() { return kTable; }

}  // namespace mv::stdlib
