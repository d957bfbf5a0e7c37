// Unit tests for the E (epoch) conversion code and the process time zone (stdlib/conv/conv_epoch.cpp). Values are
// worked out by hand: 1234567890 is 2009-02-13 23:31:30 UTC, a Friday; New York is 5 hours behind in
// winter and 4 in summer; the zones are POSIX TZ strings so no tz database is needed.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "stdlib/conv/conv_codes.hpp"

namespace mv::stdlib {
namespace {

std::string out(std::string_view data, std::string_view code, int expected_status = 0) {
  int status = -1;
  std::string result = oconv(data, code, status);
  EXPECT_EQ(status, expected_status) << "OCONV('" << data << "', '" << code << "')";
  return result;
}

std::string in(std::string_view data, std::string_view code) {
  int status = -1;
  std::string result = iconv(data, code, status);
  EXPECT_EQ(status, 0) << "ICONV('" << data << "', '" << code << "')";
  return result;
}

TEST(ConvEpoch, DateTimeAndOffsetInAZone) {
  set_process_timezone("EST5EDT");
  EXPECT_EQ(process_timezone(), "EST5EDT");
  EXPECT_EQ(out("1234567890", "E"), "13 FEB 2009");
  EXPECT_EQ(out("1234567890", "E2/"), "02/13/09");
  EXPECT_EQ(out("1234567890", "ETS"), "18:31:30");
  EXPECT_EQ(out("1234567890", "ETHS"), "06:31:30pm");
  EXPECT_EQ(out("1234567890", "ET."), "18.31");
  EXPECT_EQ(out("1234567890", "E-YMDTSO:"), "2009-02-13 18:31:30 -05:00");
  EXPECT_EQ(out("1234567890", "EO"), "-0500");
  EXPECT_EQ(out("1234567890", "EA"), "Fri 13 Feb 18:31:30 2009");
  EXPECT_EQ(out("1234567890.9", "ETS"), "18:31:30");  // fractions of a second are dropped
  // Summer time: 1 July 2009 00:00 UTC.
  EXPECT_EQ(out("1246406400", "E-YMDTSO:"), "2009-06-30 20:00:00 -04:00");
}

TEST(ConvEpoch, ZonesEastOfGreenwichAndBeforeTheEpoch) {
  set_process_timezone("JST-9");
  EXPECT_EQ(out("1234567890", "E/YMDTS"), "2009/02/14 08:31:30");
  EXPECT_EQ(out("0", "EDMYTSO:"), "01 JAN 1970 09:00:00 +09:00");
  set_process_timezone("GMT");
  EXPECT_EQ(out("-1", "E/YMDTS"), "1969/12/31 23:59:59");
}

TEST(ConvEpoch, NullAndBadData) {
  set_process_timezone("GMT");
  EXPECT_EQ(out("", "E"), "");
  EXPECT_EQ(out("12X", "E", 1), "12X");
}

TEST(ConvEpoch, InputIsLocalTime) {
  set_process_timezone("EST5EDT");
  EXPECT_EQ(in("13 FEB 2009 18:31:30", "E"), "1234567890");
  EXPECT_EQ(in("06/30/2009 20:00:00", "E"), "1246406400");
  EXPECT_EQ(in("", "E"), "");
}

TEST(ConvEpoch, TheProcessTzIsRestored) {
  const char* before = std::getenv("TZ");
  const std::string saved = before ? before : "";
  set_process_timezone("JST-9");
  (void)out("0", "ETS");
  const char* after = std::getenv("TZ");
  EXPECT_EQ(before == nullptr, after == nullptr);
  if (before && after) {
    EXPECT_EQ(saved, after);
  }
}

}  // namespace
}  // namespace mv::stdlib
