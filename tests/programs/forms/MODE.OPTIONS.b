* $MODE UV.LOCATE (IN d<f> searches the values of field f) and FOR.STORE.BEFORE.TEST (the FOR variable ends
* one step past the last value run), each compared with QM's default mode.
D = "a":@VM:"b":@VM:"c":@FM:"x":@SM:"y"
LOCATE "b" IN D<1> SETTING P THEN PRINT "default: field ":P ELSE PRINT "default: not a field, ":P
LOCATE "b" IN D<1,1> SETTING P THEN PRINT "default: value ":P
FOR I = 1 TO 3
NEXT I
PRINT "default FOR ends at ":I
$MODE UV.LOCATE, FOR.STORE.BEFORE.TEST
LOCATE "b" IN D<1> SETTING P THEN PRINT "uv: value ":P
LOCATE "y" IN D<2,1> SETTING P THEN PRINT "uv: subvalue ":P
LOCATE "x" IN D SETTING P THEN PRINT "uv: field ":P ELSE PRINT "uv: no field x, ":P
LOCATE "x":@SM:"y" IN D SETTING P THEN PRINT "uv: field ":P
FOR I = 1 TO 3
NEXT I
PRINT "FOR ends at ":I
FOR I = 10 TO 1 STEP -4
NEXT I
PRINT "FOR ends at ":I
FOR I = 5 TO 1
NEXT I
PRINT "FOR not run: ":I
