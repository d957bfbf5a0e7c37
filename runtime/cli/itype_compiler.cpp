// The I-type compiler hook (stdlib/query/itype.hpp): the query processor builds a small program from a
// dictionary item and compiles it here, with the compiler and the bytecode cache the command line owns.
// A cached item is keyed by its source text, so an edited dictionary record compiles afresh.
#include "runtime/cli/cache.hpp"
#include "runtime/cli/commands.hpp"
#include "runtime/cli/loader.hpp"
#include "stdlib/query/itype.hpp"

namespace mv::cli {

void install_itype_compiler(const RunSettings& settings) {
  bool use_cache = settings.use_cache;
  // An I-type may CALL a catalogued subroutine (found as a program's CALL finds it) or EXECUTE.
  stdlib::query::set_itype_vm_setup([settings](runtime::Vm& vm) { wire_vm(vm, settings); });
  stdlib::query::set_itype_compiler(
      [use_cache](const std::string& source, runtime::Program& out, std::string& diag) {
        BytecodeCache cache(use_cache ? BytecodeCache::default_dir() : "");
        std::string key = "itype:" + std::to_string(fnv1a(source));
        if (cache.load(key, source, out)) return true;
        if (compile_text("<I-type>", source, out, diag) != 0) return false;
        cache.store(key, source, {}, out);
        return true;
      });
}

}  // namespace mv::cli
