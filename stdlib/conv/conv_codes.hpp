// QM's conversion codes as used by OCONV(), ICONV(), OCONVS() and ICONVS(). A code string may hold several
// codes separated by value marks; they are applied left to right, each to the result of the one before.
// The families, each in its own file:
//   D             dates (conv_date.cpp): day 0 is 31 December 1967
//   MT            times (conv_time.cpp): seconds since midnight
//   MD ML MR      masked decimals (conv_number.cpp): scaling, separators, currency, signs, padding, masks
//   MC.. B B64    character conversions, booleans, base64 (conv_char.cpp)
//   MX MO MB      radix conversions, and MCDX / MCXD (conv_radix.cpp)
//   G L R P S T   group extraction, length, range and pattern checks, substitution, substrings
//   <f,v,s>       field, value or subvalue extraction
//                 (conv_extract.cpp)
//   T{DICT }file;c{v};i;o  file translation (conv_file.cpp): each value is a record id in a directory file
// Codes that need a database record (C, U, field references) and the epoch (E) and binary integer (IS, IL)
// codes are not supported: they report an invalid code.
// STATUS() after a conversion: 0 success, 1 invalid data, 2 invalid code, 3 converted possibly invalid data
// (a date such as 30 February that rolled over into the next month).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mv::stdlib {

// What the file translation code (T) needs from the running program: the folder OPEN looks in after the
// current directory, and a way to report the missing record its V action warns about. Without one (the
// unit tests) a T file code is an invalid code.
class ConvEnv {
 public:
  virtual ~ConvEnv() = default;
  virtual std::string program_dir() const = 0;
  virtual void warn(const std::string& message) const = 0;
};

// OCONV(data, codes). When a stage fails, the result is what that stage returned (its input for output
// conversions) and `status` holds its STATUS() value.
std::string oconv(std::string_view data, std::string_view codes, int& status, const ConvEnv* env = nullptr);

// ICONV(data, codes). A failed date, time or number conversion returns the null string.
std::string iconv(std::string_view data, std::string_view codes, int& status, const ConvEnv* env = nullptr);

// OCONVS()/ICONVS(): the conversion applied to each element between field, value and subvalue marks, the
// marks kept. `status` is the first non-zero element status, else 0.
std::string oconvs(std::string_view data, std::string_view codes, int& status, const ConvEnv* env = nullptr);
std::string iconvs(std::string_view data, std::string_view codes, int& status, const ConvEnv* env = nullptr);

// A code string resolved once (issue 15): split at value marks, each code's family chosen and, for the hot
// families (D, MD/ML/MR, MT), its parsed spec kept, immutable. run() gives exactly what oconv()/iconv()
// (`each` false) or oconvs()/iconvs() (`each` true) give for the same text, STATUS() included.
class CompiledConv {
 public:
  explicit CompiledConv(std::string_view codes);
  ~CompiledConv();
  CompiledConv(const CompiledConv&) = delete;
  CompiledConv& operator=(const CompiledConv&) = delete;
  std::string run(std::string_view data, bool input, bool each, int& status, const ConvEnv* env = nullptr) const;

 private:
  struct Stage;
  std::string run_one(std::string_view data, bool input, int& status, const ConvEnv* env) const;
  std::vector<std::unique_ptr<Stage>> stages_;
};

// The time zone of the E (epoch) code (conv_epoch.cpp): SET.TIMEZONE's, else TZ at start, else "GMT".
std::string process_timezone();
void set_process_timezone(const std::string& zone);
// The configuration file's TIMEZONE (when it has one) becomes the zone unless SET.TIMEZONE has run; only the
// first call looks.
void seed_timezone(const std::string* configured);

}  // namespace mv::stdlib
