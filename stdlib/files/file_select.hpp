// The numbered select lists 0..10 of the process: SELECT builds one, READNEXT walks it, CLEARSELECT drops it.
// A list built from a dynamic array holds its ids; a list built from a file streams them from the file
// (file_backend.hpp's IdStream), so a hashed file of millions of records is never copied whole. The lists
// belong to the process, as in QM (a program and the commands it EXECUTEs share them); SYSTEM(11) reads
// select_list_remaining() and @SELECTED reads selected_count().
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::files {

inline constexpr int kSelectLists = 11;

// Makes `ids` the active list `list` (0..10), replacing what it held. An empty list is active but yields
// nothing.
void set_select_list(int list, std::vector<std::string> ids);
// The same for the ids a file streams.
void set_select_stream(int list, std::unique_ptr<IdStream> ids);

// The next id of list `list`: false when the list is not active or is used up (it is then no longer active).
bool next_selected(int list, std::string& id);

// What list `list` has left, taken out of it (the list is no longer active); `left` is how many ids that
// is. Null when the list is not active.
std::unique_ptr<IdStream> take_select_list(int list, int64_t& left);

// Drops list `list`; -1 drops all of them.
void clear_select_list(int list);

// True while list `list` is active (built and not yet used up or cleared).
bool select_list_active(int list);

// How many ids list `list` held when it was built, and how many READNEXT has still to return (0 when the
// list is not active).
int64_t select_list_size(int list);
int64_t select_list_remaining(int list);

// An entry of an exploded select list (QM's BY.EXP) is "id VM value VM subvalue": the record id, then the
// value and subvalue positions of the element it was made for. Any list may hold such entries (SELECT of a
// dynamic array, FORMLIST, GETLIST keep them as given). READNEXT id keeps the part before the first value
// mark; READNEXT id, val {, subval} also takes the positions, read as QM reads them (the digits after each
// value mark; 0 where there are none). READLIST returns whole entries.
void split_entry(std::string& entry, int64_t& value, int64_t& subvalue);

// @SELECTED: how many ids list 0 received when it was last built (0 before any). Like QM's variable it keeps
// its value while READNEXT uses the list up and after CLEARSELECT.
int64_t selected_count();
// Sets @SELECTED: the query processor's SELECT sets it for a list of any number, as QM's does.
void set_selected_count(int64_t n);

}  // namespace mv::stdlib::files
