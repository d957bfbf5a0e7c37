// READNEXT with value positions, QM's form for exploded select lists:
//   READNEXT id, val.pos {, subval.pos} {FROM list} {ON ERROR} THEN/ELSE
// and READNEXT id under $MODE COMPOSITE.READNEXT. An entry of an exploded list is "id VM value VM subvalue"
// (file_select.hpp); the plain READNEXT (parser_files.cpp) keeps the id only. Here the ~READNEXT.POS
// built-in returns the entry split as "id FM value FM subvalue", which lands in a hidden variable whose
// fields are then stored into the targets, the positions as numbers (0 for a list that is not exploded, and
// after ELSE). The WHILE/UNTIL READNEXT condition takes the same forms.
#include "compiler/parser.hpp"

namespace mv::compiler {

using stdlib::BuiltinId;

namespace {

// The hidden variable that holds the split entry while its fields are stored; '~' keeps it apart from any
// BASIC name.
constexpr const char* kEntry = "~READNEXT";

ExprPtr number(Location loc, int n) { return make_expr(ExprKind::Number, loc, std::to_string(n)); }

// Field `field` of the hidden entry into `target`; positions are made numbers by adding 0.
void store_field(CodeGen& gen, const Expr& target, int field, Location loc) {
  gen.expr(*make_expr(ExprKind::Var, loc, kEntry));
  gen.emit(Op::PUSH_INT, field);
  gen.emit(Op::PUSH_INT, 0);
  gen.emit(Op::PUSH_INT, 0);
  gen.emit(Op::EXTRACT);
  if (field > 1) {
    gen.emit(Op::PUSH_INT, 0);
    gen.emit(Op::ADD);
  }
  gen.store_top(target);
}

}  // namespace

// After `READNEXT id`: true when a position variable follows (or $MODE COMPOSITE.READNEXT is on), and then
// the rest of the statement is compiled here; false leaves the plain form to the caller.
bool Parser::readnext_positions(const Expr& id, Location loc, bool as_condition) {
  std::vector<ExprPtr> targets;
  while (targets.size() < 2 && accept_op(",")) {
    if (peek().kind != Tok::Ident) {
      error_here("expected a variable for the value position in READNEXT");
      return true;
    }
    targets.push_back(lvalue());
  }
  bool composite = targets.empty();
  if (composite && !modes_.count("COMPOSITE.READNEXT")) return false;
  std::vector<ExprPtr> args;
  args.push_back(accept_word("FROM") ? expression() : number(loc, 0));
  args.push_back(number(loc, composite ? 1 : 2));
  auto store_all = [&] {
    store_field(gen_, id, 1, loc);
    for (size_t i = 0; i < targets.size(); ++i) store_field(gen_, *targets[i], static_cast<int>(i + 2), loc);
  };
  if (!as_condition) {
    ExprPtr entry = make_expr(ExprKind::Var, loc, kEntry);
    clause_statement(BuiltinId::READNEXT_POS_STMT, loc, std::move(args), composite ? &id : entry.get(), true,
                     true, composite ? std::function<void()>() : store_all);
    return true;
  }
  for (const ExprPtr& a : args) gen_.expr(*a);
  gen_.emit(Op::PUSH_INT, 0);
  gen_.emit(Op::CALL_BUILTIN, static_cast<int32_t>(BuiltinId::READNEXT_POS_STMT));
  gen_.emit_word(3);
  if (composite) {
    gen_.store_top(id);
  } else {
    gen_.store_top(*make_expr(ExprKind::Var, loc, kEntry));
    store_all();
  }
  gen_.emit(Op::PUSH_OUTCOME);
  gen_.emit(Op::PUSH_INT, runtime::Context::kThen);
  gen_.emit(Op::EQ);
  return true;
}

}  // namespace mv::compiler
