DIM A(2,2)
A(1,1,1) = 2
A() = 3
X = A
MAT A = 1
