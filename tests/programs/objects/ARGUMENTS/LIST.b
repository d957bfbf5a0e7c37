* Arguments of class routines: default values, "..." with ARG.COUNT() and ARG(), arguments passed by
* reference and by value, MAT arguments, a LOCAL FUNCTION and a GOSUB inside a routine, and ME calling
* back into the object.
CLASS LIST
   DEFFUN JOIN(SEP) LOCAL
   PRIVATE ITEMS, CALLS

   PUBLIC SUBROUTINE CREATE.OBJECT(FIRST = "none", SEP = ",")
      ITEMS = FIRST
      CALLS = 0
      CRT "created with ":FIRST:" and '":SEP:"'"
   END

   PUBLIC SUBROUTINE APPEND(...)
      FOR I = 1 TO ARG.COUNT()
         ITEMS<-1> = ARG(I)
      NEXT I
   END

   PUBLIC SUBROUTINE TAKE.ALL(...)
      FOR I = 1 TO ARG.COUNT()
         SET.ARG I, ITEMS<I>
      NEXT I
   END

   PUBLIC FUNCTION COUNT
      RETURN DCOUNT(ITEMS, @FM)
   END

   PUBLIC SUBROUTINE TAKE.FIRST(OUT)
      OUT = ITEMS<1>
      DEL ITEMS<1>
   END

   PUBLIC SUBROUTINE UPPER.ALL((COPY), MAT M)
      COPY = UPCASE(COPY)
      FOR I = 1 TO 2
         M(I) = UPCASE(M(I))
      NEXT I
   END

   PUBLIC FUNCTION JOINED(SEP)
      GOSUB COUNT.CALL
      RETURN JOIN(SEP)
   END

   PUBLIC FUNCTION FACTORIAL(N)
      IF N <= 1 THEN RETURN 1
      RETURN N * ME->FACTORIAL(N - 1)
   END

   GET CALL.COUNT
      RETURN CALLS
   END

COUNT.CALL:
   CALLS += 1
   RETURN

   LOCAL FUNCTION JOIN(SEP)
      RETURN CHANGE(ITEMS, @FM, SEP)
   END
END
