// Suggestions for unknown names, from the same tables the compiler binds names with.
#include "compiler/suggest.hpp"

#include <algorithm>
#include <cctype>

#include "runtime/ascii.hpp"
#include "runtime/bytecode.hpp"
#include "stdlib/builtins.hpp"

namespace mv::compiler {

namespace {

// Levenshtein distance, with an adjacent swap counted as one edit (the commonest slip).
size_t distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string w = runtime::ascii_upper(word);
  size_t limit = std::clamp<size_t>(w.size() / 3, 1, 3);
  const std::string* best = nullptr;
  size_t best_d = limit + 1;
  for (const std::string& c : candidates) {
    if (c == w || c.empty() || c[0] == '~') continue;
    size_t len_gap = c.size() > w.size() ? c.size() - w.size() : w.size() - c.size();
    if (len_gap > limit) continue;
    size_t d = distance(w, c);
    if (d < best_d) {
      best_d = d;
      best = &c;
    }
  }
  return best ? "; did you mean '" + *best + "'?" : "";
}

const std::vector<std::string>& builtin_function_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (size_t i = 0; i < static_cast<size_t>(stdlib::BuiltinId::kCount); ++i) {
      const char* n = stdlib::builtin_info(static_cast<stdlib::BuiltinId>(i)).name;
      if (n[0] != '~' && n[0] != '@') out.push_back(n);
    }
    std::sort(out.begin(), out.end());
    return out;
  }();
  return names;
}

const std::vector<std::string>& at_variable_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out = {"@FM", "@AM",   "@VM",    "@SM",       "@SVM",       "@TM",
                                    "@IM", "@TRUE", "@FALSE", "@SELECTED", "@SYSTEM.SET"};
    for (size_t i = 0; i < static_cast<size_t>(runtime::SysVar::kCount); ++i)
      out.push_back(runtime::sysvar_name(static_cast<runtime::SysVar>(i)));
    for (const runtime::SyscomCell& c : runtime::syscom_cells()) out.push_back(c.name);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }();
  return names;
}

}  // namespace mv::compiler
