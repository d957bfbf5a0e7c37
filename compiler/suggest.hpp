// "Did you mean" for unknown names: the nearest known name by edit distance, when it is near enough that a
// typing slip is the likely cause.
#pragma once

#include <string>
#include <vector>

namespace mv::compiler {

// "; did you mean 'NAME'?" for the candidate nearest to `word` (case-insensitive), or "" when none is within
// a third of the word's length (at least 1, at most 3 edits).
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

// The names of the built-in functions and of every @variable (read-only, assignable and the folded marks and
// truth values), sorted: the one list for suggestions, the REPL's completion and HELP.
const std::vector<std::string>& builtin_function_names();
const std::vector<std::string>& at_variable_names();

}  // namespace mv::compiler
