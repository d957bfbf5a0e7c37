// The numeric built-ins on numeric arrays: ABS, INT, SQRT, EXP, LN, SIN, COS, TAN, NEG, RND and the
// two-argument PWR, IDIV and REM run value by value when an argument is a dynamic array of numbers, as
// QM's arithmetic does (runtime/numeric_array.hpp). Each built-in calls one of these first.
#pragma once

#include <cstdint>

#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

// When args[0] is a numeric array, sets `out` to `fn` applied to each element and returns true.
bool numeric_array_1(Context& cx, runtime::BuiltinFn fn, Value* args, Value& out);

// When args[0] or args[1] is a numeric array, pairs their elements, sets `out` to `fn` applied to each
// pair and returns true. A missing left value is 0, a missing right value `missing_right`.
bool numeric_array_2(Context& cx, runtime::BuiltinFn fn, Value* args, Value& out, int64_t missing_right);

}  // namespace mv::stdlib
