$INCLUDE KEYS.H
* CONFIG(param): the value mvbasic.conf gives a parameter (CONFIG.conf beside this program), the value in
* force for parameters mvbasic uses when the file leaves them out, else "".
PRINT "SMTPSERVER: ":CONFIG("SMTPSERVER")
PRINT "smtpserver: ":CONFIG("smtpserver")
PRINT "SMTPSENDER: ":CONFIG("SMTPSENDER")
PRINT "CUSTOM.PARAM: [":CONFIG("CUSTOM.PARAM"):"]"
PRINT "NUMUSERS: ":CONFIG("NUMUSERS")
* Derived from NUMUSERS by QM's rule: 8 + (10 - 4) / 2.
PRINT "PHANTOMS: ":CONFIG("PHANTOMS")
PRINT "SMTPPORT: ":CONFIG("SMTPPORT")
PRINT "LPTRHIGH: ":CONFIG("LPTRHIGH")
PRINT "NO.SUCH: [":CONFIG("NO.SUCH"):"]"
* LPTRWIDE is the width of a new print unit.
PRINT "unit 3 width: ":GETPU(PU$WIDTH, 3)
PRINT "unit 3 length: ":GETPU(PU$LENGTH, 3)
