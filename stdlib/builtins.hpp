// The built-in table as data: ids, names, arities and implementations, generated from builtins.def.
#pragma once

#include <string_view>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib {

enum class BuiltinId : uint16_t {
#define BUILTIN(id, name, lo, hi, fn, usage) id,
#include "stdlib/builtins.def"
#undef BUILTIN
  kCount
};

struct BuiltinInfo {
  const char* name;
  int min_args;
  int max_args;
  const char* usage;
};

// Names, arities and usage: needs no implementation, so the compiler can include it.
const BuiltinInfo& builtin_info(BuiltinId id);
// Looks up an upper-case name; returns false when it is not a built-in.
bool find_builtin(std::string_view name, BuiltinId& out);
// The implementations, indexed by BuiltinId (defined in stdlib, linked into the VM by the command).
const runtime::BuiltinFn* builtin_table();

}  // namespace mv::stdlib
