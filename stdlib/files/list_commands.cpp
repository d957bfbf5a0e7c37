// The saved-list commands of the command processor (EXECUTE, the REPL), beside the statements of the same
// names in lists.cpp:
//   SAVE.LIST name {FROM list}    the ids select list `list` (0) has left become saved list `name`
//   GET.LIST name {TO list}       saved list `name` becomes active select list `list` (0)
//   DELETE.LIST name              deletes saved list `name`
// The select lists belong to the process, so a list a program builds is the one its EXECUTE "SAVE.LIST x"
// saves, and a GET.LIST it EXECUTEs is the list its next READNEXT reads. $SAVEDLISTS is looked for in the
// current directory (saved_lists.hpp). As in QM, SAVE.LIST and GET.LIST return the number of entries
// (@SYSTEM.RETURN.CODE).
#include <cstdlib>

#include "runtime/ascii.hpp"
#include "stdlib/files/file_commands.hpp"
#include "stdlib/files/file_select.hpp"
#include "stdlib/files/saved_lists.hpp"

namespace mv::stdlib::files {

namespace {

std::string records(int64_t n) { return std::to_string(n) + (n == 1 ? " record" : " records"); }

// `words` after the name: nothing, or KEYWORD n with n a list number 0..10. False (with a usage message)
// for anything else.
bool list_option(const std::string& command, const char* keyword, const std::vector<std::string>& words,
                 int& list, std::string& error) {
  list = 0;
  if (words.size() == 1) return true;
  if (words.size() == 3 && runtime::ascii_upper(words[1]) == keyword) {
    char* end = nullptr;
    long n = std::strtol(words[2].c_str(), &end, 10);
    if (!words[2].empty() && *end == '\0' && n >= 0 && n < kSelectLists) {
      list = static_cast<int>(n);
      return true;
    }
  }
  error = "usage: " + command + " name {" + keyword + " list} (a select list is 0 to 10)\n";
  return false;
}

int64_t save_list_command(const std::vector<std::string>& words, std::string& out, std::string& error) {
  int list = 0;
  if (words.empty() || !list_option("SAVE.LIST", "FROM", words, list, error)) {
    if (words.empty()) error = "usage: SAVE.LIST name {FROM list}\n";
    return kCommandUsage;
  }
  if (!select_list_active(list)) {
    error = "SAVE.LIST: select list " + std::to_string(list) + " is not active\n";
    return kCommandFailed;
  }
  std::vector<std::string> ids;
  std::string id;
  while (next_selected(list, id)) ids.push_back(std::move(id));
  // As in QM, an empty name ('') saves the list under its number.
  std::string name = words[0].empty() ? std::to_string(list) : words[0];
  Result r = save_list(name, ids, "");
  if (!r.is_ok()) {
    error = "SAVE.LIST: cannot write " + name + " to " + kSavedListsFile + " (status " +
            std::to_string(r.status) + ")\n";
    return kCommandFailed;
  }
  int64_t n = static_cast<int64_t>(ids.size());
  out += records(n) + " saved to list " + name + "\n";
  return n;
}

int64_t get_list_command(const std::vector<std::string>& words, std::string& out, std::string& error) {
  int list = 0;
  if (words.empty() || !list_option("GET.LIST", "TO", words, list, error)) {
    if (words.empty()) error = "usage: GET.LIST name {TO list}\n";
    return kCommandUsage;
  }
  std::vector<std::string> ids;
  Result r = load_list(words[0], "", ids);
  if (!r.is_ok()) {
    error = r.end == End::Else ? "GET.LIST: no saved list " + words[0] + "\n"
                               : "GET.LIST: cannot read " + words[0] + ": " + r.message + "\n";
    return kCommandFailed;
  }
  int64_t n = static_cast<int64_t>(ids.size());
  set_select_list(list, std::move(ids));
  out += records(n) + " selected to list " + std::to_string(list) + "\n";
  return n;
}

int64_t delete_list_command(const std::vector<std::string>& words, std::string& out, std::string& error) {
  if (words.size() != 1) {
    error = "usage: DELETE.LIST name\n";
    return kCommandUsage;
  }
  Result r = delete_list(words[0], "");
  if (!r.is_ok()) {
    error = r.end == End::Else ? "DELETE.LIST: no saved list " + words[0] + "\n"
                               : "DELETE.LIST: cannot delete " + words[0] + ": " + r.message + "\n";
    return kCommandFailed;
  }
  out += "Deleted saved list " + words[0] + "\n";
  return 0;
}

}  // namespace

bool is_list_command(const std::string& name) {
  return name == "SAVE.LIST" || name == "GET.LIST" || name == "DELETE.LIST";
}

int64_t list_command(const std::string& name, const std::vector<std::string>& words, std::string& out,
                     std::string& error) {
  if (name == "SAVE.LIST") return save_list_command(words, out, error);
  if (name == "GET.LIST") return get_list_command(words, out, error);
  return delete_list_command(words, out, error);
}

}  // namespace mv::stdlib::files
