* Time conversions: an eight-hour shift rota, input forms, separators, milliseconds and elapsed time
STARTS = "06:30":@VM:"14:30":@VM:"22:30"
FOR I = 1 TO 3
   T = ICONV(STARTS<1,I>, "MT")
   E = MOD(T + 8 * 3600, 86400)
   PRINT T:" ":OCONV(T, "MTH"):" to ":OCONV(E, "MTH"):" (":OCONV(E, "MTS"):")"
NEXT I
PRINT ICONV("7:05PM", "MT"):" ":ICONV("0930", "MT"):" ":ICONV("12:00AM", "MT"):" ":ICONV("23.59.59", "MTS.")
X = ICONV("25:00", "MT")
PRINT "BAD=[":X:"] STATUS=":STATUS()
PRINT OCONV(45296, "MTHS."):" ":OCONV(45296, "MT'h'"):" ":OCONV(45296, "MT''")
PRINT OCONV(45296789, "MTMS"):" ":OCONV(45296789, "MTM")
DIFF = ICONV("17:40:15", "MTS") - ICONV("09:15:45", "MTS")
PRINT "ELAPSED=":DIFF:" ":OCONV(DIFF, "MTS")
END
