// Conversion built-ins (placeholders until OCONV/ICONV land; see issue 5).
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

void fn_oconv(Context& cx, Value*, int, Value&) { cx.fail("OCONV is not implemented yet in this build of mvbasic"); }
void fn_iconv(Context& cx, Value*, int, Value&) { cx.fail("ICONV is not implemented yet in this build of mvbasic"); }
void fn_oconvs(Context& cx, Value*, int, Value&) { cx.fail("OCONVS is not implemented yet in this build of mvbasic"); }
void fn_iconvs(Context& cx, Value*, int, Value&) { cx.fail("ICONVS is not implemented yet in this build of mvbasic"); }

}  // namespace mv::stdlib
