// QM's FMT() function, its implicit form (X "8R") and FMTS(). A format specification reads
//   {width} {fill} justification {n{m}} {conversion codes} {mask}
// width     field width; longer data is cut into width-sized pieces joined by text marks (char 251)
// fill      one character, quoted ('x' or "x") when it is a digit or could be read as a justification code
// L R C T U justification: left, right, centred, text (breaks at spaces), U as L
// n         decimal places, rounded half away from zero; m rescales by 10^(m - PRECISION)
// codes     $ currency prefix, ',' thousands separators, Z zero shown as "", and the sign codes
//           C ("cr" after negatives), D ("db" after positives), B ("db" after negatives), E (<negatives>),
//           M (trailing minus) and N (no minus sign)
// mask      '#', '%' (zero fill) and '*' (star fill) data positions, each with an optional repeat count;
//           other characters are copied as literal text, '\' copies the next character literally
// Decimal places, Z or ',' make the value numeric when it is a number (spaces trimmed, "" as 0); otherwise,
// and for any non-numeric value, it is formatted as text.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace mv::stdlib {

// FMT(value, spec). `status` receives STATUS(): 0 formatted, 2 invalid specification (the value is then
// returned unchanged). `precision` is the program's PRECISION setting, used for scaling and for numbers shown
// without fixed decimal places.
std::string fmt(std::string_view value, std::string_view spec, int& status, int precision = 4);

// FMTS(values, spec): FMT applied to each element between field, value and subvalue marks, marks kept.
// `status` is the first non-zero element status, else 0.
std::string fmts(std::string_view values, std::string_view spec, int& status, int precision = 4);

// A specification parsed once for one PRECISION (issue 15 item 3): run() and run_each() give exactly what
// fmt() and fmts() give for the same text and precision, STATUS() included.
class CompiledFormat {
 public:
  CompiledFormat(std::string_view spec, int precision);
  ~CompiledFormat();
  CompiledFormat(const CompiledFormat&) = delete;
  CompiledFormat& operator=(const CompiledFormat&) = delete;
  std::string run(std::string_view value, int& status) const;
  std::string run_each(std::string_view values, int& status) const;

 private:
  struct Parsed;
  std::unique_ptr<Parsed> parsed_;
  int precision_;
};

}  // namespace mv::stdlib
