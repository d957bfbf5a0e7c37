* A : B : C chains: from the second ':' on, the VM appends in place to the string the chain is building.
* Integers (negative ones too), decimals, null strings and marks must all read as they would one at a time.
I = 7
X = I : "," : -12 : "," : 2.5 : "" : "x" : I
PRINT X
Y = "1" : "2" : 3 : 4
PRINT Y + 1
Z = "a" : @FM : "b" : @FM : I
PRINT DCOUNT(Z, @FM) : " " : Z<3>
N = 0
S = "" : N : N : "" : N
PRINT S : " " : LEN(S)
END
