* fizzbuzz.b: FOR/NEXT, BEGIN CASE and MOD, collecting the words as values of one field with <1,-1>.
OUT = ""
FOR I = 1 TO 15
   BEGIN CASE
      CASE MOD(I, 15) = 0
         WORD = "FizzBuzz"
      CASE MOD(I, 3) = 0
         WORD = "Fizz"
      CASE MOD(I, 5) = 0
         WORD = "Buzz"
      CASE 1
         WORD = I
   END CASE
   OUT<1,-1> = WORD
NEXT I
PRINT CONVERT(@VM, " ", OUT)
END
