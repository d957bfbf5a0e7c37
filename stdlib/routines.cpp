// The run-time helpers behind compiler forms of issue 10: case-insensitive comparison ($NOCASE.STRINGS)
// and assignment to @SYSTEM.SET.
#include <cctype>

#include "runtime/value.hpp"
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {

std::string upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

}  // namespace

// ~NOCASE.STRINGS(a, b, op): two strings that are not both numbers compare ignoring case; numbers and
// numeric strings compare as the plain operator compares them.
void fn_nocase_compare(Context& cx, Value* args, int, Value& out) {
  runtime::Number na, nb;
  bool numeric = args[0].is_numeric_kind() || args[1].is_numeric_kind() ||
                 (runtime::strict_number(args[0], na) && runtime::strict_number(args[1], nb));
  int c;
  if (numeric) {
    c = runtime::compare(args[0], args[1]);
  } else {
    std::string sa, sb;
    c = runtime::compare(Value::string(upper(cx.text(args[0], sa))), Value::string(upper(cx.text(args[1], sb))));
  }
  bool r = false;
  switch (cx.integer(args[2])) {
    case 0: r = c == 0; break;
    case 1: r = c != 0; break;
    case 2: r = c < 0; break;
    case 3: r = c > 0; break;
    case 4: r = c <= 0; break;
    default: r = c >= 0; break;
  }
  out.set_int(r ? 1 : 0);
}

// @SYSTEM.SET = x: @SYSTEM.SET is another name of @SYSTEM.RETURN.CODE, which EXECUTE sets.
void fn_set_system_set(Context& cx, Value* args, int, Value& out) {
  cx.system_return = args[0];
  out.set_int(0);
}

}  // namespace mv::stdlib
