* TTYGET() and TTYSET with standard input not a terminal: break key on, no case inversion, Ctrl-C (3) as
* the break character, newlines CHAR(10). TTYSET changes what TTYGET() reports; a break character outside
* 1-31 and an empty newline field leave theirs unchanged.
T = TTYGET()
PRINT DCOUNT(T, @FM):" ":T<1>:" ":T<2>:" ":T<3>:" ":SEQ(T<4>):" ":SEQ(T<5>)
T<1> = 0
T<2> = 1
T<3> = 2
T<4> = CHAR(13):CHAR(10)
TTYSET T
T = TTYGET()
PRINT T<1>:" ":T<2>:" ":T<3>:" ":LEN(T<4>)
TTYSET "1":@FM:"0":@FM:"40"
T = TTYGET()
PRINT T<1>:" ":T<2>:" ":T<3>:" ":LEN(T<4>)
* ECHO ON | OFF | expr; STATUS() is the setting before.
ECHO OFF
PRINT STATUS()
ECHO OFF
PRINT STATUS()
ECHO 1 + 1
PRINT STATUS()
ECHO ON
PRINT STATUS()
* BREAK counts: OFF adds one, ON takes one (never below 0), RESET sets 0, CLEAR drops a deferred break;
* BREAK expr is OFF for 0, ON when positive, CLEAR when negative. STATUS() is the count after.
BREAK OFF
PRINT STATUS()
BREAK KEY OFF
PRINT STATUS()
BREAK 0
PRINT STATUS()
BREAK ON
PRINT STATUS()
BREAK 5
PRINT STATUS()
BREAK -1
PRINT STATUS()
BREAK KEY CLEAR
PRINT STATUS()
BREAK RESET
PRINT STATUS()
BREAK ON
PRINT STATUS()
