* SUBR(name, args): a subroutine called as a function; its first argument receives the result.
X = 4
PRINT SUBR("SQUARE", X), X
NAME = "JOIN"
PRINT SUBR(NAME, "a", "b") : "!"
PRINT SUBR("SQUARE", SUBR("SQUARE", 2)) + 1
