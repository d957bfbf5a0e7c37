* A runtime error two routines deep: the report names each routine and the program line that called it.
CLASS DEEP
   PUBLIC SUBROUTINE OUTER(N)
      ME->INNER(N)
   END
   PUBLIC SUBROUTINE INNER(N)
      X = 1 / N
   END
   PUBLIC SUBROUTINE DESTROY.OBJECT
      CRT "deep destroyed"
   END
END
