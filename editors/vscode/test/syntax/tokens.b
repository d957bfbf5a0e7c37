* SYNTAX TEST "source.mvbasic" "QM BASIC tokens"
* A comment at the start of a line.
* <------ comment.line.mvbasic
! Also a comment.
* <- comment.line.mvbasic
REM and so is this.
* <--- comment.line.mvbasic
X = 1 ; * after a semicolon
*     ^ punctuation.terminator.statement.mvbasic
*       ^^^^^^^^^^^^^^^^^^^ comment.line.mvbasic
Y = 2 ;REM after a semicolon
*      ^^^ comment.line.mvbasic
Z = X * Y
*     ^ keyword.operator.arithmetic.mvbasic
*   ^ - comment.line.mvbasic
REM = 4
* <--- - comment.line.mvbasic
$INCLUDE SYSCOM KEYS.H
* <-------- keyword.other.directive.mvbasic
S = "double" : 'single' : \backslash\
*   ^^^^^^^^ string.quoted.double.mvbasic
*            ^ keyword.operator.concatenation.mvbasic
*              ^^^^^^^^ string.quoted.single.mvbasic
*                         ^^^^^^^^^^^ string.quoted.other.backslash.mvbasic
N = 12.5 + .5 + 0x1F + 1E3
*   ^^^^ constant.numeric.decimal.mvbasic
*          ^^ constant.numeric.decimal.mvbasic
*               ^^^^ constant.numeric.hex.mvbasic
*                      ^^^ constant.numeric.decimal.mvbasic
A.1 = 2
* <--- - constant.numeric
MAIN.LOOP:
* <--------- entity.name.label.mvbasic
*        ^ punctuation.separator.label.mvbasic
100 PRINT @SENTENCE : @(10, 2) : @FM
* <--- entity.name.label.mvbasic
*   ^^^^^ keyword.other.statement.mvbasic
*         ^^^^^^^^^ variable.language.mvbasic
*                     ^ support.function.cursor.mvbasic
*                                ^^^ variable.language.other.mvbasic
DONE: * a label, then a comment
* <---- entity.name.label.mvbasic
*     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.mvbasic
IF DCOUNT(S, @FM) > 1 AND N # 2 THEN GOSUB MAIN.LOOP ELSE GOTO 100
* <-- keyword.control.mvbasic
*  ^^^^^^ support.function.builtin.mvbasic
*                 ^ keyword.operator.comparison.mvbasic
*                     ^^^ keyword.operator.word.mvbasic
*                           ^ keyword.operator.comparison.mvbasic
*                               ^^^^ keyword.control.mvbasic
*                                    ^^^^^ keyword.control.mvbasic
*                                          ^^^^^^^^^ entity.name.label.reference.mvbasic
*                                                    ^^^^ keyword.control.mvbasic
*                                                              ^^^ entity.name.label.reference.mvbasic
PRINT.LINE = 1 ; print x
* <---------- - keyword
*                ^^^^^ keyword.other.statement.mvbasic
N += 1 ; S := "x" ; DONE = N <= 2
* ^^ keyword.operator.assignment.compound.mvbasic
*          ^^ keyword.operator.assignment.compound.mvbasic
*                            ^^ keyword.operator.comparison.mvbasic
OPEN "F" TO FV ELSE STOP
* <---- keyword.other.statement.mvbasic
*        ^^ keyword.control.mvbasic
*              ^^^^ keyword.control.mvbasic
*                   ^^^^ keyword.control.mvbasic
