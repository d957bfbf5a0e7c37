// SYSMSG(n {, arg1 ... arg4}): the text of a numbered system message. mvbasic's table holds a message for
// each kind of runtime error and run-time condition that mvbasic itself reports, numbered as QM numbers the
// same condition (QM keeps its texts in the MESSAGES file), and in the 9000s for conditions QM has no
// message for. The wording is mvbasic's. In a text, %1 to %4 are replaced by the arguments, %S by STATUS(),
// %E by OS.ERROR(), %% by a percent sign, and % before any other character by nothing, as QM does. A number
// with no message gives "[n] Message not found", QM's answer.
#include <algorithm>
#include <iterator>

#include "stdlib/builtin_fns.hpp"

namespace mv::stdlib {

namespace {

struct SysMessage {
  int number;
  const char* text;
};

// Sorted by number.
constexpr SysMessage kMessages[] = {
    {1005, "Argument count mismatch calling %1 (the call passes %2, the routine takes %3)"},
    {1100, "Array subscript out of range in %1"},
    {1104, "Non-numeric value where a number is needed"},
    {1105, "Unassigned variable %1"},
    {1108, "Division by zero"},
    {1109, "Unassigned variable %1: zero used"},
    {1110, "Unassigned variable %1: an empty string used"},
    {1111, "Division by zero: zero used"},
    {1112, "Non-numeric value where a number is needed: zero used"},
    {1114, "Deadlock: the record is locked by a process that waits for this one"},
    {1115, "Print unit %1 is not valid"},
    {1116, "Task lock %1 is not valid (task locks are 0 to 63)"},
    {1118, "Select list %1 does not exist (lists are 0 to 10)"},
    {1125, "Subroutine %1 not found"},
    {1131, "Wrong number of arguments"},
    {1132, "The argument matrix is too small"},
    {1133, "GOSUBs nested too deeply"},
    {1138, "Data item is not a socket"},
    {1140, "Calls nested too deeply (runaway recursion?)"},
    {1200, "A file variable is needed here"},
    {1202, "Data of the wrong type for this operation"},
    {1220, "Number out of range"},
    {1221, "Data cannot be converted to a string"},
    {1222, "LN of a number that is not positive"},
    {1223, "SQRT of a negative number"},
    {1232, "MATREAD needs a dimensioned matrix"},
    {1236, "A dimensioned matrix is needed here"},
    {1302, "Subscript out of range for matrix %1"},
    {1403, "CLEARFILE on a read-only file"},
    {1405, "Error %1 deleting record %2"},
    {1406, "Error %1 reading record %2"},
    {1407, "Error %1 writing record %2 (is the disk full?)"},
    {1413, "SELECT needs a file or a dynamic array"},
    {1415, "SELECTV needs a file or a dynamic array"},
    {1416, "Error %1 opening sequential file %2"},
    {1417, "Error %1 reading sequential file %2"},
    {1418, "WEOFSEQ on a file that is not a sequential file"},
    {1419, "WEOFSEQ on a read-only sequential file"},
    {1421, "Error %1 writing sequential file %2"},
    {1471, "Invalid I-type"},
    {1600, "TRIM mode %1 is not valid"},
    {1701, "A phantom process asked for keyboard input"},
    {1750, "Press RETURN to continue"},
    {1760, "Interrupted"},
    {9001, "RETURN TO without a GOSUB"},
    {9002, "Invalid matrix dimensions"},
    {9003, "Unassigned element of matrix %1"},
    {9004, "Unassigned FOR variable %1"},
    {9005, "INPUT at the end of standard input, ten times in a row"},
    {9006, "EXECUTE is not available here"},
    {9007, "%1 needs a hashed file with alternate key indices, which mvbasic does not have yet"},
    {9008, "No SMTP server is configured (SMTPSERVER in mvbasic.conf)"},
    {9009, "The SMTP server %1 refused the message: %2"},
    {9010, "String result too large"},
    {9011, "Bit number %1 is out of range"},
    {9012, "The bytecode is corrupt"},
    {9013, "The last operation ended with STATUS() %S (OS.ERROR() %E)"},
    {9014, "%1 is a main program, not a SUBROUTINE or FUNCTION"},
    {9015, "%1 is not a FUNCTION"},
    {9016, "LOCATE order must be AL, AR, DL or DR, not %1"},
    {9017, "%1 is not a dimensioned matrix"},
    {9018, "The file variable is not an open file"},
    {9019, "The file variable has been closed"},
    {9020, "The file variable is a sequential file (opened by OPENSEQ)"},
    {9021, "%1 is not a FILEINFO key"},
    {9022, "Illegal record id %1 for a directory file"},
    {9023, "%1 is a directory or device, not a record"},
    {9024, "Cannot read %1: %2"},
    {9025, "Cannot write %1: %2"},
    {9026, "%1 is a QM hashed file, which mvbasic cannot open (only directory files)"},
    {9027, "FORMLIST needs a dynamic array, not a file or other handle"},
    {9028, "SPACE length too large"},
    {9029, "Subroutine %1 does not compile"},
};

constexpr bool sorted_by_number() {
  for (size_t i = 1; i < std::size(kMessages); ++i)
    if (kMessages[i - 1].number >= kMessages[i].number) return false;
  return true;
}
static_assert(sorted_by_number(), "kMessages must be sorted by number, with no number twice");

const char* find_message(int64_t n) {
  auto it = std::lower_bound(std::begin(kMessages), std::end(kMessages), n,
                             [](const SysMessage& m, int64_t k) { return m.number < k; });
  return it != std::end(kMessages) && it->number == n ? it->text : nullptr;
}

}  // namespace

void fn_sysmsg(Context& cx, Value* args, int argc, Value& out) {
  int64_t n = cx.integer(args[0]);
  const char* text = find_message(n);
  if (!text) {
    out = Value::string("[" + std::to_string(n) + "] Message not found");
    return;
  }
  std::string result;
  for (const char* p = text; *p; ++p) {
    if (*p != '%' || p[1] == '\0') {
      result += *p;
      continue;
    }
    char c = *++p;
    if (c >= '1' && c <= '4') {
      int i = c - '0';
      if (i < argc) result += cx.string(args[i]);
    } else if (c == 'S') {
      result += cx.string(cx.status);
    } else if (c == 'E') {
      result += cx.os_error == Context::kOsErrorText ? cx.os_error_text : std::to_string(cx.os_error);
    } else if (c == '%') {
      result += '%';
    }
  }
  out = Value::string(std::move(result));
}

}  // namespace mv::stdlib
