// Declarations of every built-in implementation named in builtins.def, and small helpers they share.
#pragma once

#include <random>
#include <string>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib {

using runtime::Context;
using runtime::Value;

#define BUILTIN(id, name, lo, hi, fn, usage) void fn(Context& cx, Value* args, int argc, Value& out);
#include "stdlib/builtins.def"
#undef BUILTIN

// The generator behind RND(), which RANDOMIZE reseeds (stdlib/math/math.cpp).
std::mt19937_64& rnd_engine();

// Reads argument i as text; `scratch` holds the formatted number when it is not a string.
inline std::string_view arg_text(Context& cx, Value* args, int i, std::string& scratch) {
  return cx.text(args[i], scratch);
}

}  // namespace mv::stdlib
