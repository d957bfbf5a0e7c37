* The base class of DOG and BIRD: a PUBLIC variable, a PRIVATE one, and both end routines.
CLASS ANIMAL
   PUBLIC SOUND
   PRIVATE KIND

   PUBLIC SUBROUTINE CREATE.OBJECT
      KIND = "animal"
      SOUND = "..."
      CRT "ANIMAL created"
   END

   PUBLIC FUNCTION DESCRIBE
      RETURN "a ":KIND:" says ":SOUND
   END

   PUBLIC SUBROUTINE SET.KIND(K)
      KIND = K
   END

   PUBLIC FUNCTION LEGS
      RETURN 4
   END

   PUBLIC SUBROUTINE DESTROY.OBJECT
      CRT "ANIMAL destroyed"
   END
END
