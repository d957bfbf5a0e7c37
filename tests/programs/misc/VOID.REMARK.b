* VOID evaluates an expression for its effect and throws the value away; REM and REMARK comments may hold
* any text, quotes and all.
REMARK it's a "comment" with ~ and % and an unbalanced ' quote
REM don't lex this either: "
X = 1 ; REMARK after a semicolon too
VOID X + 1
PRINT "X is still " : X
VOID (LEN("abc"))
* A call whose value is not wanted: REMOVE moves its pointer even so.
D = "a" : @FM : "b"
VOID REMOVE(D, CODE)
PRINT "next: " : REMOVE(D, CODE)
* VOID = 5 assigns a variable named VOID; REMARK = 2 one named REMARK.
VOID = 5
REMARK = 2
PRINT VOID + REMARK
