* M codes on null data: MD gives the null string; ML and MR take it as zero (no OPTION PICK.NULL);
* times, radix and character codes give the null string. STATUS() is 0 throughout.
PRINT "[":OCONV("", "MD2"):"] ":STATUS()
PRINT "[":OCONV("", "MD0"):"] ":STATUS()
PRINT "[":OCONV("", "MD2,$"):"] ":STATUS()
PRINT "[":OCONV("", "MR2"):"] ":STATUS()
PRINT "[":OCONV("", "ML2"):"] ":STATUS()
PRINT "[":OCONV("", "MT"):"] ":STATUS()
PRINT "[":OCONV("", "MTHS"):"] ":STATUS()
PRINT "[":OCONV("", "MX"):"] ":STATUS()
PRINT "[":OCONV("", "MCU"):"] ":STATUS()
PRINT "[":ICONV("", "MD2"):"] ":STATUS()
* Zero is not null: MD shows it.
PRINT "[":OCONV(0, "MD2"):"] ":STATUS()
* Each value of a multivalued string is converted on its own.
X = OCONV("1234":@VM:"":@VM:"5", "MD2")
CONVERT @VM TO "]" IN X
PRINT "[":X:"]"
END
