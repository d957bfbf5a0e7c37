* T + R<I>: the VM adds a field of digits to an integer total without making the field a string first.
* Every case must give what reading the field as a number gives: signs, leading zeros, the null field,
* decimals, a float total, 18 digits, a '+' sign, an edit between reads, and an overflowing sum.
R = "5" : @FM : "-12" : @FM : "007" : @FM : "" : @FM : "1.5" : @FM : "100" : @FM : "123456789012345678" : @FM : "+5"
T = 0
T = T + R<1>
PRINT T
T = T + R<2>
PRINT T
T = T + R<3>
PRINT T
T = T + R<4>
PRINT T
T = T + R<5>
PRINT T
T = 1.5
T = T + R<1>
PRINT T
T = 1
T = T + R<7>
PRINT T
T = 3
T = T + R<8>
PRINT T
R<1> = 40
T = 2
T = T + R<1>
PRINT T
R<1> = "x" : R<1>
R<1> = R<1>[2, 9]
T = T + R<1>
PRINT T
U = 9223372036854775800
PRINT (U + R<6>) = (U + 100)
END
