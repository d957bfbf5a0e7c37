* A name juxtaposed after a CASE condition's value is a format mask held in a variable, as QM reads it
* (ScarletDME's QMCLIENT class writes CASE EXPECTED CX.EXECUTING); AND and OR still join conditions.
MASK = "R#3" ; ONE = "L#1"
Z = 0 ; X = 5
BEGIN CASE
   CASE Z ONE
      PRINT "not reached: Z ONE is 0, which is false"
   CASE X MASK
      PRINT "[" : (X MASK) : "] is true"
END CASE
BEGIN CASE
   CASE X > 1 AND X < 3
      PRINT "between"
   CASE X > 4 OR X < 0
      PRINT "outside"
END CASE
