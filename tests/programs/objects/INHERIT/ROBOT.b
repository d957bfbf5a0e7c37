* INHERIT and DISINHERIT at run time, and the UNDEFINED handlers for names nothing else answers.
CLASS ROBOT
   PUBLIC SUBROUTINE ADD.PART(P)
      INHERIT P
   END

   PUBLIC SUBROUTINE REMOVE.PART(P)
      DISINHERIT P
   END

   PUBLIC FUNCTION UNDEFINED(NAME, ...)
      RETURN "robot has no ":NAME:" (":ARG.COUNT() - 1:" arguments)"
   END

   PUBLIC SUBROUTINE UNDEFINED(NAME, VALUE)
      CRT "robot ignores ":NAME:" = ":VALUE
   END
END
