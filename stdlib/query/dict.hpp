// File dictionaries as the query processor reads them. A dictionary (NAME.DIC) holds one record per name a
// query may use, in QM's layouts:
//   D  1:D  2:field number  3:conversion  4:display name  5:format  6:S or M  7:association
//   I  1:I  2:expression    3..7 as D                      (C: 2 holds a program, one line per value)
//   A, S  1:A  2:field number  3:display name  4:association  7:conversion  8:correlative  9:L or R  10:width
//   PH 1:PH 2:the phrase (words put in the sentence where its name appears)
// @ID exists even when the dictionary has no record for it (D 0, headed by the file's name, 12L), as do
// the names F1, F2 ... (field n, 15T). DictItem is the one form every type is turned into, so the rest of
// the query processor never looks at a dictionary record's layout again.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::query {

struct DictItem {
  std::string name;
  char type = 'D';      // D, I, C or A (A and S are the same in QM)
  int64_t field = 0;    // D, A: the field number (0: the record id)
  std::string expr;     // I: the expression; C: the program; A: the correlative (field 8)
  std::string conv;     // output conversion
  std::string heading;  // column heading lines, value marks between them ("" when none is shown)
  std::string format = "10L";
  bool multi = false;  // M in field 6
  std::string assoc;
  bool right = false;          // right justified (the format's justification is R)
  int64_t width = 10;          // the column width the format gives
  bool dotless = false;        // 'X' heading prefix: no dot fillers
  bool right_heading = false;  // 'R' heading prefix
};

// The width and justification a format code gives, set on `item` (format "" counts as 10L).
void apply_format(DictItem& item, const std::string& format);

// Turns dictionary record `rec` named `name` into an item; false when its type is not A, C, D, I or S.
bool item_from_record(const std::string& name, const std::string& rec, DictItem& item);

class Dictionary {
 public:
  // `dict` may be null (a file without a dictionary); `file_name` heads the @ID column.
  Dictionary(std::unique_ptr<files::File> dict, std::string file_name);

  enum class Found { Item, Phrase, None };
  // Looks `name` up: a field item, a phrase (its text in `phrase`), or nothing. Names are looked up as
  // written, then in upper case, as QM does.
  Found find(const std::string& name, DictItem& item, std::string& phrase);
  // The @ID item: the dictionary's own when it is a D-type on field 0, else the default.
  DictItem id_item();
  const std::string& file_name() const { return file_name_; }
  files::File* file() { return dict_.get(); }

 private:
  bool read(const std::string& name, std::string& rec);
  std::unique_ptr<files::File> dict_;
  std::string file_name_;
  std::map<std::string, std::string> cache_;  // records read (or "" when missing)
};

}  // namespace mv::stdlib::query
