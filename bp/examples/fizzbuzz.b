* fizzbuzz.b: FOR/NEXT, BEGIN CASE and MOD, collecting the words as values of one field with <1,-1>.
*
*   mvbasic run bp/examples/fizzbuzz.b [N]
*
* N is how far to count, a whole number from 1 to 10000 (default 15). A bad argument prints what is wrong
* and the usage and exits with status 2; --help prints the usage (ARGS.H, USAGE.H).
$INCLUDE ARGS.H
PROG.NAME = "fizzbuzz"
USAGE = "usage: mvbasic run fizzbuzz.b [N]"
USAGE<-1> = "  N  how far to count, 1 to 10000 (default 15)"
BAD = ""
LAST = 15
IF N.ARGS > 1 THEN BAD = "too many arguments"
IF N.ARGS >= 1 THEN
   LAST = ARGS<1>
   IF NOT(LAST MATCHES "1N0N") THEN
      BAD = "N is not a whole number: ":LAST
   END ELSE
      IF LAST < 1 OR LAST > 10000 THEN BAD = "N is out of range (1 to 10000): ":LAST
   END
END
$INCLUDE USAGE.H

OUT = ""
FOR I = 1 TO LAST
   BEGIN CASE
      CASE MOD(I, 15) = 0
         WORD = "FizzBuzz"
      CASE MOD(I, 3) = 0
         WORD = "Fizz"
      CASE MOD(I, 5) = 0
         WORD = "Buzz"
      CASE 1
         WORD = I
   END CASE
   OUT<1,-1> = WORD
NEXT I
PRINT CONVERT(@VM, " ", OUT)
END
