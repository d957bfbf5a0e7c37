// The terminal's modes and standard input, byte by byte (stdlib/terminal/terminal.hpp). A program that changes the
// terminal (ECHO OFF, TTYSET) changes a copy of the modes it found; a key read adds raw mode (no line
// editing, no echo, Return read as CHAR(13)) for the length of the read only. The modes found first are
// put back at exit (atexit), when SIGINT or SIGTERM ends the process (a handler that restores, then lets
// the signal's previous disposition act), and after each REPL input (the REPL calls restore()).
// Standard input is read through stdio, as INPUT reads it, so bytes INPUT has buffered are not lost.
#include "stdlib/terminal/terminal.hpp"

#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace mv::stdlib::terminal {

namespace {

struct State {
  bool initialised = false;
  bool tty = false;  // standard input is a terminal
  termios found{};   // the modes the program found
  Settings settings;
  Settings found_settings;  // the settings those modes make
  int break_inhibit = 0;    // BREAK OFF count
  struct sigaction previous_int {};
  struct sigaction previous_term {};
};
State g_state;
volatile std::sig_atomic_t g_break_pending = 0;
volatile std::sig_atomic_t g_modes_changed = 0;

// Bytes stdio has already read from standard input and not yet handed out (glibc's buffer pointers).
bool stdio_buffered() {
#ifdef __GLIBC__
  return stdin->_IO_read_ptr < stdin->_IO_read_end;
#else
  return false;
#endif
}

// The modes the program asked for: the ones it found with its ECHO and TTYSET settings applied.
termios program_modes() {
  termios t = g_state.found;
  const Settings& s = g_state.settings;
  if (s.echo)
    t.c_lflag |= ECHO;
  else
    t.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  if (s.break_key)
    t.c_lflag |= ISIG;
  else
    t.c_lflag &= ~static_cast<tcflag_t>(ISIG);
  t.c_cc[VINTR] = static_cast<cc_t>(s.break_char);
  return t;
}

void apply(const termios& t) {
  if (g_state.tty) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &t);
    g_modes_changed = 1;
  }
}

// Puts the modes found back; only tcsetattr, so a signal handler may call it.
void restore_modes() {
  if (g_state.tty && g_modes_changed) ::tcsetattr(STDIN_FILENO, TCSANOW, &g_state.found);
  g_modes_changed = 0;
}

// Restores the terminal, then lets the signal do what it did before the terminal was touched: call the
// REPL's handler (which stops the program), or end the process as the default action does.
extern "C" void on_fatal_signal(int sig) {
  int saved = errno;
  const struct sigaction& prev = sig == SIGINT ? g_state.previous_int : g_state.previous_term;
  if (sig == SIGINT && g_state.break_inhibit > 0) {
    g_break_pending = 1;  // BREAK OFF: the break waits for BREAK ON
  } else if (prev.sa_handler == SIG_IGN) {
  } else if (prev.sa_handler != SIG_DFL && !(prev.sa_flags & SA_SIGINFO)) {
    prev.sa_handler(sig);
  } else {
    restore_modes();
    ::sigaction(sig, &prev, nullptr);
    ::raise(sig);
  }
  errno = saved;
}

void initialise() {
  if (g_state.initialised) return;
  g_state.initialised = true;
  g_state.tty = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &g_state.found) == 0;
  Settings& s = g_state.settings;
  if (g_state.tty) {
    s.echo = (g_state.found.c_lflag & ECHO) != 0;
    s.break_key = (g_state.found.c_lflag & ISIG) != 0;
    s.break_char = g_state.found.c_cc[VINTR];
    s.out_newline = (g_state.found.c_oflag & ONLCR) ? "\r\n" : "\n";
    s.in_newline = "\r";
  } else {
    s.out_newline = "\n";
    s.in_newline = "\n";
  }
  g_state.found_settings = s;
  std::atexit(restore);
  struct sigaction sa {};
  sa.sa_handler = on_fatal_signal;
  sigemptyset(&sa.sa_mask);
  ::sigaction(SIGINT, &sa, &g_state.previous_int);
  ::sigaction(SIGTERM, &sa, &g_state.previous_term);
}

// Raw mode for the length of one read: bytes as they are typed, not echoed, Return as CHAR(13); the
// break character still interrupts unless TTYSET turned that off.
class RawMode {
 public:
  RawMode() {
    if (!g_state.tty) return;
    termios t = program_modes();
    t.c_lflag &= ~static_cast<tcflag_t>(ICANON | ECHO | ECHONL | IEXTEN);
    t.c_iflag &= ~static_cast<tcflag_t>(ICRNL | INLCR | IGNCR | IXON);
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    apply(t);
  }
  ~RawMode() {
    if (g_state.tty) apply(program_modes());
  }
  RawMode(const RawMode&) = delete;
  RawMode& operator=(const RawMode&) = delete;
};

// Reads after the end of input, in a row; this many is taken as a loop that will never end.
constexpr int kEndOfInputLimit = 100;
int g_end_reads = 0;

// Waits until standard input can be read or the deadline passes, in slices, so that a Ctrl-C the
// running program handles (runtime::g_interrupt) ends the wait. True when it can be read.
bool wait_readable(Context& cx, int timeout_ms) {
  using Clock = std::chrono::steady_clock;
  Clock::time_point deadline = Clock::now() + std::chrono::milliseconds(timeout_ms < 0 ? 0 : timeout_ms);
  for (;;) {
    if (runtime::g_interrupt) cx.fail("Interrupted");
    int slice = 100;
    if (timeout_ms >= 0) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      slice = static_cast<int>(std::clamp<int64_t>(left, 0, slice));
    }
    pollfd p{STDIN_FILENO, POLLIN, 0};
    int r = ::poll(&p, 1, slice);
    if (r > 0) return true;
    if (r < 0 && errno != EINTR) return true;  // let the read report the failure as the end of input
    if (timeout_ms >= 0 && Clock::now() >= deadline) return false;
  }
}

}  // namespace

bool input_is_terminal() {
  initialise();
  return g_state.tty;
}

bool output_is_terminal() { return ::isatty(STDOUT_FILENO) != 0; }

int read_byte(Context& cx, int timeout_ms) {
  initialise();
  cx.flush_output();
  RawMode raw;
  int c = EOF;
  if (stdio_buffered()) {
    c = std::fgetc(stdin);
  } else {
    if (g_state.tty) std::clearerr(stdin);  // Ctrl-D ended an earlier INPUT; a terminal has more to say
    if (!wait_readable(cx, timeout_ms)) return kTimedOut;
    c = std::fgetc(stdin);
    while (c == EOF && std::ferror(stdin) && errno == EINTR) {
      std::clearerr(stdin);
      if (runtime::g_interrupt) cx.fail("Interrupted");
      c = std::fgetc(stdin);
    }
  }
  if (c != EOF) {
    g_end_reads = 0;
    return c;
  }
  if (++g_end_reads >= kEndOfInputLimit)
    cx.fail("keyboard input at the end of standard input " + std::to_string(kEndOfInputLimit) +
            " times in a row (a loop that waits for keys that cannot come?)");
  return kEndOfInput;
}

bool note_read(Context& cx, int byte) {
  cx.status.set_int(byte >= 0 ? 0 : byte == kTimedOut ? kErTimeout : kErEof);
  return byte >= 0;
}

bool key_ready() {
  initialise();
  if (stdio_buffered()) return true;
  RawMode raw;
  pollfd p{STDIN_FILENO, POLLIN, 0};
  if (::poll(&p, 1, 0) <= 0) return false;
  if (g_state.tty) return (p.revents & POLLIN) != 0;
  // A pipe or file at its end is readable too; a byte read and put back tells the two apart.
  int c = std::fgetc(stdin);
  if (c == EOF) return false;
  std::ungetc(c, stdin);
  return true;
}

void clear_input() {
  initialise();
  while (stdio_buffered()) std::fgetc(stdin);
  if (g_state.tty) {
    ::tcflush(STDIN_FILENO, TCIFLUSH);
    return;
  }
  // As QM does, everything that can be read at once goes: on a file, the rest of it.
  for (int i = 0; i < (1 << 30) && key_ready(); ++i) std::fgetc(stdin);
}

const Settings& settings() {
  initialise();
  return g_state.settings;
}

bool case_inverted() { return g_state.initialised && g_state.settings.case_invert; }

void invert_case(std::string& s) {
  for (char& c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    c = static_cast<char>(std::isupper(u) ? std::tolower(u) : std::toupper(u));
  }
}

void set_echo(bool on) {
  initialise();
  g_state.settings.echo = on;
  apply(program_modes());
}

void set_tty(const Settings& s) {
  initialise();
  g_state.settings = s;
  apply(program_modes());
}

int break_statement(int action) {
  initialise();
  int& n = g_state.break_inhibit;
  if (action == -1)
    g_break_pending = 0;
  else if (action == -2)
    n = 0;
  else if (action == 0)
    ++n;
  else if (n > 0)
    --n;
  // A break noted while breaks were off is handled now, as the running program handles Ctrl-C.
  if (n == 0 && g_break_pending) {
    g_break_pending = 0;
    runtime::g_interrupt = 1;
  }
  return n;
}

void restore() {
  restore_modes();
  if (!g_state.initialised) return;
  g_state.settings = g_state.found_settings;
  g_state.break_inhibit = 0;
  g_break_pending = 0;
  g_end_reads = 0;
}

}  // namespace mv::stdlib::terminal
