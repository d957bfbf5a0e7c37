// The pure string algorithms behind QM BASIC's text built-ins: TRIM in all its modes, TRIMF/TRIMB, the case
// functions, INDEX, COUNT, DCOUNT, FIELD (with the COL1()/COL2() positions), CHANGE/SWAP and CONVERT. They
// work on byte strings; the mark characters 251..255 are ordinary bytes here. Nothing in this file knows
// about Values or the VM: callers convert arguments to strings and integers first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace mv::stdlib {

// TRIM(s): drops leading and trailing spaces and collapses each inner run of spaces to one. Tabs stay.
std::string trim(std::string_view s);

// TRIM(s, chars, mode): the first byte of `chars` is the character trimmed ("" means a space). Modes:
//   A all occurrences removed          B leading and trailing removed     C runs collapsed to one
//   D as TRIM() on spaces              E trailing spaces removed           F leading spaces removed
//   L leading removed                  R leading/trailing removed, inner runs collapsed (the default)
//   T trailing removed
// D, E and F always work on spaces, whatever `chars` holds. An empty mode means R. Any other mode is a fatal
// error in QM, so it throws std::invalid_argument for the caller to report.
std::string trim(std::string_view s, std::string_view chars, std::string_view mode = "R");

// TRIMF(s) drops leading spaces; TRIMB(s) drops trailing spaces.
std::string trimf(std::string_view s);
std::string trimb(std::string_view s);

// Case conversion of the ASCII letters only; every other byte (marks, UTF-8 bytes) is copied unchanged.
std::string upcase(std::string_view s);
std::string downcase(std::string_view s);

// SWAPCASE(s) as QM really behaves: it inverts the case of the letters up to the first byte that is not a
// letter and copies the rest unchanged, so "Hello, World" becomes "hELLO, World" (the conformance output).
std::string swapcase(std::string_view s);

// INDEX(s, sub, occ): 1-based position of the occ'th non-overlapping occurrence of sub, or 0. An occurrence
// below 1 gives 0; a null sub gives occ itself, as QM does.
int64_t index_of(std::string_view s, std::string_view sub, int64_t occ);

// COUNT(s, sub): non-overlapping occurrences of sub. A null sub gives LEN(s); a null s gives 0.
int64_t count_occurrences(std::string_view s, std::string_view sub);

// DCOUNT(s, delim): number of delimited fields, COUNT + 1, except that a null s gives 0 and (as in QM) a null
// delimiter gives LEN(s).
int64_t dcount(std::string_view s, std::string_view delim);

// FIELD(s, delims, occ, count): `count` fields starting at field `occ`, delimiters between them kept. Only
// the first byte of `delims` is the delimiter. occ and count below 1 mean 1. col1/col2 receive COL1()/COL2():
// the positions of the delimiters before and after the extracted text (0 before the first field, LEN + 1
// after the last). A missing field returns "" with both at 0; a null delimiter returns s whole with col2 =
// LEN(s) + 1.
std::string field(std::string_view s, std::string_view delims, int64_t occ, int64_t count, int64_t& col1,
                  int64_t& col2);
// The same as a view into `s` (no copy), for callers that copy it once anyway.
std::string_view field_view(std::string_view s, std::string_view delims, int64_t occ, int64_t count,
                            int64_t& col1, int64_t& col2);

// CHANGE(s, old, new, occ, start) and SWAP(): replaces `occ` occurrences of old (occ < 1 means all),
// beginning with occurrence number `start` (below 1 means 1). A null old leaves s unchanged.
std::string change(std::string_view s, std::string_view old_sub, std::string_view new_sub, int64_t occ = -1,
                   int64_t start = 1);

// CONVERT(from, to, s): maps each byte of `from` to the byte at the same position of `to`; bytes of `from`
// beyond the end of `to` are deleted. When `from` repeats a byte, its first mapping wins.
std::string convert(std::string_view from, std::string_view to, std::string_view s);

// SOUNDEX(s): the first letter and the codes of the letters after it, four characters (the query
// processor's SAID uses it too).
std::string soundex_code(std::string_view s);

}  // namespace mv::stdlib
