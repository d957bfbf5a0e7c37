// The E (epoch) conversion code and the process's time zone (QM 3.x). An epoch value counts seconds from
// 1 January 1970 UTC; E shows it as a local date and time in the process's time zone:
//   E {y} {c} {fmt} {[f1, ...]}
// where y, c, the date letters of fmt and the [..] modifiers are those of the D code (conv_date.cpp does
// that part), and fmt may also hold T{H}{S}{s} (the local time, H, S and the separator s as for MT),
// O{:} (the offset from GMT, +hhmm or with the colon +hh:mm) and A alone (the ASCII form
// "Thu 16 Apr 15:02:21 2009"). The date, the time and the offset appear in the order fmt names them,
// separated by spaces. Input conversion reads a date (as D reads it) optionally followed by a time (as
// MT reads it), taken as local time, and returns the epoch value.
//
// The time zone is the TIMEZONE setting (SET.TIMEZONE, or TIMEZONE in the configuration file), else the TZ
// environment variable when the process started, else GMT. The C library converts: TZ is set for the call and
// put back afterwards (mvbasic runs one program thread, so no lock is needed).
#include <cstdlib>
#include <ctime>
#include <optional>

#include "runtime/builtin_api.hpp"
#include "stdlib/conv/conv_calendar.hpp"
#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib {

namespace {

// The TIMEZONE setting; unset until SET.TIMEZONE runs.
std::optional<std::string>& timezone_setting() {
  static std::optional<std::string> zone;
  return zone;
}

// TZ as the process found it at its first conversion, so that our own setenv calls never leak into it.
const std::optional<std::string>& startup_tz() {
  static const std::optional<std::string> tz = [] {
    const char* v = std::getenv("TZ");
    return v ? std::optional<std::string>(v) : std::nullopt;
  }();
  return tz;
}

// Runs `fn` with TZ naming `zone`, then restores the TZ the process had.
template <typename Fn>
void in_zone(const std::string& zone, Fn fn) {
  const std::optional<std::string>& saved = startup_tz();
  setenv("TZ", zone.c_str(), 1);
  tzset();
  fn();
  if (saved)
    setenv("TZ", saved->c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
}

}  // namespace

// The time zone conversions use: TIMEZONE, else TZ, else GMT.
std::string process_timezone() {
  if (timezone_setting()) return *timezone_setting();
  if (startup_tz() && !startup_tz()->empty()) return *startup_tz();
  return "GMT";
}

void set_process_timezone(const std::string& zone) {
  (void)startup_tz();  // read TZ before anything of ours can change it
  timezone_setting() = zone;
}

void seed_timezone(const std::string* configured) {
  static bool seeded = false;
  if (seeded) return;
  seeded = true;
  if (configured && !timezone_setting()) set_process_timezone(*configured);
}

// SET.TIMEZONE expr: the time zone for this process's epoch conversions (and CONFIG("TIMEZONE")).
void fn_set_timezone(runtime::Context& cx, runtime::Value* args, int, runtime::Value&) {
  set_process_timezone(cx.string(args[0]));
  cx.outcome = runtime::Context::kThen;
}

namespace conv {

namespace {

// A moment in local time: the internal day (days since 31 December 1967), seconds since local midnight,
// the offset from GMT in seconds, and the C library's broken-down time for the ASCII form.
struct LocalMoment {
  int64_t day = 0;
  int64_t seconds = 0;
  long offset = 0;
  std::tm tm{};
};

bool to_local(int64_t epoch, bool utc, LocalMoment& m) {
  bool ok = false;
  in_zone(utc ? std::string("UTC0") : process_timezone(), [&] {
    const std::time_t t = static_cast<std::time_t>(epoch);
    ok = localtime_r(&t, &m.tm) != nullptr;
  });
  if (!ok) return false;
  m.day = internal_day(m.tm.tm_year + 1900LL, m.tm.tm_mon + 1, m.tm.tm_mday);
  m.seconds = m.tm.tm_hour * 3600LL + m.tm.tm_min * 60LL + m.tm.tm_sec;
  m.offset = m.tm.tm_gmtoff;
  return true;
}

// One element of the output, in fmt order: a run of date letters (shown through a D code), the time, the
// offset from GMT, the zone's name, or the ASCII form.
enum class Piece { Date, Time, Offset, Zone, Ascii };

struct Part {
  Piece kind;
  std::string letters;  // a Date part's fmt letters
  int components = 0;   // how many of the [..] modifiers it takes
};

// The E code split into its parts. Each run of date letters becomes a D code: the y digit and separator c,
// its letters, the E and L flags, and its share of the modifiers, which go to the date components in
// fmt order.
struct EpochSpec {
  bool utc = false;
  std::string iso;     // an ISO8601 special code, shown alone
  std::string prefix;  // y and c
  std::string flags;   // E and L
  std::string time_code = "MT";
  bool offset_colon = false;
  std::vector<Part> parts;
  std::vector<std::string> modifiers;
};

// Reads T{H}{S}{s} at code[i] (past the T), filling the MT code.
void parse_time_part(std::string_view code, size_t& i, EpochSpec& spec) {
  while (i < code.size() && (upper(code[i]) == 'H' || upper(code[i]) == 'S'))
    spec.time_code += upper(code[i++]);
  if (i < code.size() && !is_alpha(code[i]) && !is_digit(code[i]) && code[i] != '[')
    spec.time_code += code[i++];
}

// The items of "[f1,f2,...]" (commas inside quotes do not split).
std::vector<std::string> modifier_items(std::string_view text) {
  std::vector<std::string> items(1);
  char quote = 0;
  for (char c :
       text.substr(1, text.size() > 1 && text.back() == ']' ? text.size() - 2 : std::string_view::npos)) {
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ',') {
      items.emplace_back();
      continue;
    }
    items.back() += c;
  }
  return items;
}

// Adds a date letter to the run being built, starting a run after a non-date part.
void add_date_letter(EpochSpec& spec, char c, bool starts_component) {
  if (spec.parts.empty() || spec.parts.back().kind != Piece::Date) spec.parts.push_back({Piece::Date, "", 0});
  spec.parts.back().letters += c;
  if (starts_component) ++spec.parts.back().components;
}

void add_piece(EpochSpec& spec, Piece p) {
  for (const Part& q : spec.parts)
    if (q.kind == p) return;
  spec.parts.push_back({p, "", 0});
}

bool parse_epoch_code(std::string_view code, EpochSpec& spec) {
  size_t i = 1;
  if (i < code.size() && upper(code[i]) == 'U') spec.utc = true, ++i;
  if (code.size() - i >= 8 && is_iso8601_code(code.substr(i))) {
    spec.iso = std::string(code.substr(i));
    return true;
  }
  if (i < code.size() && is_digit(code[i])) spec.prefix += code[i++];
  if (i < code.size() && !is_alpha(code[i]) && code[i] != '[') spec.prefix += code[i++];
  char last = 0;
  while (i < code.size() && code[i] != '[') {
    const char c = upper(code[i++]);
    if (c == 'T') {
      parse_time_part(code, i, spec);
      add_piece(spec, Piece::Time);
    } else if (c == 'O' && last != 'D') {
      if (i < code.size() && code[i] == ':') spec.offset_colon = true, ++i;
      add_piece(spec, Piece::Offset);
    } else if (c == 'Z') {
      add_piece(spec, Piece::Zone);
    } else if (c == 'A' && spec.parts.empty() && (i == code.size() || code[i] == '[')) {
      add_piece(spec, Piece::Ascii);
    } else if (c == 'E' || c == 'L') {
      spec.flags += c;
    } else if (std::string_view("DMYWJQX").find(c) != std::string_view::npos) {
      add_date_letter(spec, c, true);
    } else if (std::string_view("ABIO").find(c) != std::string_view::npos && last != 0) {
      add_date_letter(spec, c, false);  // MA, MB, WA, WB, WI, YI, DO
    } else {
      return false;
    }
    last = c;
  }
  if (i < code.size()) spec.modifiers = modifier_items(code.substr(i));
  // Without any element the code shows the date alone, as D does.
  if (spec.parts.empty()) spec.parts.push_back({Piece::Date, "", 0});
  return true;
}

// The D code for a run of date letters, with the modifiers from `next` on that belong to it.
std::string date_part_code(const EpochSpec& spec, const Part& part, size_t& next) {
  std::string code = "D" + spec.prefix + part.letters + spec.flags;
  if (spec.modifiers.empty()) return code;
  std::string mods;
  for (int k = 0; k < part.components; ++k, ++next) {
    if (k > 0) mods += ',';
    if (next < spec.modifiers.size()) mods += spec.modifiers[next];
  }
  // A run whose modifiers are all empty takes none.
  return mods.find_first_not_of(',') == std::string::npos ? code : code + "[" + mods + "]";
}

// The offset from GMT as +hhmm or +hh:mm.
std::string offset_text(long offset, bool colon) {
  std::string out(1, offset < 0 ? '-' : '+');
  const long a = offset < 0 ? -offset : offset;
  append_padded(out, a / 3600, 2);
  if (colon) out += ':';
  append_padded(out, (a / 60) % 60, 2);
  return out;
}

// The ASCII form: weekday, day, month, time and year ("Thu 16 Apr 15:02:21 2009").
std::string ascii_text(const LocalMoment& m) {
  char buf[64];
  const size_t n = std::strftime(buf, sizeof buf, "%a %d %b %H:%M:%S %Y", &m.tm);
  return std::string(buf, n);
}

int epoch_oconv(std::string_view data, const EpochSpec& spec, std::string& out) {
  int64_t epoch = 0;
  if (trim_spaces(data).empty()) return out.clear(), kOk;
  LocalMoment m;
  if (!whole_number(data, epoch) || !to_local(epoch, spec.utc, m)) return out.assign(data), kBadData;
  if (!spec.iso.empty()) return out = iso8601_text(spec.iso, m.day, m.seconds), kOk;
  out.clear();
  size_t next_modifier = 0;
  for (const Part& p : spec.parts) {
    std::string text;
    int status = kOk;
    if (p.kind == Piece::Date)
      status = date_code(std::to_string(m.day), date_part_code(spec, p, next_modifier), Dir::Out, text);
    if (p.kind == Piece::Time) status = time_code(std::to_string(m.seconds), spec.time_code, Dir::Out, text);
    if (p.kind == Piece::Offset) text = offset_text(m.offset, spec.offset_colon);
    if (p.kind == Piece::Zone) text = m.tm.tm_zone ? m.tm.tm_zone : "";
    if (p.kind == Piece::Ascii) text = ascii_text(m);
    if (status != kOk) return out.assign(data), status;
    if (!out.empty()) out += ' ';
    out += text;
  }
  return kOk;
}

// Input: a date, then optionally a time after the last space that is followed by a ':'-separated time.
int epoch_iconv(std::string_view data, const EpochSpec& spec, std::string& out) {
  data = trim_spaces(data);
  if (data.empty()) return out.clear(), kOk;
  std::string_view date_text = data, time_text;
  const size_t space = data.rfind(' ');
  if (space != std::string_view::npos && data.find(':', space) != std::string_view::npos) {
    date_text = trim_spaces(data.substr(0, space));
    time_text = data.substr(space + 1);
  }
  std::string day_text, secs_text = "0";
  std::string letters;
  for (const Part& p : spec.parts)
    if (p.kind == Piece::Date) letters += p.letters;
  int status = date_code(date_text, "D" + spec.prefix + letters + spec.flags, Dir::In, day_text);
  if (status == kOk && !time_text.empty()) status = time_code(time_text, "MT", Dir::In, secs_text);
  int64_t day = 0, secs = 0;
  if (status != kOk || !whole_number(day_text, day) || !whole_number(secs_text, secs))
    return out.clear(), kBadData;
  const Civil c = civil_of(day);
  std::tm tm{};
  tm.tm_year = static_cast<int>(c.year - 1900);
  tm.tm_mon = c.month - 1;
  tm.tm_mday = c.day;
  tm.tm_sec = static_cast<int>(secs);
  tm.tm_isdst = -1;
  std::time_t t = 0;
  in_zone(spec.utc ? std::string("UTC0") : process_timezone(), [&] { t = std::mktime(&tm); });
  out = std::to_string(static_cast<int64_t>(t));
  return kOk;
}

}  // namespace

int epoch_code(std::string_view data, std::string_view code, Dir dir, std::string& out) {
  EpochSpec spec;
  if (!parse_epoch_code(code, spec) || (!spec.iso.empty() && dir == Dir::In))
    return out.assign(data), kBadCode;
  return dir == Dir::Out ? epoch_oconv(data, spec, out) : epoch_iconv(data, spec, out);
}

}  // namespace conv

}  // namespace mv::stdlib
