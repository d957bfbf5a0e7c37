// Alternate-key indices: INDICES(), OUTERJOIN(), ITYPE() and the SELECTINDEX, SELECTLEFT/SELECTRIGHT and
// SETLEFT/SETRIGHT statements. Indices live in QM's hashed files, which mvbasic does not have yet; a
// directory file has none. So INDICES() of a directory file is "" (no indices), and everything that names
// an index behaves as QM does for a file without that index: STATUS() is ER$AKNF (3019), the select list
// is left empty, the SETTING variable is "". ITYPE() needs a compiled I-type, which only a dictionary
// compiler could make; it stops the program with QM's "Invalid I-type" complaint.
#include "stdlib/builtin_fns.hpp"
#include "stdlib/file_select.hpp"
#include "stdlib/file_stmt.hpp"
#include "stdlib/lists.hpp"

namespace mv::stdlib {

namespace {

constexpr int kErAknf = 3019;  // ER$AKNF: no such index

// An index statement or function on a file with no indices: STATUS() ER$AKNF, and the list (a number or a
// list variable, when the statement has one) cleared.
void no_index(Context& cx, const Value* list) {
  if (list && !files::as_select_var(*list)) {
    int64_t n = cx.integer(*list);
    if (n < 0 || n >= files::kSelectLists)
      cx.fail("select list " + std::to_string(n) + " does not exist (lists are 0 to 10)");
    files::clear_select_list(static_cast<int>(n));
  }
  cx.status = Value::integer(kErAknf);
  cx.outcome = Context::kElse;
}

}  // namespace

// INDICES(fv): the names of the file's indices; INDICES(fv, name): information on one index. A directory
// file has none, so both are "" (and with a name STATUS() is ER$AKNF).
void fn_indices(Context& cx, Value* args, int argc, Value& out) {
  files::file_arg(cx, args[0], "INDICES");
  out = Value::string(std::string_view());
  cx.status = Value::integer(argc > 1 ? kErAknf : 0);
}

// OUTERJOIN({DICT} file, index, value): the ids whose indexed field holds the value, or "" when the file
// has no such index (as here, always).
void fn_outerjoin(Context& cx, Value*, int, Value& out) {
  out = Value::string(std::string_view());
  no_index(cx, nullptr);
}

void fn_itype(Context& cx, Value*, int, Value&) {
  cx.fail(
      "Invalid I-type: ITYPE() needs a compiled I-type dictionary record, and mvbasic does not compile "
      "dictionaries yet");
}

// SELECTINDEX index {, value} FROM fv {TO list}.
void fn_selectindex(Context& cx, Value* args, int, Value&) {
  files::file_arg(cx, args[2], "SELECTINDEX");
  no_index(cx, &args[3]);
}

// SELECTLEFT / SELECTRIGHT index FROM fv {SETTING key} {TO list}: the result is the SETTING key.
void fn_selectleft(Context& cx, Value* args, int, Value& out) {
  files::file_arg(cx, args[1], cx.integer(args[3]) ? "SELECTRIGHT" : "SELECTLEFT");
  out = Value::string(std::string_view());
  no_index(cx, &args[2]);
}

// SETLEFT / SETRIGHT index FROM fv.
void fn_setleft(Context& cx, Value* args, int, Value&) {
  files::file_arg(cx, args[1], cx.integer(args[2]) ? "SETRIGHT" : "SETLEFT");
  no_index(cx, nullptr);
}

}  // namespace mv::stdlib
