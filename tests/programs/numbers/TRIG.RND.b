* SIN, COS and TAN take degrees; RND(n) returns an integer from 0 to n-1
PRINT "SIN=":SIN(0):",":SIN(30):",":SIN(90):",":SIN(-90):",":SIN(45)
PRINT "COS=":COS(0):",":COS(60):",":COS(180):",":COS(90)
PRINT "TAN=":TAN(0):",":TAN(45):",":TAN(-45):",":TAN(30)
PRINT "PYTHAG=":SIN(37) * SIN(37) + COS(37) * COS(37)
PRINT "RND1=":RND(1)
LOW = 99 ; HIGH = -1 ; NONINT = 0
FOR I = 1 TO 500
   R = RND(6)
   IF R < LOW THEN LOW = R
   IF R > HIGH THEN HIGH = R
   IF R # INT(R) THEN NONINT += 1
NEXT I
PRINT "RND6=":LOW:"..":HIGH:" NONINT=":NONINT
END
