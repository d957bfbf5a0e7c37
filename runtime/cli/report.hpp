// Diagnostics and runtime error reports on standard error, in colour when a person reads them: standard error
// is a terminal, NO_COLOR is not set (https://no-color.org) and TERM is not "dumb".
#pragma once

#include <string>

namespace mv::cli {

// The report with ANSI colours added: the location in bold, "error:" in red, "warning:" in magenta, the
// caret line in green. Text that is not a diagnostic is left as it is.
std::string colourize(const std::string& report);

// Whether reports on standard error get colour (decided once).
bool colour_wanted();

// A runtime error report with the source line it names shown under its first line, as compile errors show
// theirs ("FILE:LINE: runtime error: ..."; the file is read again, so a report naming no readable file is
// returned unchanged).
std::string with_source_line(const std::string& report);

// Writes a report to standard error, coloured when colour_wanted().
void report(const std::string& text);

}  // namespace mv::cli
