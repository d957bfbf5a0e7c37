* Matrices in COMMON, named and unnamed: shared with the routines that declare the same block, elements
* starting as 0 like other COMMON variables.
COMMON /X/ M(3), Y
COMMON T(2, 2), ;* an unnamed block
   N
PRINT M(1), M(3), T(2, 2), Y, N
M(2) = "two"
T(1, 2) = "t12"
Y = "y"
CALL FILLCOM
PRINT M(1), M(2), M(3), T(1, 2), T(2, 1), Y, N
CALL FILLCOM
PRINT M(3), INMAT(M)
