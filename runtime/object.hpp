// An object: an instance of a CLASS module. It holds the class's compiled unit, one value per PUBLIC and
// PRIVATE variable, and the objects it INHERITs, whose routines and properties obj->name also reaches.
// Objects are handle values, so copying a variable shares the object; when the last reference goes, the
// running VM is asked to run DESTROY.OBJECT first (ObjectValue::defer_delete), and the object is freed when
// that routine returns.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "runtime/value.hpp"

namespace mv::runtime {

struct LoadedProgram;

class ObjectValue : public HandleObject {
 public:
  explicit ObjectValue(std::shared_ptr<const LoadedProgram> unit);
  ~ObjectValue() override;
  const char* type_name() const override { return "object"; }
  bool defer_delete() override;
  // The class's catalogue name (OBJINFO(obj, 1)).
  const std::string& class_name() const;

  // The value of the class's variable k (ClassInfo::vars index): the object's own, or the SHARED one.
  Value& var(size_t k);

  std::shared_ptr<const LoadedProgram> unit;
  std::vector<Value> vars;  // by ClassInfo::vars index
  // The class's SHARED variables (same indexes), one vector for every object of the class in a VM.
  std::shared_ptr<std::vector<Value>> shared;
  std::vector<Value> inherited;  // INHERITed objects, searched in order after the class's own names
  bool destroy_run = false;      // DESTROY.OBJECT has been started (it runs once)
};

// Makes v a matrix of rows x cols (cols 0: one dimension) with unassigned cells.
void dimension(Value& v, int32_t rows, int32_t cols);

// The object a value holds, or null.
inline ObjectValue* as_object(const Value& v) {
  return v.is_handle() ? dynamic_cast<ObjectValue*>(v.handle_object()) : nullptr;
}

}  // namespace mv::runtime
