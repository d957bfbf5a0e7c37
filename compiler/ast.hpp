// Expression trees. Statements are compiled as they are parsed; expressions are built as trees first
// because EQUATE substitutes them, the field-reference '<' needs a trial parse, and codegen picks
// in-place opcodes from their shape.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/diagnostics.hpp"

namespace mv::compiler {

enum class ExprKind : uint8_t {
  Number,   // text = literal
  String,   // text = contents
  Var,      // text = upper-case name
  SysVar,   // text = @NAME (not folded to a constant)
  Unary,    // text = "-", "+"; kids[0]
  Binary,   // text = operator; kids[0], kids[1]
  Builtin,  // builtin = id; kids = arguments (normalised)
  Apply,    // text = name; kids = subscripts: a matrix element NAME(i{, j})
  Extract,  // kids = base, f, v, sv
  Substr,   // kids = base, start, length (length absent for the trailing form s[n])
  IfExpr,   // kids = condition, then, else
  RemoveFn, // REMOVE(var, code): kids = source variable, code target
  FuncCall, // a DEFFUN'd function: text = routine name, builtin = 1 for a LOCAL FUNCTION; kids = arguments
  MatRef,   // MAT name as a CALL argument: text = matrix name
  ObjectRef,  // obj->name(args): text = name; kids = object, arguments; builtin = 1 get (a value), 0 set
  ObjectNew,  // OBJECT(class, args): kids = class name (or an object to copy), arguments
  Me,         // ME in a class module: the object whose routine is running
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  ExprKind kind;
  Location loc;
  std::string text;
  int builtin = -1;
  bool parenthesized = false;  // written inside ( ), so a following '<' may open a field reference
  std::vector<ExprPtr> kids;

  Expr(ExprKind k, Location l, std::string t = {}) : kind(k), loc(l), text(std::move(t)) {}
  ExprPtr clone() const;
};

inline ExprPtr make_expr(ExprKind k, Location l, std::string t = {}) {
  return std::make_unique<Expr>(k, l, std::move(t));
}

inline ExprPtr Expr::clone() const {
  auto e = make_expr(kind, loc, text);
  e->builtin = builtin;
  e->parenthesized = parenthesized;
  for (const ExprPtr& k : kids) e->kids.push_back(k ? k->clone() : nullptr);
  return e;
}

}  // namespace mv::compiler
