// The bytecode format shared by the compiler (which writes it), the VM (which runs it), the disassembler
// and the on-disk cache. A program is a flat array of 32-bit words plus constant and name tables.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/class_info.hpp"

namespace mv::runtime {

enum class Op : uint8_t {
#define OP(name, words, effect, doc) name,
#include "runtime/opcodes.def"
#undef OP
  kCount
};

struct OpInfo {
  const char* name;
  int extra_words;
  int pushes;  // the most values the instruction leaves above what it pops: its result
  const char* doc;
};
const OpInfo& op_info(Op op);

inline uint32_t encode(Op op, int32_t a = 0) {
  return static_cast<uint32_t>(op) | (static_cast<uint32_t>(a) << 8);
}
inline Op decode_op(uint32_t w) { return static_cast<Op>(w & 0xFF); }
inline int32_t decode_a(uint32_t w) { return static_cast<int32_t>(w) >> 8; }
inline constexpr int32_t kMaxOperand = (1 << 23) - 1;

// A constant: a string or a number, as written in the source.
struct Constant {
  enum class Type : uint8_t { Str, Int, Float } type = Type::Str;
  std::string text;
  int64_t i = 0;
  double f = 0;
};

// Maps a code offset to the source position of the statement that starts there.
struct LineEntry {
  uint32_t pc;
  uint32_t line;
  uint16_t file;  // index into Program::files ($INCLUDEd records have their own)
};

// What a compiled source is: a main program, an external SUBROUTINE or FUNCTION, or a CLASS module.
enum class UnitKind : uint8_t { Main, Subroutine, Function, Class };

// A COMMON block this program declares: its name ("" for unnamed COMMON) and the slot of each member.
struct CommonDecl {
  std::string name;
  std::vector<uint32_t> slots;
};

// A LOCAL SUBROUTINE or LOCAL FUNCTION: it shares the program's variables except its parameters and
// PRIVATE variables, which each invocation gets afresh.
struct LocalRoutine {
  std::string name;
  uint32_t entry = 0;
  bool is_function = false;
  std::vector<uint32_t> param_slots;
  std::vector<uint32_t> private_slots;
};

// How a CALL passes each argument: the descriptor word's top two bits, the slot in the low 30.
enum class ArgKind : uint32_t { Value = 0, VarRef = 1, MatrixRef = 2 };
inline uint32_t arg_descriptor(ArgKind k, uint32_t slot) { return (static_cast<uint32_t>(k) << 30) | slot; }
// How many stack values a call's arguments take: one a value, two subscripts a matrix element, none a
// variable (passed by reference).
inline size_t pushed_arg_count(const uint32_t* desc, uint32_t argc) {
  size_t used = 0;
  for (uint32_t i = 0; i < argc; ++i) {
    auto kind = static_cast<ArgKind>(desc[i] >> 30);
    used += kind == ArgKind::Value ? 1 : kind == ArgKind::MatrixRef ? 2 : 0;
  }
  return used;
}

struct Program {
  UnitKind kind = UnitKind::Main;
  std::string name;                   // SUBROUTINE/FUNCTION name, or the main program's file name
  std::vector<uint32_t> param_slots;  // the SUBROUTINE/FUNCTION parameters, in order
  std::vector<CommonDecl> commons;
  std::vector<LocalRoutine> locals;
  std::vector<std::string> files;  // files[0] is the program's own source path
  std::vector<uint32_t> code;
  std::vector<Constant> constants;
  std::vector<std::string> var_names;         // one per variable slot; hidden temporaries start with '~'
  std::vector<std::vector<uint32_t>> tables;  // ON GOSUB/GOTO label tables
  std::vector<LineEntry> lines;
  ClassInfo cls;  // a CLASS module's variables and routines (empty otherwise)

  // The source position of a code offset, for runtime errors and --trace.
  const LineEntry* line_at(uint32_t pc) const;
};

// The words of the instruction at pc: the opcode word, its fixed operand words and, for the CALL family,
// one argument descriptor per argument.
size_t instruction_length(const std::vector<uint32_t>& code, size_t pc);

// An upper bound on the stack slots one activation of the program's code uses at once. Every statement
// leaves the stack as it found it, so no source line needs more than the values its instructions push; the
// bound is the largest such sum over the lines.
uint32_t stack_bound(const Program& p);

// The name of built-in function `id` (the runtime does not know stdlib's table; the command line supplies
// this), or null.
using BuiltinNameFn = const char* (*)(int32_t id);

// Writes a human-readable listing of the bytecode (mvbasic run --disasm): variables, constants (marks shown
// as ^ ] \), built-ins and called routines by name.
std::string disassemble(const Program& p, BuiltinNameFn builtin_name = nullptr);

// Operand A of an instruction as the listing shows it: "3 (TOTAL)", "1 \"a^b\"", "-> 12", "OCONV", ...
std::string describe_operand(const Program& p, Op op, int32_t a, BuiltinNameFn builtin_name = nullptr);

// A string as listings show it: quoted, marks as ^ ] \, other control bytes as \xNN, cut at 60 bytes.
std::string listing_text(std::string_view s);

// Serialises a program for the bytecode cache; deserialize returns false on any malformed input.
std::string serialize(const Program& p);
bool deserialize(const std::string& bytes, Program& out);

}  // namespace mv::runtime

namespace mv::runtime {

enum class SysVar : uint8_t {
#define SYSVAR(id, name, doc) id,
#include "runtime/sysvars.def"
#undef SYSVAR
  kCount
};
// Looks up an upper-case @NAME; false when it is not a run-time @variable.
bool find_sysvar(const std::string& name, SysVar& out);
const char* sysvar_name(SysVar v);

// The @variables a program may assign (SYSCOM_CELL rows of sysvars.def), kept in the hidden COMMON block
// kSyscomBlock. syscom_cell gives an @NAME's canonical name; syscom_cells lists the block's cells in order.
inline constexpr const char* kSyscomBlock = "~SYSCOM";
// A SUBROUTINE or FUNCTION declared VAR.ARGS has a hidden variable of this name: a call may pass fewer
// arguments than it has parameters (the rest start unassigned), and the VM stores the count passed in it.
inline constexpr const char* kArgCountVar = "~ARGC";
// A unit compiled under $MODE UNASSIGNED.COMMON has a hidden variable of this name: COMMON cells that its
// declarations create start unassigned instead of as 0.
inline constexpr const char* kUnassignedCommonVar = "~UNASSIGNED.COMMON";
bool syscom_cell(const std::string& name, std::string& canonical);
struct SyscomCell {
  std::string name;
  bool starts_empty;
};
const std::vector<SyscomCell>& syscom_cells();

}  // namespace mv::runtime
