// SET.TIMEZONE (QM 3.x): sets the time zone that epoch (E) conversions use for the rest of the process.
// The work is the ~SET.TIMEZONE built-in (stdlib/conv/conv_epoch.cpp); the statement takes no clauses.
#include "compiler/parser.hpp"
#include "runtime/builtin_api.hpp"

namespace mv::compiler {

// SET.TIMEZONE expr: the zone is any name the C library's TZ accepts ("EST5EDT", "Europe/London").
void Parser::set_timezone_statement(const Token& kw) {
  std::vector<ExprPtr> args;
  args.push_back(expression());
  clause_statement(stdlib::BuiltinId::SET_TIMEZONE_STMT, kw.loc, std::move(args), nullptr, false, false);
}

}  // namespace mv::compiler
