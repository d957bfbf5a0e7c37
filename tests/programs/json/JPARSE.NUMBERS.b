* JPARSE() numbers: integers that fit in 64 bits stay integers, the rest are the nearest double at any
* length (a number hundreds of digits long once crashed RapidJSON's reader), a number too big for a double
* is a syntax error at its position, and one too small for a double is zero.
$INCLUDE SYSCOM KEYS.H
$INCLUDE SYSCOM ERR.H
TINY = '-0.' : STR('0', 400) : '1'
X = JPARSE('[' : TINY : ']')
PRINT STATUS() : ' ' : X{1} : ' ' : VARTYPE(X{1})
LONG = '1' : STR('0', 300) : 'e-300'
X = JPARSE('[' : LONG : ', 0.' : STR('3', 200) : ']')
PRINT STATUS() : ' ' : X{1} : ' ' : X{2} * 3
X = JPARSE('[9223372036854775807, -9223372036854775808, 9223372036854775808, 12, -5, 1.5e3, 1e-400]')
PRINT STATUS() : ' ' : VARTYPE(X{1}) : ' ' : VARTYPE(X{3}) : ' ' : VARTYPE(X{4}) : ' ' : VARTYPE(X{6})
PRINT X{4} + X{5} : ' ' : X{6} : ' ' : X{7}
PRINT JBUILD(JPARSE('[12, -5, 1.5e3, 0.25]'))
BAD = JPARSE('[1, 2, 1e400]')
PRINT '[' : BAD : '] ' : (STATUS() = ER$JSON.SYNTAX) : ' ' : INMAT()
BAD = JPARSE('{"a": -1' : STR('9', 500) : 'e999999999999999999999}')
PRINT (STATUS() = ER$JSON.SYNTAX) : ' ' : INMAT()
