// How records of a QM directory file live on disk: the record id <-> operating system file name mapping and
// the field mark <-> newline translation of the record body. Pure functions on byte strings, shared by the
// directory-file and sequential-file code and tested on their own (tests/unit/files_test.cpp).
//
// The id mapping is QM's: a leading '.' becomes "%d", a leading '~' becomes "%t", and each of the thirteen
// characters that are unsafe in file names becomes '%' and a letter (see kUnsafeChars/kUnsafeLetters). An id
// holding a byte below 32 or above 126 (marks included) cannot name a file and is an illegal id. Because no
// mapped name starts with '.', names beginning with '.' in a directory file are never records: mvbasic uses
// them for its own temporary files.
#pragma once

#include <string>
#include <string_view>

namespace mv::stdlib::files {

// The characters QM maps, and the letter each becomes after '%'.
inline constexpr std::string_view kUnsafeChars = "*,=><%/+:;?\\\"";
inline constexpr std::string_view kUnsafeLetters = "ACEGLPSVXYZBQ";

// Maps a record id to the name of the file that holds it. False (name untouched) for an empty id or one
// holding a byte outside 32..126.
bool map_record_id(std::string_view id, std::string& name);

// The record id a file name stands for: the inverse of map_record_id for every name it produces; any other
// name (one written by another program) comes back unchanged except for the escapes it happens to contain.
std::string unmap_record_name(std::string_view name);

// A record as it is written to its file: each field mark becomes a newline and, unless the record is empty,
// one newline ends the file. Value and subvalue marks are written unchanged.
std::string record_to_disk(std::string_view record);

// The inverse, applied to a file's bytes on READ: one final newline is dropped and each other newline
// becomes a field mark. Carriage returns are data, as in QM.
std::string disk_to_record(std::string_view bytes);

// The name of the lock file for an operating system file name: the name itself, except that a leading '.'
// becomes "%d" (as a mapped id would) and very long names are shortened with a hash so they stay legal.
std::string lock_file_name(std::string_view os_name);

}  // namespace mv::stdlib::files
