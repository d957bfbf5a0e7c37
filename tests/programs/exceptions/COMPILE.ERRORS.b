* Compile-time errors of TRY/CATCH: CATCH without TRY, SYS$ANY before another name, a TRY with no CATCH,
* and a bad exception name.
CATCH ORPHAN
   PRINT "x"
TRY
   PRINT "y"
CATCH SYS$ANY, LATER.NAME
   PRINT "z"
END
TRY
   PRINT "no clauses"
END
TRY
   NULL
CATCH 123
   NULL
END
END
