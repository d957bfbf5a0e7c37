// Select lists held in variables (SELECTV, SELECTE): a snapshot of ids that READNEXT, READLIST and
// SELECTINFO accept wherever they accept a list number. The numbered lists are in file_select.hpp.
#pragma once

#include <string>
#include <vector>

#include "runtime/value.hpp"

namespace mv::stdlib::files {

class SelectVar : public runtime::HandleObject {
 public:
  explicit SelectVar(std::vector<std::string> ids) : ids_(std::move(ids)) {}
  const char* type_name() const override { return "select list"; }

  // The next id; false once the list is used up.
  bool next(std::string& id) {
    if (next_ >= ids_.size()) return false;
    id = std::move(ids_[next_++]);
    return true;
  }
  // CLEARSELECT: nothing left to read.
  void clear() { next_ = ids_.size(); }
  // How many ids READNEXT has still to return.
  size_t remaining() const { return ids_.size() - next_; }

 private:
  std::vector<std::string> ids_;
  size_t next_ = 0;
};

// The select list variable a value holds, or null.
inline SelectVar* as_select_var(const runtime::Value& v) {
  return v.is_handle() ? dynamic_cast<SelectVar*>(v.handle_object()) : nullptr;
}

}  // namespace mv::stdlib::files
