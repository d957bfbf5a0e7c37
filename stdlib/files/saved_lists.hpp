// Saved select lists, which the SAVELIST, GETLIST and DELETELIST statements (lists.cpp) and the SAVE.LIST,
// GET.LIST and DELETE.LIST commands (list_commands.cpp) share. A saved list is a record of the directory
// file $SAVEDLISTS, one entry to a field, found as OPEN finds a file: in the current directory, then in the
// running program's folder. Nothing here needs a running program: the caller passes the program's folder
// ("" for a command, which looks in the current directory only), so the command processor, which has no
// Context, uses the same code as the statements.
#pragma once

#include <string>
#include <vector>

#include "runtime/value.hpp"
#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::files {

inline constexpr const char* kSavedListsFile = "$SAVEDLISTS";

// Opens $SAVEDLISTS into `holder`, which owns it; with `create`, makes it in the current directory first when
// it cannot be found. Null when there is none (or it cannot be made).
File* open_saved_lists(const std::string& program_dir, bool create, runtime::Value& holder);

// Writes `entries` as saved list `name`, creating $SAVEDLISTS when needed. ELSE (ER$NAM) for an empty name,
// ELSE (ER$FNF) when $SAVEDLISTS cannot be made; a write fault as WRITE reports it.
Result save_list(const std::string& name, const std::vector<std::string>& entries,
                 const std::string& program_dir);

// Reads saved list `name` into `entries`. ELSE (ER$RNF) when there is no such list or no $SAVEDLISTS.
Result load_list(const std::string& name, const std::string& program_dir, std::vector<std::string>& entries);

// Deletes saved list `name`. ELSE (ER$RNF) when there was no such list.
Result delete_list(const std::string& name, const std::string& program_dir);

// The fields of a record: "" has none, "a" FM "" has two.
std::vector<std::string> split_fields(const std::string& text);

}  // namespace mv::stdlib::files
