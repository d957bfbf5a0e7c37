// Terminal input built-ins behind the DATA, INPUT and PROMPT statements, and the HUSH and PRINTER settings.
// INPUT takes queued DATA first (echoing it as if typed), then reads a line of standard input; end of input
// reads as "".
#include <unistd.h>

#include <cstdio>

#include "stdlib/builtin_fns.hpp"

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

// args: maximum length (0 = no limit) and flags (1 = stay on the line, as INPUT var:).
void fn_input(Context& cx, Value* args, int, Value& out) {
  int64_t max = cx.integer(args[0]);
  bool same_line = (cx.integer(args[1]) & 1) != 0;
  std::string text;
  if (!cx.data_queue.empty()) {
    text = std::move(cx.data_queue.front());
    cx.data_queue.pop_front();
    if (max > 0 && static_cast<int64_t>(text.size()) > max) text.resize(static_cast<size_t>(max));
    cx.line += text;
    cx.end_line(!same_line);
    cx.flush_output();
  } else {
    static const bool tty = isatty(STDIN_FILENO);
    if (tty) cx.line += cx.prompt;
    cx.flush_output();
    read_line(text);
    if (max > 0 && static_cast<int64_t>(text.size()) > max) text.resize(static_cast<size_t>(max));
  }
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

// @(col, row) positions the cursor and @(-n) returns a control code, as QM's vt100 terminal definition has
// them (codes it leaves undefined return ""). Negative codes with a count repeat the code.
void fn_at(Context& cx, Value* args, int argc, Value& out) {
  int64_t col = cx.integer(args[0]);
  if (col < 0) {
    static const char* const kCodes[] = {
        "",                                    //
        "\x1b[H\x1b[J",                        // -1 clear screen
        "\x1b[H",                               // -2 cursor home
        "\x1b[J",                               // -3 clear to end of screen
        "\x1b[K",                               // -4 clear to end of line
        "\x1b[5m",                              // -5 start blink
        "\x1b[m\x0f",                          // -6 end blink
        "",                                    // -7 (not defined)
        "",                                    // -8 (not defined)
        "\x08",                                 // -9 backspace
        "\x1b[A",                               // -10 cursor up
        "\x1b[2m",                              // -11 start half brightness
        "\x1b[m\x0f",                          // -12 end half brightness
        "\x1b[7m",                              // -13 start reverse video
        "\x1b[m\x0f",                          // -14 end reverse video
        "\x1b[4m",                              // -15 start underline
        "\x1b[m"};                              // -16 end underline
    size_t k = static_cast<size_t>(-col);
    std::string code = k < sizeof kCodes / sizeof kCodes[0] ? kCodes[k] : "";
    int64_t repeat = argc > 1 ? cx.integer(args[1]) : 1;
    std::string result;
    for (int64_t i = 0; i < repeat && i < 1000; ++i) result += code;
    out = Value::string(std::move(result));
    return;
  }
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
