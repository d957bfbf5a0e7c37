// The process's numbered select lists (see file_select.hpp).
#include "stdlib/file_select.hpp"

#include <array>
#include <utility>

namespace mv::stdlib::files {

namespace {

struct SelectList {
  bool active = false;
  std::vector<std::string> ids;
  size_t next = 0;
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
  if (!valid(list)) return;
  SelectList& l = lists()[static_cast<size_t>(list)];
  l.active = true;
  l.ids = std::move(ids);
  l.next = 0;
  if (list == 0) last_selected() = static_cast<int64_t>(l.ids.size());
}

bool next_selected(int list, std::string& id) {
  if (!valid(list)) return false;
  SelectList& l = lists()[static_cast<size_t>(list)];
  if (!l.active) return false;
  if (l.next >= l.ids.size()) {
    l = SelectList{};
    return false;
  }
  id = std::move(l.ids[l.next++]);
  return true;
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
  return select_list_active(list) ? static_cast<int64_t>(lists()[static_cast<size_t>(list)].ids.size()) : 0;
}

int64_t selected_count() { return last_selected(); }

int64_t select_list_remaining(int list) {
  if (!select_list_active(list)) return 0;
  const SelectList& l = lists()[static_cast<size_t>(list)];
  return static_cast<int64_t>(l.ids.size() - l.next);
}

}  // namespace mv::stdlib::files
