// The national language settings of the process (SETNLS, GETNLS): the currency symbol, thousands separator
// and decimal point that the MD/MR/ML conversions and FMT() write, and that input conversion reads back.
// QM's defaults are "$", ',' and '.'; a decimal point of '\0' means none.
#pragma once

#include <string>

namespace mv::stdlib {

struct NlsSettings {
  std::string currency = "$";  // at most 8 characters, as in QM
  char thousands = ',';
  char decimal = '.';
};

inline NlsSettings& nls() {
  static NlsSettings settings;
  return settings;
}

}  // namespace mv::stdlib
