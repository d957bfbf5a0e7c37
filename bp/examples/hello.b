* hello.b: the first program to run. It prints a greeting, builds a dynamic array one field at a time
* with <-1>, and shows it with CONVERT, DCOUNT, an extraction and LOCATE.
PRINT "Hello from mvbasic!"

FRUIT = ""
FRUIT<-1> = "apple"
FRUIT<-1> = "banana"
FRUIT<-1> = "cherry"

PRINT "Fruit: ":CONVERT(@FM, ",", FRUIT)
PRINT "There are ":DCOUNT(FRUIT, @FM):" fruits; the second is ":FRUIT<2>:"."
LOCATE "cherry" IN FRUIT<1> SETTING POS THEN
   PRINT "cherry is field ":POS:"."
END ELSE
   PRINT "No cherry."
END
END
