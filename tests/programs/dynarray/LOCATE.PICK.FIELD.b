* Pick form LOCATE(x, d, f{, v}; p{; order}): searches the values of field f (or the subvalues of f, v)
D = "hdr":@FM:"apple":@VM:"banana":@VM:"cherry":@FM:"10":@VM:"20":@VM:"30"
LOCATE("banana", D, 2; P) THEN PRINT "PICK1=FOUND ":P ELSE PRINT "PICK1=NOT ":P
LOCATE("kiwi", D, 2; P) THEN PRINT "PICK2=FOUND ":P ELSE PRINT "PICK2=NOT ":P
LOCATE("blueberry", D, 2; P; "AL") THEN PRINT "PICK3=FOUND ":P ELSE PRINT "PICK3=NOT ":P
LOCATE(30, D, 3; P; "AR") THEN PRINT "PICK4=FOUND ":P ELSE PRINT "PICK4=NOT ":P
LOCATE(5, D, 3; P; 'AR') THEN PRINT "PICK5=FOUND ":P ELSE PRINT "PICK5=NOT ":P
S = "x":@FM:"a":@VM:"p":@SM:"q":@SM:"r"
LOCATE("q", S, 2, 2; P) THEN PRINT "PICKSV=FOUND ":P ELSE PRINT "PICKSV=NOT ":P
LIST = ""
WORDS = "pear fig apple fig date"
FOR I = 1 TO DCOUNT(WORDS, " ")
   W = FIELD(WORDS, " ", I)
   LOCATE(W, LIST, 1; P; "AL") ELSE INS W BEFORE LIST<1,P>
NEXT I
PRINT "SORTED=":CONVERT(@VM, ",", LIST)
END
