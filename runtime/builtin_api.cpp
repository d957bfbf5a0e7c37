// Conversions offered to built-ins; they share the VM's rules so a built-in reads numbers as arithmetic does.
#include "runtime/builtin_api.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace mv::runtime {

volatile std::sig_atomic_t g_interrupt = 0;

CrtSize crt_size() {
  CrtSize size;
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 && ws.ws_row > 0) {
    size.wide = ws.ws_col;
    size.high = ws.ws_row;
  }
  return size;
}

std::string_view Context::text(const Value& v, std::string& scratch) const {
  if (is_opaque(v)) fail("Data cannot be converted to a string");
  return text_of(v, precision, scratch);
}

std::string Context::string(const Value& v) const {
  std::string s;
  return std::string(text(v, s));
}

void Context::warning(const std::string& message) const { std::fprintf(stderr, "warning: %s\n", message.c_str()); }

Number Context::number(const Value& v) const {
  // Integers, the usual arguments of MOD, FIELD's occurrence and the like, need no reading.
  if (v.is_int()) return Number{true, v.int_value(), static_cast<double>(v.int_value())};
  Number n;
  if (v.is_unassigned()) {
    if (!unass_warning) fail("Unassigned variable");
    warning("Unassigned variable; 0 used");
    return Number{};
  }
  if (!lenient_number(v, n)) {
    std::string s;
    std::string message = "Non-numeric value " + shown_value(text(v, s)) + " where numeric required";
    if (!non_numeric_warning) fail(message);
    warning(message + "; 0 used");
    return Number{};
  }
  return n;
}

void Context::end_line(bool newline, int unit) {
  if (newline) line += '\n';
  if (hush) {
    line.clear();
    return;
  }
  if (pager) {
    std::string text;
    text.swap(line);
    pager->write(*this, unit, text);
    return;
  }
  out_ += line;
  line.clear();
  written();
}

void Context::emit(std::string_view text) {
  if (hush) return;
  out_ += text;
  written();
}

int g_stdout_errno = 0;

std::string shown_value(std::string_view v) {
  constexpr size_t kShown = 40;
  std::string out = "\"";
  for (size_t i = 0; i < v.size() && i < kShown; ++i) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    out += c == 254             ? '^'
           : c == 253           ? ']'
           : c == 252           ? '\\'
           : c < 32 || c == 127 ? '.'
                                : static_cast<char>(c);
  }
  out += '"';
  if (v.size() > kShown) out += "... (" + std::to_string(v.size()) + " bytes)";
  return out;
}

void Context::written() {
  // A terminal and a phantom's log see each line as it is written.
  static const bool tty = isatty(STDOUT_FILENO);
  if (tty || (process && process->phantom) || out_.size() > (1 << 16)) flush_output();
}

void Context::flush_output() {
  if (!line.empty()) {
    out_ += line;
    line.clear();
  }
  if (!out_.empty()) {
    if (std::fwrite(out_.data(), 1, out_.size(), stdout) != out_.size() && !g_stdout_errno)
      g_stdout_errno = errno;
    out_.clear();
  }
  if (std::fflush(stdout) != 0 && !g_stdout_errno) g_stdout_errno = errno;
}

int64_t Context::integer(const Value& v) const {
  // Most integer arguments (subscripts, keys, flags) are integers already: no Number round trip for them.
  if (v.is_int()) return v.int_value();
  Number n = number(v);
  if (n.is_int) return n.i;
  double d = std::trunc(intprec_round(n.f));
  if (!(d > -9.2e18 && d < 9.2e18)) fail("Number out of range");
  return static_cast<int64_t>(d);
}

}  // namespace mv::runtime
