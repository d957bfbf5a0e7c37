// Terminal built-ins: DATA, INPUT and PROMPT, the HUSH and PRINTER settings, and the @() screen codes.
// INPUT takes queued DATA first (echoing it as if typed), then reads a line of standard input. End of input
// reads as "" with STATUS() 1 (0 otherwise); a program that keeps asking after that stops with an error
// rather than loop for ever, as QM ends a phantom that asks for input it cannot have.
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/terminal/report.hpp"
#include "stdlib/terminal/terminal.hpp"

namespace mv::stdlib {

namespace {

// Reads one line of standard input without its line ending; false at end of input.
bool read_line(std::string& out) {
  out.clear();
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') break;
    out += static_cast<char>(c);
  }
  if (!out.empty() && out.back() == '\r') out.pop_back();
  return any;
}

// INPUTs in a row that found standard input at its end; this many is taken as a loop that will never end.
constexpr int kEndOfInputLimit = 10;
int end_of_input_reads = 0;

}  // namespace

void fn_data(Context& cx, Value* args, int, Value& out) {
  cx.data_queue.push_back(cx.string(args[0]));
  out.set_int(0);
}

// Only the first character of the PROMPT value is used, as in QM.
void fn_prompt(Context& cx, Value* args, int, Value& out) {
  cx.prompt = cx.string(args[0]).substr(0, 1);
  out.set_int(0);
}

// args: maximum length (0 = no limit) and flags (1 = stay on the line, as INPUT var:; 2 = do not echo DATA,
// $MODE NO.ECHO.DATA).
void fn_input(Context& cx, Value* args, int, Value& out) {
  int64_t max = cx.integer(args[0]);
  bool same_line = (cx.integer(args[1]) & 1) != 0;
  bool echo_data = (cx.integer(args[1]) & 2) == 0;
  std::string text;
  if (!cx.data_queue.empty()) {
    text = std::move(cx.data_queue.front());
    cx.data_queue.pop_front();
    if (max > 0 && static_cast<int64_t>(text.size()) > max) text.resize(static_cast<size_t>(max));
    if (echo_data) {
      cx.line += text;
      cx.end_line(!same_line);
    }
    cx.flush_output();
  } else {
    static const bool tty = isatty(STDIN_FILENO);
    if (tty) cx.line += cx.prompt;
    cx.flush_output();
    bool got = read_line(text);
    if (runtime::g_interrupt) {
      // Ctrl-C ended the read (EINTR): the statement is interrupted, not at the end of its input.
      std::clearerr(stdin);
      cx.fail("Interrupted");
    }
    if (max > 0 && static_cast<int64_t>(text.size()) > max) text.resize(static_cast<size_t>(max));
    if (!got && ++end_of_input_reads >= kEndOfInputLimit)
      cx.fail("INPUT at the end of standard input " + std::to_string(kEndOfInputLimit) +
              " times in a row (a loop that waits for input that cannot come?)");
    if (got) end_of_input_reads = 0;
    // Typed input, not DATA, has its letters' case inverted once TTYSET turns that on, as in QM.
    if (terminal::case_inverted()) terminal::invert_case(text);
    cx.status.set_int(got ? 0 : 1);
    out = Value::string(std::move(text));
    return;
  }
  cx.status.set_int(0);
  out = Value::string(std::move(text));
}

// args: the command and whether to capture its output; returns the captured output ("" otherwise).
void fn_execute(Context& cx, Value* args, int, Value& out) {
  std::string command = cx.string(args[0]);
  bool capture = cx.integer(args[1]) != 0;
  if (!cx.execute_hook) cx.fail("EXECUTE is not available here");
  cx.flush_output();
  std::string captured;
  int64_t status = cx.execute_hook(cx, command, capture ? &captured : nullptr);
  cx.system_return.set_int(status);
  out = Value::string(std::move(captured));
}

namespace {

// The @(-n) code and, for the codes that take a count, how it uses it: repeats the code, or puts the
// count into an ANSI sequence ending in `suffix` (insert and delete lines).
struct AtCode {
  const char* code;
  enum { kFixed, kRepeat, kCount } arg;
  const char* suffix;
};

// -1 to -16 are QM's vt100 terminal definition; the later codes are those of an ANSI (xterm) terminal.
// Codes with no meaning there return "".
const AtCode kAtCodes[] = {
    {"", AtCode::kFixed, ""},                // 0
    {"\x1b[H\x1b[J", AtCode::kFixed, ""},    // -1 clear screen
    {"\x1b[H", AtCode::kFixed, ""},          // -2 cursor home
    {"\x1b[J", AtCode::kFixed, ""},          // -3 clear to end of screen
    {"\x1b[K", AtCode::kFixed, ""},          // -4 clear to end of line
    {"\x1b[5m", AtCode::kFixed, ""},         // -5 start blink
    {"\x1b[m\x0f", AtCode::kFixed, ""},      // -6 end blink
    {"", AtCode::kFixed, ""},                // -7, -8: protected fields, not on a vt100
    {"", AtCode::kFixed, ""},                //
    {"\x08", AtCode::kRepeat, ""},           // -9 backspace
    {"\x1b[A", AtCode::kRepeat, ""},         // -10 cursor up
    {"\x1b[2m", AtCode::kFixed, ""},         // -11 start half brightness
    {"\x1b[m\x0f", AtCode::kFixed, ""},      // -12 end half brightness
    {"\x1b[7m", AtCode::kFixed, ""},         // -13 start reverse video
    {"\x1b[m\x0f", AtCode::kFixed, ""},      // -14 end reverse video
    {"\x1b[4m", AtCode::kFixed, ""},         // -15 start underline
    {"\x1b[m", AtCode::kFixed, ""},          // -16 end underline
    {"\x1b[L", AtCode::kCount, "L"},         // -17 insert lines
    {"\x1b[M", AtCode::kCount, "M"},         // -18 delete lines
    {"\x1b[@", AtCode::kRepeat, ""},         // -19 insert a character
    {"", AtCode::kFixed, ""},                // -20, -21: insert mode, not modelled
    {"", AtCode::kFixed, ""},                //
    {"\x1b[P", AtCode::kRepeat, ""},         // -22 delete a character
    {"\x1b[5i", AtCode::kFixed, ""},         // -23 auxiliary printer on
    {"\x1b[4i", AtCode::kFixed, ""},         // -24 auxiliary printer off
    {"", AtCode::kFixed, ""},                // -25 to -30: not modelled
    {"", AtCode::kFixed, ""},                //
    {"", AtCode::kFixed, ""},                //
    {"", AtCode::kFixed, ""},                //
    {"", AtCode::kFixed, ""},                //
    {"", AtCode::kFixed, ""},                //
    {"\x1b[?25h", AtCode::kFixed, ""},       // -31 show the cursor
    {"\x1b[?25l", AtCode::kFixed, ""},       // -32 hide the cursor
    {"\x1b[B", AtCode::kRepeat, ""},         // -33 cursor down
    {"\x1b[C", AtCode::kRepeat, ""},         // -34 cursor right
};

std::string at_code(int64_t n, int argc, int64_t count) {
  if (n == 58) return "\x1b[1m";      // -58 start bold
  if (n == 59) return "\x1b[m\x0f";   // -59 end bold
  if (n >= static_cast<int64_t>(sizeof kAtCodes / sizeof kAtCodes[0])) return "";
  const AtCode& c = kAtCodes[n];
  if (c.arg == AtCode::kCount && argc > 1 && count > 1) return "\x1b[" + std::to_string(count) + c.suffix;
  if (c.arg != AtCode::kRepeat || argc < 2) return c.code;
  std::string out;
  for (int64_t i = 0; i < std::max<int64_t>(count, 1) && i < 1000; ++i) out += c.code;
  return out;
}

}  // namespace

// @(col, row) positions the cursor, which also stops the display's page breaks, as in QM; @(-n) returns
// a control code, some with a count as their second argument.
void fn_at(Context& cx, Value* args, int argc, Value& out) {
  int64_t col = cx.integer(args[0]);
  if (col < 0) {
    out = Value::string(at_code(-col, argc, argc > 1 ? cx.integer(args[1]) : 1));
    return;
  }
  stop_display_paging(cx);
  if (argc == 1) {
    // @(col): move to a column of the current line.
    out = Value::string("\r" + (col > 0 ? "\x1b[" + std::to_string(col) + "C" : std::string()));
    return;
  }
  int64_t row = cx.integer(args[1]);
  out = Value::string("\x1b[" + std::to_string(row + 1) + ";" + std::to_string(col + 1) + "H");
}

// HUSH sets STATUS() to the previous setting.
void fn_hush(Context& cx, Value* args, int, Value& out) {
  cx.status.set_int(cx.hush ? 1 : 0);
  cx.hush = runtime::truthy(args[0]);
  out.set_int(0);
}

// PRINTER ON (mode 1), PRINTER OFF (0) and PRINTER CLOSE {ON unit} (2, with the unit; -2 for all units,
// which is what CLOSE without a unit means in QM). mvbasic has no printers: every print unit writes to
// standard output as it prints, so only the PRINTER ON setting, which SYSTEM(1) reports, changes. Closing
// print unit 0 ends PRINTER ON, as in QM, where the next print job needs a new PRINTER ON.
void fn_printer(Context& cx, Value* args, int, Value& out) {
  int64_t mode = cx.integer(args[0]);
  int64_t unit = cx.integer(args[1]);
  if (mode == 2) {
    if (unit == 0 || unit == -2) cx.printer_on = false;
  } else {
    cx.printer_on = mode == 1;
  }
  out.set_int(0);
}

}  // namespace mv::stdlib
