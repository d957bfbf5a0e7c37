// Compiling and running I-type and C-type items (itype.hpp), and ITYPE().
#include "stdlib/query/itype.hpp"

#include <cctype>

#include "runtime/dynarray.hpp"
#include "runtime/vm.hpp"
#include "stdlib/builtins.hpp"

namespace mv::stdlib::query {

namespace {

ItypeCompiler& compiler_hook() {
  static ItypeCompiler hook;
  return hook;
}

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '$' || c == '%';
}

// Rewrites an expression: each name the dictionary defines becomes a variable QF.n, whose assignment is
// added to `prelude` (once per name). Quoted strings, @variables and function names are left alone.
class Rewriter {
 public:
  explicit Rewriter(Dictionary* dict) : dict_(dict) {}
  std::string prelude;

  std::string rewrite(const std::string& expr, int depth) {
    std::string out;
    for (size_t i = 0; i < expr.size();) {
      char c = expr[i];
      if (c == '"' || c == '\'') {
        size_t end = expr.find(c, i + 1);
        end = end == std::string::npos ? expr.size() : end + 1;
        out += expr.substr(i, end - i);
        i = end;
      } else if (c == '@' || std::isalpha(static_cast<unsigned char>(c))) {
        size_t end = i + 1;
        while (end < expr.size() && name_char(expr[end])) ++end;
        std::string name = expr.substr(i, end - i);
        // A hyphenated name (CUST-NO) is one name when the dictionary has it.
        while (c != '@' && end + 1 < expr.size() && expr[end] == '-' &&
               std::isalpha(static_cast<unsigned char>(expr[end + 1]))) {
          size_t more = end + 1;
          while (more < expr.size() && name_char(expr[more])) ++more;
          std::string longer = expr.substr(i, more - i);
          if (!known(longer)) break;
          name = longer;
          end = more;
        }
        size_t next = expr.find_first_not_of(' ', end);
        bool call = next != std::string::npos && expr[next] == '(';
        out += c == '@' || call ? name : reference(name, depth);
        i = end;
      } else {
        out += c;
        ++i;
      }
    }
    return out;
  }

 private:
  bool known(const std::string& name) {
    DictItem item;
    std::string phrase;
    return dict_ && dict_->find(name, item, phrase) == Dictionary::Found::Item;
  }

  std::string reference(const std::string& name, int depth) {
    auto it = vars_.find(name);
    if (it != vars_.end()) return it->second;
    DictItem item;
    std::string phrase;
    if (!dict_ || dict_->find(name, item, phrase) != Dictionary::Found::Item || item.type == 'C' ||
        depth > 20)
      return name;
    std::string value;
    if (item.type == 'I') {
      value = "(" + rewrite(item.expr, depth + 1) + ")";
    } else {
      value = item.field == 0 ? "@ID" : "@RECORD<" + std::to_string(item.field) + ">";
    }
    std::string var = "QF." + std::to_string(vars_.size() + 1);
    vars_[name] = var;
    prelude += var + " = " + value + "\n";
    return var;
  }

  Dictionary* dict_;
  std::map<std::string, std::string> vars_;
};

}  // namespace

static std::function<void(runtime::Vm&)>& setup_hook() {
  static std::function<void(runtime::Vm&)> hook;
  return hook;
}

void set_itype_compiler(ItypeCompiler compiler) {
  compiler_hook() = std::move(compiler);
  install_computed_index();
}

void set_itype_vm_setup(std::function<void(runtime::Vm&)> setup) { setup_hook() = std::move(setup); }

std::string itype_source(const DictItem& item, Dictionary* dict) {
  Rewriter r(dict);
  std::string body = r.rewrite(item.expr, 0);
  if (item.type == 'C') return r.prelude + body + "\n";
  return r.prelude + "@ANS = " + body + "\n";
}

struct ItypeEngine::Unit {
  std::shared_ptr<runtime::Program> program;
  std::unique_ptr<runtime::Vm> vm;
  runtime::Value* id = nullptr;
  runtime::Value* record = nullptr;
  runtime::Value* filename = nullptr;
  runtime::Value* ans = nullptr;
};

ItypeEngine::ItypeEngine(const runtime::Config* config, const runtime::ProcessInfo* info, Dictionary* dict)
    : dict_(dict) {
  if (config) config_ = *config;
  if (info) info_ = *info;
}

ItypeEngine::~ItypeEngine() = default;

ItypeEngine::Unit* ItypeEngine::unit(const DictItem& item, std::string& error) {
  std::string source = itype_source(item, dict_);
  auto it = units_.find(source);
  if (it != units_.end()) return it->second.get();
  if (!compiler_hook()) {
    error = "I-type " + item.name + " cannot be compiled here (no compiler)";
    return nullptr;
  }
  auto u = std::make_unique<Unit>();
  u->program = std::make_shared<runtime::Program>();
  std::string diag;
  if (!compiler_hook()(source, *u->program, diag)) {
    // The compiler's words, without the generated program's position (the user wrote only the item).
    size_t at = diag.find("error: ");
    std::string why = at == std::string::npos ? diag : diag.substr(at + 7, diag.find('\n', at) - at - 7);
    error = "Compilation error in compiled dictionary item " + item.name + " (" + item.expr + "): " + why;
    return nullptr;
  }
  u->vm = std::make_unique<runtime::Vm>(u->program, stdlib::builtin_table(), info_, config_);
  if (setup_hook()) setup_hook()(*u->vm);
  runtime::Context& cx = *u->vm;
  u->id = cx.syscom_value("@ID");
  u->record = cx.syscom_value("@RECORD");
  u->filename = cx.syscom_value("@FILENAME");
  u->ans = cx.syscom_value("@ANS");
  Unit* raw = u.get();
  units_[source] = std::move(u);
  return raw;
}

bool ItypeEngine::eval(const DictItem& item, const std::string& id, const std::string& record,
                       std::string& out, std::string& error) {
  Unit* u = unit(item, error);
  if (!u) return false;
  *u->id = runtime::Value::string(id);
  *u->record = runtime::Value::string(record);
  *u->filename = runtime::Value::string(dict_ ? dict_->file_name() : std::string());
  *u->ans = runtime::Value::string(std::string_view());
  if (u->vm->run() == runtime::Outcome::Failed) {
    const std::string& report = u->vm->error_report();
    size_t at = report.find("runtime error: ");
    std::string why =
        at == std::string::npos ? report : report.substr(at + 15, report.find('\n', at) - at - 15);
    error = "Error evaluating " + item.name + " (" + item.expr + ") for record " + id + ": " + why;
    return false;
  }
  out = u->vm->string(*u->ans);
  return true;
}

}  // namespace mv::stdlib::query

namespace mv::stdlib {

// ITYPE(itype): the value of an I-type dictionary record for the program's @ID and @RECORD. The record
// needs no compiling step first: mvbasic compiles it on first use and keeps it for the process.
void fn_itype(runtime::Context& cx, runtime::Value* args, int, runtime::Value& out) {
  std::string rec = cx.string(args[0]);
  query::DictItem item;
  if (!query::item_from_record("ITYPE", rec, item) || (item.type != 'I' && item.type != 'C'))
    cx.fail("ITYPE(): the argument is not an I-type dictionary record");
  static std::unique_ptr<query::ItypeEngine> engine;
  if (!engine) engine = std::make_unique<query::ItypeEngine>(cx.config, cx.process, nullptr);
  runtime::Value* id = cx.syscom_value("@ID");
  runtime::Value* record = cx.syscom_value("@RECORD");
  std::string result, error;
  if (!engine->eval(item, id ? cx.string(*id) : "", record ? cx.string(*record) : "", result, error))
    cx.fail(error);
  out = runtime::Value::string(result);
}

}  // namespace mv::stdlib
