* Date conversions: one day in many formats and parts, ISO weeks of New Year's days, input forms and errors
D = ICONV("14 JUL 1989", "D")
PRINT "INTERNAL=":D
PRINT OCONV(D, "D"):" | ":OCONV(D, "D2/"):" | ":OCONV(D, "D/E"):" | ":OCONV(D, "D-YMD[4,2,2]")
PRINT OCONV(D, "DWAL"):", ":OCONV(D, "DMAL"):" ":OCONV(D, "DDO"):" ":OCONV(D, "DY")
PRINT "Q":OCONV(D, "DQ"):" J":OCONV(D, "DJ"):" W":OCONV(D, "DW"):" ":OCONV(D, "DWB"):" ":OCONV(D, "DMB")
PRINT "X12=":OCONV(D, "DX"):" NOYEAR=":OCONV(D, "D0")
FOR Y = 2020 TO 2024
   NY = ICONV("1/1/":Y, "D")
   PRINT Y:": ":NY:" ":OCONV(NY, "DWB"):" ISO ":OCONV(NY, "DYI"):"-W":OCONV(NY, "DWI")
NEXT Y
* The same day written in several ways
FORMS = "Jul 14 89":@FM:"14-7-1989":@FM:"890714":@FM:"july 14, 1989"
CODES = "D":@FM:"D-E":@FM:"DYMD":@FM:"D"
FOR I = 1 TO 4
   PRINT FORMS<I>:" => ":ICONV(FORMS<I>, CODES<I>)
NEXT I
X = ICONV("2/30/2023", "D")
ST = STATUS()
PRINT "ROLL=":OCONV(X, "D4-"):" STATUS=":ST
X = ICONV("31/31/89", "D")
PRINT "BAD=[":X:"] STATUS=":STATUS()
X = OCONV("tomorrow", "D")
PRINT "NOTADAY=":X:" STATUS=":STATUS()
END
