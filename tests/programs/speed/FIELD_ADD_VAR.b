* T = T + R<I> with the field number in a variable compiles to one instruction (ADD_VVF). Each case is
* printed next to the same sum written so that it is not fused (an extra + 0): the two must agree, and
* agree with reading the field as a number.
R = "5" : @FM : "-12" : @FM : "007" : @FM : "" : @FM : "1.5" : @FM : "+5" : @FM : "9"
FOR I = 1 TO 8
   T = 10
   U = T + R<I> + 0
   T = T + R<I>
   PRINT I : " " : T : " " : U
NEXT I
* A float total, a string total, a field number given as text, a field past the end.
T = 0.5 ; I = 1 ; T = T + R<I> ; PRINT T
T = "3" ; T = T + R<I> ; PRINT T
I = "2" ; T = 1 ; T = T + R<I> ; PRINT T
I = 20 ; T = 4 ; T = T + R<I> ; PRINT T
* R as a number: its field 1 is the number itself.
R = 42 ; I = 1 ; T = 1 ; T = T + R<I> ; PRINT T
* An overflowing integer sum gives what the unfused sum gives.
R = "100" ; T = 9223372036854775800 ; U = T + R<I> + 0 ; T = T + R<I> ; PRINT T = U
* The destination may be the dynamic array or the field number.
R = "7" : @FM : "8" ; I = 2 ; R = I + R<I> ; PRINT R
R = "7" : @FM : "8" ; I = 2 ; I = I + R<I> ; PRINT I
END
