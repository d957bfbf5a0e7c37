// The conversion dispatcher behind OCONV/ICONV/OCONVS/ICONVS (declared in conv_codes.hpp): it splits a code
// string at value marks into stages, picks the family for each code by its leading letters, and decides
// whether the family sees each element between marks (dates, times, numbers, checks) or the whole string
// (character conversions, whose MCP turns the marks themselves into dots). Also the helpers the families
// share (conv_family.hpp).
#include "stdlib/conv/conv_codes.hpp"

#include <algorithm>
#include <cmath>
#include <memory>

#include "runtime/numeric.hpp"
#include "stdlib/conv/conv_family.hpp"

namespace mv::stdlib {

namespace conv {

std::string_view trim_spaces(std::string_view s) {
  const size_t first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

bool whole_number(std::string_view s, int64_t& out) {
  if (trim_spaces(s).empty()) return false;
  runtime::Number n;
  if (!runtime::parse_lenient(s, n)) return false;
  const double v = n.is_int ? static_cast<double>(n.i) : std::trunc(n.f);
  if (!(std::fabs(v) < 4.6e18)) return false;
  out = n.is_int ? n.i : static_cast<int64_t>(v);
  return true;
}

bool read_int(std::string_view s, size_t& i, int64_t& out) {
  size_t j = i;
  bool negative = false;
  if (j < s.size() && (s[j] == '-' || s[j] == '+')) negative = s[j++] == '-';
  const size_t digits_start = j;
  int64_t v = 0;
  for (; j < s.size() && is_digit(s[j]); ++j) {
    if (j - digits_start >= 18) return false;
    v = v * 10 + (s[j] - '0');
  }
  if (j == digits_start) return false;
  out = negative ? -v : v;
  i = j;
  return true;
}

void append_padded(std::string& out, int64_t v, int width) {
  if (v < 0) {
    out += '-';
    v = -v;
  }
  const std::string digits = std::to_string(v);
  if (static_cast<int>(digits.size()) < width) out.append(static_cast<size_t>(width) - digits.size(), '0');
  out += digits;
}

}  // namespace conv

namespace {

using conv::Dir;
using conv::upper;
using FamilyFn = int (*)(std::string_view, std::string_view, Dir, std::string&);

constexpr char kValueMark = '\xFD';

// Calls f(code) for each non-empty code between value marks, in order, until f returns false.
template <typename F>
void each_stage(std::string_view codes, F f) {
  size_t start = 0;
  while (start <= codes.size()) {
    size_t end = codes.find(kValueMark, start);
    if (end == std::string_view::npos) end = codes.size();
    const std::string_view code = codes.substr(start, end - start);
    start = end + 1;
    if (!code.empty() && !f(code)) return;
  }
}

// The family that handles a code, and whether it sees each element between marks or the whole string. The
// T file translation is the one family that needs the program's environment (`file`).
struct Family {
  FamilyFn fn = nullptr;
  bool per_element = true;
  bool file = false;
};

bool is_mark(char c) { return c == '\xFC' || c == '\xFD' || c == '\xFE'; }

// True when the rest of an MC code names the decimal/hexadecimal pair (MCDX, MCXD and the short MCD, MCX).
bool is_hex_decimal(std::string_view rest) {
  std::string r;
  for (char c : rest) r += upper(c);
  return r == "D" || r == "DX" || r == "X" || r == "XD";
}

// The M codes: MT, MD/ML/MR, MC.., MX/MO/MB.
Family m_family(std::string_view code) {
  const char second = code.size() > 1 ? upper(code[1]) : '\0';
  switch (second) {
    case 'T':
      return {conv::time_code, true};
    case 'D':
    case 'L':
    case 'R':
      return {conv::decimal_code, true};
    case 'C':
      if (is_hex_decimal(code.substr(2))) return {conv::hex_decimal_code, true};
      return {conv::char_code, false};
    case 'X':
    case 'O':
    case 'B':
      // The character forms (MX0C, MXUC) encode every byte, marks included.
      return {conv::radix_code, code.find_first_of("Cc") == std::string_view::npos};
    default:
      return {};
  }
}

// The family of a code by its first letter; a null `fn` for codes mvbasic does not support.
Family pick_family(std::string_view code) {
  switch (upper(code[0])) {
    case 'D':
      return {conv::date_code, true};
    case 'E':
      return {conv::epoch_code, true};
    case 'M':
      return m_family(code);
    case 'G':
      return {conv::group_code, true};
    case 'L':
      return {conv::length_code, true};
    case 'R':
      return {conv::range_code, true};
    case 'P':
      return {conv::pattern_code, true};
    case 'S':
      return {conv::substitution_code, true};
    case '<':
      // The field extraction code sees the whole data, marks included.
      return {conv::field_code, false};
    case 'T':
      if (code.find(';') != std::string_view::npos) return {nullptr, true, true};
      return {conv::substring_code, true};
    case 'B':
      if (code.size() == 3 && code[1] == '6' && code[2] == '4') return {conv::base64_code, false};
      return {conv::boolean_code, true};
    default:
      return {};
  }
}

// Converts the data with `convert_one`, element by element when `per_element` asks for that.
template <typename ConvertOne>
int apply_each(std::string_view data, bool per_element, ConvertOne convert_one, std::string& out) {
  // Data without marks is one element, the usual case.
  if (!per_element || std::none_of(data.begin(), data.end(), is_mark)) return convert_one(data, out);
  out.clear();
  int status = conv::kOk;
  size_t start = 0;
  while (true) {
    size_t end = start;
    while (end < data.size() && !is_mark(data[end])) ++end;
    std::string piece;
    const int piece_status = convert_one(data.substr(start, end - start), piece);
    if (status == conv::kOk) status = piece_status;
    out += piece;
    if (end >= data.size()) return status;
    out += data[end];
    start = end + 1;
  }
}

// Applies one code of the family chosen for it.
int apply_family(const Family& family, std::string_view data, std::string_view code, Dir dir, const ConvEnv* env,
                 std::string& out) {
  if (family.fn == nullptr && !family.file) {
    out.assign(data);
    return conv::kBadCode;
  }
  auto convert_one = [&](std::string_view piece, std::string& result) {
    return family.file ? conv::file_code(piece, code, dir, env, result) : family.fn(piece, code, dir, result);
  };
  return apply_each(data, family.per_element, convert_one, out);
}

int apply_code(std::string_view data, std::string_view code, Dir dir, const ConvEnv* env, std::string& out) {
  return apply_family(pick_family(code), data, code, dir, env, out);
}

// Runs the value-mark separated stages of a code string in turn; a stage that fails ends the chain.
std::string run_stages(std::string_view data, std::string_view codes, Dir dir, const ConvEnv* env,
                       int& status) {
  status = conv::kOk;
  if (!codes.empty() && codes.find(kValueMark) == std::string_view::npos) {
    // One code, the usual case: no copy of the data between stages.
    std::string out;
    status = apply_code(data, codes, dir, env, out);
    return out;
  }
  std::string current(data);
  each_stage(codes, [&](std::string_view code) {
    std::string next;
    const int stage_status = apply_code(current, code, dir, env, next);
    current = std::move(next);
    if (stage_status != conv::kOk) status = stage_status;
    return stage_status != conv::kBadData && stage_status != conv::kBadCode;
  });
  return current;
}

// Runs a whole conversion on each element between marks, keeping the marks.
std::string each_element(std::string_view data, std::string_view codes, Dir dir, const ConvEnv* env,
                         int& status) {
  status = conv::kOk;
  std::string out;
  size_t start = 0;
  while (true) {
    size_t end = start;
    while (end < data.size() && !is_mark(data[end])) ++end;
    int element_status = conv::kOk;
    out += run_stages(data.substr(start, end - start), codes, dir, env, element_status);
    if (status == conv::kOk) status = element_status;
    if (end >= data.size()) return out;
    out += data[end];
    start = end + 1;
  }
}

}  // namespace

// One stage of a compiled code string: its family, chosen once, and for the hot families the parsed code,
// which is then called directly. The other families see the code text as before.
struct CompiledConv::Stage {
  std::string code;
  Family family;
  std::unique_ptr<conv::ParsedCode> parsed;

  int apply(std::string_view data, Dir dir, const ConvEnv* env, std::string& out) const {
    if (!parsed) return apply_family(family, data, code, dir, env, out);
    auto convert_one = [&](std::string_view piece, std::string& result) { return parsed->run(piece, dir, result); };
    return apply_each(data, family.per_element, convert_one, out);
  }
};

// The hot families' parsed forms; null for the families that keep the text path.
static std::unique_ptr<conv::ParsedCode> parse_stage(const Family& family, std::string_view code) {
  if (family.fn == conv::date_code) return conv::compile_date_code(code);
  if (family.fn == conv::decimal_code) return conv::compile_decimal_code(code);
  if (family.fn == conv::time_code) return conv::compile_time_code(code);
  return nullptr;
}

// The stages are the code string's non-empty codes between value marks, as run_stages splits them.
CompiledConv::CompiledConv(std::string_view codes) {
  each_stage(codes, [&](std::string_view code) {
    auto stage = std::make_unique<Stage>();
    stage->code.assign(code);
    stage->family = pick_family(code);
    stage->parsed = parse_stage(stage->family, code);
    stages_.push_back(std::move(stage));
    return true;
  });
}

CompiledConv::~CompiledConv() = default;

// run_stages for the compiled stages: the same statuses, and a failed stage ends the chain.
std::string CompiledConv::run_one(std::string_view data, bool input, int& status, const ConvEnv* env) const {
  const Dir dir = input ? Dir::In : Dir::Out;
  status = conv::kOk;
  if (stages_.size() == 1) {
    std::string out;
    status = stages_[0]->apply(data, dir, env, out);
    return out;
  }
  std::string current(data);
  for (const auto& stage : stages_) {
    std::string next;
    const int stage_status = stage->apply(current, dir, env, next);
    current = std::move(next);
    if (stage_status != conv::kOk) status = stage_status;
    if (stage_status == conv::kBadData || stage_status == conv::kBadCode) break;
  }
  return current;
}

// each_element for the compiled stages.
std::string CompiledConv::run(std::string_view data, bool input, bool each, int& status,
                              const ConvEnv* env) const {
  if (!each) return run_one(data, input, status, env);
  status = conv::kOk;
  std::string out;
  size_t start = 0;
  while (true) {
    size_t end = start;
    while (end < data.size() && !is_mark(data[end])) ++end;
    int element_status = conv::kOk;
    out += run_one(data.substr(start, end - start), input, element_status, env);
    if (status == conv::kOk) status = element_status;
    if (end >= data.size()) return out;
    out += data[end];
    start = end + 1;
  }
}

std::string oconv(std::string_view data, std::string_view codes, int& status, const ConvEnv* env) {
  return run_stages(data, codes, Dir::Out, env, status);
}

std::string iconv(std::string_view data, std::string_view codes, int& status, const ConvEnv* env) {
  return run_stages(data, codes, Dir::In, env, status);
}

std::string oconvs(std::string_view data, std::string_view codes, int& status, const ConvEnv* env) {
  return each_element(data, codes, Dir::Out, env, status);
}

std::string iconvs(std::string_view data, std::string_view codes, int& status, const ConvEnv* env) {
  return each_element(data, codes, Dir::In, env, status);
}

}  // namespace mv::stdlib
