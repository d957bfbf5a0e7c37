// The system family's pieces that are easiest to check alone: every configuration entry is kept for
// CONFIG() and SENDMAIL, and SYSMSG's look-up and argument substitution.
#include <gtest/gtest.h>

#include "runtime/config.hpp"
#include "stdlib/builtin_fns.hpp"

namespace {

using mv::runtime::Context;
using mv::runtime::Value;

std::string sysmsg(Context& cx, std::vector<Value> args) {
  Value out;
  mv::stdlib::fn_sysmsg(cx, args.data(), static_cast<int>(args.size()), out);
  return cx.string(out);
}

TEST(ConfigParams, KeepsEveryEntryOfOurSections) {
  mv::runtime::Config c;
  std::string error;
  ASSERT_TRUE(mv::runtime::parse_config("t.conf",
                                        "smtpserver = mail.example.com\n[qm]\nSMTPPORT=2525\n"
                                        "[other]\nSMTPSENDER = x@example.com\n",
                                        c, error))
      << error;
  EXPECT_EQ(c.params["SMTPSERVER"], "mail.example.com");
  EXPECT_EQ(c.params["SMTPPORT"], "2525");
  EXPECT_EQ(c.params.count("SMTPSENDER"), 0u);  // another program's section
}

TEST(SysMsg, SubstitutesArgumentsStatusAndPercent) {
  Context cx;
  EXPECT_EQ(sysmsg(cx, {Value::integer(1105), Value::string(std::string_view("TOTAL"))}),
            "Unassigned variable TOTAL");
  EXPECT_EQ(sysmsg(cx, {Value::integer(1005), Value::string(std::string_view("SUB")), Value::integer(2)}),
            "Argument count mismatch calling SUB (the call passes 2, the routine takes )");
  cx.status = Value::integer(3003);
  cx.os_error = 2;
  EXPECT_EQ(sysmsg(cx, {Value::integer(9013)}), "The last operation ended with STATUS() 3003 (OS.ERROR() 2)");
}

TEST(SysMsg, FirstLastAndMissingNumbers) {
  Context cx;
  EXPECT_EQ(sysmsg(cx, {Value::integer(1108)}), "Division by zero");
  EXPECT_EQ(sysmsg(cx, {Value::integer(9029), Value::string(std::string_view("X"))}),
            "Subroutine X does not compile");
  EXPECT_EQ(sysmsg(cx, {Value::integer(77)}), "[77] Message not found");
  EXPECT_EQ(sysmsg(cx, {Value::integer(99999)}), "[99999] Message not found");
}

}  // namespace
