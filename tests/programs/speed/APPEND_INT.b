* R<-1> = X with an integer X: the VM writes the field mark and the digits in one step. The null string
* gets no mark before its first field; zero, negative numbers, the null string and text still append.
R = ""
R<-1> = 0
R<-1> = -17
R<-1> = 123456789
X = ""
R<-1> = X
R<-1> = 5
R<-1> = 1.5
R<-1> = -9223372036854775807 - 1
PRINT CONVERT(@FM, "|", R)
PRINT DCOUNT(R, @FM)
S = "a"
S<-1> = 7
PRINT CONVERT(@FM, "|", S)
* The buffer's cached numeric reading must not survive an append.
Q = "5"
PRINT Q + 1 : " " : NUM(Q)
Q<-1> = 6
PRINT NUM(Q) : " " : DCOUNT(Q, @FM)
END
