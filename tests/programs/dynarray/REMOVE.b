* REMOVE statement and REMOVE() function: delimiter codes, null elements, end of string and pointer reset
D = "a":@VM:"":@SM:"c":@FM:"d":@TM:"e"
N = 0
LOOP
   REMOVE X FROM D SETTING CODE
   N += 1
   PRINT "ITEM":N:"=[":X:"] CODE=":CODE
WHILE CODE REPEAT
REMOVE X FROM D SETTING CODE
PRINT "ATEND=[":X:"] CODE=":CODE
L = "10":@FM:"20":@FM:"30"
V1 = REMOVE(L, C1)
V2 = REMOVE(L, C2)
PRINT "FN=":V1:",":C1:",":V2:",":C2
L = "10":@FM:"20":@FM:"30"
V3 = REMOVE(L, C3)
PRINT "RESET=":V3:",":C3
T = 0
LOOP
   V = REMOVE(L, C)
   T += V
UNTIL C = 0 REPEAT
PRINT "REST=":T
END
