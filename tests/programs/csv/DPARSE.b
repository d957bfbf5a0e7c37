* DPARSE s, delim, v1, v2...: each variable receives its own delimited field; the last one does not take
* the rest of the string. Missing fields give null strings.
DPARSE "a-b-c", "-", X, Y, Z
PRINT X : "|" : Y : "|" : Z
DPARSE "a-b-c-d", "-", X, Y
PRINT X : "|" : Y
DPARSE "one", ",", P, Q, R
PRINT P : "|" : Q : "|" : R : "|"
* Targets may be field references and matrix elements.
A = ""
DPARSE "1,2", ",", A<2>, A<3>
PRINT CONVERT(@FM, "^", A)
DIM M(2)
DPARSE "x y", " ", M(1), M(2)
PRINT M(2) : M(1)
* The string and delimiter are evaluated once, before any variable is set.
S = "p.q.r"
DPARSE S, ".", S, T
PRINT S : "|" : T
* Quotes mean nothing to DPARSE.
DPARSE '"a,b",c', ",", U, V
PRINT U : "|" : V
* DPARSE.CSV line, delim, v1...: the same split, with CSV quoting.
DPARSE.CSV 'x,"y,z",w', ',', P1, P2, P3
PRINT P1 : "|" : P2 : "|" : P3
DPARSE.CSV 'a;"b;c";d;e', ';', P1, P2
PRINT P1 : "|" : P2
DPARSE.CSV 'only', ',', P1, P2, P3
PRINT P1 : "|" : P2 : "|" : P3 : "|"
DPARSE.CSV '"he said ""no""",,end', ',', P1, P2, P3
PRINT P1 : "|" : P2 : "|" : P3
B = ""
DPARSE.CSV '7,8', ',', B<1,2>, B<1,1>
PRINT CONVERT(@VM, "]", B)
