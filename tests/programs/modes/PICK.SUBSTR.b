* Substring assignment: QM's default overlays and never grows the string; $MODE PICK.SUBSTR grows it with
* spaces when the region runs past the end; PICK.SUBSTR.ASSIGN replaces the region by the new text.
S = "ABCDEF"
CRT "default"
T = S ; T[5,4] = "XY" ; CRT "[":T:"]"
T = "ABC" ; T[5,3] = "XY" ; CRT "[":T:"]"
T = S ; T[2,3] = "xy" ; CRT "[":T:"]"
$MODE PICK.SUBSTR
CRT "PICK.SUBSTR"
T = S ; T[5,4] = "XY" ; CRT "[":T:"]"
T = "ABC" ; T[5,3] = "XY" ; CRT "[":T:"]"
T = S ; T[2,3] = "xy" ; CRT "[":T:"]"
T = S ; T[2,2] = "12345" ; CRT "[":T:"]"
$MODE PICK.SUBSTR.ASSIGN
CRT "PICK.SUBSTR.ASSIGN"
T = S ; T[2,3] = "xy" ; CRT "[":T:"]"
T = S ; T[2,1] = "1234" ; CRT "[":T:"]"
T = S ; T[-2,1] = "xy" ; CRT "[":T:"]"
T = "ABC" ; T[6,2] = "Z" ; CRT "[":T:"]"
T = S ; T[0,2] = "Q" ; CRT "[":T:"]"
T = S ; T[3,0] = "--" ; CRT "[":T:"]"
$MODE DEFAULT
CRT "DEFAULT"
T = S ; T[2,3] = "xy" ; CRT "[":T:"]"
