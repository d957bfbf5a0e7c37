// The D (date) conversion code: D {y} {c} {fmt} {[f1, f2, f3, f4, f5]}. Internal dates count days from
// 31 December 1967 (day 0) in the proleptic Gregorian calendar.
//   y    digits of the year shown, 0 to 4 (default 4)
//   c    separator; without one the full date reads "01 JUN 1994" (alphabetic month), with one it is numeric,
//        month first ("06/01/1994") or day first with E ("01/06/1994"); the digit 0 means no separator
//   fmt  the parts shown, in order: D day, DO ordinal day (1st), J day of year, M month, MA month name,
//        MB brief month name, Q quarter, W weekday number (Monday 1), WA weekday name, WB brief weekday name,
//        WI ISO week, X YYYYMMDD, Y year (Yn: n digits), YI ISO year; flags E (day before month) and
//        L (names in mixed case)
//   [..] one modifier per part, in the order of the parts, separated by commas (an empty one changes
//        nothing): A shows a month or weekday as its name; Z drops leading zeros (D, M, Y, WI, J); n (1 to
//        32) is the width: a name padded or cut to n letters, a day or month number left-aligned in n
//        columns, the last n digits of a year; a quoted text is the separator after that part.
// Input conversion takes the parts in any of the usual forms: numbers separated by any punctuation, an
// alphabetic month (three letters or more) anywhere, or a run of digits; two-digit years 30-99 mean
// 1930-1999 and 00-29 mean 2000-2029; a missing year is this year. A day beyond the end of its month rolls
// into the next month with STATUS() 3.
#include <algorithm>
#include <vector>

#include "stdlib/conv/conv_calendar.hpp"
#include "stdlib/conv/conv_family.hpp"
#include "stdlib/conv/spec_cache.hpp"

namespace mv::stdlib::conv {

namespace {

// Internal dates accepted: roughly the years 1 to 9999.
constexpr int64_t kMinDay = -718800;
constexpr int64_t kMaxDay = 2933000;

enum class Part {
  Day,
  Ordinal,
  Julian,
  Month,
  MonthName,
  MonthBrief,
  Quarter,
  Weekday,
  WeekdayName,
  WeekdayBrief,
  IsoWeek,
  X12,
  Year,
  IsoYear
};

// One [..] modifier: a name (alpha), no leading zeros (zero_suppress), a width (-1 when not given) and the
// separator text that follows the part (when has_text).
struct Modifier {
  bool alpha = false;
  bool zero_suppress = false;
  int width = -1;
  bool has_text = false;
  std::string text;
};

// A parsed D code.
struct DateSpec {
  int year_digits = 4;
  bool separator_given = false;
  std::string separator = " ";
  std::vector<Part> parts;
  bool european = false;
  bool mixed_case = false;
  std::vector<Modifier> formats;
  bool any_text = false;  // some modifier gives separator text
  std::vector<Part> shown;  // the parts output shows (parts_shown), worked out once with the parse
};

// Day 1 is 1 January.
int day_of_year(int64_t day, const Civil& c) {
  return static_cast<int>(day - internal_day(c.year, 1, 1) + 1);
}

// The ISO 8601 week and week-year: the week containing the year's first Thursday is week 1.
void iso_week(int64_t day, int64_t& year, int& week) {
  const int64_t thursday = day - weekday_of(day) + 4;
  const Civil c = civil_of(thursday);
  year = c.year;
  week = (day_of_year(thursday, c) - 1) / 7 + 1;
}

// A month or day name in upper case or, with L, with only its first letter in upper case.
std::string name_text(const char* name, int width, bool mixed_case) {
  std::string s(name);
  if (width >= 0) s.resize(static_cast<size_t>(width), ' ');
  if (mixed_case) {
    for (size_t i = 1; i < s.size(); ++i) s[i] = lower(s[i]);
  }
  return s;
}

// Reads one [..] modifier item: any of A, Z, a width and a quoted separator text, in any order.
bool parse_modifier(std::string_view item, DateSpec& spec) {
  item = trim_spaces(item);
  Modifier m;
  for (size_t i = 0; i < item.size();) {
    const char c = upper(item[i]);
    if (c == '"' || c == '\'' || c == '\\') {
      const size_t close = item.find(item[i], i + 1);
      if (close == std::string_view::npos) return false;
      m.has_text = true;
      m.text = std::string(item.substr(i + 1, close - i - 1));
      spec.any_text = true;
      i = close + 1;
    } else if (c == 'A' || c == 'Z') {
      (c == 'A' ? m.alpha : m.zero_suppress) = true;
      ++i;
    } else if (is_digit(c)) {
      int64_t n = 0;
      if (!read_int(item, i, n) || n < 1 || n > 32) return false;
      m.width = static_cast<int>(n);
    } else {
      return false;
    }
  }
  spec.formats.push_back(m);
  return true;
}

// Reads the bracketed modifier list that ends the code; commas inside quoted separators do not split it.
bool parse_modifiers(std::string_view code, size_t i, DateSpec& spec) {
  if (code[i] != '[' || code.back() != ']') return false;
  std::string_view body = code.substr(i + 1, code.size() - i - 2);
  size_t start = 0;
  char quote = '\0';
  for (size_t j = 0; j <= body.size(); ++j) {
    if (j < body.size() && quote != '\0') {
      if (body[j] == quote) quote = '\0';
    } else if (j < body.size() && (body[j] == '"' || body[j] == '\'' || body[j] == '\\')) {
      quote = body[j];
    } else if (j == body.size() || body[j] == ',') {
      if (!parse_modifier(body.substr(start, j - start), spec)) return false;
      start = j + 1;
    }
  }
  return quote == '\0';
}

// The fmt elements, longest spellings first so that "MA" is not read as "M" followed by "A".
struct PartName {
  const char* letters;
  Part part;
};
constexpr PartName kPartNames[] = {
    {"DO", Part::Ordinal},      {"D", Part::Day},      {"J", Part::Julian},  {"MA", Part::MonthName},
    {"MB", Part::MonthBrief},   {"M", Part::Month},    {"Q", Part::Quarter}, {"WA", Part::WeekdayName},
    {"WB", Part::WeekdayBrief}, {"WI", Part::IsoWeek}, {"W", Part::Weekday}, {"X", Part::X12},
    {"YI", Part::IsoYear},      {"Y", Part::Year},
};

// The length of the element spelled at code[i], filling `part`; 0 when no element starts there.
size_t match_part(std::string_view code, size_t i, Part& part) {
  for (const PartName& p : kPartNames) {
    const std::string_view letters = p.letters;
    if (i + letters.size() > code.size()) continue;
    bool same = true;
    for (size_t k = 0; k < letters.size() && same; ++k) same = upper(code[i + k]) == letters[k];
    if (same) {
      part = p.part;
      return letters.size();
    }
  }
  return 0;
}

// Reads the fmt letters from code[i], stopping at '[' or the end. Yn sets the year digits as well.
bool parse_parts(std::string_view code, size_t& i, DateSpec& spec) {
  while (i < code.size() && code[i] != '[') {
    const char c = upper(code[i]);
    Part part = Part::Day;
    if (c == 'E' || c == 'L') {
      if (c == 'E') spec.european = !spec.european;
      if (c == 'L') spec.mixed_case = true;
      ++i;
      continue;
    }
    const size_t len = match_part(code, i, part);
    if (len == 0) return false;
    spec.parts.push_back(part);
    i += len;
    if (part == Part::Year && i < code.size() && is_digit(code[i])) spec.year_digits = code[i++] - '0';
  }
  return true;
}

bool parse_date_code(std::string_view code, DateSpec& spec) {
  size_t i = 1;
  if (i < code.size() && is_digit(code[i])) spec.year_digits = code[i++] - '0';
  if (spec.year_digits > 4) return false;
  if (i < code.size() && !is_alpha(code[i]) && code[i] != '[') {
    if (is_digit(code[i]) && code[i] != '0') return false;
    spec.separator = code[i] == '0' ? std::string() : std::string(1, code[i]);
    spec.separator_given = true;
    ++i;
  }
  if (!parse_parts(code, i, spec)) return false;
  return i == code.size() || parse_modifiers(code, i, spec);
}

// The last `digits` digits of a year (all of them for 4), zero-padded unless `zero_suppress`.
void append_year(std::string& out, int64_t year, int digits, bool zero_suppress) {
  if (digits >= 4) {
    append_padded(out, year, zero_suppress ? 1 : 4);
    return;
  }
  int64_t modulus = 1;
  for (int k = 0; k < digits; ++k) modulus *= 10;
  append_padded(out, ((year % modulus) + modulus) % modulus, zero_suppress ? 1 : digits);
}

std::string ordinal(int day) {
  const char* suffix = "th";
  if (day % 100 < 11 || day % 100 > 13) {
    if (day % 10 == 1) suffix = "st";
    if (day % 10 == 2) suffix = "nd";
    if (day % 10 == 3) suffix = "rd";
  }
  return std::to_string(day) + suffix;
}

// Everything needed to render one part of a date.
struct DateView {
  int64_t day;
  Civil civil;
  const DateSpec& spec;
  bool alpha_month;
};

std::string padded(int64_t v, int width) {
  std::string out;
  append_padded(out, v, width);
  return out;
}

// A day, month or week number: `digits` digits (Z: no leading zeros), then left-aligned in the width.
std::string number_part(int64_t v, const Modifier& m, int digits) {
  std::string out = padded(v, m.zero_suppress ? 1 : digits);
  if (m.width > 0 && out.size() < static_cast<size_t>(m.width)) out.resize(static_cast<size_t>(m.width), ' ');
  return out;
}

// M: a name when a modifier or the alphabetic full form asks for one, else two digits.
std::string render_month(const DateView& v, const Modifier& m) {
  std::string out;
  const char* name = kMonthNames[v.civil.month - 1];
  if (m.alpha) return name_text(name, m.width, v.spec.mixed_case);
  if (m.width < 0 && !m.zero_suppress && v.alpha_month) return name_text(name, 3, v.spec.mixed_case);
  return number_part(v.civil.month, m, 2);
}

// The text of one part of the date.
std::string render_part(const DateView& v, Part part, const Modifier& m) {
  const Civil& c = v.civil;
  const bool mixed = v.spec.mixed_case;
  // The ISO week costs a second calendar conversion, so it is worked out only for the parts that show it.
  int64_t iso_year = 0;
  int week = 0;
  if (part == Part::IsoWeek || part == Part::IsoYear) iso_week(v.day, iso_year, week);
  std::string year;
  switch (part) {
    case Part::Day:
      return number_part(c.day, m, 2);
    case Part::Ordinal:
      return ordinal(c.day);
    case Part::Julian:
      return number_part(day_of_year(v.day, c), m, 1);
    case Part::Month:
      return render_month(v, m);
    case Part::MonthName:
      return name_text(kMonthNames[c.month - 1], m.width, mixed);
    case Part::MonthBrief:
      return name_text(kMonthNames[c.month - 1], 3, mixed);
    case Part::Quarter:
      return padded((c.month - 1) / 3 + 1, 1);
    case Part::Weekday:
      if (m.alpha) return name_text(kDayNames[weekday_of(v.day) - 1], m.width, mixed);
      return padded(weekday_of(v.day), 1);
    case Part::WeekdayName:
      return name_text(kDayNames[weekday_of(v.day) - 1], m.width, mixed);
    case Part::WeekdayBrief:
      return name_text(kDayNames[weekday_of(v.day) - 1], 3, mixed);
    case Part::IsoWeek:
      return number_part(week, m, 2);
    case Part::IsoYear:
      return padded(iso_year, 4);
    case Part::X12:
      return padded(c.year, 4) + padded(c.month, 2) + padded(c.day, 2);
    case Part::Year:
      append_year(year, c.year, m.width < 0 ? v.spec.year_digits : m.width, m.zero_suppress);
      return year;
  }
  return {};
}

// The parts a code shows: its own, or the full date in the default order.
std::vector<Part> parts_shown(const DateSpec& spec) {
  std::vector<Part> parts = spec.parts;
  if (parts.empty()) {
    if (!spec.separator_given || spec.european)
      parts = {Part::Day, Part::Month, Part::Year};
    else
      parts = {Part::Month, Part::Day, Part::Year};
  }
  if (spec.year_digits == 0) std::erase(parts, Part::Year);
  return parts;
}

// The external form of an internal date; separators from the modifiers win over the code's own.
std::string format_date(int64_t day, const DateSpec& spec) {
  const std::vector<Part>& parts = spec.shown;
  // The month is alphabetic in a multi-part date only when no separator is given in any form.
  const bool alpha_month = !spec.separator_given && !spec.any_text && parts.size() > 1;
  const DateView view{day, civil_of(day), spec, alpha_month};
  static const Modifier kNoModifier;
  std::string out;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Modifier& m = k < spec.formats.size() ? spec.formats[k] : kNoModifier;
    out += render_part(view, parts[k], m);
    if (k + 1 < parts.size()) out += m.has_text ? m.text : spec.separator;
  }
  return out;
}

// True for the numeric forms D2/, D4-, D4/E and the like: month, day and year (or day first with E) as
// digits with a one-character separator and nothing else, which fast_date_oconv writes directly.
bool numeric_default_form(const DateSpec& spec) {
  return spec.parts.empty() && spec.formats.empty() && !spec.any_text && spec.separator_given &&
         spec.separator.size() == 1 && (spec.year_digits == 2 || spec.year_digits == 4);
}

void put_two_digits(char*& w, int v) {
  *w++ = static_cast<char>('0' + v / 10);
  *w++ = static_cast<char>('0' + v % 10);
}

// The output of a numeric default form for data that is a day number of up to 7 digits with an optional
// '-' (what ICONV gives); false sends anything else to the general path. The text is format_date's.
bool fast_date_oconv(std::string_view data, const DateSpec& spec, std::string& out) {
  if (!numeric_default_form(spec)) return false;
  const bool negative = !data.empty() && data[0] == '-';
  const std::string_view digits = data.substr(negative ? 1 : 0);
  if (digits.empty() || digits.size() > 7) return false;
  int64_t day = 0;
  for (char c : digits) {
    if (!is_digit(c)) return false;
    day = day * 10 + (c - '0');
  }
  if (negative) day = -day;
  if (day < kMinDay || day > kMaxDay) return false;
  const Civil c = civil_of(day);
  if (c.year < 1000 || c.year > 9999) return false;  // four digits without padding questions
  char buf[16];
  char* w = buf;
  const char sep = spec.separator[0];
  put_two_digits(w, spec.european ? c.day : c.month);
  *w++ = sep;
  put_two_digits(w, spec.european ? c.month : c.day);
  *w++ = sep;
  const int year = static_cast<int>(c.year);
  if (spec.year_digits == 4) put_two_digits(w, year / 100);
  put_two_digits(w, year % 100);
  out.assign(buf, static_cast<size_t>(w - buf));
  return true;
}

// Output conversion: the null string stays null, anything but a number in range is invalid data.
int date_oconv(std::string_view data, const DateSpec& spec, std::string& out) {
  if (fast_date_oconv(data, spec, out)) return kOk;
  int64_t day = 0;
  if (trim_spaces(data).empty()) {
    out.clear();
    return kOk;
  }
  if (!whole_number(data, day) || day < kMinDay || day > kMaxDay) {
    out.assign(data);
    return kBadData;
  }
  out = format_date(day, spec);
  return kOk;
}

}  // namespace

// Input conversion (conv_date_input.cpp): `order` lists 'D', 'M' and 'Y' as the code's fmt gives them.
int date_iconv(std::string_view data, bool european, const std::vector<char>& order, std::string& out);

// A date code as both directions use it: the output spec and, for input, the order of day, month and year.
struct ParsedDate {
  DateSpec spec;
  std::vector<char> order;
};

bool parse_date(std::string_view code, ParsedDate& parsed) {
  if (!parse_date_code(code, parsed.spec)) return false;
  parsed.spec.shown = parts_shown(parsed.spec);
  for (Part p : parsed.spec.parts) {
    if (p == Part::Day || p == Part::Ordinal) parsed.order.push_back('D');
    if (p == Part::Month || p == Part::MonthName || p == Part::MonthBrief) parsed.order.push_back('M');
    if (p == Part::Year) parsed.order.push_back('Y');
  }
  return true;
}

namespace {

int date_with(std::string_view data, const ParsedDate& parsed, Dir dir, std::string& out) {
  if (dir == Dir::Out) return date_oconv(data, parsed.spec, out);
  return date_iconv(data, parsed.spec.european, parsed.order, out);
}

}  // namespace

int date_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  if (code.size() > 8 && is_iso8601_code(code.substr(1)))
    return iso8601_date_code(data, code.substr(1), dir, out);
  static thread_local SpecCache<ParsedDate> cache;
  const ParsedDate* parsed = cache.find(code, parse_date);
  if (parsed == nullptr) {
    out.assign(data);
    return kBadCode;
  }
  return date_with(data, *parsed, dir, out);
}

namespace {

// A date code parsed once; `code_` outlives the spec, which may keep views into it.
class CompiledDate : public ParsedCode {
 public:
  explicit CompiledDate(std::string_view code) : code_(code) {}
  bool parse() { return parse_date(code_, parsed_); }
  int run(std::string_view data, Dir dir, std::string& out) const override {
    return date_with(data, parsed_, dir, out);
  }

 private:
  const std::string code_;
  ParsedDate parsed_;
};

}  // namespace

std::unique_ptr<ParsedCode> compile_date_code(std::string_view code) {
  if (code.size() > 8 && is_iso8601_code(code.substr(1))) return nullptr;
  auto compiled = std::make_unique<CompiledDate>(code);
  if (!compiled->parse()) return nullptr;
  return compiled;
}

}  // namespace mv::stdlib::conv
