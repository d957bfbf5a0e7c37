// I-type and C-type dictionary items: compiled by mvbasic's own compiler and run on a VM of their own.
// The compiler lives in compiler/, which links stdlib, so the command line installs it here as a hook
// (set_itype_compiler), as it installs the CALL loader on a VM; the hook keeps compiled items in the
// bytecode cache like any other code.
//
// An item becomes a small main program: each dictionary name the expression uses is given its value
// first (a D item's field of @RECORD, an I item's own expression), then `@ANS = expression`. A C item's
// program sets @ANS itself. Before each run the engine sets @ID, @RECORD and @FILENAME in the VM's
// SYSCOM cells; the result is @ANS.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "runtime/builtin_api.hpp"
#include "runtime/bytecode.hpp"
#include "stdlib/query/dict.hpp"

namespace mv::runtime {
class Vm;
}

namespace mv::stdlib::query {

// Compiles `source` (a main program) into `out`; false with diagnostics in `diag`.
using ItypeCompiler =
    std::function<bool(const std::string& source, runtime::Program& out, std::string& diag)>;
// Installing the compiler also installs the computed-index hooks (install_computed_index), since an index on
// an I-type needs it.
void set_itype_compiler(ItypeCompiler compiler);
// Lets hashed files index I, C, A and S-type items (files::ComputedIndex, stdlib/query/index_eval.cpp).
void install_computed_index();
// Prepares each VM that runs an item (the command line installs its CALL loader and EXECUTE hook).
void set_itype_vm_setup(std::function<void(runtime::Vm&)> setup);

// The BASIC source an I or C item compiles to, resolving the names it uses through `dict`.
std::string itype_source(const DictItem& item, Dictionary* dict);

class ItypeEngine {
 public:
  ItypeEngine(const runtime::Config* config, const runtime::ProcessInfo* info, Dictionary* dict);
  ~ItypeEngine();
  ItypeEngine(const ItypeEngine&) = delete;
  ItypeEngine& operator=(const ItypeEngine&) = delete;

  // The value of I or C item `item` for one record; false with `error` set when it does not compile or
  // fails at run time.
  bool eval(const DictItem& item, const std::string& id, const std::string& record, std::string& out,
            std::string& error);
  // Whether I or C item `item` compiles; false with `error` set when it does not.
  bool compiles(const DictItem& item, std::string& error) { return unit(item, error) != nullptr; }

 private:
  struct Unit;
  Unit* unit(const DictItem& item, std::string& error);
  runtime::Config config_;
  runtime::ProcessInfo info_;
  Dictionary* dict_;
  std::map<std::string, std::unique_ptr<Unit>> units_;  // by the source they run
};

}  // namespace mv::stdlib::query
