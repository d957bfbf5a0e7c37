// Report output: the HEADING, FOOTING and PAGE statements, PRINT ON's unit, and the pages they imply.
// Every print unit writes to standard output, but each keeps its own heading, footing, page number and
// line count. A unit is paged once it has a heading or footing: a page holds @CRTHIGH lines, the heading
// at its top (printed with the first output of the page) and the footing at its foot. When standard input
// and output are both terminals a page ends with a prompt and the next one clears the screen; otherwise
// pages simply follow one another and nothing ever waits for a key.
#include "stdlib/terminal/report.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/conv/conv_codes.hpp"

namespace mv::stdlib {

namespace {

// One line of a heading as it is built: the sections its G options separate, and the one C centres.
struct HeadingLine {
  std::vector<std::string> parts{std::string()};
  size_t centre = 0;  // 1-based section number; 0 for none
  bool reverse = false;
};

// The field width a P or S option gives: the single digit after it, else `fallback`.
int64_t option_width(std::string_view opts, size_t& i, int64_t fallback) {
  if (i < opts.size() && opts[i] >= '0' && opts[i] <= '9') return opts[i++] - '0';
  return fallback;
}

std::string justify(int64_t n, int64_t width, bool right) {
  std::string s = std::to_string(n);
  if (static_cast<int64_t>(s.size()) >= width) return s;
  std::string pad(static_cast<size_t>(width) - s.size(), ' ');
  return right ? pad + s : s + pad;
}

// Joins parts with the gaps G asks for, so the whole is `room` characters long; earlier gaps take the
// rounded-up share, as QM's do, and a gap never goes below nothing.
std::string spread(const std::vector<std::string>& parts, int64_t room) {
  int64_t gaps = static_cast<int64_t>(parts.size()) - 1;
  int64_t text = 0;
  for (const std::string& p : parts) text += static_cast<int64_t>(p.size());
  int64_t spaces = room - text;
  int64_t each = spaces > 0 ? (spaces + gaps - 1) / gaps : 0;
  std::string out = parts[0];
  for (int64_t g = 1; g <= gaps; ++g) {
    int64_t n = g < gaps ? each : std::max<int64_t>(0, spaces - each * (gaps - 1));
    out.append(static_cast<size_t>(n), ' ');
    out += parts[static_cast<size_t>(g)];
  }
  return out;
}

// Lays a line out in the page width. G gaps fill the line to one short of the width (so a terminal does
// not wrap); a C section is centred, with the sections either side spread over the room left beside it.
std::string lay_out(HeadingLine line, const PageFacts& facts) {
  std::vector<std::string>& parts = line.parts;
  if (line.reverse && facts.page % 2 == 0) std::reverse(parts.begin(), parts.end());
  if (line.centre == 0) return parts.size() == 1 ? parts[0] : spread(parts, facts.width - 1);
  const std::string& mid = parts[line.centre - 1];
  int64_t left = std::max<int64_t>(0, (facts.width - static_cast<int64_t>(mid.size())) / 2);
  std::string out(static_cast<size_t>(left), ' ');
  if (line.centre > 1) {
    std::vector<std::string> before(parts.begin(), parts.begin() + static_cast<long>(line.centre) - 1);
    before.emplace_back();
    out = spread(before, left - 1);
    if (static_cast<int64_t>(out.size()) < left) out.append(static_cast<size_t>(left) - out.size(), ' ');
  }
  out += mid;
  if (line.centre < parts.size()) {
    std::vector<std::string> after{std::string()};
    after.insert(after.end(), parts.begin() + static_cast<long>(line.centre), parts.end());
    out += spread(after, facts.width - static_cast<int64_t>(out.size()) - 1);
  }
  return out;
}

// Applies the options between one pair of quotes to the line being built.
void apply_options(std::string_view opts, const PageFacts& facts, HeadingLine& line, PageText& text) {
  for (size_t i = 0; i < opts.size();) {
    char c = opts[i++];
    std::string& part = line.parts.back();
    switch (c) {
      case 'C':
        line.centre = line.parts.size();
        break;
      case 'D':
        part += facts.date;
        break;
      case 'T':
        part += facts.time + "  " + facts.date;
        break;
      case 'G':
        line.parts.emplace_back();
        break;
      case 'H': {
        // Hn: the rest of the line starts in column n.
        size_t digits = i;
        while (i < opts.size() && opts[i] >= '0' && opts[i] <= '9') ++i;
        int64_t column = digits < i ? std::stoll(std::string(opts.substr(digits, i - digits))) : 1;
        int64_t before = 0;
        for (size_t p = 0; p + 1 < line.parts.size(); ++p)
          before += static_cast<int64_t>(line.parts[p].size());
        part.resize(static_cast<size_t>(std::max<int64_t>(0, column - 1 - before)), ' ');
        break;
      }
      case 'L':
        text.lines.push_back(lay_out(std::move(line), facts));
        line = HeadingLine();
        break;
      case 'N':
        text.no_paging = true;
        break;
      case 'O':
        line.reverse = true;
        break;
      case 'P':
        part += justify(facts.page, option_width(opts, i, 4), true);
        break;
      case 'S':
        part += justify(facts.page, option_width(opts, i, 1), false);
        break;
      default:
        break;  // B, F, I and R belong to the query processor; other letters mean nothing
    }
  }
}

}  // namespace

PageText expand_page_text(std::string_view text, const PageFacts& facts) {
  PageText out;
  HeadingLine line;
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '\'') {
      line.parts.back() += text[i++];
    } else if (i + 1 < text.size() && text[i + 1] == '\'') {
      line.parts.back() += '\'';  // '' is a quote
      i += 2;
    } else {
      size_t end = std::min(text.find('\'', i + 1), text.size());
      apply_options(text.substr(i + 1, end - i - 1), facts, line, out);
      i = end + 1;
    }
  }
  out.lines.push_back(lay_out(std::move(line), facts));
  return out;
}

namespace {

// One print unit's pages.
struct PrintUnit {
  std::string heading;
  std::string footing;
  size_t heading_lines = 0;
  size_t footing_lines = 0;
  int64_t page = 1;
  int64_t line = 0;          // lines written on this page below the heading
  bool heading_due = false;  // the heading goes out before the next output
  bool paging = false;       // a heading or footing is set, and neither N nor @(col, row) stopped it
};

class ReportPages : public runtime::Pager {
 public:
  // Print unit 0 is the display unless PRINTER ON is in effect; -1 is always the display.
  PrintUnit& unit(Context& cx, int64_t n) { return units_[n == 0 && !cx.printer_on ? -1 : n]; }

  void write(Context& cx, int n, std::string_view text) override {
    PrintUnit& u = unit(cx, n);
    for (size_t at = 0; at < text.size();) {
      if (u.heading_due) start_page(cx, u);
      size_t nl = text.find('\n', at);
      size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
      cx.emit(text.substr(at, end - at));
      at = end;
      if (nl == std::string_view::npos) continue;
      ++u.line;
      if (u.paging && u.line >= body_lines(cx, u)) end_page(cx, u);
    }
  }

  // Ends the page: the footing at the foot of the page, then the prompt when there is someone to answer.
  void end_page(Context& cx, PrintUnit& u) {
    if (!u.footing.empty()) {
      for (int64_t body = body_lines(cx, u); u.line < body; ++u.line) cx.emit("\n");
      put_text(cx, u, u.footing);
    }
    if (interactive(cx)) prompt(cx, u);
    ++u.page;
    u.line = 0;
    u.heading_due = true;
  }

  // Sets the heading or footing text; a unit that was not paged starts counting its page here.
  void set_text(Context& cx, PrintUnit& u, std::string text, bool heading) {
    size_t lines = text.empty() ? 0 : expand_page_text(text, facts(cx, u)).lines.size();
    (heading ? u.heading : u.footing) = std::move(text);
    (heading ? u.heading_lines : u.footing_lines) = lines;
    bool was_paging = u.paging;
    u.paging = !u.heading.empty() || !u.footing.empty();
    if (!was_paging) u.line = 0;
  }

 private:
  static bool interactive(Context& cx) {
    static const bool ttys = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    return ttys && !(cx.process && cx.process->phantom);
  }

  static PageFacts facts(Context& cx, const PrintUnit& u) {
    PageFacts f;
    f.page = u.page;
    f.width = runtime::crt_size().wide;
    Value date, time;
    fn_date(cx, nullptr, 0, date);
    fn_time(cx, nullptr, 0, time);
    int status = 0;
    f.date = oconv(cx.string(date), "D", status);
    f.time = oconv(cx.string(time), "MTS", status);
    return f;
  }

  // Lines for the body of a page: what the heading, the footing and the prompt leave (at least one).
  static int64_t body_lines(Context& cx, const PrintUnit& u) {
    int64_t used = static_cast<int64_t>(u.heading_lines + u.footing_lines) + (interactive(cx) ? 1 : 0);
    return std::max<int64_t>(1, runtime::crt_size().high - used);
  }

  // Starts a page: a clear screen when someone reads it page by page, then the heading.
  static void start_page(Context& cx, PrintUnit& u) {
    u.heading_due = false;
    u.line = 0;
    if (interactive(cx)) cx.emit("\x1b[H\x1b[J");
    if (!u.heading.empty()) put_text(cx, u, u.heading);
  }

  // Writes a heading or footing for the unit's page; its N option stops the unit's page breaks.
  static void put_text(Context& cx, PrintUnit& u, const std::string& text) {
    PageText expanded = expand_page_text(text, facts(cx, u));
    if (expanded.no_paging) u.paging = false;
    for (const std::string& l : expanded.lines) {
      cx.emit(l);
      cx.emit("\n");
    }
  }

  // Waits for RETURN; Q stops the program, S stops this unit's page breaks.
  static void prompt(Context& cx, PrintUnit& u) {
    cx.emit("Press RETURN to continue, Q to quit, S to stop paging: ");
    cx.flush_output();
    int c = std::fgetc(stdin);
    int first = c;
    while (c != EOF && c != '\n') c = std::fgetc(stdin);
    if (first == 'Q' || first == 'q') throw runtime::StopRequest{};
    if (first == 'S' || first == 's') u.paging = false;
  }

  std::map<int64_t, PrintUnit> units_;
};

ReportPages& pages(Context& cx) {
  if (!cx.pager) cx.pager = std::make_unique<ReportPages>();
  return static_cast<ReportPages&>(*cx.pager);
}

}  // namespace

int64_t& report_page(Context& cx, int64_t unit) { return pages(cx).unit(cx, unit).page; }

void stop_display_paging(Context& cx) {
  if (cx.pager) static_cast<ReportPages&>(*cx.pager).unit(cx, -1).paging = false;
}

void fn_print_on(Context& cx, Value* args, int, Value& out) {
  int64_t unit = cx.integer(args[0]);
  cx.print_unit = static_cast<int>(std::clamp<int64_t>(unit, -1000000, 1000000));
  out.set_int(0);
}

// args: the unit, the text, and 1 to start a new page (0 for NO.EJECT, which keeps the new heading for
// the next page of a unit that is already paged).
void fn_heading(Context& cx, Value* args, int, Value& out) {
  ReportPages& p = pages(cx);
  PrintUnit& u = p.unit(cx, cx.integer(args[0]));
  bool was_paging = u.paging;
  p.set_text(cx, u, cx.string(args[1]), true);
  if (cx.integer(args[2]) != 0 || !was_paging) {
    if (was_paging && u.line > 0) p.end_page(cx, u);
    u.line = 0;
    u.heading_due = u.paging;
  }
  out.set_int(0);
}

void fn_footing(Context& cx, Value* args, int, Value& out) {
  ReportPages& p = pages(cx);
  p.set_text(cx, p.unit(cx, cx.integer(args[0])), cx.string(args[1]), false);
  out.set_int(0);
}

// args: the unit and the number of the new page (-1: the next number).
void fn_page(Context& cx, Value* args, int, Value& out) {
  ReportPages& p = pages(cx);
  PrintUnit& u = p.unit(cx, cx.integer(args[0]));
  if (u.paging && u.line > 0) p.end_page(cx, u);
  int64_t n = cx.integer(args[1]);
  if (n >= 0) u.page = n;
  out.set_int(0);
}

}  // namespace mv::stdlib
