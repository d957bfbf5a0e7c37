// INPUTFIELD: a field of the screen edited from the keyboard (or taken from DATA). Keys are read through
// KEYCODE()'s bindings, so KEYEDIT, KEYEXIT and KEYTRAP apply. Return ends the entry with STATUS() 0; a
// KEYEXIT key ends it with the text as typed and a KEYTRAP key with the variable's old value, STATUS()
// their action; any other control or special key ends it with STATUS() its key code. A timeout (the
// TIMEOUT mode) or the end of piped input takes ELSE and leaves the old value, with STATUS() ER$TIMEOUT
// or ER$EOF. The field is drawn only when both standard input and output are terminals.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/terminal/terminal.hpp"

namespace mv::stdlib {

namespace term = terminal;

namespace {

// The parser's flags (compiler/parser_terminal.cpp): the syntax's own, then the mode keywords << 8.
enum : int64_t {
  kShowCurrent = 1,
  kAppend = 1 << 8,
  kEdit = 2 << 8,
  kHidden = 4 << 8,
  kNoEcho = 8 << 8,
  kOverlay = 16 << 8,
  kPanning = 32 << 8,
  kUpcase = 64 << 8,
  kTimeout = 128 << 8
};

// KEYIN.H codes the editor acts on.
enum : int {
  kBackspace = 8,
  kReturn = 13,
  kLeft = 203,
  kRight = 204,
  kHome = 209,
  kEnd = 210,
  kInsert = 211,
  kDelete = 212,
  kRubout = 127
};

struct Field {
  int64_t x = 0, y = 0, length = 0, flags = 0;
  std::string fill;  // Pick fill characters: while typing, after input
  std::string text;
  size_t pos = 0;
  bool insert = true;
  bool cleared = false;  // the first data key has replaced the shown value
  bool draw = false;

  bool is(int64_t flag) const { return (flags & flag) != 0; }
};

bool special_key(int code) {
  return code < 32 || code == kRubout || (code >= 128 && code <= 175) || (code >= 200 && code <= 227) ||
         code >= term::kExitKey;
}

std::string at(int64_t x, int64_t y) {
  return "\x1b[" + std::to_string(y + 1) + ";" + std::to_string(x + 1) + "H";
}

// Redraws the field and puts the cursor where the next key goes.
void draw(Context& cx, const Field& f) {
  if (!f.draw) return;
  size_t width = static_cast<size_t>(std::max<int64_t>(f.length, 1));
  size_t first = f.pos >= width ? f.pos - width + 1 : 0;  // PANNING shows the part around the cursor
  std::string shown = f.text.substr(std::min(first, f.text.size()), width);
  if (f.is(kNoEcho))
    shown.clear();
  else if (f.is(kHidden))
    shown.assign(shown.size(), '*');
  char pad = f.fill.empty() ? ' ' : f.fill[0];
  shown.append(width - std::min(width, shown.size()), pad);
  cx.emit(at(f.x, f.y) + shown + at(f.x + static_cast<int64_t>(f.is(kNoEcho) ? 0 : f.pos - first), f.y));
  cx.flush_output();
}

void type_char(Field& f, char c) {
  if (f.is(kUpcase)) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (!f.cleared && !f.is(kEdit)) f.text.clear(), f.pos = 0;
  f.cleared = true;
  bool full = !f.is(kPanning) && static_cast<int64_t>(f.text.size()) >= f.length;
  if (f.insert || f.pos >= f.text.size()) {
    if (full) return;
    f.text.insert(f.pos++, 1, c);
  } else {
    f.text[f.pos++] = c;
  }
}

// Applies an editing key; false when the key ends the entry instead.
bool edit_key(Field& f, int code) {
  f.cleared = true;
  switch (code) {
    case kLeft:
      if (f.pos > 0) --f.pos;
      return true;
    case kRight:
      if (f.pos < f.text.size()) ++f.pos;
      return true;
    case kHome:
      f.pos = 0;
      return true;
    case kEnd:
      f.pos = f.text.size();
      return true;
    case kInsert:
      f.insert = !f.insert;
      return true;
    case kDelete:
      if (f.pos < f.text.size()) f.text.erase(f.pos, 1);
      return true;
    case kBackspace:
    case kRubout:
      if (f.pos > 0) f.text.erase(--f.pos, 1);
      return true;
    default:
      return false;
  }
}

// Runs the editor until a key ends it; returns that key's code, or a negative read result.
int edit(Context& cx, Field& f, int timeout) {
  for (int keys = 0; keys < (1 << 24); ++keys) {
    draw(cx, f);
    int code = term::read_key(cx, timeout);
    if (code < 0 || code == kReturn || code == '\n') return code < 0 ? code : kReturn;
    if (!special_key(code))
      type_char(f, static_cast<char>(code));
    else if (!edit_key(f, code))
      return code;
  }
  return kReturn;
}

}  // namespace

// args: x, y, the variable's value ("" when unassigned), length, fill, format, flags, timeout (seconds).
void fn_inputfield(Context& cx, Value* args, int, Value& out) {
  Field f;
  f.x = cx.integer(args[0]);
  f.y = cx.integer(args[1]);
  std::string original = args[2].is_unassigned() ? std::string() : cx.string(args[2]);
  f.length = std::max<int64_t>(cx.integer(args[3]), 1);
  f.fill = cx.string(args[4]);
  f.flags = cx.integer(args[6]);
  int timeout = f.is(kTimeout) ? static_cast<int>(std::max(0.0, cx.real(args[7])) * 1000.0 + 0.5) : -1;
  cx.outcome = Context::kThen;
  cx.status.set_int(0);
  if (!cx.data_queue.empty()) {
    std::string text = std::move(cx.data_queue.front());
    cx.data_queue.pop_front();
    if (!f.is(kPanning) && static_cast<int64_t>(text.size()) > f.length)
      text.resize(static_cast<size_t>(f.length));
    out = Value::string(std::move(text));
    return;
  }
  f.draw = term::input_is_terminal() && term::output_is_terminal();
  if (f.is(kShowCurrent)) f.text = original;
  f.insert = !f.is(kOverlay) && !f.is(kShowCurrent);
  if (f.is(kAppend)) f.flags |= kEdit, f.pos = f.text.size();
  bool prompt = f.draw && f.x > 0 && !cx.prompt.empty();
  if (prompt) cx.emit(at(f.x - 1, f.y) + cx.prompt);
  int code = edit(cx, f, timeout);
  if (prompt) cx.emit(at(f.x - 1, f.y) + " ");
  if (code < 0) {
    term::note_read(cx, code);
    cx.outcome = Context::kElse;
    out = Value::string(original);
    return;
  }
  bool trap = code >= term::kTrapKey;
  cx.status.set_int(code == kReturn ? 0 : code >= term::kExitKey ? code % 256 : code);
  f.text = trap ? original : f.text;
  if (f.draw) {
    // The finished field: formatted by the mask when Return ended it, padded with the second fill character.
    std::string shown = f.is(kHidden) || f.is(kNoEcho) ? std::string() : f.text;
    if (code == kReturn && !cx.string(args[5]).empty() && !shown.empty()) {
      Value fmt_args[2] = {Value::string(shown), args[5]};
      Value formatted;
      fn_fmt(cx, fmt_args, 2, formatted);
      shown = cx.string(formatted);
    }
    char pad = f.fill.size() > 1 ? f.fill[1] : ' ';
    if (static_cast<int64_t>(shown.size()) < f.length)
      shown.append(static_cast<size_t>(f.length) - shown.size(), pad);
    cx.emit(at(f.x, f.y) + shown);
    cx.flush_output();
  }
  out = Value::string(f.text);
}

// ~INPUT.AT: INPUT @(x, y) ... takes INPUTFIELD's arguments. With standard input and output both
// terminals and no DATA waiting it is INPUTFIELD's editor (so KEYEDIT, KEYEXIT and KEYTRAP apply; with no
// length the field runs to the end of the line). Otherwise, as on a pipe, the cursor is placed and a line
// is read as INPUT reads it: DATA first (echoed unless NO.ECHO.DATA), and "" with STATUS() 1 at the end.
void fn_input_at(Context& cx, Value* args, int argc, Value& out) {
  constexpr int64_t kSameLine = 2, kNoEchoData = 4;
  const int64_t flags = cx.integer(args[6]);
  if (cx.data_queue.empty() && term::input_is_terminal() && term::output_is_terminal()) {
    if (cx.integer(args[3]) <= 0) {
      const int64_t wide = runtime::crt_size().wide;
      args[3] = Value::integer(std::max<int64_t>(wide - cx.integer(args[0]), 1));
      args[6] = Value::integer(flags | kPanning);
    }
    fn_inputfield(cx, args, argc, out);
    return;
  }
  Value position[2] = {args[0], args[1]}, code;
  fn_at(cx, position, 2, code);
  cx.line += cx.string(code);
  Value input_args[2] = {args[3],
                         Value::integer(((flags & kSameLine) ? 1 : 0) | ((flags & kNoEchoData) ? 2 : 0))};
  fn_input(cx, input_args, 2, out);
  if (flags & kUpcase) {
    std::string text = cx.string(out);
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    out = Value::string(std::move(text));
  }
  cx.outcome = Context::kThen;
}

}  // namespace mv::stdlib
