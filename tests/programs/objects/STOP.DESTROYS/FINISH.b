* Stops the program from inside a CALLed routine that holds an object by reference.
SUBROUTINE FINISH(OBJ)
   CRT "finishing with " : OBJ->NAME
   STOP "stopped"
END
