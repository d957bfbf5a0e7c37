// Opcode metadata, the disassembler, and the bytecode cache's (de)serialisation.
#include "runtime/bytecode.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace mv::runtime {

namespace {

// The result an instruction pushes, read from the stack-effect column: "+k" pushes k, "-n+1" (a call that
// returns a value) pushes 1, and the rest push nothing beyond what they pop.
constexpr int pushes_of(const char* effect) {
  if (effect[0] == '+') return effect[1] - '0';
  if (effect[0] == '-' && effect[1] == 'n' && effect[2] == '+') return effect[3] - '0';
  return 0;
}

const OpInfo kOps[] = {
#define OP(name, words, effect, doc) {#name, words, pushes_of(effect), doc},
#include "runtime/opcodes.def"
#undef OP
};

const char* const kSysVarNames[] = {
#define SYSVAR(id, name, doc) name,
#include "runtime/sysvars.def"
#undef SYSVAR
};

// Opcodes whose operand A is a variable slot, a constant, or a code address.
bool a_is_var(Op op) {
  switch (op) {
    case Op::LOAD: case Op::LOAD_ANY: case Op::STORE: case Op::EXTRACT_VAR: case Op::REPLACE_VAR:
    case Op::INSERT_VAR: case Op::DELETE_VAR: case Op::CAT_VAR: case Op::ADD_VAR: case Op::SUBSTR_SET:
    case Op::FOR_STEP: case Op::FOR_CHECK: case Op::REMOVE_VAR: case Op::DIM: case Op::MAT_LOAD:
    case Op::MAT_STORE: case Op::ADD_VVV: case Op::ADD_VVK: case Op::FOR_NEXT: case Op::EXTRACT_F:
    case Op::REPLACE_F:
    case Op::GETREM_VAR:
    case Op::SETREM_VAR:
    case Op::REPLACE_VAR_CA:
    case Op::INSERT_VAR_CA:
    case Op::SUBSTR_SET_PICK:
    case Op::MAT_PICK:
    case Op::ADD_VVF:
    case Op::FOR_NEXT1:
      return true;
    default: return false;
  }
}
bool a_is_addr(Op op) {
  return op == Op::JUMP || op == Op::JUMP_FALSE || op == Op::JUMP_TRUE || op == Op::GOSUB || op == Op::RETURN_TO;
}
}  // namespace

const OpInfo& op_info(Op op) { return kOps[static_cast<size_t>(op)]; }

bool find_sysvar(const std::string& name, SysVar& out) {
  for (size_t i = 0; i < static_cast<size_t>(SysVar::kCount); ++i) {
    if (name == kSysVarNames[i]) {
      out = static_cast<SysVar>(i);
      return true;
    }
  }
  return false;
}

const char* sysvar_name(SysVar v) { return kSysVarNames[static_cast<size_t>(v)]; }

bool syscom_cell(const std::string& name, std::string& canonical) {
  static const std::pair<const char*, const char*> kCells[] = {
#define SYSCOM_CELL(n, c, e) {n, c},
#include "runtime/sysvars.def"
#undef SYSVAR
  };
  for (const auto& [n, c] : kCells) {
    if (name == n) {
      canonical = c;
      return true;
    }
  }
  return false;
}

const std::vector<SyscomCell>& syscom_cells() {
  static const std::vector<SyscomCell> cells = [] {
    std::vector<SyscomCell> v;
    auto add = [&v](const char* canonical, bool empty) {
      for (const SyscomCell& c : v)
        if (c.name == canonical) return;
      v.push_back(SyscomCell{canonical, empty});
    };
#define SYSCOM_CELL(n, c, e) add(c, e);
#include "runtime/sysvars.def"
#undef SYSVAR
    return v;
  }();
  return cells;
}

const LineEntry* Program::line_at(uint32_t pc) const {
  const LineEntry* best = nullptr;
  for (const LineEntry& e : lines) {
    if (e.pc > pc) break;
    best = &e;
  }
  return best;
}

size_t instruction_length(const std::vector<uint32_t>& code, size_t pc) {
  Op op = decode_op(code[pc]);
  if (static_cast<size_t>(op) >= static_cast<size_t>(Op::kCount)) return 1;
  size_t n = 1 + static_cast<size_t>(op_info(op).extra_words);
  bool call = op == Op::CALL || op == Op::CALL_VAR || op == Op::CALL_FUNC || op == Op::CALL_LOCAL ||
              op == Op::OBJ_NEW || op == Op::OBJ_GET || op == Op::OBJ_SET;
  if (call && pc + 1 < code.size()) n += code[pc + 1];
  return n;
}

uint32_t stack_bound(const Program& p) {
  uint32_t best = 0;
  uint32_t line_sum = 0;
  size_t next_line = 0;
  for (size_t pc = 0; pc < p.code.size(); pc += instruction_length(p.code, pc)) {
    // A new line entry starts a new sum (entries are in code order).
    while (next_line < p.lines.size() && p.lines[next_line].pc <= pc) {
      line_sum = 0;
      ++next_line;
    }
    Op op = decode_op(p.code[pc]);
    if (static_cast<size_t>(op) >= static_cast<size_t>(Op::kCount)) continue;
    // CALL_LOCAL pushes a LOCAL FUNCTION's result, although its effect column cannot say so.
    line_sum += static_cast<uint32_t>(op == Op::CALL_LOCAL ? 1 : op_info(op).pushes);
    best = std::max(best, line_sum);
  }
  return best;
}

std::string listing_text(std::string_view s) {
  constexpr size_t kShown = 60;
  std::string out = "\"";
  char hex[8];
  for (size_t i = 0; i < s.size() && i < kShown; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 254)
      out += '^';
    else if (c == 253)
      out += ']';
    else if (c == 252)
      out += '\\';
    else if (c < 32 || c >= 127) {
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  if (s.size() > kShown) out += "... (" + std::to_string(s.size()) + " bytes)";
  return out;
}

std::string describe_operand(const Program& p, Op op, int32_t a, BuiltinNameFn builtin_name) {
  if (a_is_var(op) && a >= 0 && static_cast<size_t>(a) < p.var_names.size())
    return std::to_string(a) + " (" + p.var_names[a] + ")";
  bool constant = op == Op::PUSH_CONST || op == Op::CALL || op == Op::CALL_FUNC || op == Op::OBJ_GET || op == Op::OBJ_SET;
  if (constant && a >= 0 && static_cast<size_t>(a) < p.constants.size()) {
    const Constant& c = p.constants[a];
    if (op != Op::PUSH_CONST) return c.text;  // the routine a CALL names
    return std::to_string(a) + (c.type == Constant::Type::Str ? " " + listing_text(c.text) : " " + c.text);
  }
  if (op == Op::CALL_BUILTIN && builtin_name) {
    if (const char* n = builtin_name(a)) return n[0] == '~' ? std::string(n + 1) + " (statement)" : n;
  }
  if (a_is_addr(op)) return "-> " + std::to_string(a);
  if (op == Op::TRY_PUSH && a >= 0 && static_cast<size_t>(a) < p.constants.size())
    return std::to_string(a) + " " + listing_text(p.constants[a].text);  // the CATCH names
  if (op == Op::LOAD_SYSVAR && a >= 0 && a < static_cast<int32_t>(SysVar::kCount))
    return sysvar_name(static_cast<SysVar>(a));
  if (op == Op::CALL_LOCAL && a >= 0 && static_cast<size_t>(a) < p.locals.size()) return p.locals[a].name;
  return op == Op::NOP ? "" : std::to_string(a);
}

std::string disassemble(const Program& p, BuiltinNameFn builtin_name) {
  std::string out;
  char buf[160];
  uint32_t last_line = 0;
  for (size_t pc = 0; pc < p.code.size();) {
    uint32_t w = p.code[pc];
    Op op = decode_op(w);
    if (static_cast<size_t>(op) >= static_cast<size_t>(Op::kCount)) {
      std::snprintf(buf, sizeof buf, "%5zu  ??? %08x\n", pc, w);
      out += buf;
      ++pc;
      continue;
    }
    const OpInfo& info = op_info(op);
    int32_t a = decode_a(w);
    for (const ClassRoutine& r : p.cls.routines)  // a class's routines begin here (obj->name)
      if (r.entry == pc) out += std::string("       ; ") + (r.is_get ? "get " : "set ") + r.name + "\n";
    const LineEntry* le = p.line_at(static_cast<uint32_t>(pc));
    if (le && le->pc == pc && le->line != last_line) {
      last_line = le->line;
      std::snprintf(buf, sizeof buf, "       ; line %u\n", le->line);
      out += buf;
    }
    std::string operand = describe_operand(p, op, a, builtin_name);
    size_t length = instruction_length(p.code, pc);
    for (size_t k = 1; k < length && pc + k < p.code.size(); ++k) operand += ", " + std::to_string(p.code[pc + k]);
    out +=
        std::string(buf, static_cast<size_t>(std::snprintf(buf, sizeof buf, "%5zu  %-13s ", pc, info.name))) +
        operand + "\n";
    pc += length;
  }
  return out;
}

namespace {

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
void put_str(std::string& out, const std::string& s) {
  put_u32(out, static_cast<uint32_t>(s.size()));
  out += s;
}

struct Reader {
  const std::string& in;
  size_t pos = 0;
  bool ok = true;
  uint32_t u32() {
    if (pos + 4 > in.size()) { ok = false; return 0; }
    uint32_t v;
    std::memcpy(&v, in.data() + pos, 4);
    pos += 4;
    return v;
  }
  std::string str() {
    uint32_t n = u32();
    if (!ok || n > in.size() - pos) { ok = false; return {}; }
    std::string s = in.substr(pos, n);
    pos += n;
    return s;
  }
  // Guards element counts so a corrupt file cannot ask for gigabytes.
  bool count(uint32_t& n) {
    n = u32();
    if (n > in.size()) ok = false;
    return ok;
  }
};

constexpr uint32_t kMagic = 0x4D564244;  // "DBVM"

void put_slots(std::string& out, const std::vector<uint32_t>& v) {
  put_u32(out, static_cast<uint32_t>(v.size()));
  for (uint32_t w : v) put_u32(out, w);
}

bool get_slots(Reader& r, std::vector<uint32_t>& v) {
  uint32_t n;
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) v.push_back(r.u32());
  return r.ok;
}

}  // namespace

std::string serialize(const Program& p) {
  std::string out;
  put_u32(out, kMagic);
  put_u32(out, static_cast<uint32_t>(p.kind));
  put_str(out, p.name);
  put_slots(out, p.param_slots);
  put_u32(out, static_cast<uint32_t>(p.commons.size()));
  for (const CommonDecl& c : p.commons) {
    put_str(out, c.name);
    put_slots(out, c.slots);
  }
  put_u32(out, static_cast<uint32_t>(p.locals.size()));
  for (const LocalRoutine& l : p.locals) {
    put_str(out, l.name);
    put_u32(out, l.entry);
    put_u32(out, l.is_function ? 1 : 0);
    put_slots(out, l.param_slots);
    put_slots(out, l.private_slots);
  }
  put_u32(out, static_cast<uint32_t>(p.files.size()));
  for (const auto& f : p.files) put_str(out, f);
  put_u32(out, static_cast<uint32_t>(p.code.size()));
  for (uint32_t w : p.code) put_u32(out, w);
  put_u32(out, static_cast<uint32_t>(p.constants.size()));
  for (const Constant& c : p.constants) {
    put_u32(out, static_cast<uint32_t>(c.type));
    put_str(out, c.text);
    out.append(reinterpret_cast<const char*>(&c.i), 8);
    out.append(reinterpret_cast<const char*>(&c.f), 8);
  }
  put_u32(out, static_cast<uint32_t>(p.var_names.size()));
  for (const auto& v : p.var_names) put_str(out, v);
  put_u32(out, static_cast<uint32_t>(p.tables.size()));
  for (const auto& t : p.tables) {
    put_u32(out, static_cast<uint32_t>(t.size()));
    for (uint32_t w : t) put_u32(out, w);
  }
  put_u32(out, static_cast<uint32_t>(p.lines.size()));
  for (const LineEntry& e : p.lines) {
    put_u32(out, e.pc);
    put_u32(out, e.line);
    put_u32(out, e.file);
  }
  put_str(out, encode_class(p.cls));
  return out;
}

bool deserialize(const std::string& bytes, Program& out) {
  Reader r{bytes};
  if (r.u32() != kMagic) return false;
  Program p;
  uint32_t n;
  uint32_t kind = r.u32();
  if (kind > static_cast<uint32_t>(UnitKind::Class)) return false;
  p.kind = static_cast<UnitKind>(kind);
  p.name = r.str();
  if (!get_slots(r, p.param_slots) || !r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    CommonDecl c;
    c.name = r.str();
    if (!get_slots(r, c.slots)) return false;
    p.commons.push_back(std::move(c));
  }
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    LocalRoutine l;
    l.name = r.str();
    l.entry = r.u32();
    l.is_function = r.u32() != 0;
    if (!get_slots(r, l.param_slots) || !get_slots(r, l.private_slots)) return false;
    p.locals.push_back(std::move(l));
  }
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) p.files.push_back(r.str());
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) p.code.push_back(r.u32());
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    Constant c;
    uint32_t type = r.u32();
    if (type > 2) return false;
    c.type = static_cast<Constant::Type>(type);
    c.text = r.str();
    if (r.pos + 16 > bytes.size()) return false;
    std::memcpy(&c.i, bytes.data() + r.pos, 8);
    std::memcpy(&c.f, bytes.data() + r.pos + 8, 8);
    r.pos += 16;
    p.constants.push_back(std::move(c));
  }
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) p.var_names.push_back(r.str());
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    uint32_t m;
    if (!r.count(m)) return false;
    std::vector<uint32_t> t;
    for (uint32_t k = 0; k < m && r.ok; ++k) t.push_back(r.u32());
    p.tables.push_back(std::move(t));
  }
  if (!r.count(n)) return false;
  for (uint32_t i = 0; i < n && r.ok; ++i) {
    LineEntry e;
    e.pc = r.u32();
    e.line = r.u32();
    uint32_t file = r.u32();
    if (file >= p.files.size()) return false;
    e.file = static_cast<uint16_t>(file);
    p.lines.push_back(e);
  }
  if (!r.ok || !decode_class(r.str(), p.cls)) return false;
  if (!r.ok || r.pos != bytes.size()) return false;
  out = std::move(p);
  return true;
}

}  // namespace mv::runtime
