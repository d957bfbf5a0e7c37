// The internal interface between the conversion dispatcher (conv_codes.cpp) and the code families. Every
// family function converts one piece of data with one code (no value marks in it), writes the result to
// `out` in every case, success or not, and returns the STATUS() value. The dispatcher decides which codes
// see each element between marks and which see the whole string.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "stdlib/conv/conv_codes.hpp"

namespace mv::stdlib::conv {

constexpr int kOk = 0;
constexpr int kBadData = 1;
constexpr int kBadCode = 2;
constexpr int kDoubtful = 3;

// Direction of a conversion: output (OCONV) or input (ICONV).
enum class Dir { Out, In };

int date_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int time_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
// The E (epoch) code (conv_epoch.cpp): a D date and an MT time of an epoch value in the process's zone.
int epoch_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
// The ISO 8601 special codes (conv_iso8601.cpp): `rest` is the code after its D or E{U} letter.
// ISO8601T and ISO8601T- (date and time) belong to E only.
bool is_iso8601_code(std::string_view rest);
std::string iso8601_text(std::string_view rest, int64_t day, int64_t seconds);
int iso8601_date_code(std::string_view data, std::string_view rest, Dir dir, std::string& out);
int decimal_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int char_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int boolean_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int base64_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int radix_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int hex_decimal_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int group_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int length_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int range_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int pattern_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int substitution_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int substring_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
int field_code(std::string_view data, std::string_view code, Dir dir, std::string& out);
// The T file translation code, told from the T substring code by the ';' it holds. Unlike the others it
// reads a file, which it finds through `env` (null: an invalid code).
int file_code(std::string_view data, std::string_view code, Dir dir, const ConvEnv* env, std::string& out);

// A code resolved once (conv_compiled.cpp): a family's parsed spec, immutable once built, with the code text
// it was parsed from. run() gives exactly what the family function gives for that code text.
class ParsedCode {
 public:
  virtual ~ParsedCode() = default;
  virtual int run(std::string_view data, Dir dir, std::string& out) const = 0;
};

// The parsed forms of the hot families: D dates, MD/ML/MR decimals and MT times. Null when the code is one
// the family rejects or handles by another route (the ISO 8601 date codes); the caller then keeps the text
// path, which reports the bad code exactly as before.
std::unique_ptr<ParsedCode> compile_date_code(std::string_view code);
std::unique_ptr<ParsedCode> compile_decimal_code(std::string_view code);
std::unique_ptr<ParsedCode> compile_time_code(std::string_view code);

// Small helpers the families share.
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// The data with leading and trailing spaces removed.
std::string_view trim_spaces(std::string_view s);

// Reads the data as a whole number the way arithmetic does (spaces ignored, fractions truncated toward
// zero). False for the null string, non-numeric data and magnitudes beyond 2^62.
bool whole_number(std::string_view s, int64_t& out);

// Reads an optionally signed run of digits at s[i], advancing i; false when there are none or too many.
bool read_int(std::string_view s, size_t& i, int64_t& out);

// Appends v's decimal digits, zero-padded on the left to at least `width` characters (sign excluded).
void append_padded(std::string& out, int64_t v, int width);

}  // namespace mv::stdlib::conv
