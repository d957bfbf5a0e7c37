* INHERITS without a CREATE.OBJECT, and a GET routine in place of the inherited function.
CLASS BIRD INHERITS ANIMAL
   GET LEGS
      RETURN 2
   END
END
