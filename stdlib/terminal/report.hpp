// Report pages: the text of a HEADING or FOOTING expanded for one page. The statements and the pagination
// of print units are in report.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib {

// What a heading's options insert besides its text: the page number ('P', 'S'), the width that 'C' and
// 'G' lay lines out in, and the date ('D') and time ('T') already converted for output.
struct PageFacts {
  int64_t page = 1;
  int64_t width = 80;
  std::string date;  // OCONV(DATE(), "D")
  std::string time;  // OCONV(TIME(), "MTS")
};

// A HEADING or FOOTING text expanded for one page: its lines, and whether it holds the N option.
struct PageText {
  std::vector<std::string> lines;
  bool no_paging = false;
};
PageText expand_page_text(std::string_view text, const PageFacts& facts);

// @(col, row) positions the cursor, which stops the display's page breaks, as in QM.
void stop_display_paging(runtime::Context& cx);

// The page number of a print unit's report (unit 0 is the display unless PRINTER ON), which GETPU and
// SETPU read and set as PU$PAGENUMBER and HEADING's 'P' shows.
int64_t& report_page(runtime::Context& cx, int64_t unit);

}  // namespace mv::stdlib
