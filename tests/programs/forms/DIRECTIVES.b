* Conditional compilation, $DEFINE values and the directives that change nothing that runs.
$LIST OFF
$PAGE
$NO.XREF
$NO.SYMBOLS
$QMCALL
$CATALOG LOCAL
$CATALOGUE DIRECTIVES GLOBAL
$CATALOG.LOCAL
$DEBUG
$DEFINE UV.STYLE
$DEFINE LIMIT 3
$DEFINE GREETING "hello"
$DEFINE NEG -2
$IFDEF UV.STYLE
PRINT "uv style"
$ELSE
PRINT "not uv" ; unbalanced "quote is never lexed
$ENDIF
$IFNDEF UV.STYLE
PRINT "skipped"
$ENDIF
#IFDEF MISSING
PRINT "missing defined"
#ELSE
PRINT "missing not defined"
#ENDIF
PRINT LIMIT * 2, GREETING, NEG
* Nested groups: the inner $ELSE of a skipped group belongs to the inner construct.
$IFDEF MISSING
$IFDEF UV.STYLE
PRINT "inner 1"
$ELSE
PRINT "inner 2"
$ENDIF
PRINT "outer skipped"
$ELSE
$IFDEF LIMIT
PRINT "nested compiled"
$ELSE
PRINT "nested skipped"
$ENDIF
$ENDIF
$UNDEFINE UV.STYLE
$IFDEF UV.STYLE
PRINT "still defined"
$ELSE
PRINT "undefined"
$ENDIF
$MODE UV.LOCATE, PICK.READ
$MODE -PICK.READ
$MODE DEFAULT
$MODE OPTIONAL.FINAL.END
PRINT "end"
