* T + R<f,v> and T + R<f,v,s>: the VM reads the value in place and adds a value of digits to an integer
* total without making it a string; every other case reads as a number the usual way.
R = "a" : @VM : "12" : @VM : "-3" : @FM : "1.5" : @VM : "" : @VM : "7" : @SM : "8"
I = 1
T = 100
T = T + R<I, 2>
PRINT T
T = T + R<I, 3>
PRINT T
T = T + R<2, 1>
PRINT T
T = 1
T = T + R<2, 2>
PRINT T
T = T + R<2, 3, 2>
PRINT T
T = T + R<5, 1>
PRINT T
PRINT LEN(R<I, 1>) : " " : R<I, 1> : " " : R<2, 3, 1>
END
