* INPUTCSV v1, v2...: a line read as INPUT reads it, from the DATA queue first and then standard input,
* split into the variables with CSV quoting. A line from the DATA queue is echoed, as INPUT echoes it.
DATA 'Smith,"Main St, 12",42'
INPUTCSV NAME, ADDR, AGE
PRINT NAME : "|" : ADDR : "|" : AGE
INPUTCSV A, B
PRINT A : "|" : B
INPUTCSV A, B, C
PRINT A : "|" : B : "|" : C : "|"
