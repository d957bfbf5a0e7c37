// The conversion built-ins OCONV, ICONV, OCONVS and ICONVS: thin bindings from Values to the code families
// behind conv_codes.hpp, which see the program (for the T file translation code) through a ConvEnv. Each
// sets STATUS() to the conversion's status. Input conversions that produce a plain integer (day numbers,
// times, scaled amounts) return it as an integer value.
#include <memory>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/conv/code_cache.hpp"
#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/files/file_stmt.hpp"

namespace mv::stdlib {

namespace {

using ConvFn = std::string (*)(std::string_view, std::string_view, int&, const ConvEnv*);

// The running program as the T file translation code sees it: OPEN's search folder and its warnings.
class ProgramEnv : public ConvEnv {
 public:
  explicit ProgramEnv(const Context& cx) : cx_(cx) {}
  std::string program_dir() const override { return files::program_dir(cx_); }
  void warn(const std::string& message) const override { cx_.warning(message); }

 private:
  const Context& cx_;
};

// True when the text is an integer written the canonical way (no leading zeros, no '+', not "-0"), with its
// value in `out` (read here rather than by std::stoll, which cost as much again).
bool canonical_integer(std::string_view s, int64_t& out) {
  size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
  if (i == s.size() || s.size() - i > 15 || (s[i] == '0' && s.size() - i > 1) || (i == 1 && s == "-0")) {
    return false;
  }
  int64_t v = 0;
  for (size_t k = i; k < s.size(); ++k) {
    if (s[k] < '0' || s[k] > '9') return false;
    v = v * 10 + (s[k] - '0');
  }
  out = i == 1 ? -v : v;
  return true;
}

// The E code's zone: the configuration file's TIMEZONE counts until SET.TIMEZONE changes it. Only the first
// conversion of the process seeds it (seed_timezone ignores later calls), so later ones skip the lookup.
void configured_timezone(const Context& cx) {
  static thread_local bool seeded = false;
  if (seeded) return;
  seeded = true;
  const std::string* zone = nullptr;
  if (cx.config) {
    auto it = cx.config->params.find("TIMEZONE");
    if (it != cx.config->params.end()) zone = &it->second;
  }
  seed_timezone(zone);
}

// The compiled form of a code string value, resolved once per string buffer (code_cache.hpp).
const CompiledConv* compiled_code(const Value& code) {
  static thread_local BufferCache<CompiledConv> cache;
  return cache.find(code, 0, [](std::string_view text) { return std::make_unique<CompiledConv>(text); });
}

// Runs one of the conversion entry points on the two arguments and sets STATUS().
void convert(Context& cx, Value* args, Value& out, ConvFn fn, bool input, bool each) {
  std::string data_scratch;
  std::string code_scratch;
  const std::string_view data = cx.text(args[0], data_scratch);
  int status = 0;
  const ProgramEnv env(cx);
  configured_timezone(cx);
  const CompiledConv* compiled = compiled_code(args[1]);
  std::string result = compiled ? compiled->run(data, input, each, status, &env)
                                 : fn(data, cx.text(args[1], code_scratch), status, &env);
  cx.status.set_int(status);
  int64_t n = 0;
  if (input && canonical_integer(result, n)) {
    out.set_int(n);
    return;
  }
  out = Value::string(std::move(result));
}

}  // namespace

void fn_oconv(Context& cx, Value* args, int, Value& out) { convert(cx, args, out, oconv, false, false); }
void fn_iconv(Context& cx, Value* args, int, Value& out) { convert(cx, args, out, iconv, true, false); }
void fn_oconvs(Context& cx, Value* args, int, Value& out) { convert(cx, args, out, oconvs, false, true); }
void fn_iconvs(Context& cx, Value* args, int, Value& out) { convert(cx, args, out, iconvs, true, true); }

}  // namespace mv::stdlib
