* Compile errors: FIND needs SETTING, SETREM needs a variable, LOCATE() takes at most six arguments
PRINT "NOT COMPILED"
FIND "A" IN "A" THEN PRINT "X"
SETREM 1 ON 5
X = LOCATE("a", "b", 1, 2, 3, 4, 5)
X = LOCATE("a", "b"; "AL", 1)
END
