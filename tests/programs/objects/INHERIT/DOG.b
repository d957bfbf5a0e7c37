* INHERITS with a CREATE.OBJECT of its own: the inherited object is made first and is reached by its
* class name.
CLASS DOG INHERITS ANIMAL
   PUBLIC SUBROUTINE CREATE.OBJECT(NAME)
      ANIMAL->SET.KIND("dog")
      ANIMAL->SOUND = "woof"
      CRT "DOG created: ":NAME
   END

   PUBLIC FUNCTION LEGS
      RETURN "four legs, as every ":OBJINFO(ANIMAL, 1):" has ":ANIMAL->LEGS
   END
END
