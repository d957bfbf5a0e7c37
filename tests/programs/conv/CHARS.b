* Character conversions (MC codes), booleans, base64 and radix conversions
NAME = "mcdonald-SMITH, o'brien"
PRINT OCONV(NAME, "MCT")
PRINT OCONV(NAME, "MCU")
PRINT OCONV(NAME, "MCA"):" [":OCONV(NAME, "MC/A"):"]"
PRINT OCONV("Tel: +44 (0)20 7946-0018", "MCN")
PRINT OCONV("line1":CHAR(10):"line2":@FM:"x", "MCP"):" ":OCONV("ab":@VM:"cd", "MCP-")
PRINT CONVERT(@VM:@FM, "]^", OCONVS("ab":@VM:"cd":@FM:"e", "MCU"))
PRINT OCONV("stressed", "MCI")
PRINT OCONV("the end. it was late! was it? yes", "MCS")
PRINT OCONV(1, "B"):OCONV(0, "B"):OCONV("", "B"):OCONV("x", "B"):" ":ICONV("Y", "B"):ICONV("n", "B")
X = ICONV("Q", "B")
PRINT "BADBOOL=":X:" STATUS=":STATUS()
PRINT OCONV("user:pass", "B64"):" ":ICONV("dXNlcjpwYXNz", "B64")
PRINT OCONV(255, "MX"):" ":OCONV(255, "MO"):" ":OCONV(255, "MB"):" ":OCONV(-1, "MX"):" ":OCONV(4096, "MXZ")
PRINT ICONV("FFFF", "MX"):" ":ICONV("FFFFFFFF", "MX"):" ":ICONV("777", "MO"):" ":ICONV("101", "MB")
PRINT OCONV("Hi!", "MX0C"):" ":ICONV("486921", "MX0C"):" ":OCONV(200, "MCDX"):" ":OCONV("C8", "MCXD")
END
