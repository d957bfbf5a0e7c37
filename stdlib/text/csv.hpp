// The CSV codec behind the CSV built-ins (stdlib/text/csv.cpp): QM's dequoting of a line into a field-mark
// list, the RFC 4180 test for a record that goes on over a line break, and the quoting of one field. Pure
// string functions, with no Values or VM, so they can be tested alone.
#pragma once

#include <string>
#include <string_view>

namespace mv::stdlib {

// QM's dequoting of one CSV line into a field-mark list. A quote that opens a field makes the field quoted;
// inside any field a doubled quote stands for one quote and a single quote is dropped; the delimiter ends
// the field unless it falls inside a quoted field whose last character was not a closing quote. Malformed
// input (a quote in the middle of an unquoted field, text after a closing quote) is taken as QM takes it
// rather than rejected: has"quote gives hasquote.
std::string csv_dequote(std::string_view line, char delim);

// True when `text` ends inside a quoted field, so that (RFC 4180) the record goes on after the line break.
// A field is quoted when its first character is a quote; it closes at a quote that is not doubled.
bool csv_ends_inside_quotes(std::string_view text);

// Appends one field of CSV output: enclosed in quotes, with its quotes doubled, when it holds a quote, a
// comma, a carriage return or a line feed; as it is otherwise.
void csv_append_field(std::string& out, std::string_view field);

// The CSV.MODE setting (csv_mode.cpp): the mode (1 to 3), the delimiter, and one WRITECSV/PRINTCSV/
// FORMCSV item (each of its fields an item) formatted under them.
int64_t csv_mode();
char csv_delimiter();
std::string csv_format(std::string_view item);

}  // namespace mv::stdlib
