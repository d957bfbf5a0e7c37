* word_count.b: counts the words of a sentence in two parallel multivalued lists kept in alphabetical
* order by LOCATE ... BY "AL" and INS, then prints a report lined up with FMT.
TEXT = "the quick brown fox jumps over the lazy dog and the dog sleeps"
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
