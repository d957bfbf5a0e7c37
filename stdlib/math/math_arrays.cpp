// The value-by-value forms of the numeric built-ins (math_arrays.hpp).
#include "stdlib/math/math_arrays.hpp"

#include "runtime/numeric_array.hpp"

namespace mv::stdlib {

bool numeric_array_1(Context& cx, runtime::BuiltinFn fn, Value* args, Value& out) {
  if (!runtime::is_numeric_array(args[0])) return false;
  std::string result;
  runtime::each_element(args[0].str(), result, [&](std::string_view e, std::string& r) {
    Value arg[1] = {Value::string(e)};
    Value v;
    fn(cx, arg, 1, v);
    runtime::append_text(r, v, cx.precision);
  });
  out = Value::string(std::move(result));
  return true;
}

bool numeric_array_2(Context& cx, runtime::BuiltinFn fn, Value* args, Value& out, int64_t missing_right) {
  if (!runtime::is_numeric_array(args[0]) && !runtime::is_numeric_array(args[1])) return false;
  std::string sa, sb, result;
  std::string_view a = cx.text(args[0], sa), b = cx.text(args[1], sb);
  using runtime::Element;
  runtime::pair_elements(a, b, result, [&](const Element& x, const Element& y, std::string& r) {
    Value pair[2] = {x.missing ? Value::integer(0) : Value::string(x.text),
                     y.missing ? Value::integer(missing_right) : Value::string(y.text)};
    Value v;
    fn(cx, pair, 2, v);
    runtime::append_text(r, v, cx.precision);
  });
  out = Value::string(std::move(result));
  return true;
}

}  // namespace mv::stdlib
