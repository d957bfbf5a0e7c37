* Arithmetic on numeric dynamic arrays runs value by value, as QM's ADDS(A, B) equals A + B. Marks are
* shown as ] (value), \ (subvalue), ^ (field) and { (text mark).
A = "1":@VM:"2"
B = "10":@VM:"20"
R = A + B ; GOSUB SHOW
R = B - A ; GOSUB SHOW
R = A * B ; GOSUB SHOW
R = B / A ; GOSUB SHOW
R = B ** A ; GOSUB SHOW
R = -A ; GOSUB SHOW
* A value missing on the left counts as 0; on the right as 0, or 1 for a divisor or an exponent.
R = ("1":@VM:"2":@VM:"3") + B ; GOSUB SHOW
R = A - ("10":@VM:"20":@VM:"30") ; GOSUB SHOW
R = ("10":@VM:"20":@VM:"30") / ("2":@VM:"4") ; GOSUB SHOW
R = ("2":@VM:"3") ** 3 ; GOSUB SHOW
* A plain number is one element, not spread over the array.
R = A + 5 ; GOSUB SHOW
R = 5 + A ; GOSUB SHOW
R = 2 / ("1":@VM:"4") ; GOSUB SHOW
R = ("1.5":@VM:"2") * 2 ; GOSUB SHOW
R = ("1":@VM:"2") / 3 ; GOSUB SHOW
* Empty values read as 0; deeper marks advance one side while the other waits.
R = ("1":@VM:"":@VM:"3") + ("1":@VM:"1":@VM:"1") ; GOSUB SHOW
R = ("1":@SM:"2":@VM:"3") + B ; GOSUB SHOW
R = ("1":@FM:"2":@VM:"3") * ("2":@VM:"5":@FM:"4") ; GOSUB SHOW
R = -("1":@SM:"2":@FM:"3") ; GOSUB SHOW
R = ("1":@TM:"2") + ("3":@TM:"4") ; GOSUB SHOW
* Assignment operators and variables on both sides.
T = A ; T += B ; R = T ; GOSUB SHOW
T = B ; T -= 1 ; R = T ; GOSUB SHOW
T = A ; T *= 3 ; R = T ; GOSUB SHOW
T = "4":@VM:"6" ; T /= 2 ; R = T ; GOSUB SHOW
R = ("7":@VM:"9") // 2 ; GOSUB SHOW
* The numeric functions QM applies value by value.
R = ABS("-1":@VM:"":@VM:"2.5") ; GOSUB SHOW
R = INT("1.7":@FM:"-2.2") ; GOSUB SHOW
R = SQRT("4":@VM:"9") ; GOSUB SHOW
R = NEG("1":@VM:"-2") ; GOSUB SHOW
R = LN("1":@VM:"1") ; GOSUB SHOW
R = EXP("0":@VM:"0") ; GOSUB SHOW
R = SIN("0":@VM:"90") ; GOSUB SHOW
R = COS("0":@VM:"180") ; GOSUB SHOW
R = TAN("0":@VM:"45") ; GOSUB SHOW
R = RND("1":@VM:"1") ; GOSUB SHOW
R = REM("7":@VM:"-7", "3":@VM:"3") ; GOSUB SHOW
R = PWR("2":@VM:"3", 3) ; GOSUB SHOW
R = IDIV("7":@VM:"9", 2) ; GOSUB SHOW
* Plain numbers and numeric strings are unchanged.
PRINT 1 + 2 : " " : "3" * "4" : " " : -"5" : " " : ABS(-6) : " " : INT("7.9")
STOP
SHOW:
   CONVERT @VM:@SM:@FM:@TM TO "]\^{" IN R
   PRINT R
   RETURN
END
