// Keyboard built-ins: KEYIN(), KEYINC(), KEYINR(), KEYCODE(), KEYREADY(), INPUTBLK(), BINDKEY(), and the
// IN, CLEARINPUT (INPUTCLEAR) and KEYEDIT/KEYEXIT/KEYTRAP statements. None of them takes DATA. Timeouts
// are in seconds (IN's in tenths); a read that gets nothing returns "" (IN: 0) with STATUS() ER$TIMEOUT
// or, at the end of piped input, ER$EOF. KEYCODE() reads a key through the bindings: $TERM's terminfo key
// sequences, the usual ANSI sequences, and those BINDKEY() and KEYEDIT/KEYEXIT/KEYTRAP add.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/terminal/terminal.hpp"

namespace mv::stdlib {

namespace term = terminal;

namespace {

// KEYIN.H's key codes.
enum : int {
  kF1 = 128,
  kMouse = 200,
  kLeft = 203,
  kRight = 204,
  kUp = 205,
  kDown = 206,
  kPageUp = 207,
  kPageDown = 208,
  kHome = 209,
  kEnd = 210,
  kInsert = 211,
  kDelete = 212,
  kBackTab = 213,
  kBackspace = 8,
  kReturn = 13,
  kEsc = 27
};

struct Bindings {
  bool loaded = false;
  bool lone_esc = true;  // a lone Esc reads as CHAR(27) after 200 ms (BINDKEY -5/-6)
  std::map<std::string, int> keys;
};
Bindings g_bindings;

// The ANSI (xterm, vt220, linux console) sequences, for terminals whose terminfo entry names the
// application-mode ones only (xterm's kcuu1 is \EOA; its arrow keys send \E[A until a program sends smkx).
void bind_ansi_defaults(std::map<std::string, int>& k) {
  const char* arrows = "ABCD";
  const int arrow_codes[] = {kUp, kDown, kRight, kLeft};
  for (int i = 0; i < 4; ++i) {
    k[std::string("\x1b[") + arrows[i]] = arrow_codes[i];
    k[std::string("\x1bO") + arrows[i]] = arrow_codes[i];
  }
  k["\x1b[H"] = kHome, k["\x1bOH"] = kHome, k["\x1b[1~"] = kHome;
  k["\x1b[F"] = kEnd, k["\x1bOF"] = kEnd, k["\x1b[4~"] = kEnd;
  k["\x1b[2~"] = kInsert, k["\x1b[3~"] = kDelete, k["\x1b[5~"] = kPageUp, k["\x1b[6~"] = kPageDown;
  k["\x1b[Z"] = kBackTab;
  const char* f1_4 = "PQRS";
  for (int i = 0; i < 4; ++i) k[std::string("\x1bO") + f1_4[i]] = kF1 + i;
  const int f_numbers[] = {11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24};
  for (int i = 0; i < 12; ++i) k["\x1b[" + std::to_string(f_numbers[i]) + "~"] = kF1 + i;
}

// Loads the bindings once: the ANSI ones, then $TERM's terminfo keys, then Return as the input newline.
Bindings& bindings() {
  Bindings& b = g_bindings;
  if (b.loaded) return b;
  b.loaded = true;
  bind_ansi_defaults(b.keys);
  const struct {
    const char* cap;
    int code;
  } caps[] = {
      {"kf1", kF1},       {"kf2", kF1 + 1},   {"kf3", kF1 + 2},   {"kf4", kF1 + 3},  {"kf5", kF1 + 4},
      {"kf6", kF1 + 5},   {"kf7", kF1 + 6},   {"kf8", kF1 + 7},   {"kf9", kF1 + 8},  {"kf10", kF1 + 9},
      {"kf11", kF1 + 10}, {"kf12", kF1 + 11}, {"kcub1", kLeft},   {"kcuf1", kRight}, {"kcuu1", kUp},
      {"kcud1", kDown},   {"kpp", kPageUp},   {"knp", kPageDown}, {"khome", kHome},  {"kend", kEnd},
      {"kich1", kInsert}, {"kdch1", kDelete}, {"kcbt", kBackTab}, {"kmous", kMouse}, {"kbs", kBackspace}};
  for (const auto& c : caps) {
    std::string seq = term::capability(c.cap);
    if (!seq.empty()) b.keys[seq] = c.code;
  }
  b.keys[term::settings().in_newline] = kReturn;
  return b;
}

// Seconds (fractions allowed) as milliseconds; a missing, zero or negative timeout waits for ever, as in
// QM, where KEYIN() is KEYIN(0).
int timeout_ms(Context& cx, Value* args, int argc) {
  if (argc < 1) return -1;
  double s = cx.real(args[0]);
  if (s <= 0) return -1;
  return static_cast<int>(std::min(s, 86400.0) * 1000.0 + 0.5);
}

char swap_letter_case(int c) {
  if (std::isupper(c)) return static_cast<char>(std::tolower(c));
  if (std::islower(c)) return static_cast<char>(std::toupper(c));
  return static_cast<char>(c);
}

void keyin(Context& cx, Value* args, int argc, Value& out, bool invert) {
  int c = term::read_byte(cx, timeout_ms(cx, args, argc));
  if (!term::note_read(cx, c)) {
    out = Value::string(std::string());
    return;
  }
  char ch = invert && term::settings().case_invert ? swap_letter_case(c) : static_cast<char>(c);
  out = Value::string(std::string(1, ch));
}

// The key string KEYEDIT, KEYEXIT and KEYTRAP name by number: 1-31 a control key, 32-159 Esc and the
// character key - 32, 160 and above the bytes of key - 160, lowest first.
std::string key_string(int64_t key) {
  if (key >= 1 && key <= 31) return std::string(1, static_cast<char>(key));
  if (key >= 32 && key <= 159) return std::string("\x1b") + static_cast<char>(key - 32);
  std::string s;
  if (key < 160) return s;
  for (int64_t v = key - 160; v > 0 && s.size() < 4; v >>= 8) s += static_cast<char>(v & 0xff);
  return s;
}

}  // namespace

int terminal::read_key(Context& cx, int timeout) {
  Bindings& b = bindings();
  // A sequence no binding knows is dropped (with the bell on a terminal) and the next key read, as QM does;
  // the count only bounds a stream of nothing but unknown sequences.
  for (int tries = 0; tries < 100000; ++tries) {
    int c = read_byte(cx, timeout);
    if (c < 0) return c;
    std::string seq(1, static_cast<char>(c));
    if (c == kEsc && b.lone_esc) {
      int d = read_byte(cx, 200);
      if (d < 0) return kEsc;
      seq += static_cast<char>(d);
    }
    for (;;) {
      auto it = b.keys.lower_bound(seq);
      if (it != b.keys.end() && it->first == seq) return it->second;
      if (it == b.keys.end() || it->first.compare(0, seq.size(), seq) != 0) break;
      int d = read_byte(cx, timeout);
      if (d < 0) return d;
      seq += static_cast<char>(d);
    }
    if (seq.size() == 1) {
      unsigned char u = static_cast<unsigned char>(seq[0]);
      return settings().case_invert ? static_cast<unsigned char>(swap_letter_case(u)) : u;
    }
    if (output_is_terminal()) {
      cx.emit("\a");
      cx.flush_output();
    }
  }
  return kTimedOut;
}

void fn_keyin(Context& cx, Value* args, int argc, Value& out) { keyin(cx, args, argc, out, false); }
void fn_keyinc(Context& cx, Value* args, int argc, Value& out) { keyin(cx, args, argc, out, true); }

// A KEYEXIT or KEYTRAP key reads as CHAR(0) with STATUS() 256 + action (KEYEXIT) or 512 + action.
void fn_keycode(Context& cx, Value* args, int argc, Value& out) {
  int code = term::read_key(cx, timeout_ms(cx, args, argc));
  if (!term::note_read(cx, code)) {
    out = Value::string(std::string());
    return;
  }
  if (code >= term::kExitKey) cx.status.set_int(code);
  out = Value::string(std::string(1, static_cast<char>(code >= term::kExitKey ? 0 : code)));
}

void fn_keyready(Context&, Value*, int, Value& out) { out.set_int(term::key_ready() ? 1 : 0); }

// Waits for the first byte, then takes the bytes that are already there, up to n.
void fn_inputblk(Context& cx, Value* args, int, Value& out) {
  int64_t n = cx.integer(args[0]);
  std::string s;
  cx.status.set_int(0);
  if (n > 0) {
    int c = term::read_byte(cx, -1);
    if (term::note_read(cx, c)) {
      s += static_cast<char>(c);
      while (static_cast<int64_t>(s.size()) < n && term::key_ready()) {
        c = term::read_byte(cx, 0);
        if (c < 0) break;
        s += static_cast<char>(c);
      }
    }
  }
  out = Value::string(std::move(s));
}

// IN var {FOR tenths}: the character's code (0 when nothing came), THEN when a character came; with ECHO
// ON a printable character typed at a terminal is shown, as QM does. args: timeout in tenths, whether FOR was
// given.
void fn_in(Context& cx, Value* args, int, Value& out) {
  int timeout = -1;
  if (cx.integer(args[1]) != 0) {
    double tenths = cx.real(args[0]);
    if (tenths > 0) timeout = static_cast<int>(std::min(tenths, 864000.0) * 100.0 + 0.5);
  }
  int c = term::read_byte(cx, timeout);
  bool got = term::note_read(cx, c);
  cx.outcome = got ? Context::kThen : Context::kElse;
  if (got && c >= 32 && term::settings().echo && term::input_is_terminal()) {
    cx.emit(std::string(1, static_cast<char>(c)));
    cx.flush_output();
  }
  out.set_int(got ? c : 0);
}

void fn_clearinput(Context&, Value*, int, Value& out) {
  term::clear_input();
  out.set_int(0);
}

// KEYEDIT (kind 0), KEYEXIT (1) and KEYTRAP (2): one (action, key) pair. KEYEDIT's actions are those of
// INPUT @: 2 left, 3 Return, 4 backspace, 6 right, 7 and 13 insert mode, 8 delete; others are ignored.
void fn_keyedit(Context& cx, Value* args, int, Value& out) {
  int64_t kind = cx.integer(args[0]);
  int64_t action = cx.integer(args[1]);
  std::string key = key_string(cx.integer(args[2]));
  out.set_int(0);
  if (key.empty()) return;
  Bindings& b = bindings();
  if (action < 0) {
    b.keys.erase(key);
    return;
  }
  int code = -1;
  if (kind != 0) {
    if (action >= 1 && action <= 255) code = static_cast<int>(kind * 256 + action);
  } else {
    switch (action) {
      case 2:
        code = kLeft;
        break;
      case 3:
        code = kReturn;
        break;
      case 4:
        code = kBackspace;
        break;
      case 6:
        code = kRight;
        break;
      case 7:
      case 13:
        code = kInsert;
        break;
      case 8:
        code = kDelete;
        break;
      default:
        break;
    }
  }
  if (code >= 0) b.keys[key] = code;
}

namespace {

// BINDKEY's saved form: the keys and their codes, each list field-mark separated, then the lone Esc
// setting, the three joined by item marks (CHAR(255)).
std::string save_bindings(const Bindings& b) {
  std::string keys, codes;
  for (const auto& [k, c] : b.keys) {
    if (!keys.empty() || !codes.empty()) keys += '\xfe', codes += '\xfe';
    keys += k;
    codes += std::to_string(c);
  }
  return keys + '\xff' + codes + '\xff' + (b.lone_esc ? "0" : "1");
}

void load_bindings(Bindings& b, const std::string& saved) {
  size_t a = saved.find('\xff');
  size_t z = a == std::string::npos ? a : saved.find('\xff', a + 1);
  if (z == std::string::npos) return;
  std::string keys = saved.substr(0, a), codes = saved.substr(a + 1, z - a - 1);
  b.keys.clear();
  size_t kp = 0, cp = 0;
  while (kp <= keys.size() && cp <= codes.size() && !keys.empty()) {
    size_t ke = std::min(keys.find('\xfe', kp), keys.size());
    size_t ce = std::min(codes.find('\xfe', cp), codes.size());
    b.keys[keys.substr(kp, ke - kp)] = std::atoi(codes.substr(cp, ce - cp).c_str());
    kp = ke + 1, cp = ce + 1;
  }
  b.lone_esc = saved.substr(z + 1) != "1";
}

}  // namespace

// BINDKEY(keys, action): action 0-255 binds, -1 removes, -2 queries (-1 when unbound), -3 returns the
// bindings to save, -4 restores saved ones, -5/-6 turn lone Esc handling off/on (returning the old state).
// STATUS(): 0, 1 a bad key string, 2 a bad action, 3 the key string starts with a bound key.
void fn_bindkey(Context& cx, Value* args, int, Value& out) {
  std::string key = cx.string(args[0]);
  int64_t action = cx.integer(args[1]);
  Bindings& b = bindings();
  auto refuse = [&](int64_t status) {
    cx.status.set_int(status);
    out.set_int(0);
  };
  cx.status.set_int(0);
  out.set_int(1);
  if (action >= 0) {
    if (key.empty() || key.find('\xfe') != std::string::npos) return refuse(1);
    if (action > 255) return refuse(2);
    if (!b.keys.count(key)) {
      for (size_t j = 1; j < key.size(); ++j)
        if (b.keys.count(key.substr(0, j))) return refuse(3);
    }
    b.keys[key] = static_cast<int>(action);
  } else if (action == -1) {
    b.keys.erase(key);
  } else if (action == -2) {
    auto it = b.keys.find(key);
    out.set_int(it == b.keys.end() ? -1 : it->second);
  } else if (action == -3) {
    out = Value::string(save_bindings(b));
  } else if (action == -4) {
    load_bindings(b, key);
  } else if (action == -5 || action == -6) {
    out.set_int(b.lone_esc ? 1 : 0);
    b.lone_esc = action == -6;
  } else {
    refuse(2);
  }
}

}  // namespace mv::stdlib
