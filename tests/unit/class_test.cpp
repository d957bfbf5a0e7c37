// Unit tests for what the compiler records about a CLASS module (runtime/class_info.hpp): its persistent
// variables and routines, how they survive the bytecode cache, and that a damaged record is refused.
#include <gtest/gtest.h>

#include <string>

#include "compiler/compile.hpp"
#include "runtime/bytecode.hpp"
#include "runtime/class_info.hpp"

namespace mv::runtime {
namespace {

const char* const kClass =
    "CLASS SHAPE INHERITS BASE\n"
    "   PUBLIC NAME, SIDES READONLY, GRID(2, 3)\n"
    "   PRIVATE AREA\n"
    "   SHARED PUBLIC COUNT\n"
    "   PUBLIC SUBROUTINE CREATE.OBJECT(N, S = 4)\n"
    "      NAME = N\n"
    "   END\n"
    "   PUBLIC FUNCTION PERIMETER(LEN)\n"
    "      RETURN LEN * SIDES\n"
    "   END\n"
    "   GET SIZE\n"
    "      RETURN AREA\n"
    "   END\n"
    "   SET SIZE(V)\n"
    "      AREA = V\n"
    "   END\n"
    "   PUBLIC SUBROUTINE LOG(MSG, ...)\n"
    "   END\n"
    "END\n";

Program compile_class() {
  Program p;
  compiler::CompileResult r = compiler::compile("SHAPE.b", kClass, compiler::CompileOptions{}, p);
  EXPECT_TRUE(r.ok) << r.diagnostics;
  return p;
}

TEST(classes, CompilerRecordsVariablesAndRoutines) {
  Program p = compile_class();
  EXPECT_EQ(p.kind, UnitKind::Class);
  EXPECT_EQ(p.name, "SHAPE");
  // BASE (the inherited object's PRIVATE variable), then the declared ones in order.
  ASSERT_EQ(p.cls.vars.size(), 6u);
  EXPECT_TRUE(p.cls.vars[5].shared);
  EXPECT_FALSE(p.cls.vars[4].shared);
  EXPECT_EQ(p.cls.vars[0].name, "BASE");
  EXPECT_FALSE(p.cls.vars[0].is_public);
  EXPECT_TRUE(p.cls.vars[2].readonly);
  EXPECT_EQ(p.cls.vars[3].rows, 2);
  EXPECT_EQ(p.cls.vars[3].cols, 3);
  EXPECT_EQ(p.cls.public_var("AREA"), -1);
  EXPECT_EQ(p.cls.public_var("NAME"), 1);
  EXPECT_GE(p.cls.inherit_entry, 0);
  const ClassRoutine* create = p.cls.routine("CREATE.OBJECT", false);
  ASSERT_NE(create, nullptr);
  EXPECT_TRUE(create->var_args);  // a default value lets the call pass fewer arguments
  EXPECT_EQ(create->param_slots.size(), 2u);
  EXPECT_NE(p.cls.routine("SIZE", true), nullptr);
  EXPECT_NE(p.cls.routine("SIZE", false), nullptr);
  EXPECT_EQ(p.cls.routine("PERIMETER", false), nullptr);
  const ClassRoutine* log = p.cls.routine("LOG", false);
  ASSERT_NE(log, nullptr);
  EXPECT_TRUE(log->var_args);
  EXPECT_EQ(log->param_slots.size(), 32u);  // "..." stands for arguments up to MAX.ARGS
}

TEST(classes, ClassInfoSurvivesTheCache) {
  Program p = compile_class();
  Program q;
  ASSERT_TRUE(deserialize(serialize(p), q));
  EXPECT_EQ(encode_class(q.cls), encode_class(p.cls));
  EXPECT_EQ(q.kind, UnitKind::Class);
}

TEST(classes, DamagedClassRecordIsRefused) {
  std::string bytes = encode_class(compile_class().cls);
  ClassInfo c;
  for (size_t n = 0; n < bytes.size(); ++n) EXPECT_FALSE(decode_class(bytes.substr(0, n), c)) << n;
  EXPECT_FALSE(decode_class(bytes + "x", c));
  EXPECT_TRUE(decode_class(bytes, c));
}

}  // namespace
}  // namespace mv::runtime

namespace mv::runtime {
namespace {

std::string listing(const std::string& text) {
  Program p;
  compiler::CompileResult r = compiler::compile("t.b", text, compiler::CompileOptions{}, p);
  return r.ok ? disassemble(p) : "compile failed:\n" + r.diagnostics;
}

// Arguments go first (a variable by reference: descriptor 1 << 30 | slot), then the object or class name.
TEST(classes, ObjectCodeShape) {
  EXPECT_EQ(listing("C = OBJECT(\"K\", 5)\nC->ADD(X)\nY = C->V\n"),
            "       ; line 1\n"
            "    0  PUSH_INT      5\n"
            "    1  PUSH_CONST    0 \"K\"\n"
            "    2  OBJ_NEW       0, 1, 0\n"
            "    5  STORE         0 (C)\n"
            "       ; line 2\n"
            "    6  LOAD          0 (C)\n"
            "    7  OBJ_SET       ADD, 1, 1073741825\n"
            "       ; line 3\n"
            "   10  LOAD          0 (C)\n"
            "   11  OBJ_GET       V, 0\n"
            "   13  STORE         2 (Y)\n"
            "   14  HALT          0\n");
}

// ME->name(X) inside a GET routine; the routine's entry is marked in the listing.
TEST(classes, SetPassesTheValueLastAndRoutinesAreMarked) {
  EXPECT_EQ(listing("CLASS K\nGET V\nRETURN ME->W(X)\nEND\nEND\n"),
            "       ; line 2\n"
            "    0  JUMP          -> 7\n"
            "       ; get V\n"
            "       ; line 3\n"
            "    1  OBJ_ME        0\n"
            "    2  OBJ_GET       W, 1, 1073741824\n"
            "    5  RETURN_VALUE  0\n"
            "    6  RETURN        0\n"
            "       ; line 5\n"
            "    7  HALT          0\n"
            "    8  HALT          0\n");
}

}  // namespace
}  // namespace mv::runtime
