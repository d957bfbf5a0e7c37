// Colour for diagnostics on a terminal. The compiler and the VM produce plain text; only the command line,
// which knows where the text goes, adds colour, so captured output and files stay plain.
#include "runtime/cli/report.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

namespace mv::cli {

namespace {

constexpr const char* kBold = "\x1b[1m";
constexpr const char* kRed = "\x1b[1;31m";
constexpr const char* kMagenta = "\x1b[1;35m";
constexpr const char* kGreen = "\x1b[1;32m";
constexpr const char* kReset = "\x1b[0m";

// The colour of one line: "LOCATION: error: message", "LOCATION: runtime error: ...", "...: warning: ...",
// a caret line (blanks then '^'), or anything else (unchanged).
std::string colour_line(const std::string& line) {
  size_t first = line.find_first_not_of(" \t");
  if (first != std::string::npos && line[first] == '^' &&
      line.find_first_not_of(" \t^", first) == std::string::npos)
    return line.substr(0, first) + kGreen + line.substr(first) + kReset;
  static const char* const kKinds[] = {": runtime error: ", ": error: ", ": warning: "};
  for (const char* kind : kKinds) {
    size_t at = line.find(kind);
    if (at == std::string::npos || at == 0 || line.find(' ') < at) continue;
    const char* colour = std::strcmp(kind, ": warning: ") == 0 ? kMagenta : kRed;
    std::string word(kind + 2, std::strlen(kind) - 3);  // "error:", "runtime error:", "warning:"
    return std::string(kBold) + line.substr(0, at) + kReset + ": " + colour + word + kReset + " " +
           line.substr(at + std::strlen(kind));
  }
  return line;
}

}  // namespace

std::string colourize(const std::string& report) {
  std::string out;
  size_t pos = 0;
  while (pos < report.size()) {
    size_t nl = report.find('\n', pos);
    size_t end = nl == std::string::npos ? report.size() : nl;
    out += colour_line(report.substr(pos, end - pos));
    if (nl != std::string::npos) out += '\n';
    pos = end + 1;
  }
  return out;
}

std::string with_source_line(const std::string& report) {
  size_t eol = report.find('\n');
  std::string first = report.substr(0, eol);
  size_t mark = first.find(": runtime error: ");
  if (mark == std::string::npos) return report;
  size_t colon = first.rfind(':', mark - 1);
  if (colon == std::string::npos || colon == 0) return report;
  std::string path = first.substr(0, colon);
  long line = std::strtol(first.c_str() + colon + 1, nullptr, 10);
  if (line < 1) return report;
  std::ifstream in(path, std::ios::binary);
  std::string text;
  for (long n = 1; in && std::getline(in, text); ++n) {
    if (n < line) continue;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.find_first_not_of(" \t") == std::string::npos) return report;
    std::string rest = eol == std::string::npos ? "\n" : report.substr(eol);
    return first + "\n    " + text + rest;
  }
  return report;
}

bool colour_wanted() {
  static const bool wanted = [] {
    const char* no_colour = std::getenv("NO_COLOR");
    const char* term = std::getenv("TERM");
    return ::isatty(STDERR_FILENO) && !(no_colour && *no_colour) && !(term && std::strcmp(term, "dumb") == 0);
  }();
  return wanted;
}

void report(const std::string& text) {
  if (text.empty()) return;
  std::cerr << (colour_wanted() ? colourize(text) : text);
  std::cerr.flush();
}

}  // namespace mv::cli
