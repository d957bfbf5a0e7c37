* Routine forms: lists continued after a comma with a ;* comment, CALL !NAME and CALL *NAME, SUB, by-value
* parameters and arguments, and the #< and #> operators.
COMMON /BLK/ A, ;* the first COMMON variable
   B ;* the second
A = 1 ; B = 2
X = 10
Y = 20
CALL BYVAL(X, ;* passed by reference
   Y) ;* but the routine copies it
PRINT "after BYVAL: ", X, Y
CALL !SHOWAB("bang")
CALL *SHOWAB("star")
CALL SUBFORM((X)) ;* (X) is passed by value
PRINT "after SUBFORM: ", X
CALL SUBFORM(X)
PRINT "after SUBFORM: ", X
PRINT (3 #< 2), (3 #< 3), (3 #< 4), (3 #> 2), (3 #> 3), (3 #> 4)
IF "B" #> "A" THEN PRINT "B #> A" ELSE PRINT "B not #> A"
