* word_count.b: counts the words of a sentence in two parallel multivalued lists kept in alphabetical
* order by LOCATE ... BY "AL" and INS, then prints a report lined up with FMT.
*
*   mvbasic run bp/examples/word_count.b ["TEXT"]
*
* TEXT, the sentence to count, is one argument: quote it, as its words are separated by blanks. Without it a
* sentence about a fox is counted. A bad argument prints what is wrong and the usage and exits with status
* 2; --help prints the usage (ARGS.H, USAGE.H).
$INCLUDE ARGS.H
PROG.NAME = "word_count"
USAGE = 'usage: mvbasic run word_count.b ["TEXT"]'
USAGE<-1> = "  TEXT  the words to count, quoted as one argument (default: a sentence about a fox)"
BAD = ""
TEXT = "the quick brown fox jumps over the lazy dog and the dog sleeps"
IF N.ARGS > 1 THEN BAD = 'too many arguments (quote TEXT: "the cat and the hat")'
IF N.ARGS = 1 THEN
   TEXT = TRIM(ARGS<1>)
   IF TEXT = "" THEN BAD = "TEXT has no words"
   IF TEXT[1, 1] = "-" THEN BAD = "unknown option ":TEXT
END
$INCLUDE USAGE.H

WORDS = ""
COUNTS = ""
N = DCOUNT(TEXT, " ")
FOR I = 1 TO N
   W = FIELD(TEXT, " ", I)
   LOCATE W IN WORDS<1,1> BY "AL" SETTING P THEN
      COUNTS<1,P> = COUNTS<1,P> + 1
   END ELSE
      INS W BEFORE WORDS<1,P>
      INS 1 BEFORE COUNTS<1,P>
   END
NEXT I

PRINT FMT("WORD", "L#10"):FMT("COUNT", "R#6")
FOR P = 1 TO DCOUNT(WORDS, @VM)
   PRINT FMT(WORDS<1,P>, "L#10"):FMT(COUNTS<1,P>, "R#6")
NEXT P
PRINT N:" words, ":DCOUNT(WORDS, @VM):" different."
END
