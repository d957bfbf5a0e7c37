* A small class for the error tests: a READONLY property, a matrix property, a method and a function.
CLASS SIMPLE
   PUBLIC HITS READONLY, M(2)
   PUBLIC SUBROUTINE ADD(N)
      HITS = N
   END
   PUBLIC FUNCTION TWICE(N)
      RETURN N * 2
   END
END
