// The process's numbered select lists (see file_select.hpp).
#include "stdlib/files/file_select.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

namespace mv::stdlib::files {

namespace {

struct SelectList {
  bool active = false;
  std::unique_ptr<IdStream> ids;
  int64_t taken = 0;  // how many ids READNEXT has returned
};

std::array<SelectList, kSelectLists>& lists() {
  static std::array<SelectList, kSelectLists> all;
  return all;
}

bool valid(int list) { return list >= 0 && list < kSelectLists; }

int64_t& last_selected() {
  static int64_t count = 0;
  return count;
}

}  // namespace

void set_select_list(int list, std::vector<std::string> ids) {
  set_select_stream(list, std::make_unique<VectorIdStream>(std::move(ids)));
}

void set_select_stream(int list, std::unique_ptr<IdStream> ids) {
  if (!valid(list)) return;
  SelectList& l = lists()[static_cast<size_t>(list)];
  l.active = true;
  l.ids = std::move(ids);
  l.taken = 0;
  if (list == 0) last_selected() = l.ids->size();
}

// A fault while a stream fetches (the database went away) ends the list, as its end would.
bool next_selected(int list, std::string& id) {
  if (!valid(list)) return false;
  SelectList& l = lists()[static_cast<size_t>(list)];
  if (!l.active) return false;
  Result fault;
  if (!l.ids->next(id, fault)) {
    l = SelectList{};
    return false;
  }
  ++l.taken;
  return true;
}

std::unique_ptr<IdStream> take_select_list(int list, int64_t& left) {
  left = select_list_remaining(list);
  if (!select_list_active(list)) return nullptr;
  SelectList& l = lists()[static_cast<size_t>(list)];
  std::unique_ptr<IdStream> ids = std::move(l.ids);
  l = SelectList{};
  return ids;
}

void clear_select_list(int list) {
  if (list == -1) {
    for (SelectList& l : lists()) l = SelectList{};
  } else if (valid(list)) {
    lists()[static_cast<size_t>(list)] = SelectList{};
  }
}

bool select_list_active(int list) { return valid(list) && lists()[static_cast<size_t>(list)].active; }

int64_t select_list_size(int list) {
  return select_list_active(list) ? lists()[static_cast<size_t>(list)].ids->size() : 0;
}

int64_t selected_count() { return last_selected(); }

void split_entry(std::string& entry, int64_t& value, int64_t& subvalue) {
  value = subvalue = 0;
  size_t vm = entry.find('\xFD');
  if (vm == std::string::npos) return;
  // Digits only, as many as there are; a position too long for a number stops growing rather than wrapping.
  auto digits = [&](size_t& at, int64_t& n) {
    for (; at < entry.size() && entry[at] >= '0' && entry[at] <= '9'; ++at)
      if (n < INT64_MAX / 10 - 9) n = n * 10 + (entry[at] - '0');
  };
  size_t at = vm + 1;
  digits(at, value);
  if (at < entry.size() && entry[at] == '\xFD') {
    ++at;
    digits(at, subvalue);
  }
  entry.resize(vm);
}

void set_selected_count(int64_t n) { last_selected() = n; }

int64_t select_list_remaining(int list) {
  if (!select_list_active(list)) return 0;
  const SelectList& l = lists()[static_cast<size_t>(list)];
  return std::max<int64_t>(0, l.ids->size() - l.taken);
}

}  // namespace mv::stdlib::files
