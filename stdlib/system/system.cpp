// System built-ins: SYSTEM(key), OS.ERROR(), DATE(), TIME(), TIMEDATE() and EPOCH().
#include <sys/time.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>

#include "runtime/licence.hpp"
#include "stdlib/builtin_fns.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/text/csv.hpp"

namespace mv::stdlib {

namespace {

// Internal dates count days from 31 December 1967 (day 0), in local time.
int64_t internal_date(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return static_cast<int64_t>((t + tm.tm_gmtoff) / 86400) + 732;
}

int64_t seconds_since_midnight(std::time_t t) {
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm.tm_hour * 3600 + tm.tm_min * 60 + tm.tm_sec;
}

}  // namespace

void fn_date(Context&, Value*, int, Value& out) { out.set_int(internal_date(std::time(nullptr))); }

void fn_time(Context&, Value*, int, Value& out) { out.set_int(seconds_since_midnight(std::time(nullptr))); }

void fn_timedate(Context&, Value*, int, Value& out) {
  static const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                        "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d %02d %s %04d", tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_mday,
                kMonths[tm.tm_mon], tm.tm_year + 1900);
  out = Value::string(std::string_view(buf));
}

// EPOCH(): the moment as QM's epoch values count it, seconds since 1 January 1970 UTC. Unlike DATE() and
// TIME() it does not depend on the time zone, so it is what a program needs for GMT (an HTTP Date header).
void fn_epoch(Context&, Value*, int, Value& out) { out.set_int(static_cast<int64_t>(std::time(nullptr))); }

void fn_nap(Context& cx, Value* args, int, Value& out) {
  int64_t ms = cx.integer(args[0]);
  if (ms > 0) ::usleep(static_cast<useconds_t>(ms > 2000000000 ? 2000000000 : ms) * 1000);
  out.set_int(0);
}

void fn_sleep(Context& cx, Value* args, int, Value& out) {
  double s = cx.real(args[0]);
  if (s > 0) ::usleep(static_cast<useconds_t>((s > 2000000 ? 2000000 : s) * 1e6));
  out.set_int(0);
}

void fn_os_error(Context& cx, Value*, int, Value& out) {
  if (cx.os_error == Context::kOsErrorText) out = Value::string(cx.os_error_text);
  else out.set_int(cx.os_error);
}

void fn_system(Context& cx, Value* args, int, Value& out) {
  int64_t key = cx.integer(args[0]);
  const runtime::Config* cfg = cx.config;
  const runtime::ProcessInfo* proc = cx.process;
  std::time_t now = std::time(nullptr);
  switch (key) {
    case 1: out.set_int(cx.printer_on ? 1 : 0); return;
    case 11: out.set_int(files::select_list_remaining(0) > 0 ? 1 : 0); return;
    case 12: out.set_int(seconds_since_midnight(now)); return;
    case 18: out.set_int(proc ? proc->user_number : 0); return;
    case 25: out.set_int(proc && proc->phantom ? 1 : 0); return;
    case 31: out.set_int(0); return;
    case 91: out.set_int(0); return;
    case 1005: out.set_int(internal_date(now) * 86400 + seconds_since_midnight(now)); return;
    case 1011: out = Value::string(std::string_view(cfg ? cfg->path : "")); return;
    case 1013: out.set_int(cfg ? cfg->numusers : 0); return;
    case 1014: out.set_int(cfg && cfg->numusers > 0 && cfg->phantoms > 0 ? cfg->numusers + cfg->phantoms : 0); return;
    case 1016: out.set_int(cfg ? runtime::free_user_licences(*cfg) : 2147483647); return;
    case 1015: {
      char host[256] = {0};
      gethostname(host, sizeof host - 1);
      out = Value::string(std::string_view(host));
      return;
    }
    case 1020: {
      timeval tv{};
      gettimeofday(&tv, nullptr);
      out.set_int(seconds_since_midnight(tv.tv_sec) * 1000 + tv.tv_usec / 1000);
      return;
    }
    case 1024: {
      char dir[4096];
      out = Value::string(std::string_view(getcwd(dir, sizeof dir) ? dir : ""));
      return;
    }
    case 1031: out.set_int(::getpid()); return;
    case 1043:
      out.set_int(csv_mode());
      return;
    case 1046:
      out = Value::string(std::string(1, csv_delimiter()));
      return;
    case 1072: out = Value::string(std::string_view(cfg ? cfg->ipaddr : "")); return;
    default: out.set_int(0); return;
  }
}

}  // namespace mv::stdlib
