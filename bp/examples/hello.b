* hello.b: the first program to run. It prints a greeting, builds a dynamic array one field at a time
* with <-1>, and shows it with CONVERT, DCOUNT, an extraction and LOCATE.
*
*   mvbasic run bp/examples/hello.b [NAME]
*
* NAME, when given, is greeted by name ("Hello, Ada, from mvbasic!"); quote a name with blanks in it.
* Like every example, it checks its arguments (ARGS.H, USAGE.H): --help prints the usage, and a bad
* argument prints what is wrong and the usage and exits with status 2.
$INCLUDE ARGS.H
PROG.NAME = "hello"
USAGE = "usage: mvbasic run hello.b [NAME]"
USAGE<-1> = "  NAME  who to greet (default: nobody in particular)"
BAD = ""
IF N.ARGS > 1 THEN BAD = "too many arguments (quote a NAME that has blanks)"
IF N.ARGS = 1 AND ARGS<1> = "" THEN BAD = "NAME is empty"
IF ARGS<1>[1, 1] = "-" THEN BAD = "unknown option ":ARGS<1>
$INCLUDE USAGE.H

IF N.ARGS THEN PRINT "Hello, ":ARGS<1>:", from mvbasic!" ELSE PRINT "Hello from mvbasic!"

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
