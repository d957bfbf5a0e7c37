// The Pick FILE statement (QM's qmb_file.htm): FILE name, ... opens each file into a hidden file variable and
// makes `name` the record variable that `READ name FROM id` fills and `WRITE name TO id` writes;
// `name(field)` is the field that the file's dictionary names (a D, A or S item, read when the program is
// compiled).
#include <dirent.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "compiler/parser.hpp"
#include "runtime/builtin_api.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

namespace {

bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::vector<std::string> record_fields(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<std::string> fields;
  std::string f;
  for (char c : text.str()) {
    if (c == '\n' || c == '\xFE') {
      fields.push_back(f);
      f.clear();
    } else if (c != '\r') {
      f += c;
    }
  }
  if (!f.empty()) fields.push_back(f);
  return fields;
}

}  // namespace

// The dictionary NAME.DIC, looked for as OPEN looks for a file: in the current directory, then beside the
// program. Each D item, and each A or S item without a correlative, maps its record id to its field number.
std::unordered_map<std::string, int> Parser::read_dictionary(const std::string& name, Location loc) {
  std::unordered_map<std::string, int> fields;
  std::string program = diags_.sources[loc.file]->path;
  size_t slash = program.find_last_of('/');
  std::string beside = slash == std::string::npos ? "." : program.substr(0, slash);
  std::string dir = is_dir(name + ".DIC") ? name + ".DIC" : beside + "/" + name + ".DIC";
  DIR* d = ::opendir(dir.c_str());
  if (!d) return fields;
  while (dirent* e = ::readdir(d)) {
    std::string id = e->d_name;
    if (id == "." || id == "..") continue;
    std::vector<std::string> f = record_fields(dir + "/" + id);
    if (f.size() < 2 || f[0].empty()) continue;
    char type = static_cast<char>(std::toupper(static_cast<unsigned char>(f[0][0])));
    bool correlative = f.size() > 7 && !f[7].empty();
    if (type != 'D' && !((type == 'A' || type == 'S') && !correlative)) continue;
    int n = std::atoi(f[1].c_str());
    if (n > 0) {
      for (char& c : id) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      fields[id] = n;
    }
  }
  ::closedir(d);
  return fields;
}

// FILE name, ...: a failed open is silent, as QM's FILE has no ELSE; later access to the file then fails.
void Parser::file_declaration(const Token& kw) {
  do {
    Token name = peek();
    if (name.kind != Tok::Ident) {
      error_here("expected a file name after FILE");
      return;
    }
    take();
    pick_files_[name.text] = read_dictionary(name.text, kw.loc);
    gen_.expr(*make_expr(ExprKind::String, name.loc, ""));
    gen_.expr(*make_expr(ExprKind::String, name.loc, name.text));
    gen_.emit(Op::PUSH_INT, runtime::Context::kHasElse);
    gen_.emit(Op::CALL_BUILTIN, static_cast<int32_t>(stdlib::BuiltinId::OPEN_STMT));
    gen_.emit_word(3);
    gen_.emit(Op::STORE, gen_.var_slot(pick_file_var(name.text)));
  } while (accept_op(","));
}

// name(field): the field of the record variable that the file's dictionary names (or a field number).
ExprPtr Parser::pick_file_field(const Token& name) {
  take();  // '('
  auto e = make_expr(ExprKind::Extract, name.loc);
  e->kids.push_back(make_expr(ExprKind::Var, name.loc, name.text));
  const auto& dict = pick_files_[name.text];
  Token f = peek();
  auto it = f.kind == Tok::Ident ? dict.find(f.text) : dict.end();
  if (it != dict.end()) {
    take();
    e->kids.push_back(make_expr(ExprKind::Number, f.loc, std::to_string(it->second)));
  } else if (f.kind == Tok::Ident && !peek(1).is_op(")")) {
    e->kids.push_back(expression());
  } else if (f.kind == Tok::Ident) {
    take();
    diags_.error(f.loc, f.text + " is not a field of the dictionary of " + name.text);
    e->kids.push_back(make_expr(ExprKind::Number, f.loc, "0"));
  } else {
    e->kids.push_back(expression());
  }
  expect_op(")", "to close the field reference");
  return e;
}

// The hidden file variable behind a FILE name used as READ's target or WRITE's value, or null.
ExprPtr Parser::pick_file_of(const Expr& record) {
  if (record.kind != ExprKind::Var || !pick_files_.count(record.text)) return nullptr;
  return make_expr(ExprKind::Var, record.loc, pick_file_var(record.text));
}

}  // namespace mv::compiler
