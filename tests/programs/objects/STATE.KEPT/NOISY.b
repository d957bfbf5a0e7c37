* A DESTROY.OBJECT that runs a statement with THEN/ELSE clauses of its own.
CLASS NOISY
   PUBLIC SUBROUTINE DESTROY.OBJECT
      OPENSEQ "NOISY.b" TO F THEN CRT "destroy opened a file" ELSE CRT "destroy: no file"
      CLOSESEQ F
   END
END
