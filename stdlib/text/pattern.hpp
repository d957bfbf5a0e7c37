// QM's pattern templates, as used by the MATCHES (MATCH) operator. A template is a sequence of elements:
//   nN nA nX      exactly n digits / letters / characters of any kind
//   n-mN ...      between n and m of them
//   0N 0A 0X      any number of them, including none; "..." is a synonym of 0X
//   'text' "text" a literal, compared case-sensitively
//   anything else a literal: a single character, or a digit string not followed by a code letter
// A '~' before an element inverts it: ~4N is four characters that are not digits, ~'ab' is two characters
// that are not "ab". Code letters are case-insensitive. Value marks (char 253) separate alternative
// templates; the string matches if it matches any of them as a whole.
#pragma once

#include <string_view>
#include <vector>

namespace mv::stdlib {

// True when the whole of `s` matches `pattern` (or one of its value-mark separated alternatives).
bool matches(std::string_view s, std::string_view pattern);

// MATCHFIELD's split: when `s` matches `pattern` (its first matching alternative), `parts` receives the text
// each element matched, with X elements taking as few characters as they can and A and N elements as many,
// and the result is true.
bool match_parts(std::string_view s, std::string_view pattern, std::vector<std::string_view>& parts);

}  // namespace mv::stdlib
