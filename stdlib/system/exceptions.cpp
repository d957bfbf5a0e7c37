// CAUGHT(), the one built-in of QM's exceptions: TRY/CATCH and THROW are statements the VM runs
// (runtime/vm_exceptions.cpp), which also answers this function's question through Context.
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {


// CAUGHT(exception, modes): whether a TRY being run has a CATCH for the exception or one of its groups;
// modes adds the catch-all handlers: 1 SYS$ANY, 2 SYS$UNHANDLED.
void fn_caught(Context& cx, Value* args, int, Value& out) {
  std::string name = cx.string(args[0]);
  out.set_int(cx.exception_caught(name, static_cast<int>(cx.integer(args[1]))) ? 1 : 0);
}

}  // namespace mv::stdlib
