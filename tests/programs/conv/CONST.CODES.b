* Conversion codes are resolved once and then reused (issue 15 item 3): a constant code is found again by
* its string, a code in a variable by its text. These check that results and STATUS() stay those of a code
* read afresh: each line runs twice, codes change between calls, bad codes and multi-stage codes included.
FOR I = 1 TO 2
   PRINT OCONV(0, "D4/") : " " : ICONV("12/31/1967", "D4/") : " " : STATUS()
   PRINT OCONV(123456, "MD2,$") : " " : ICONV("$1,234.56", "MD2,$") : " " : STATUS()
   PRINT OCONV(3661, "MTS") : " " : ICONV("12:30", "MT") : " " : STATUS()
   PRINT OCONV(-5, "MD2") : "|" : OCONV("", "MD2") : "|" : OCONV("", "ML2")
   X = OCONV("abc", "ZZ9")
   PRINT X : " " : STATUS()
   X = ICONV("abc", "MD2")
   PRINT "[" : X : "] " : STATUS()
   PRINT CHANGE(OCONVS(0 : @VM : 1, "D2-"), @VM, ",") : " " : STATUS()
   C = "D" : @VM : "MCL"
   PRINT OCONV(0, C) : " " : STATUS()
   C = "D" : @VM : "ZZ" : @VM : "MCL"
   PRINT OCONV(0, C) : " " : STATUS()
NEXT I
FOR I = 1 TO 3
   C = "MD" : I
   PRINT OCONV(12345, C) : " " : OCONV(12345, "MD" : I)
NEXT I
* FMT specifications are resolved once too, for each PRECISION: "10R," shows a number to PRECISION places.
FOR I = 1 TO 2
   PRINT FMT(1234.5, "10R2,") : "|" : FMT("ab", "5L") : "|" : FMT(7, "X") : " " : STATUS()
   PRINT FMT(1.23456, "10R,") : "|" : CHANGE(FMTS(1 : @VM : 22, "3R"), @VM, ",") : " " : STATUS()
   PRECISION 2
   PRINT FMT(1.23456, "10R,")
   PRECISION 4
NEXT I
* A code variable edited in place between calls: the conversion must see the new text each time.
C = "D"
C := "4"
PRINT OCONV(0, C)
C := "/"
PRINT OCONV(0, C)
C[2,1] = "2"
PRINT OCONV(0, C)
C<1,2> = "MCL"
PRINT OCONV(0, C) : " " : C<1,1>
C<1,1> = "D"
PRINT OCONV(0, C)
END
