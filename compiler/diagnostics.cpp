// Formatting of compile diagnostics with the offending source line and a caret under the column.
#include "compiler/diagnostics.hpp"

#include <algorithm>

namespace mv::compiler {

std::string Source::line_text(uint32_t line) const {
  size_t pos = 0;
  for (uint32_t l = 1; l < line; ++l) {
    pos = text.find('\n', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  size_t end = text.find('\n', pos);
  std::string s = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

uint16_t Diagnostics::add_source(std::string path, std::string text) {
  auto src = std::make_unique<Source>();
  src->path = std::move(path);
  src->text = std::move(text);
  sources.push_back(std::move(src));
  return static_cast<uint16_t>(sources.size() - 1);
}

void Diagnostics::error(Location loc, std::string message) {
  if (too_many()) return;
  ++errors_;
  items.push_back({loc, true, std::move(message)});
}

void Diagnostics::warning(Location loc, std::string message) { items.push_back({loc, false, std::move(message)}); }

std::string Diagnostics::render() const {
  std::string out;
  // Reported in source order, whatever order the parser found them in (a missing NEXT is found late).
  std::vector<const Diagnostic*> sorted;
  for (const Diagnostic& d : items) sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    if (a->loc.file != b->loc.file) return a->loc.file < b->loc.file;
    if (a->loc.line != b->loc.line) return a->loc.line < b->loc.line;
    return a->loc.col < b->loc.col;
  });
  for (const Diagnostic* dp : sorted) {
    const Diagnostic& d = *dp;
    const Source* src = d.loc.file < sources.size() ? sources[d.loc.file].get() : nullptr;
    out += (src ? src->path : std::string("?")) + ":" + std::to_string(d.loc.line) + ":" +
           std::to_string(d.loc.col) + (d.is_error ? ": error: " : ": warning: ") + d.message + "\n";
    if (src) {
      std::string line = src->line_text(d.loc.line);
      out += "    " + line + "\n    ";
      // The caret goes under the character: one space per character before it, so UTF-8 continuation
      // bytes (10xxxxxx) add nothing.
      for (uint32_t c = 1; c < d.loc.col && c <= line.size(); ++c) {
        unsigned char b = static_cast<unsigned char>(line[c - 1]);
        if ((b & 0xC0) == 0x80) continue;
        out += b == '\t' ? '\t' : ' ';
      }
      out += "^\n";
      // Errors in an $INCLUDEd record say where it was included from, through every level.
      for (const Source* s = src; s->included && s->included_at.file < sources.size();) {
        const Source* outer = sources[s->included_at.file].get();
        out += "    (in the record included at " + outer->path + ":" + std::to_string(s->included_at.line) +
               ")\n";
        s = outer;
      }
    }
  }
  if (errors_ >= kMaxErrors) out += "too many errors; stopping\n";
  return out;
}

}  // namespace mv::compiler
