* A counter object: PUBLIC and PRIVATE variables, methods with and without arguments, a GET/SET property
* pair, CREATE.OBJECT with arguments and DESTROY.OBJECT.
CLASS COUNTER
   PUBLIC NAME, HITS READONLY, TABLE(3)
   PRIVATE TOTAL, STEP

   PUBLIC SUBROUTINE CREATE.OBJECT(N, S)
      NAME = N
      STEP = S
      TOTAL = 0
      HITS = 0
      CRT "create ":NAME
   END

   PUBLIC SUBROUTINE DESTROY.OBJECT
      CRT "destroy ":NAME:" at ":TOTAL
   END

   PUBLIC SUBROUTINE BUMP
      TOTAL += STEP
      HITS += 1
   END

   PUBLIC SUBROUTINE ADD(N)
      TOTAL += N
      HITS += 1
   END

   PUBLIC FUNCTION VALUE
      RETURN TOTAL
   END

   PUBLIC FUNCTION SCALED(F)
      RETURN TOTAL * F
   END

   GET STEP.SIZE
      RETURN STEP
   END

   SET STEP.SIZE(S)
      IF S < 1 THEN S = 1
      STEP = S
   END

   PUBLIC SUBROUTINE TWICE
      ME->BUMP
      ME->BUMP
   END
END
