// Computed alternate-key indices (files::ComputedIndex): the key of an I, C, A or S-type dictionary item,
// which only the query processor knows how to compute. CREATE.INDEX prepares the item once into code that
// needs no dictionary (every name it uses resolved then, as QM compiles the item into the index), and each
// WRITE runs that code on the record. The code is one letter and its text:
//   P  a BASIC program that sets @ANS (an I or C item, or an A correlative), run as a C-type item;
//   F  a Pick F correlative;
//   O  a conversion correlative: the field number, ';', the conversion codes.
#include <cctype>
#include <memory>

#include "runtime/dynarray.hpp"
#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/files/file_index.hpp"
#include "stdlib/query/dict.hpp"
#include "stdlib/query/engine.hpp"
#include "stdlib/query/itype.hpp"

namespace mv::stdlib::query {

namespace {

bool prepare(const std::string& file, const std::string& name, const std::string& rec, std::string& code,
             std::string& error) {
  files::File* d = nullptr;
  std::unique_ptr<files::File> opened(files::open_file("DICT", file, "", d).is_ok() ? d : nullptr);
  if (!opened) delete d;
  Dictionary dict(std::move(opened), file);
  DictItem item;
  if (!item_from_record(name, rec, item)) {
    error = name + " is not a C, D, I, A or S-type dictionary item";
    return false;
  }
  if (item.type == 'A' && item.expr.empty()) {
    error = name + " has no correlative: index it by its field number";
    return false;
  }
  if (item.type == 'A') {
    std::string kind(1, static_cast<char>(std::toupper(static_cast<unsigned char>(item.expr[0]))));
    bool delimited = item.expr.size() == 1 || item.expr[1] == ';' || item.expr[1] == ' ';
    if (kind == "F" && (item.expr.size() == 1 || item.expr[1] == ';')) {
      code = "F" + item.expr;
      return true;
    }
    if (kind != "A" || !delimited) {
      code = "O" + std::to_string(item.field) + ";" + item.expr;
      return true;
    }
    item.type = 'I';
    item.expr = a_expression(item.expr);
  }
  // The item must compile now, as QM's CREATE.INDEX refuses an I-type that does not.
  ItypeEngine engine(nullptr, nullptr, &dict);
  if (!engine.compiles(item, error)) return false;
  std::string program = itype_source(item, &dict);
  code = "P" + program;
  return true;
}

bool eval(const std::string& name, const std::string& code, std::string_view id, std::string_view record,
          std::string& out, std::string& error) {
  char kind = code.empty() ? ' ' : code[0];
  std::string text = code.empty() ? "" : code.substr(1);
  if (kind == 'F') {
    out = f_correlative(text, std::string(id), std::string(record));
    return true;
  }
  if (kind == 'O') {
    size_t semi = text.find(';');
    int64_t field = std::atoll(text.c_str());
    std::string raw = field == 0 ? std::string(id) : std::string(runtime::extract(record, field, 0, 0));
    int status = 0;
    out = oconvs(raw, text.substr(semi == std::string::npos ? text.size() : semi + 1), status);
    return true;
  }
  if (kind != 'P') {
    error = "the index has no code (make it again with CREATE.INDEX ... DELETING)";
    return false;
  }
  // One engine for the process; an item that writes to an indexed file would run it again from inside
  // itself, which one VM cannot do.
  static std::unique_ptr<ItypeEngine> engine;
  static bool busy = false;
  if (busy) {
    error = "an indexed item wrote to an indexed file while it was being computed";
    return false;
  }
  if (!engine) engine = std::make_unique<ItypeEngine>(nullptr, nullptr, nullptr);
  DictItem item;
  item.type = 'C';
  item.name = name;
  item.expr = text;
  busy = true;
  bool ok = engine->eval(item, std::string(id), std::string(record), out, error);
  busy = false;
  // The engine names the program it ran; the user wrote only the item, so leave the program out.
  size_t shown = error.find(" (" + text + ")");
  if (shown != std::string::npos) error.erase(shown, text.size() + 3);
  return ok;
}

}  // namespace

void install_computed_index() {
  files::ComputedIndex hooks;
  hooks.prepare = prepare;
  hooks.eval = eval;
  files::set_computed_index(std::move(hooks));
}

}  // namespace mv::stdlib::query
