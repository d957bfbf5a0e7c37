// A query sentence (LIST, SORT, SELECT, SSELECT, COUNT) read into a Query. The words are QM's:
//   verb {DICT} file {ids...} {WITH|WHEN condition} {BY|BY.DSND|BY.EXP|BY.EXP.DSND field}...
//        {field {COL.HDG "t"} {FMT "f"} {CONV "c"}}... {TOTAL|AVERAGE|MAX|MIN field} {BREAK.ON field}
//        {SAMPLE n} {FROM n} {TO n} {ID.ONLY} {ID.SUP} {HDR.SUP} {COL.HDR.SUPP} {NO.PAGE} {DET.SUP}
//        {HEADING "text"} {FOOTING "text"} {GRAND.TOTAL "text"} {CSV | JSON} {REQUIRE.INDEX | NO.INDEX}
//   condition: {NOT|NO} {EVERY} field {operator {NOCASE} value...} {AND|OR condition}, with ( ) for
//   grouping;
//   AND and OR have equal priority and are read left to right, as in QM.
// Every error names the word and its place in the sentence ("word 4").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "stdlib/query/dict.hpp"

namespace mv::stdlib::query {

enum class Verb { List, Sort, Select, SSelect, Count, Sum, ListItem, SortItem };

// True for the query verbs (upper case); `verb` receives which.
bool query_verb(const std::string& word, Verb& verb);

struct Token {
  std::string text;
  bool quoted = false;
  int position = 0;  // the word's number in the sentence, from 1 (the verb)
};

// Splits a sentence into words; "..." '...' and \...\ are quoted literals.
std::vector<Token> tokenize(const std::string& sentence);

enum class Rel { Present, Eq, Ne, Lt, Le, Gt, Ge, Like, Unlike, Between, Said };

struct Operand {
  std::string literal;  // a value, already in internal form (ICONV of the field's conversion)
  bool is_field = false;
  DictItem field;  // when the value is another field of the record
};

struct Cond {
  enum Kind { kLeaf, kAnd, kOr, kNot } kind = kLeaf;
  std::unique_ptr<Cond> left, right;  // kAnd, kOr; kNot uses left
  DictItem item;                      // kLeaf
  Rel rel = Rel::Present;
  bool every = false;
  bool nocase = false;          // NOCASE after the operator: letters compare without case
  std::vector<Operand> values;  // any of them may match (BETWEEN: low, high)
};

struct SortKey {
  DictItem item;
  bool descending = false;
  bool exploded = false;
};

// What a report column sums up at each break and at the end (TOTAL, AVERAGE, MAX, MIN).
enum class Summary { None, Total, Average, Max, Min };

struct Column {
  DictItem item;
  Summary summary = Summary::None;
  bool break_on = false;
  std::string break_text;  // BREAK.ON "text": the break line's text ("" gives ***); 'V' is the value
};

struct Query {
  Verb verb = Verb::List;
  std::string sentence;
  bool dict = false;
  std::string file;
  std::vector<std::string> ids;  // an explicit id list
  std::unique_ptr<Cond> with;
  std::unique_ptr<Cond> when;
  std::vector<SortKey> sort;
  std::vector<Column> columns;
  int64_t sample = -1;
  int from_list = -1;
  int to_list = 0;
  bool id_only = false, id_sup = false, hdr_sup = false, col_sup = false, no_page = false, det_sup = false;
  bool csv = false, json = false, require_index = false, no_index = false;
  std::string heading;
  bool has_heading = false;
  std::string footing;  // FOOTING "text": written at the end of each page (QM's HEADING options)
  bool has_footing = false;
  std::string grand_total;  // GRAND.TOTAL "text": the first column of the grand total line
};

// Reads the words after the file name. `dict` resolves field names. False with `error` set (naming the
// word and its position) when the sentence is not valid.
bool parse_sentence(const std::vector<Token>& words, size_t start, Dictionary& dict, Query& q,
                    std::string& error);

}  // namespace mv::stdlib::query
