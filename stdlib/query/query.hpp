// The query processor's front door: the commands LIST, SORT, SELECT, SSELECT and COUNT, which the command
// processor (runtime/cli/commands.cpp) runs for EXECUTE, PERFORM, the REPL and `mvbasic query`.
// docs/query.md describes the language; the parts live beside this file:
//   sentence  the words of a sentence read into a Query
//   dict      dictionary records read into DictItems
//   itype     I-type and C-type items compiled and run
//   engine    a field's value for a record, selection, the ids a query reads (an index when one serves
//             it), sorting
//   report    LIST and SORT output: columns, headings, pages, totals and breaks, CSV and JSON
#pragma once

#include <cstdint>
#include <string>

#include "runtime/builtin_api.hpp"

namespace mv::stdlib::query {

// What a query needs from the process: the configuration and facts I-types see.
struct QueryEnv {
  const runtime::Config* config = nullptr;
  const runtime::ProcessInfo* info = nullptr;
};

// True for LIST, SORT, SELECT, SSELECT and COUNT (upper case).
bool is_query_command(const std::string& name);

// Runs one sentence (the verb and the rest of the line). Output goes to standard output, failures to
// `error` (ending in a newline). Returns the number of records selected, counted or listed (which becomes
// @SYSTEM.RETURN.CODE), or -2 for a sentence that is not valid and -3 when the file cannot be read.
int64_t query_command(const std::string& sentence, const QueryEnv& env, std::string& error);

}  // namespace mv::stdlib::query
