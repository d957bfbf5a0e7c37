// Input conversion for the D code: external dates to internal day numbers. The text is read as a sequence
// of digit runs and at most one alphabetic month name, anything else separating them; the numbers are then
// matched to the day, month and year in the order the code gives (month, day, year by default; day first
// with E). A month name is taken first, so "1 Jun 94" and "Jun 1 94" read alike. A single run of digits is
// cut into two-digit day and month parts with the year taking the rest ("060194", "19940601" for YMD).
#include <ctime>
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

// Splits the text into digit runs and alphabetic words; false when a run is absurdly long.
bool tokenize(std::string_view s, std::vector<std::string_view>& numbers,
              std::vector<std::string_view>& words) {
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    if (is_digit(s[i])) {
      while (j < s.size() && is_digit(s[j])) ++j;
      if (j - i > 9) return false;
      numbers.push_back(s.substr(i, j - i));
    } else if (is_alpha(s[i])) {
      while (j < s.size() && is_alpha(s[j])) ++j;
      words.push_back(s.substr(i, j - i));
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
std::vector<char> full_order(std::vector<char> order, bool european) {
  const char* defaults = european ? "DMY" : "MDY";
  for (const char* p = defaults; *p != '\0'; ++p) {
    bool present = false;
    for (char c : order) present = present || c == *p;
    if (!present) order.push_back(*p);
  }
  return order;
}

std::vector<char> without(const std::vector<char>& order, char part) {
  std::vector<char> out;
  for (char c : order) {
    if (c != part) out.push_back(c);
  }
  return out;
}

void set_field(DateFields& f, char part, std::string_view text) {
  if (part == 'D') f.day = text;
  if (part == 'M') f.month = text;
  if (part == 'Y') f.year = text;
}

// Cuts a run of digits into parts: day and month take two digits each, the year takes what is left.
bool split_digit_run(std::string_view run, const std::vector<char>& order, DateFields& f) {
  if (run.size() != 4 && run.size() != 6 && run.size() != 8) return false;
  const std::vector<char> parts = run.size() == 4 ? without(order, 'Y') : order;
  size_t pos = 0;
  for (char part : parts) {
    const size_t len = part == 'Y' ? run.size() - 4 : 2;
    set_field(f, part, run.substr(pos, len));
    pos += len;
  }
  return true;
}

// Matches the numbers to the parts of the date.
bool assign_numbers(const std::vector<std::string_view>& numbers, const std::vector<char>& order,
                    DateFields& f) {
  if (f.month_number != 0) {
    const std::vector<char> rest = without(order, 'M');
    if (numbers.size() == 2) {
      set_field(f, rest[0], numbers[0]);
      set_field(f, rest[1], numbers[1]);
    } else if (numbers.size() == 1) {
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
  if (numbers.size() == 3) {
    for (size_t k = 0; k < 3; ++k) set_field(f, order[k], numbers[k]);
    return true;
  }
  if (numbers.size() == 2) {
    const std::vector<char> rest = without(order, 'Y');
    set_field(f, rest[0], numbers[0]);
    set_field(f, rest[1], numbers[1]);
    return true;
  }
  return numbers.size() == 1 && split_digit_run(numbers[0], order, f);
}

// The year as written; one or two digits fall in the window 1930 to 2029.
int64_t full_year(std::string_view digits) {
  if (digits.empty()) return current_year();
  const int64_t v = digits_value(digits);
  if (digits.size() <= 2) return v < 30 ? 2000 + v : 1900 + v;
  return v;
}

}  // namespace

int date_iconv(std::string_view data, bool european, const std::vector<char>& order, std::string& out) {
  out.clear();
  data = trim_spaces(data);
  if (data.empty()) return kOk;
  std::vector<std::string_view> numbers;
  std::vector<std::string_view> words;
  if (!tokenize(data, numbers, words) || words.size() > 1) return kBadData;
  DateFields f;
  if (words.size() == 1 && (f.month_number = month_from_name(words[0])) == 0) return kBadData;
  if (!assign_numbers(numbers, full_order(order, european), f)) return kBadData;
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
