* RANDOMIZE n seeds RND: the same seed gives the same sequence. RANDOMIZE alone seeds from the time.
RANDOMIZE 42
X = ""
FOR I = 1 TO 5
   X := RND(1000) : " "
NEXT I
RANDOMIZE 42
Y = ""
FOR I = 1 TO 5
   Y := RND(1000) : " "
NEXT I
PRINT "same seed, same sequence: " : (X = Y)
RANDOMIZE 43
Z = ""
FOR I = 1 TO 5
   Z := RND(1000) : " "
NEXT I
PRINT "another seed, another sequence: " : (X # Z)
RANDOMIZE
N = RND(10)
PRINT "in range: " : (N >= 0 AND N < 10)
