// The MT (time) conversion code: MT {M} {H} {S} {c}, internal times being seconds since midnight.
//   H   12-hour clock with "am"/"pm" appended (12:00am is midnight, 12:00pm noon)
//   S   seconds shown; with M, a point and three digits of milliseconds as well
//   M   the internal value is in milliseconds (output only)
//   c   separator, ':' by default; it may be quoted ('h') and '' means none
// Output takes the value modulo one day and drops any fraction of a second. Input reads hours, minutes and
// seconds separated by any one character, or four or six digits run together (hhmm, hhmmss), with an
// optional AM/PM (or A/P) suffix in either case; without a suffix the hours are on the 24-hour clock. As in
// QM, the suffix is ignored when seconds are given (the conformance suite's ROUNDTRIP line).
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib::conv {

namespace {

constexpr int64_t kDay = 86400;

struct TimeSpec {
  bool twelve_hour = false;
  bool seconds = false;
  bool milliseconds = false;
  std::string separator = ":";
};

bool parse_time_code(std::string_view code, TimeSpec& spec) {
  size_t i = 2;
  for (; i < code.size(); ++i) {
    const char c = upper(code[i]);
    if (c == 'H')
      spec.twelve_hour = true;
    else if (c == 'S')
      spec.seconds = true;
    else if (c == 'M')
      spec.milliseconds = true;
    else
      break;
  }
  if (i >= code.size()) return true;
  const char c = code[i];
  if (c == '\'' || c == '"') {
    const size_t close = code.find(c, i + 1);
    if (close == std::string_view::npos || close != code.size() - 1) return false;
    spec.separator = std::string(code.substr(i + 1, close - i - 1));
    return true;
  }
  spec.separator = std::string(1, c);
  return i + 1 == code.size();
}

// The external form of a time of day (or milliseconds of a day with M).
std::string format_time(int64_t value, const TimeSpec& spec) {
  int64_t millis = 0;
  if (spec.milliseconds) {
    millis = ((value % 1000) + 1000) % 1000;
    value = (value - millis) / 1000;
  }
  const int64_t secs = ((value % kDay) + kDay) % kDay;
  int64_t hours = secs / 3600;
  const bool pm = hours >= 12;
  if (spec.twelve_hour) {
    hours %= 12;
    if (hours == 0) hours = 12;
  }
  std::string out;
  append_padded(out, hours, 2);
  out += spec.separator;
  append_padded(out, secs / 60 % 60, 2);
  if (spec.seconds) {
    out += spec.separator;
    append_padded(out, secs % 60, 2);
    if (spec.milliseconds) {
      out += '.';
      append_padded(out, millis, 3);
    }
  }
  if (spec.twelve_hour) out += pm ? "pm" : "am";
  return out;
}

int time_oconv(std::string_view data, const TimeSpec& spec, std::string& out) {
  if (trim_spaces(data).empty()) {
    out.clear();
    return kOk;
  }
  int64_t value = 0;
  if (!whole_number(data, value)) {
    out.assign(data);
    return kBadData;
  }
  out = format_time(value, spec);
  return kOk;
}

// Removes a trailing AM/PM (or A/P) marker, reporting which: 0 none, 1 am, 2 pm.
int take_meridian(std::string_view& s) {
  size_t end = s.size();
  if (end > 0 && upper(s[end - 1]) == 'M') --end;
  if (end == 0) return 0;
  const char c = upper(s[end - 1]);
  if (c != 'A' && c != 'P') return 0;
  s = trim_spaces(s.substr(0, end - 1));
  return c == 'A' ? 1 : 2;
}

// Reads up to three groups of digits: each separated by one non-digit character, or run together.
bool read_clock(std::string_view s, int64_t parts[3], int& count) {
  count = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (count == 3) return false;
    const size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start || i - start > 6) return false;
    const std::string_view run = s.substr(start, i - start);
    if (count == 0 && i == s.size() && (run.size() == 4 || run.size() == 6)) {
      for (size_t k = 0; k < run.size(); k += 2) parts[count++] = (run[k] - '0') * 10 + (run[k + 1] - '0');
      return true;
    }
    int64_t v = 0;
    for (char c : run) v = v * 10 + (c - '0');
    parts[count++] = v;
    if (i < s.size() && ++i == s.size()) return false;  // a separator must be followed by digits
  }
  return count > 0;
}

// Input conversion; invalid times give "" and STATUS() 1.
int time_iconv(std::string_view data, std::string& out) {
  out.clear();
  std::string_view s = trim_spaces(data);
  if (s.empty()) return kOk;
  const int meridian = take_meridian(s);
  int64_t parts[3] = {0, 0, 0};
  int count = 0;
  if (!read_clock(s, parts, count)) return kBadData;
  int64_t hours = parts[0];
  if (hours > 23 || parts[1] > 59 || parts[2] > 59) return kBadData;
  // QM honours the suffix only on times without seconds: "07:08:09pm" reads as 07:08:09.
  if (count < 3 && meridian == 1 && hours == 12) hours = 0;
  if (count < 3 && meridian == 2 && hours < 12) hours += 12;
  out = std::to_string(hours * 3600 + parts[1] * 60 + parts[2]);
  return kOk;
}

}  // namespace

int time_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  TimeSpec spec;
  if (!parse_time_code(code, spec)) {
    out.assign(data);
    return kBadCode;
  }
  return dir == Dir::Out ? time_oconv(data, spec, out) : time_iconv(data, out);
}

namespace {

// A time code parsed once.
class CompiledTime : public ParsedCode {
 public:
  explicit CompiledTime(const TimeSpec& spec) : spec_(spec) {}
  int run(std::string_view data, Dir dir, std::string& out) const override {
    return dir == Dir::Out ? time_oconv(data, spec_, out) : time_iconv(data, out);
  }

 private:
  const TimeSpec spec_;
};

}  // namespace

std::unique_ptr<ParsedCode> compile_time_code(std::string_view code) {
  TimeSpec spec;
  if (!parse_time_code(code, spec)) return nullptr;
  return std::make_unique<CompiledTime>(spec);
}

}  // namespace mv::stdlib::conv
