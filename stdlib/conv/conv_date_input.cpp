// Input conversion for the D code: external dates to internal day numbers. The text is read as a sequence
// of digit runs and at most one alphabetic month name, anything else separating them; the numbers are then
// matched to the day, month and year in the order the code gives (month, day, year by default; day first
// with E). A month name is taken first, so "1 Jun 94" and "Jun 1 94" read alike. A single run of digits is
// cut into two-digit day and month parts with the year taking the rest ("060194", "19940601" for YMD).
#include <array>
#include <ctime>
#include <string>
#include <vector>

#include "stdlib/conv/conv_calendar.hpp"
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib::conv {

namespace {

// The pieces of an external date, as text, before they are checked.
struct DateFields {
  std::string_view day;
  std::string_view month;
  std::string_view year;
  int month_number = 0;  // set when the month was given by name
};

// The digit runs and alphabetic words of an external date. A date has at most three numbers and one word,
// so more than that is invalid data and the pieces fit in fixed arrays (no allocation per conversion).
struct Tokens {
  std::array<std::string_view, 3> numbers;
  size_t number_count = 0;
  std::string_view word;
  size_t word_count = 0;
};

// Splits the text into digit runs and alphabetic words; false when a run is absurdly long or there are more
// pieces than a date has (both invalid data).
bool tokenize(std::string_view s, Tokens& t) {
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    if (is_digit(s[i])) {
      while (j < s.size() && is_digit(s[j])) ++j;
      if (j - i > 9 || t.number_count == t.numbers.size()) return false;
      t.numbers[t.number_count++] = s.substr(i, j - i);
    } else if (is_alpha(s[i])) {
      while (j < s.size() && is_alpha(s[j])) ++j;
      if (t.word_count++ > 0) return false;
      t.word = s.substr(i, j - i);
    } else {
      ++j;
    }
    i = j;
  }
  return true;
}

// A month given by name: at least three letters, all of them matching the start of the name.
int month_from_name(std::string_view word) {
  if (word.size() < 3) return 0;
  for (int m = 0; m < 12; ++m) {
    const std::string_view name = kMonthNames[m];
    if (word.size() > name.size()) continue;
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k) same = upper(word[k]) == name[k];
    if (same) return m + 1;
  }
  return 0;
}

int64_t current_year() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return tm.tm_year + 1900;
}

int64_t digits_value(std::string_view digits) {
  int64_t v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// The code's order of day, month and year, completed from the default order where it leaves parts out.
// Orders are short strings ("MDY"), which std::string holds without allocating.
std::string full_order(const std::vector<char>& order, bool european) {
  std::string out(order.begin(), order.end());
  for (const char* p = european ? "DMY" : "MDY"; *p != '\0'; ++p) {
    if (out.find(*p) == std::string::npos) out += *p;
  }
  return out;
}

std::string without(std::string_view order, char part) {
  std::string out;
  for (char c : order) {
    if (c != part) out += c;
  }
  return out;
}

void set_field(DateFields& f, char part, std::string_view text) {
  if (part == 'D') f.day = text;
  if (part == 'M') f.month = text;
  if (part == 'Y') f.year = text;
}

// Cuts a run of digits into parts: day and month take two digits each, the year takes what is left.
bool split_digit_run(std::string_view run, const std::string& order, DateFields& f) {
  if (run.size() != 4 && run.size() != 6 && run.size() != 8) return false;
  const std::string parts = run.size() == 4 ? without(order, 'Y') : order;
  size_t pos = 0;
  for (char part : parts) {
    const size_t len = part == 'Y' ? run.size() - 4 : 2;
    set_field(f, part, run.substr(pos, len));
    pos += len;
  }
  return true;
}

// Matches the numbers to the parts of the date.
bool assign_numbers(const Tokens& t, const std::string& order, DateFields& f) {
  const size_t count = t.number_count;
  const std::array<std::string_view, 3>& numbers = t.numbers;
  if (f.month_number != 0) {
    const std::string rest = without(order, 'M');
    if (count == 2) {
      set_field(f, rest[0], numbers[0]);
      set_field(f, rest[1], numbers[1]);
    } else if (count == 1) {
      // A lone number with a month name is the year when it cannot be a day ("JUN 94"), else the day.
      if (numbers[0].size() > 2 || digits_value(numbers[0]) > 31)
        f.year = numbers[0];
      else
        f.day = numbers[0];
      if (f.day.empty()) f.day = "1";
    } else {
      return false;
    }
    return true;
  }
  if (count == 3) {
    for (size_t k = 0; k < 3; ++k) set_field(f, order[k], numbers[k]);
    return true;
  }
  if (count == 2) {
    const std::string rest = without(order, 'Y');
    set_field(f, rest[0], numbers[0]);
    set_field(f, rest[1], numbers[1]);
    return true;
  }
  return count == 1 && split_digit_run(numbers[0], order, f);
}

// The year as written; one or two digits fall in the window 1930 to 2029.
int64_t full_year(std::string_view digits) {
  if (digits.empty()) return current_year();
  const int64_t v = digits_value(digits);
  if (digits.size() <= 2) return v < 30 ? 2000 + v : 1900 + v;
  return v;
}

// The usual external date: three digit runs (day and month of at most 4 digits, a year of 1 to 4) with one
// punctuation character between them, read in the default order (the code names no parts). Gives what the
// general reading below gives for such text; false sends anything else there.
bool fast_date_iconv(std::string_view data, bool european, const std::vector<char>& order, std::string& out,
                     int& status) {
  if (!order.empty()) return false;
  int64_t n[3];
  size_t len[3];
  size_t i = 0;
  for (int k = 0; k < 3; ++k) {
    size_t j = i;
    int64_t v = 0;
    while (j < data.size() && is_digit(data[j]) && j - i < 4) v = v * 10 + (data[j++] - '0');
    if (j == i) return false;
    n[k] = v;
    len[k] = j - i;
    if (k == 2) {
      if (j != data.size()) return false;
    } else {
      if (j >= data.size() || is_digit(data[j]) || is_alpha(data[j]) || data[j] == ' ') return false;
      i = j + 1;
    }
  }
  const int64_t month = european ? n[1] : n[0];
  const int64_t day = european ? n[0] : n[1];
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    status = kBadData;
    return true;
  }
  const int64_t year = len[2] <= 2 ? (n[2] < 30 ? 2000 + n[2] : 1900 + n[2]) : n[2];
  out = std::to_string(internal_day(year, static_cast<int>(month), 1) + day - 1);
  status = day > days_in_month(year, static_cast<int>(month)) ? kDoubtful : kOk;
  return true;
}

}  // namespace

int date_iconv(std::string_view data, bool european, const std::vector<char>& order, std::string& out) {
  out.clear();
  int status = kOk;
  if (fast_date_iconv(data, european, order, out, status)) return status;
  data = trim_spaces(data);
  if (data.empty()) return kOk;
  Tokens t;
  if (!tokenize(data, t)) return kBadData;
  DateFields f;
  if (t.word_count == 1 && (f.month_number = month_from_name(t.word)) == 0) return kBadData;
  if (!assign_numbers(t, full_order(order, european), f)) return kBadData;
  const int month = f.month_number != 0 ? f.month_number : static_cast<int>(digits_value(f.month));
  const int day = static_cast<int>(digits_value(f.day));
  if (month < 1 || month > 12 || day < 1 || day > 31) return kBadData;
  const int64_t year = full_year(f.year);
  if (year > 9999) return kBadData;
  out = std::to_string(internal_day(year, month, 1) + day - 1);
  // A day past the end of its month has rolled into the next one: converted, but possibly wrong.
  return day > days_in_month(year, month) ? kDoubtful : kOk;
}

}  // namespace mv::stdlib::conv
