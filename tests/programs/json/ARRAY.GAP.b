* An array in a collection may not have gaps: index 5 of a 3-element array is a runtime error.
C = JPARSE('{"list": [1, 2, 3]}')
C{'list', 4} = 4
PRINT INMAT(C{'list'})
C{'list', 6} = 6
PRINT 'not reached'
