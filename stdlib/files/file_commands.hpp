// The file commands of the command processor (runtime/cli/commands.cpp) and of `mvbasic create-file` etc.:
//   CREATE.FILE {DICT | DATA} name {DYNAMIC | DIRECTORY} {QM's sizing options, accepted and ignored}
//   DELETE.FILE {DICT | DATA} name
//   CLEAR.FILE {DICT | DATA} name
//   COPY FROM {DICT} src TO {DICT} dest {ids... | ALL} {OVERWRITING} {DELETING}
//   SAVE.LIST, GET.LIST, DELETE.LIST (saved select lists, list_commands.cpp)
// Without DICT or DATA, CREATE.FILE and DELETE.FILE work on both parts (the dictionary, name.DIC, is always a
// hashed file) and CLEAR.FILE on the data part. A name is found as OPEN finds it; CREATE.FILE makes it in the
// current directory, or in the folder a name holding '/' gives. COPY copies records between any two files
// (hashed or directory), which is how an account exported from QM to directory files becomes hashed files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mv::stdlib::files {

// What the file and index commands return: the command processor's kCommandUsage and kCommandFailed.
inline constexpr int64_t kCommandUsage = -2;
inline constexpr int64_t kCommandFailed = -3;

// True for CREATE.FILE, DELETE.FILE, CLEAR.FILE, COPY, the index and the saved-list commands (upper case).
bool is_file_command(const std::string& name);

// Runs one of them with its words. Messages for the user go to `out`, failures to `error` (each ends in a
// newline). Returns 0 on success, -2 for a usage error, -3 when the work could not be done (the command
// processor's kCommandUsage and kCommandFailed).
int64_t file_command(const std::string& name, const std::vector<std::string>& words, std::string& out,
                     std::string& error);

// The saved-list commands SAVE.LIST, GET.LIST and DELETE.LIST (list_commands.cpp), which file_command also
// runs. SAVE.LIST and GET.LIST return how many entries the list has.
bool is_list_command(const std::string& name);
int64_t list_command(const std::string& name, const std::vector<std::string>& words, std::string& out,
                     std::string& error);

}  // namespace mv::stdlib::files
