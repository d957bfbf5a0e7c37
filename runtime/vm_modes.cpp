// The VM's side of the $MODE options that change how a statement runs rather than how it compiles:
// substring assignment under PICK.SUBSTR and PICK.SUBSTR.ASSIGN, and Pick style matrices (PICK.MATRIX).
// The compiler picks these opcodes only where the option is on (compiler/parser_modes.cpp).
#include "runtime/matrix.hpp"
#include "runtime/vm.hpp"

namespace mv::runtime {

// var[start, len] = x. PICK.SUBSTR overlays as QM's default does, but first pads the string with spaces
// when the region runs past its end. PICK.SUBSTR.ASSIGN replaces the region by x whatever their lengths:
// start - 1 characters of var (padded with spaces), x, then var after the `len` characters skipped; a
// negative start puts x first, then -start spaces, then var after its first `len` characters.
void Vm::substr_set_pick(uint32_t slot, const Value& start, const Value& len, const Value& x, bool full) {
  Value& v = var(slot);
  if (v.is_unassigned()) unassigned(slot);
  int64_t b = integer(start), l = integer(len);
  std::string scratch;
  std::string repl(text(x, scratch));
  if (!v.is_str()) v.make_string(precision);
  std::string s(v.str());
  constexpr int64_t kLimit = 1 << 24;  // a bad start or length must not ask for gigabytes of spaces
  if (b > kLimit || b < -kLimit || l > kLimit) fail("Substring position out of range");
  if (l < 0) l = 0;
  if (full) {
    std::string out;
    auto rest = [&](int64_t from) { return from < static_cast<int64_t>(s.size()) ? s.substr(from) : ""; };
    if (b < 0) {
      out = repl + std::string(static_cast<size_t>(-b), ' ') + rest(l);
    } else {
      int64_t keep = b > 0 ? b - 1 : 0;
      out = s.substr(0, static_cast<size_t>(std::min<int64_t>(keep, s.size())));
      out.resize(static_cast<size_t>(keep), ' ');
      out += repl + rest(keep + l);
    }
    v = Value::string(std::move(out));
    return;
  }
  if (b < 1) b = 1;
  if (l == 0) return;
  if (static_cast<int64_t>(s.size()) < b - 1 + l) s.resize(static_cast<size_t>(b - 1 + l), ' ');
  repl.resize(static_cast<size_t>(l), ' ');
  s.replace(static_cast<size_t>(b - 1), static_cast<size_t>(l), repl);
  v = Value::string(std::move(s));
}

// After DIM under $MODE PICK.MATRIX: the matrix has no zero element (subscript 0 is out of range), and
// MATPARSE, MATREAD, MATBUILD and MATWRITE keep the data that does not fit in its last element.
void Vm::mat_pick(uint32_t slot) {
  Value& v = var(slot);
  auto* m = v.is_handle() ? dynamic_cast<Matrix*>(v.handle_object()) : nullptr;
  if (m) m->pick = true;
}

}  // namespace mv::runtime
