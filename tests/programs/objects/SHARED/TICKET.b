* SHARED variables: one set for every object of the class, made with the first object and gone with the
* last; a SHARED PUBLIC matrix is reached through any object.
CLASS TICKET
   SHARED PRIVATE ISSUED
   SHARED PUBLIC HISTORY(3)
   PUBLIC NUMBER

   PUBLIC SUBROUTINE CREATE.OBJECT
      IF UNASSIGNED(ISSUED) THEN
         ISSUED = 0
         CRT "first ticket of the class"
      END
      ISSUED += 1
      NUMBER = ISSUED
      HISTORY(NUMBER) = "ticket ":NUMBER
   END

   GET ISSUED.SO.FAR
      RETURN ISSUED
   END
END
