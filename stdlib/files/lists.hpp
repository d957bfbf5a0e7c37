// Select lists held in variables (SELECTV, SELECTE): a stream of ids (file_backend.hpp's IdStream, so a
// hashed file's ids are fetched a page at a time) that READNEXT, READLIST and SELECTINFO accept wherever they
// accept a list number. The numbered lists are in file_select.hpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/value.hpp"
#include "stdlib/files/file_backend.hpp"

namespace mv::stdlib::files {

class SelectVar : public runtime::HandleObject {
 public:
  explicit SelectVar(std::vector<std::string> ids)
      : left_(static_cast<int64_t>(ids.size())), ids_(std::make_unique<VectorIdStream>(std::move(ids))) {}
  // A stream with `left` ids still to come.
  SelectVar(std::unique_ptr<IdStream> ids, int64_t left) : left_(left), ids_(std::move(ids)) {}
  const char* type_name() const override { return "select list"; }

  // The next id; false once the list is used up (or its file can no longer be read).
  bool next(std::string& id) {
    Result fault;
    if (!ids_ || !ids_->next(id, fault)) {
      clear();
      return false;
    }
    if (left_ > 0) --left_;
    return true;
  }
  // CLEARSELECT: nothing left to read.
  void clear() {
    ids_.reset();
    left_ = 0;
  }
  // How many ids READNEXT has still to return.
  size_t remaining() const { return static_cast<size_t>(left_); }

 private:
  int64_t left_;
  std::unique_ptr<IdStream> ids_;
};

// The select list variable a value holds, or null.
inline SelectVar* as_select_var(const runtime::Value& v) {
  return v.is_handle() ? dynamic_cast<SelectVar*>(v.handle_object()) : nullptr;
}

}  // namespace mv::stdlib::files
