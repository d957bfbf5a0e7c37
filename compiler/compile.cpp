// Wires the lexer, parser and code generator together and resolves $INCLUDE records on disk.
#include "compiler/compile.hpp"

#include <sys/stat.h>

#include <cctype>

#include "compiler/codegen.hpp"
#include "compiler/parser.hpp"
#include "runtime/ascii.hpp"

namespace mv::compiler {

namespace {

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string dir_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
}

// QM looks in the including program's own file, then SYSCOM; a named file is a directory beside it or
// beside the program's file.
std::string resolve_include(const CompileOptions& options, const std::string& file, const std::string& record,
                            const std::string& from) {
  std::vector<std::string> dirs;
  std::string base = dir_of(from);
  if (file.empty()) {
    dirs.push_back(base);
    // A record name holding '/' may be a path from the account folder (EQU/FILES.EQU from BP/PROG).
    if (record.find('/') != std::string::npos) dirs.push_back(base + "/..");
  } else if (runtime::ascii_upper(file) != "SYSCOM") {
    size_t slash = base.find_last_of('/');
    std::string base_name = slash == std::string::npos ? base : base.substr(slash + 1);
    if (base_name == file) dirs.push_back(base);
    dirs.push_back(base + "/" + file);
    dirs.push_back(base + "/../" + file);
  }
  // The account's own SYSCOM (a folder beside the program's file, as QM's VOC points SYSCOM at QMSYS's),
  // then mvbasic's.
  dirs.push_back(base + "/../SYSCOM");
  for (const std::string& d : options.include_dirs) dirs.push_back(d);
  for (const std::string& d : dirs) {
    for (const std::string& name : {record, runtime::ascii_upper(record)}) {
      std::string candidate = d + "/" + name;
      if (is_file(candidate)) return candidate;
    }
  }
  return "";
}

}  // namespace

CompileResult compile(const std::string& path, const std::string& text, const CompileOptions& options,
                      runtime::Program& out) {
  Diagnostics diags;
  runtime::Program program;
  CodeGen gen(diags, program);
  for (const std::string& v : options.preset_vars) gen.var_slot(v);
  for (const std::string& m : options.preset_matrices) gen.declare_matrix(m);
  Parser parser(diags, gen, [&options](const std::string& file, const std::string& record, const std::string& from) {
    return resolve_include(options, file, record, from);
  });
  uint16_t id = diags.add_source(path, text);
  parser.parse_program(id);
  CompileResult result;
  for (const auto& src : diags.sources) {
    program.files.push_back(src->path);
    result.files.push_back(src->path);
  }
  result.diagnostics = diags.render();
  result.ok = diags.error_count() == 0;
  result.incomplete = diags.incomplete;
  if (result.ok) out = std::move(program);
  return result;
}

}  // namespace mv::compiler
