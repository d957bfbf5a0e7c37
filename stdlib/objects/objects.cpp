// The object built-ins: OBJINFO(var, key). Objects themselves are made and used by compiled code (OBJECT(),
// obj->name, ME; see runtime/vm_objects.cpp and docs/objects.md).
#include "runtime/object.hpp"
#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

using runtime::Context;
using runtime::Value;

// Key 0 (OI$ISOBJ) asks whether var holds an object; key 1 (OI$CLASS) gives its class name. QM returns 0
// for other keys, and fails on a key other than 0 when var is not an object.
void fn_objinfo(Context& cx, Value* args, int, Value& out) {
  int64_t key = cx.integer(args[1]);
  const runtime::ObjectValue* o = runtime::as_object(args[0]);
  if (key == 0) {
    out.set_int(o ? 1 : 0);
    return;
  }
  if (!o) cx.fail("OBJINFO(): the variable is not an object");
  if (key == 1)
    out = Value::string(o->class_name());
  else
    out.set_int(0);
}

}  // namespace mv::stdlib
