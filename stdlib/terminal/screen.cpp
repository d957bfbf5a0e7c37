// Terminal and screen built-ins: TERMINFO(), TTYGET() and TTYSET, ECHO, BREAK, SAVE.SCREEN() and
// RESTORE.SCREEN, PRINTERR and INPUTERR. The settings and modes live in stdlib/terminal/terminal.cpp; this file
// turns them into QM's values (TTY.H's fields, TERMINFO.H's dynamic array, screen images).
#include "stdlib/builtin_fns.hpp"
#include "stdlib/terminal/terminal.hpp"

namespace mv::stdlib {

namespace term = terminal;

namespace {

// TERMINFO.H's fields 2 onward, in order: the terminfo capability each one holds (field 1 is the
// terminal type's name).
const char* const kTerminfoFields[] = {
    "cols", "lines", "cr",    "ff",    "nel",   "bel",   "ht",    "cbt",   "clear", "el",    "ed",    "hpa",
    "cup",  "cub1",  "cub",   "cuf1",  "cuf",   "cuu1",  "cuu",   "cud1",  "cud",   "home",  "dch1",  "dl1",
    "dl",   "ich1",  "il1",   "il",    "blink", "bold",  "dim",   "rev",   "smul",  "sgr0",  "rmul",  "mc4",
    "mc5",  "ind",   "ri",    "setf",  "setb",  "u0",    "u1",    "u2",    "u3",    "u4",    "u5",    "u6",
    "u7",   "u8",    "u9",    "kbs",   "kcbt",  "kcub1", "kcuf1", "kcuu1", "kcud1", "knp",   "kpp",   "kind",
    "kri",  "khome", "kend",  "kent",  "khlp",  "kprt",  "kclr",  "kich1", "kil1",  "kdch1", "kdl1",  "kel",
    "ked",  "kf0",   "kf1",   "kf2",   "kf3",   "kf4",   "kf5",   "kf6",   "kf7",   "kf8",   "kf9",   "kf10",
    "kf11", "kf12",  "kLFT",  "kRIT",  "kIC",   "kDC",   "kDL",   "kEND",  "kEOL",  "kHOM",  "kmous", "slt",
    "rlt",  "ku0",   "ku1",   "ku2",   "ku3",   "ku4",   "ku5",   "ku6",   "ku7",   "ku8",   "ku9",   "sreg",
    "rreg", "dreg",  "cvvis", "civis", "xmc"};

// A screen image is a string that says what it is and which region it holds, so RESTORE.SCREEN can tell
// it from other data.
constexpr std::string_view kImageTag = "MVSCREEN";

}  // namespace

// TERMINFO(): $TERM's description as TERMINFO.H's dynamic array; TERMINFO(name): one capability, "" when
// the terminal has none (a flag reads as 1 or "", a number as its digits).
void fn_terminfo(Context& cx, Value* args, int argc, Value& out) {
  if (argc == 1) {
    out = Value::string(term::capability(cx.string(args[0])));
    return;
  }
  std::string all = term::terminal_type();
  for (const char* name : kTerminfoFields) {
    all += '\xfe';
    all += term::capability(name);
  }
  out = Value::string(std::move(all));
}

// TTYGET(): TTY.H's fields: 1 the break key is on, 2 case inversion, 3 the break character's code, 4 the
// output newline, 5 the input newline.
void fn_ttyget(Context&, Value*, int, Value& out) {
  const term::Settings& s = term::settings();
  std::string r = s.break_key ? "1" : "0";
  r += '\xfe';
  r += s.case_invert ? "1" : "0";
  r += '\xfe' + std::to_string(s.break_char) + '\xfe' + s.out_newline + '\xfe' + s.in_newline;
  out = Value::string(std::move(r));
}

// TTYSET modes: sets what TTYGET() reports. A break character outside 1-31 leaves it unchanged, as does
// an empty newline field.
void fn_ttyset(Context& cx, Value* args, int, Value& out) {
  std::string modes = cx.string(args[0]);
  std::vector<std::string> f(5);
  size_t i = 0;
  for (size_t p = 0; i < f.size(); ++i) {
    size_t e = modes.find('\xfe', p);
    f[i] = modes.substr(p, e == std::string::npos ? std::string::npos : e - p);
    if (e == std::string::npos) break;
    p = e + 1;
  }
  term::Settings s = term::settings();
  s.break_key = runtime::truthy(Value::string(f[0]));
  s.case_invert = runtime::truthy(Value::string(f[1]));
  Value code = Value::string(f[2]);
  runtime::Number n;
  if (runtime::strict_number(code, n) && n.as_double() >= 1 && n.as_double() <= 31)
    s.break_char = static_cast<int>(n.as_double());
  if (!f[3].empty()) s.out_newline = f[3];
  if (!f[4].empty()) s.in_newline = f[4];
  term::set_tty(s);
  out.set_int(0);
}

// ECHO ON | OFF | expr: whether typed input is shown (INPUT, IN). STATUS() is the previous setting.
void fn_echo(Context& cx, Value* args, int, Value& out) {
  cx.status.set_int(term::settings().echo ? 1 : 0);
  term::set_echo(runtime::truthy(args[0]));
  out.set_int(0);
}

// BREAK {KEY} ON | OFF | CLEAR | RESET | expr. args: the action (1 ON, 0 OFF, -1 CLEAR, -2 RESET) and, for
// the expr form, the value (0 OFF, positive ON, negative CLEAR). STATUS() is the inhibit counter after it.
void fn_break(Context& cx, Value* args, int, Value& out) {
  int64_t action = cx.integer(args[0]);
  if (action == 2) {
    double v = cx.real(args[1]);
    action = v == 0 ? 0 : v > 0 ? 1 : -1;
  }
  cx.status.set_int(term::break_statement(static_cast<int>(action)));
  out.set_int(0);
}

// SAVE.SCREEN(col, line, width, height): an image of the region. The terminal keeps the characters when
// its terminfo entry has QM's sreg capability (AccuTerm's -at entries); no standard entry has, and then,
// as in QM, nothing is saved and RESTORE.SCREEN puts nothing back.
void fn_save_screen(Context& cx, Value* args, int, Value& out) {
  static int next_id = 0;
  int v[5] = {next_id++, 0, 0, 0, 0};
  for (int i = 0; i < 4; ++i) v[i + 1] = static_cast<int>(cx.integer(args[i]));
  if (v[1] < 0 || v[2] < 0 || v[3] < 1 || v[4] < 1)
    cx.fail("SAVE.SCREEN: the region is empty or off the screen");
  std::string code = term::capability_with("sreg", v);
  if (!code.empty()) cx.emit(code);
  std::string image(kImageTag);
  for (int x : v) image += '\xfd' + std::to_string(x);
  out = Value::string(std::move(image));
}

// RESTORE.SCREEN image, restore.state: puts a saved region back (through rreg, when the terminal has it).
void fn_restore_screen(Context& cx, Value* args, int, Value& out) {
  std::string image = cx.string(args[0]);
  if (image.compare(0, kImageTag.size(), kImageTag) != 0) cx.fail("RESTORE.SCREEN: not a screen image");
  int v[5] = {0, 0, 0, 0, 0};
  size_t p = kImageTag.size();
  for (int i = 0; i < 5 && p < image.size(); ++i) {
    size_t e = image.find('\xfd', p + 1);
    v[i] = std::atoi(image.substr(p + 1, e == std::string::npos ? std::string::npos : e - p - 1).c_str());
    p = e == std::string::npos ? image.size() : e;
  }
  int rreg[5] = {v[0], v[1], v[2], runtime::truthy(args[1]) ? 1 : 0, 0};
  std::string code = term::capability_with("rreg", rreg);
  if (!code.empty()) cx.emit(code);
  out.set_int(0);
}

// PRINTERR msg and INPUTERR msg: on a terminal, the message on the bottom line (cleared first; an empty
// message only clears it); otherwise the message as a line of output.
void fn_printerr(Context& cx, Value* args, int, Value& out) {
  std::string msg = cx.string(args[0]);
  out.set_int(0);
  if (!term::output_is_terminal()) {
    if (!msg.empty()) cx.emit(msg + "\n");
    return;
  }
  if (msg.size() > 80) msg.resize(80);
  runtime::CrtSize size = runtime::crt_size();
  cx.emit("\x1b[" + std::to_string(size.high) + ";1H\x1b[K" + msg);
  cx.flush_output();
}

}  // namespace mv::stdlib
