// The compiler's front door: source text in, a bytecode Program or file:line:col diagnostics out.
#pragma once

#include <string>
#include <vector>

#include "runtime/bytecode.hpp"

namespace mv::compiler {

struct CompileOptions {
  // Directories searched for $INCLUDE records after the program's own directory (SYSCOM first).
  std::vector<std::string> include_dirs;
  // For the REPL: variables (in slot order) and matrices that earlier input already created, so that
  // new input compiles against the same slots and the values carry over.
  std::vector<std::string> preset_vars;
  std::vector<std::string> preset_matrices;
};

struct CompileResult {
  bool ok = false;
  std::string diagnostics;         // rendered errors and warnings, empty when there are none
  std::vector<std::string> files;  // every source read: the program and its $INCLUDEd records
  bool incomplete = false;         // the input ended inside an open block (see Diagnostics::incomplete)
};

CompileResult compile(const std::string& path, const std::string& text, const CompileOptions& options,
                      runtime::Program& out);

// Every keyword that opens a statement (for the REPL's completion and suggestions), sorted.
std::vector<std::string> statement_keywords();

}  // namespace mv::compiler
