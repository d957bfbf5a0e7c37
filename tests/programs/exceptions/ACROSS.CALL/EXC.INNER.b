SUBROUTINE EXC.INNER(TRAIL, MODE)
   TRAIL := "inner "
   IF MODE = "THROW" THEN THROW "DEEP.DOWN", "two calls down"
   TRAIL := "quiet "
RETURN
