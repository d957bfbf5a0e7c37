// The terminal as the keyboard and screen built-ins share it (docs/internals/terminal.md): standard input
// read one byte at a time with a deadline, the termios modes a program sets (ECHO, TTYSET, BREAK) and
// their restoration, the key bindings KEYCODE() uses, and the terminfo database.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib::terminal {

using runtime::Context;

// STATUS() codes, QM's (stdlib/syscom/ERR.H).
constexpr int64_t kErTimeout = 1011;  // ER$TIMEOUT: nothing arrived in time
constexpr int64_t kErEof = 3030;      // ER$EOF: standard input is at its end

// What read_byte returns when it has no byte.
constexpr int kTimedOut = -1;
constexpr int kEndOfInput = -2;

bool input_is_terminal();
bool output_is_terminal();

// Reads one byte of standard input (0-255), in raw mode when it is a terminal. Waits at most timeout_ms
// milliseconds (negative: no limit). A Ctrl-C that the running program's handler turned into
// runtime::g_interrupt ends the wait with the "Interrupted" error. Reads after the end of input are
// counted: a program that keeps reading there stops with an error instead of looping for ever.
int read_byte(Context& cx, int timeout_ms);
// Sets STATUS() for a read that returned `byte` (0, ER$TIMEOUT or ER$EOF); true when it is a byte.
bool note_read(Context& cx, int byte);
// True when a byte can be read at once (KEYREADY()): typed ahead, or waiting in a pipe or file.
bool key_ready();
// Discards type-ahead (CLEARINPUT): on a terminal what has been typed, on a pipe or file what is ready.
void clear_input();

// Session settings: the ECHO statement, TTYSET's fields and the BREAK statement's inhibit counter.
struct Settings {
  bool echo = true;          // ECHO ON: typed input is shown
  bool break_key = true;     // TTY field 1: the break character interrupts the program
  bool case_invert = false;  // TTY field 2: KEYINC() and KEYCODE() invert the case of letters
  int break_char = 3;        // TTY field 3: Ctrl-C
  std::string out_newline;   // TTY field 4, kept and reported only
  std::string in_newline;    // TTY field 5, kept and reported only
};
const Settings& settings();
// TTYSET's case inversion, for INPUT: false until a program has touched the terminal settings.
bool case_inverted();
void invert_case(std::string& s);
void set_echo(bool on);
void set_tty(const Settings& s);
// BREAK OFF (0), ON (1), CLEAR (-1), RESET (-2); returns the inhibit counter after the change.
int break_statement(int action);
// Puts the terminal back as the program found it, with the settings it made: at exit (atexit) and after
// each REPL input. A signal that ends the process restores the modes alone (a handler may do no more).
void restore();

// The terminfo database (stdlib/terminal/terminfo.cpp): $TERM's name, a capability's value ("" when the terminal
// has none) and a capability with parameters filled in.
std::string terminal_type();
std::string capability(const std::string& name);
std::string capability_with(const std::string& name, const int (&params)[5]);

// Key bindings (stdlib/terminal/keyboard.cpp): a sequence of bytes -> a key code. Codes below 256 are characters
// (KEYIN.H's K$ values above 127); 256 + n is a KEYEXIT key with action n and 512 + n a KEYTRAP key.
constexpr int kExitKey = 256;
constexpr int kTrapKey = 512;
// Reads one key through the bindings: returns its code, or a negative read_byte result.
int read_key(Context& cx, int timeout_ms);

}  // namespace mv::stdlib::terminal
