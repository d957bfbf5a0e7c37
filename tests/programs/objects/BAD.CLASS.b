* Compile errors inside a class module: a name declared twice, a routine inside another, a routine defined
* twice, and a matrix without a size.
CLASS BAD
   PUBLIC A, A, M(0)
   PUBLIC SUBROUTINE S
      PUBLIC SUBROUTINE T
   END
   PUBLIC SUBROUTINE S
   END
   GET S
      RETURN 1
   END
END
