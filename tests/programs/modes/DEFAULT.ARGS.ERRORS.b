* A parameter default needs VAR.ARGS or $MODE DEFAULT.UNASS.ARGS, and is a literal; $MODE names are checked.
SUBROUTINE S(A, B = 2)
$MODE DEFAULT.UNASS.ARGS
SUBROUTINE T(A, B = X)
$MODE NO.SUCH.OPTION
RETURN
