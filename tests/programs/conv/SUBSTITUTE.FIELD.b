* The S;x;y substitution code: x when the data is neither zero nor null, else y (the null string when
* there is no y). A choice is '*' (the data), a quoted text, nothing (null) or a field number (which needs
* a record: null here). Zero means only zeros, spaces, one sign and one point.
PRINT OCONV(0, "S;'yes';'no'"):" ":OCONV(5, "S;'yes';'no'"):" ":OCONV("", "S;'yes';'no'")
PRINT OCONV("0.00", "S;'yes';'no'"):" ":OCONV(" -0 ", "S;'yes';'no'"):" ":OCONV("abc", "S;'yes';'no'")
PRINT OCONV("00x", "S;'yes';'no'"):" ":OCONV("-", "S;'yes';'no'")
PRINT OCONV("ok", "S;*;'-'"):" ":OCONV("", "S;*;'-'")
PRINT "[":OCONV(3, "S;'one'"):"] [":OCONV(0, "S;'one'"):"]"
PRINT "[":OCONV(3, "S;;'zero'"):"] [":OCONV(0, "S;;'zero'"):"]"
PRINT OCONV(3, 'S;"dq";"z"'):" ":OCONV(3, "S;\bs\;'z'")
PRINT "[":OCONV(3, "S;2;'z'"):"] ":STATUS()
PRINT "[":OCONV(3, "S;abc;'z'"):"] ":STATUS()
PRINT "[":OCONV(3, "S"):"] ":STATUS()
PRINT ICONV(0, "S;'yes';'no'"):" ":ICONV(1, "S;'yes';'no'"):" ":STATUS()
* The <f>, <f,v> and <f,v,s> codes extract a field, value or subvalue, as EXTRACT() does.
R = "A":@FM:"B1":@VM:"B2":@SM:"B2S":@FM:"C"
PRINT OCONV(R, "<1>")
X = OCONV(R, "<2>")
CONVERT @VM:@SM TO "]\" IN X
PRINT X
X = OCONV(R, "<2,2>")
CONVERT @VM:@SM TO "]\" IN X
PRINT X
PRINT OCONV(R, "<2,2,2>")
PRINT "[":OCONV(R, "<4>"):"] ":STATUS()
PRINT OCONV(R, "<3>":@VM:"MCL")
PRINT ICONV(R, "<3>"):" ":STATUS()
PRINT OCONV("X", "<1"):" ":STATUS()
PRINT OCONV("X", "<a>"):" ":STATUS()
PRINT OCONV("X", "<1,>"):" ":STATUS()
END
