// The terminfo database, read through ncurses' tinfo library: TERMINFO(), and the key sequences and screen
// region codes that KEYCODE() and SAVE.SCREEN use. <term.h> defines a macro for every capability name
// (lines, columns, bell...), so it is included here and nowhere else; the rest of stdlib sees only
// stdlib/terminal/terminal.hpp.
// Our own header first: <term.h>'s macros would rewrite the declarations in it.
// clang-format off
#include "stdlib/terminal/terminal.hpp"

#include <cstdlib>
#include <string>

#include <curses.h>
#include <term.h>
// clang-format on

namespace mv::stdlib::terminal {

namespace {

// Loads the description of $TERM once. With no TERM, or one the database does not know, the `dumb`
// terminal's description is used, so the answers are still those of a real (if minimal) terminal.
bool load() {
  static const bool loaded = [] {
    const char* term = std::getenv("TERM");
    int err = 0;
    if (term && *term && setupterm(term, 1, &err) == OK) return true;
    return setupterm("dumb", 1, &err) == OK;
  }();
  return loaded;
}

}  // namespace

std::string terminal_type() {
  const char* term = std::getenv("TERM");
  if (term && *term) return term;
  return "dumb";
}

std::string capability(const std::string& name) {
  if (name.empty() || !load()) return "";
  // The same name may not be both a string and a number; the tinfo calls say which kind it is.
  char* cap_name = const_cast<char*>(name.c_str());
  char* s = tigetstr(cap_name);
  if (s != reinterpret_cast<char*>(-1)) return s ? std::string(s) : std::string();
  int n = tigetnum(cap_name);
  if (n >= 0) return std::to_string(n);
  if (n == -1) return "";
  int flag = tigetflag(cap_name);
  return flag > 0 ? "1" : "";
}

std::string capability_with(const std::string& name, const int (&params)[5]) {
  std::string code = capability(name);
  if (code.empty()) return "";
  const char* out = tiparm(code.c_str(), params[0], params[1], params[2], params[3], params[4]);
  return out ? std::string(out) : std::string();
}

}  // namespace mv::stdlib::terminal
