* GET and SET routines with arguments (the value set comes last), a PUBLIC matrix reached directly,
* VAR.ARGS on a GET routine, and a property of the object a property holds.
CLASS GRID
   PUBLIC LABELS(3), OWNER
   PRIVATE CELLS(2, 2)

   PUBLIC SUBROUTINE CREATE.OBJECT
      MAT CELLS = 0
   END

   GET CELL(R, C)
      RETURN CELLS(R, C)
   END

   SET CELL(R, C, V)
      CELLS(R, C) = V
   END

   GET TOTAL(FROM.ROW, TO.ROW) VAR.ARGS
      IF ARG.COUNT() < 1 THEN FROM.ROW = 1
      IF ARG.COUNT() < 2 THEN TO.ROW = 2
      T = 0
      FOR R = FROM.ROW TO TO.ROW
         T += CELLS(R, 1) + CELLS(R, 2)
      NEXT R
      RETURN T
   END
END
