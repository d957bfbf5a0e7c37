// Compile diagnostics: every message is reported as file:line:col: error: text, followed by the source
// line and a caret. A compile collects several before it gives up.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace mv::compiler {

// One loaded source text ($INCLUDEd records are sources too), kept for quoting lines in diagnostics.
struct Location {
  uint16_t file = 0;
  uint32_t line = 1;
  uint32_t col = 1;
};

struct Source {
  std::string path;
  std::string text;
  // For an $INCLUDEd record, where the $INCLUDE was (messages about the record name it).
  bool included = false;
  Location included_at;
  std::string line_text(uint32_t line) const;
};

struct Diagnostic {
  Location loc;
  bool is_error = true;
  std::string message;
};

class Diagnostics {
 public:
  static constexpr size_t kMaxErrors = 50;
  std::vector<std::unique_ptr<Source>> sources;
  std::vector<Diagnostic> items;
  // The input ended inside an open block (IF ... THEN with no END, LOOP with no REPEAT): the REPL then
  // asks for more lines instead of reporting the errors.
  bool incomplete = false;

  uint16_t add_source(std::string path, std::string text);
  void error(Location loc, std::string message);
  void warning(Location loc, std::string message);
  size_t error_count() const { return errors_; }
  bool too_many() const { return errors_ >= kMaxErrors; }
  // Used when a trial parse backs out: its diagnostics are discarded.
  void reset_errors(size_t n) { errors_ = n; }
  // Renders every diagnostic in the file:line:col form with the source line and a caret.
  std::string render() const;

 private:
  size_t errors_ = 0;
};

}  // namespace mv::compiler
