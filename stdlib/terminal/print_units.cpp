// Settings of print units and of the national language, and the configuration parameters: GETPU()/SETPU
// and PRINTER.SETTING() read and change a print unit's settings (PU$ and LPTR$ keys of KEYS.H), GETNLS()/
// SETNLS the currency, thousands and decimal characters (NLS$ keys; stdlib/conv/nls.hpp, which the number
// conversions and FMT() read), CONFIG() a parameter of mvbasic.conf.
//
// The settings are kept so that a program reads back what it set, and start at QM's defaults: a printer
// unit (0 to 255) is mode 1 (printer), 80 wide and 66 lines long (or LPTRWIDE and LPTRHIGH from the
// configuration), with no margins and one copy; the display (unit -1) is mode 0 and as wide and high as
// the terminal. Report pages (report.cpp) still lay every unit out for standard output: the settings are
// stored here, except the page number (PU$PAGENUMBER), which is the report's own. A unit outside -1 to 255
// sets STATUS() to ER$PRT.UNIT (1007).
#include <map>

#include "stdlib/builtin_fns.hpp"
#include "stdlib/conv/conv_codes.hpp"
#include "stdlib/conv/nls.hpp"
#include "stdlib/terminal/report.hpp"

namespace mv::stdlib {

namespace {

constexpr int kErPrtUnit = 1007;  // ER$PRT.UNIT
constexpr int kErBadKey = 1006;   // ER$BAD.KEY

struct PrintUnit {
  int64_t mode = 1;
  int64_t width = 80;
  int64_t length = 66;
  int64_t top = 0, bottom = 0, left = 0;
  int64_t flags = 0;
  int64_t copies = 1;
  int64_t page = 1;
  std::string form, banner, location, options, prefix, spooler;
};

int64_t config_number(const Context& cx, const char* name, int64_t fallback) {
  if (!cx.config) return fallback;
  auto it = cx.config->params.find(name);
  if (it == cx.config->params.end() || it->second.empty()) return fallback;
  return std::strtoll(it->second.c_str(), nullptr, 10);
}

// The unit's settings, made with the defaults on first use; null (STATUS() ER$PRT.UNIT) for a bad unit.
PrintUnit* find_unit(Context& cx, const Value& v, bool& existed) {
  static std::map<int64_t, PrintUnit> units;
  int64_t n = cx.integer(v);
  if (n < -1 || n > 255) {
    cx.status = Value::integer(kErPrtUnit);
    return nullptr;
  }
  auto it = units.find(n);
  existed = it != units.end();
  if (existed) return &it->second;
  PrintUnit u;
  if (n == -1) {
    runtime::CrtSize crt = runtime::crt_size();
    u.mode = 0;
    u.width = crt.wide;
    u.length = crt.high;
  } else {
    u.width = config_number(cx, "LPTRWIDE", 80);
    u.length = config_number(cx, "LPTRHIGH", 66);
  }
  return &units.emplace(n, u).first->second;
}

// The string-valued PU$ keys: FORM 9, BANNER 10, LOCATION 11, OPTIONS 1006, PREFIX 1007, SPOOLER 1008.
std::string* text_setting(PrintUnit& u, int64_t key) {
  switch (key) {
    case 9:
      return &u.form;
    case 10:
      return &u.banner;
    case 11:
      return &u.location;
    case 1006:
      return &u.options;
    case 1007:
      return &u.prefix;
    case 1008:
      return &u.spooler;
    default:
      return nullptr;
  }
}

// The number-valued PU$ keys that SETPU may change.
int64_t* number_setting(PrintUnit& u, int64_t key) {
  switch (key) {
    case 1:
      return &u.mode;
    case 2:
      return &u.width;
    case 3:
      return &u.length;
    case 4:
      return &u.top;
    case 5:
      return &u.bottom;
    case 6:
      return &u.left;
    case 7:
      return &u.flags;
    case 12:
      return &u.copies;
    case 15:
      return &u.page;
    default:
      return nullptr;
  }
}

int64_t data_lines(const PrintUnit& u) { return u.length - u.top - u.bottom; }

}  // namespace

void fn_getpu(Context& cx, Value* args, int, Value& out) {
  cx.status = Value::integer(0);
  int64_t key = cx.integer(args[0]);
  bool existed = false;
  PrintUnit* u = find_unit(cx, args[1], existed);
  if (key == 0) {  // PU$DEFINED: the display and unit 0 always are
    int64_t n = cx.integer(args[1]);
    out.set_int(u && (existed || n == -1 || n == 0) ? 1 : 0);
    return;
  }
  out.set_int(0);
  if (!u) return;
  if (key == 15)
    out.set_int(report_page(cx, cx.integer(args[1])));  // PU$PAGENUMBER: the report's own page number
  else if (std::string* s = text_setting(*u, key))
    out = Value::string(*s);
  else if (int64_t* n = number_setting(*u, key))
    out.set_int(*n);
  else if (key == 1002 || key == 1005)
    out.set_int(data_lines(*u));  // PU$LINESLEFT, PU$DATALINES
  else if (key == 1003 || key == 1004 || key == 2000)
    out.set_int(0);  // heading, footing lines; line number
  else
    cx.status = Value::integer(kErBadKey);
}

void fn_setpu(Context& cx, Value* args, int, Value&) {
  cx.status = Value::integer(0);
  cx.outcome = Context::kThen;
  int64_t key = cx.integer(args[0]);
  bool existed = false;
  PrintUnit* u = find_unit(cx, args[1], existed);
  if (!u) return;
  if (key == 15)
    report_page(cx, cx.integer(args[1])) = cx.integer(args[2]);  // the next page's number
  else if (std::string* s = text_setting(*u, key))
    *s = cx.string(args[2]);
  else if (int64_t* n = number_setting(*u, key))
    *n = cx.integer(args[2]);
  else
    cx.status = Value::integer(kErBadKey);
}

// PRINTER.SETTING(unit, key {, value}): LPTR$ keys; a value of -1 restores the default, another negative
// value leaves the setting alone. Returns the setting as it is afterwards.
void fn_printer_setting(Context& cx, Value* args, int argc, Value& out) {
  cx.status = Value::integer(0);
  bool existed = false;
  PrintUnit* u = find_unit(cx, args[0], existed);
  out.set_int(0);
  if (!u) return;
  int64_t key = cx.integer(args[1]);
  if (key == 10 || key == 16) {  // LPTR$NAME, LPTR$BANNER
    std::string& s = key == 10 ? u->location : u->banner;
    if (argc > 2) s = cx.string(args[2]) == "-1" ? std::string() : cx.string(args[2]);
    out = Value::string(s);
    return;
  }
  if (key == 13) {  // the page number is the report's own (as PU$PAGENUMBER)
    int64_t& page = report_page(cx, cx.integer(args[0]));
    int64_t v = argc > 2 ? cx.integer(args[2]) : -2;
    if (v == -1)
      page = 1;
    else if (v >= 0)
      page = v;
    out.set_int(page);
    return;
  }
  static const int kToPu[] = {0, 2, 3, 4, 5, 6, 0, 0, 0, 1, 0, 7, 0, 15, 0, 12};  // LPTR$ key -> PU$ key
  int64_t* field = key >= 1 && key <= 15 && kToPu[key] ? number_setting(*u, kToPu[key]) : nullptr;
  if (field && argc > 2) {
    int64_t v = cx.integer(args[2]);
    PrintUnit fresh;
    if (v == -1)
      *field = key == 1   ? config_number(cx, "LPTRWIDE", 80)
               : key == 2 ? config_number(cx, "LPTRHIGH", 66)
                          : *number_setting(fresh, kToPu[key]);
    else if (v >= 0)
      *field = v;
  }
  if (field)
    out.set_int(*field);
  else if (key == 6 || key == 14)
    out.set_int(data_lines(*u));  // LPTR$DATA.LINES, LPTR$LINES.LEFT
  else if (key == 7 || key == 8 || key == 12)
    out.set_int(0);  // heading, footing lines; line number
  else
    cx.status = Value::integer(kErBadKey);
}

// GETNLS(key): NLS$CURRENCY (1), NLS$THOUSANDS (2) or NLS$DECIMAL (3); any other key gives "".
void fn_getnls(Context& cx, Value* args, int, Value& out) {
  const NlsSettings& n = nls();
  switch (cx.integer(args[0])) {
    case 1:
      out = Value::string(n.currency);
      break;
    case 2:
      out = Value::string(std::string(1, n.thousands));
      break;
    case 3:
      out = Value::string(n.decimal ? std::string(1, n.decimal) : std::string());
      break;
    default:
      out = Value::string(std::string_view());
  }
}

// SETNLS key, value, as QM takes it: the currency symbol keeps at most 8 characters; the separator is the
// value's first character (an empty value changes nothing); the point is its first character, or none when
// the value is empty. Any other key is ignored.
void fn_setnls(Context& cx, Value* args, int, Value&) {
  NlsSettings& n = nls();
  std::string v = cx.string(args[1]);
  switch (cx.integer(args[0])) {
    case 1:
      n.currency = v.substr(0, 8);
      break;
    case 2:
      if (!v.empty()) n.thousands = v[0];
      break;
    case 3:
      n.decimal = v.empty() ? '\0' : v[0];
      break;
    default:
      break;
  }
  cx.status = Value::integer(0);
  cx.outcome = Context::kThen;
}

// CONFIG(param): the value the configuration file gives the parameter; for the parameters mvbasic uses,
// the value in force when the file does not set them; otherwise "".
void fn_config(Context& cx, Value* args, int, Value& out) {
  std::string name = cx.string(args[0]);
  for (char& c : name)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  const runtime::Config* c = cx.config;
  if (name == "TIMEZONE") {
    // SET.TIMEZONE changes the setting, so it is read from where the E conversion reads it.
    const std::string* configured = nullptr;
    if (c && c->params.count(name)) configured = &c->params.at(name);
    seed_timezone(configured);
    return void(out = Value::string(process_timezone()));
  }
  if (c) {
    auto it = c->params.find(name);
    if (it != c->params.end()) return void(out = Value::string(it->second));
  }
  if (name == "NUMUSERS")
    out.set_int(c ? c->numusers : 0);
  else if (name == "PHANTOMS")
    out.set_int(c ? c->phantoms : 0);
  else if (name == "IPV6")
    out.set_int(c && c->ipv6 ? 1 : 0);
  else if (name == "RUNDIR")
    out = Value::string(c ? c->rundir : runtime::default_rundir());
  else if (name == "LPTRWIDE")
    out.set_int(80);
  else if (name == "LPTRHIGH")
    out.set_int(66);
  else if (name == "SMTPPORT")
    out.set_int(25);
  else
    out = Value::string(std::string_view());
}

}  // namespace mv::stdlib
