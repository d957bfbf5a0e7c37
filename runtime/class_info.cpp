// Lookups in a class's routine and variable tables, and their encoding for the bytecode cache (a flat run
// of 32-bit counts and length-prefixed strings, checked against the input size when read back).
#include "runtime/class_info.hpp"

#include <cstring>

namespace mv::runtime {

const ClassRoutine* ClassInfo::routine(const std::string& name, bool is_get) const {
  for (const ClassRoutine& r : routines)
    if (r.is_get == is_get && r.name == name) return &r;
  return nullptr;
}

int ClassInfo::public_var(const std::string& name) const {
  for (size_t i = 0; i < vars.size(); ++i)
    if (vars[i].is_public && vars[i].name == name) return static_cast<int>(i);
  return -1;
}

namespace {

void put(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
void put(std::string& out, const std::string& s) {
  put(out, static_cast<uint32_t>(s.size()));
  out += s;
}

struct In {
  const std::string& s;
  size_t pos = 0;
  bool ok = true;
  uint32_t u32() {
    uint32_t v = 0;
    if (pos + 4 > s.size()) {
      ok = false;
      return 0;
    }
    std::memcpy(&v, s.data() + pos, 4);
    pos += 4;
    return v;
  }
  // A count is never larger than the bytes left, so a corrupt entry cannot ask for a huge allocation.
  uint32_t count() {
    uint32_t n = u32();
    if (n > s.size() - pos) ok = false;
    return ok ? n : 0;
  }
  std::string str() {
    uint32_t n = count();
    std::string r = ok ? s.substr(pos, n) : std::string();
    pos += ok ? n : 0;
    return r;
  }
};

}  // namespace

std::string encode_class(const ClassInfo& c) {
  std::string out;
  put(out, static_cast<uint32_t>(c.inherit_entry));
  put(out, static_cast<uint32_t>(c.vars.size()));
  for (const ClassVar& v : c.vars) {
    put(out, v.name);
    put(out, v.slot);
    put(out, (v.is_public ? 1u : 0u) | (v.readonly ? 2u : 0u) | (v.shared ? 4u : 0u));
    put(out, static_cast<uint32_t>(v.rows));
    put(out, static_cast<uint32_t>(v.cols));
  }
  put(out, static_cast<uint32_t>(c.routines.size()));
  for (const ClassRoutine& r : c.routines) {
    put(out, r.name);
    put(out, r.entry);
    put(out, (r.is_get ? 1u : 0u) | (r.var_args ? 2u : 0u));
    put(out, static_cast<uint32_t>(r.param_slots.size()));
    for (uint32_t s : r.param_slots) put(out, s);
  }
  return out;
}

bool decode_class(const std::string& bytes, ClassInfo& out) {
  In in{bytes};
  ClassInfo c;
  c.inherit_entry = static_cast<int32_t>(in.u32());
  for (uint32_t n = in.count(); n > 0 && in.ok; --n) {
    ClassVar v;
    v.name = in.str();
    v.slot = in.u32();
    uint32_t flags = in.u32();
    v.is_public = flags & 1;
    v.readonly = flags & 2;
    v.shared = flags & 4;
    v.rows = static_cast<int32_t>(in.u32());
    v.cols = static_cast<int32_t>(in.u32());
    c.vars.push_back(std::move(v));
  }
  for (uint32_t n = in.count(); n > 0 && in.ok; --n) {
    ClassRoutine r;
    r.name = in.str();
    r.entry = in.u32();
    uint32_t flags = in.u32();
    r.is_get = flags & 1;
    r.var_args = flags & 2;
    for (uint32_t k = in.count(); k > 0 && in.ok; --k) r.param_slots.push_back(in.u32());
    c.routines.push_back(std::move(r));
  }
  if (!in.ok || in.pos != bytes.size()) return false;
  out = std::move(c);
  return true;
}

}  // namespace mv::runtime
