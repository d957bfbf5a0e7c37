// The ISO 8601 special codes of the D and E conversions (output only): ISO8601W (yyyyWwwd), ISO8601W-
// (yyyy-Www-d) for a date, and for an epoch value also ISO8601T (yyyymmddThhmmss) and ISO8601T-
// (yyyy-mm-ddThh:mm:ss). Each stands alone: no other element may share the code.
#include "stdlib/conv/conv_calendar.hpp"
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib::conv {

namespace {

std::string digits(int64_t n, int width) {
  std::string s = std::to_string(n < 0 ? -n : n);
  if (s.size() < static_cast<size_t>(width)) s.insert(0, static_cast<size_t>(width) - s.size(), '0');
  return n < 0 ? "-" + s : s;
}

bool same_upper(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

}  // namespace

bool is_iso8601_code(std::string_view rest) {
  return same_upper(rest, "ISO8601W") || same_upper(rest, "ISO8601W-") || same_upper(rest, "ISO8601T") ||
         same_upper(rest, "ISO8601T-");
}

std::string iso8601_text(std::string_view rest, int64_t day, int64_t seconds) {
  const bool dashes = rest.back() == '-';
  if (std::toupper(static_cast<unsigned char>(rest[7])) == 'W') {
    // The week containing the year's first Thursday is week 1 of that ISO year.
    const int64_t thursday = day - weekday_of(day) + 4;
    const Civil t = civil_of(thursday);
    const int64_t week = (thursday - internal_day(t.year, 1, 1)) / 7 + 1;
    return digits(t.year, 4) + (dashes ? "-W" : "W") + digits(week, 2) + (dashes ? "-" : "") +
           std::to_string(weekday_of(day));
  }
  const Civil c = civil_of(day);
  const std::string sep = dashes ? "-" : "", colon = dashes ? ":" : "";
  return digits(c.year, 4) + sep + digits(c.month, 2) + sep + digits(c.day, 2) + "T" +
         digits(seconds / 3600, 2) + colon + digits((seconds / 60) % 60, 2) + colon + digits(seconds % 60, 2);
}

// D with an ISO 8601 code: the week forms of an internal date. The date-and-time forms, and input
// conversion (which QM does not describe), are invalid codes.
int iso8601_date_code(std::string_view data, std::string_view rest, Dir dir, std::string& out) {
  if (dir == Dir::In || std::toupper(static_cast<unsigned char>(rest[7])) != 'W')
    return out.assign(data), kBadCode;
  int64_t day = 0;
  if (trim_spaces(data).empty()) return out.clear(), kOk;
  if (!whole_number(data, day)) return out.assign(data), kBadData;
  out = iso8601_text(rest, day, 0);
  return kOk;
}

}  // namespace mv::stdlib::conv
