// Calendar arithmetic for the date conversions: internal day numbers (day 0 = 31 December 1967) to and from
// proleptic Gregorian year/month/day, weekdays and month lengths. The civil/day conversions are Howard
// Hinnant's public-domain days_from_civil / civil_from_days algorithms.
#pragma once

#include <cstdint>

namespace mv::stdlib::conv {

// A calendar date broken into its parts.
struct Civil {
  int64_t year = 0;
  int month = 1;
  int day = 1;
};

inline constexpr const char* kMonthNames[] = {"JANUARY",   "FEBRUARY", "MARCH",    "APRIL",
                                              "MAY",       "JUNE",     "JULY",     "AUGUST",
                                              "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};
inline constexpr const char* kDayNames[] = {"MONDAY", "TUESDAY",  "WEDNESDAY", "THURSDAY",
                                            "FRIDAY", "SATURDAY", "SUNDAY"};

// Days between 1 January 1970 and day 0.
constexpr int64_t kEpochOffset = 732;

// Days since 1 January 1970; a day beyond the end of the month carries into the next month.
inline int64_t days_from_civil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

inline Civil civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  Civil c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = yoe + era * 400 + (c.month <= 2 ? 1 : 0);
  return c;
}

inline int64_t internal_day(int64_t y, int m, int d) { return days_from_civil(y, m, d) + kEpochOffset; }

inline Civil civil_of(int64_t day) { return civil_from_days(day - kEpochOffset); }

// ISO weekday: Monday 1 to Sunday 7. Day 0 was a Sunday.
inline int weekday_of(int64_t day) {
  const int r = static_cast<int>(((day % 7) + 7) % 7);
  return r == 0 ? 7 : r;
}

inline bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline int days_in_month(int64_t y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

}  // namespace mv::stdlib::conv
