// Translation through a file, the lookup that TRANS()/XLATE()/RTRANS() and the T conversion code share:
// a file found by name as OPEN finds it, a record read by its id, one field of it returned, and an action
// code that says what a missing record or an empty field gives.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::files {

// The name without a leading "DICT " (any case, then spaces); `dict` is set when it was there.
std::string_view strip_dict_prefix(std::string_view name, bool& dict);

// Opens the file (its dictionary when `dict`) as OPEN {DICT,} name would, looking beside the program too.
// Null when it cannot be opened; `warning` then says so.
std::unique_ptr<File> open_for_translation(bool dict, std::string_view name, const std::string& program_dir,
                                           std::string& warning);

// Translates one record id: `out` becomes field `field` of the record (0 the id, -1 the whole record) and
// the result is true. When the record is missing or the field is empty the result is false and `action`
// decides `out`: C the id, N the id when only the field is empty, anything else "". V also sets `warning`
// to a sentence naming the id and `file`; it is left empty otherwise.
bool translate_id(File& f, std::string_view file, std::string_view id, int64_t field, char action,
                  std::string& out, std::string& warning);

}  // namespace mv::stdlib::files
