* PRECISION: rounding when a float becomes a string, clamping to 0..14, arithmetic kept at full precision
X = 2/3
PRINT "DEFAULT=":X:" ":-X:" ":100/7
PRECISION 2
PRINT "P2=":X:" ":-X:" ":1.999:" ":12.5
PRECISION 0
PRINT "P0=":X:" ":0.4:" ":3.5:" ":-3.5
PRECISION 7
PRINT "P7=":X:" ":1/8:" ":22/7
PRECISION 20
PRINT "P20=":1/7
PRECISION 3
Y = X * 3
PRINT "ARITH=":Y:" ":(Y = 2)
S = X:""
PRINT "STRING=":S:" LEN=":LEN(S)
PRINT "INTS=":123456789:" ":-42:" ":6/3
END
