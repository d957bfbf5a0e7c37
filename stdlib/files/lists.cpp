// Select lists beyond SELECT and READNEXT: SELECTINFO(), lists held in variables (SELECTV, SELECTE), the
// saved lists of SAVELIST, GETLIST and DELETELIST, and CATALOGUED(). Saved lists are records of the
// directory file $SAVEDLISTS (saved_lists.hpp, which the SAVE.LIST, GET.LIST and DELETE.LIST commands
// share), found as OPEN finds a file; SAVELIST creates $SAVEDLISTS in the current directory when there is
// none.
#include "stdlib/files/lists.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "runtime/dynarray.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/file_stmt.hpp"
#include "stdlib/files/saved_lists.hpp"

namespace mv::stdlib {

namespace {

using files::File;
using files::Result;
using files::SelectVar;
using files::split_fields;

constexpr int kSlActive = 1;  // SL$ACTIVE
constexpr int kSlCount = 3;   // SL$COUNT

int list_number(Context& cx, const Value& v, const char* what) {
  int64_t n = cx.integer(v);
  if (n < 0 || n >= files::kSelectLists)
    cx.fail(std::string(what) + ": select list " + std::to_string(n) + " does not exist (lists are 0 to 10)");
  return static_cast<int>(n);
}

// Every id still to come from a list number or a list variable; the list is used up.
std::vector<std::string> drain(Context& cx, const Value& list, const char* what) {
  std::vector<std::string> ids;
  std::string id;
  if (SelectVar* sv = files::as_select_var(list)) {
    while (sv->next(id)) ids.push_back(std::move(id));
  } else {
    int n = list_number(cx, list, what);
    while (files::next_selected(n, id)) ids.push_back(std::move(id));
  }
  return ids;
}

void take(Context& cx, bool then) {
  cx.status = Value::integer(0);
  cx.outcome = then ? Context::kThen : Context::kElse;
}

}  // namespace

// SELECTINFO(list {, key}): as QM keeps it, a list is active while it has ids left to read, and SL$COUNT is
// how many are left; any other key gives 0.
void fn_selectinfo(Context& cx, Value* args, int argc, Value& out) {
  int64_t key = argc > 1 ? cx.integer(args[1]) : kSlActive;
  int64_t left = 0;
  if (SelectVar* sv = files::as_select_var(args[0]))
    left = static_cast<int64_t>(sv->remaining());
  else
    left = files::select_list_remaining(list_number(cx, args[0], "SELECTINFO"));
  out.set_int(key == kSlActive ? (left > 0 ? 1 : 0) : key == kSlCount ? left : 0);
}

// READNEXT id, val {, subval} {FROM list} (mode 2): the next entry split into "id FM value FM subvalue" for
// the compiler to store (parser_readnext.cpp); after ELSE that is "" FM 0 FM 0. Mode 1 ($MODE
// COMPOSITE.READNEXT) returns the entry whole.
void fn_readnext_pos(Context& cx, Value* args, int, Value& out) {
  std::string entry;
  SelectVar* var = files::as_select_var(args[0]);
  bool got = var ? var->next(entry) : files::next_selected(list_number(cx, args[0], "READNEXT"), entry);
  if (cx.integer(args[1]) == 2) {
    int64_t value, subvalue;
    files::split_entry(entry, value, subvalue);
    entry += runtime::kFM + std::to_string(value) + runtime::kFM + std::to_string(subvalue);
  }
  out = Value::string(std::move(entry));
  take(cx, got);
}

// SELECTV fv TO var: every record id of the file, or every field of a dynamic array, as a list variable.
void fn_selectv(Context& cx, Value* args, int argc, Value& out) {
  int flags = files::flags_of(cx, args, argc);
  if (args[0].is_handle()) {
    File& f = files::file_arg(cx, args[0], "SELECTV");
    std::unique_ptr<files::IdStream> ids;
    Result r = f.ids(ids);
    if (!r.is_ok()) return files::finish(cx, flags, r, "SELECTV");
    int64_t size = ids->size();
    out = Value::handle(new SelectVar(std::move(ids), size));
  } else {
    out = Value::handle(new SelectVar(split_fields(cx.string(args[0]))));
  }
  files::succeed(cx);
}

// SELECTE TO var: what select list 0 has left moves into the variable; list 0 is then empty.
void fn_selecte(Context& cx, Value*, int, Value& out) {
  int64_t left = 0;
  std::unique_ptr<files::IdStream> ids = files::take_select_list(0, left);
  out = Value::handle(ids ? new SelectVar(std::move(ids), left) : new SelectVar(std::vector<std::string>{}));
  files::succeed(cx);
}

// SAVELIST name {FROM list}: the ids the list has left become record `name` of $SAVEDLISTS and the list is
// used up. ELSE when the list has nothing left or the record cannot be written.
void fn_savelist(Context& cx, Value* args, int, Value&) {
  std::string name = cx.string(args[0]);
  std::vector<std::string> ids = drain(cx, args[1], "SAVELIST");
  take(cx, !ids.empty() && files::save_list(name, ids, files::program_dir(cx)).is_ok());
}

// GETLIST name {TO list}: record `name` of $SAVEDLISTS becomes the active list (@SELECTED counts it for
// list 0). ELSE when there is no such saved list.
void fn_getlist(Context& cx, Value* args, int, Value&) {
  int list = list_number(cx, args[1], "GETLIST");
  std::vector<std::string> ids;
  if (!files::load_list(cx.string(args[0]), files::program_dir(cx), ids).is_ok()) return take(cx, false);
  files::set_select_list(list, std::move(ids));
  take(cx, true);
}

// DELETELIST name: a saved list that does not exist is not an error.
void fn_deletelist(Context& cx, Value* args, int, Value&) {
  (void)files::delete_list(cx.string(args[0]), files::program_dir(cx));
  take(cx, true);
}

// CATALOGUED(name): where CALL would find the routine, in QM's numbering of catalogues: 1 (local) beside
// the program, 2 (private) on $MVBASIC_PATH, 3 (global) on the BASICPATH configuration parameter, else 0.
void fn_catalogued(Context& cx, Value* args, int, Value& out) {
  std::string name = cx.string(args[0]);
  if (!name.empty() && (name[0] == '*' || name[0] == '!' || name[0] == '$' || name[0] == '_'))
    name.erase(0, 1);
  // A colon-separated folder list; relative folders are taken from `base` when it is given (BASICPATH's are
  // relative to the configuration file's folder, as CALL takes them).
  auto found_in = [&](const std::string& list, const std::string& base) {
    for (size_t start = 0; !name.empty() && start <= list.size();) {
      size_t colon = list.find(':', start);
      std::string d = list.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!d.empty() && d[0] != '/' && !base.empty()) d = base + "/" + d;
      if (!d.empty() && (::access((d + "/" + name).c_str(), R_OK) == 0 ||
                         ::access((d + "/" + name + ".b").c_str(), R_OK) == 0))
        return true;
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
    return false;
  };
  std::string here = files::program_dir(cx);
  const char* env = std::getenv("MVBASIC_PATH");
  int where = 0;
  std::string conf_dir;
  if (cx.config) {
    size_t slash = cx.config->path.find_last_of('/');
    conf_dir = slash == std::string::npos ? "." : cx.config->path.substr(0, slash);
  }
  if (found_in(here.empty() ? "." : here, ""))
    where = 1;
  else if (env && found_in(env, ""))
    where = 2;
  else if (cx.config && found_in(cx.config->basicpath, conf_dir))
    where = 3;
  out.set_int(where);
}

}  // namespace mv::stdlib
