// What the compiler records about a CLASS module beside its bytecode: the persistent variables each object
// gets (PUBLIC and PRIVATE, scalars and matrices) and the routines a caller reaches through obj->name (PUBLIC
// SUBROUTINE and FUNCTION, GET and SET). The VM reads it to create objects and to resolve obj->name; the
// bytecode cache stores it with the program.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mv::runtime {

// A PUBLIC or PRIVATE variable of a class: one per object (or, SHARED, one per class), kept between calls.
// rows = 0 for a scalar.
struct ClassVar {
  std::string name;
  uint32_t slot = 0;  // the variable slot the class's code uses for it
  bool is_public = false;
  bool readonly = false;  // PUBLIC X READONLY: obj->X reads it, obj->X = v is refused
  bool shared = false;    // SHARED: one value for every object of the class, not one per object
  int32_t rows = 0;
  int32_t cols = 0;
};

// A routine reached through obj->name. QM keys them by how they are reached: a "get" routine (PUBLIC
// FUNCTION or GET) answers obj->name in an expression, a "set" routine (PUBLIC SUBROUTINE or SET) answers
// obj->name as a statement and obj->name = value, which passes the value as the last argument.
struct ClassRoutine {
  std::string name;
  uint32_t entry = 0;
  bool is_get = false;
  bool var_args = false;  // VAR.ARGS or "...": a call may pass fewer arguments than declared
  std::vector<uint32_t> param_slots;
};

struct ClassInfo {
  std::vector<ClassVar> vars;
  std::vector<ClassRoutine> routines;
  // INHERITS on the CLASS statement: the code that creates and inherits those objects, run as CREATE.OBJECT
  // when the class has none of its own (-1: no INHERITS).
  int32_t inherit_entry = -1;

  // The routine `name` of the given kind, or null.
  const ClassRoutine* routine(const std::string& name, bool is_get) const;
  // The index in `vars` of the PUBLIC variable `name`, or -1.
  int public_var(const std::string& name) const;
};

// The bytecode cache's form of a ClassInfo; decode returns false on malformed input.
std::string encode_class(const ClassInfo& c);
bool decode_class(const std::string& bytes, ClassInfo& out);

}  // namespace mv::runtime
