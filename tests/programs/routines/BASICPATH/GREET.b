SUBROUTINE GREET(R)
* The copy beside MAIN.b wins over lib/GREET.b.
R = "GREET from beside the program"
RETURN
END
