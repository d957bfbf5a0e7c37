* EPOCH(): seconds since 1 January 1970 UTC. Checked by shape and against SYSTEM(1005), which counts local
* seconds since 31 December 1967: the two differ by the 732 days between the eras plus the local time zone's
* offset from UTC, which is at most 14 hours and a whole number of quarter hours.
E = EPOCH()
PRINT "INTEGER=":(E = INT(E))
PRINT "AFTER.2024=":(E > 1704067200)
PRINT "BEFORE.2100=":(E < 4102444800)
* Read the two clocks within one second of EPOCH() (a few tries, in case a second ticks in between).
FOR TRY = 1 TO 5
   E1 = EPOCH()
   LOCAL = SYSTEM(1005)
   E2 = EPOCH()
UNTIL E1 = E2
NEXT TRY
OFFSET = LOCAL - 732 * 86400 - E1
PRINT "SAME.SECOND=":(E1 = E2)
PRINT "OFFSET.IN.RANGE=":(ABS(OFFSET) <= 14 * 3600)
PRINT "OFFSET.QUARTERS=":(MOD(ABS(OFFSET), 900) = 0)
* The UTC day of an epoch value, as an internal date, is at most one day from the local DATE().
PRINT "UTC.DAY=":(ABS(INT(E1 / 86400) + 732 - DATE()) <= 1)
END
