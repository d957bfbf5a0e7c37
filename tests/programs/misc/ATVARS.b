* The @variables mvbasic has had since issue 2, checked against their definitions rather than this machine.
PRINT SEQ(@AM) : " " : SEQ(@SVM) : " " : @TRUE : " " : @FALSE
PRINT (@AM = @FM) : (@SVM = @SM)
* The date and time the program started: @DATE is DATE() (unless midnight passed), @TIME within a day.
PRINT (@DATE = DATE() OR @DATE = DATE() - 1) : (@TIME >= 0 AND @TIME < 86400)
PRINT (@DAY = OCONV(@DATE, "DD")) : (@MONTH = OCONV(@DATE, "DM")) : (@YEAR4 = OCONV(@DATE, "DY4"))
PRINT (@YEAR = OCONV(@DATE, "DY2")) : LEN(@YEAR) : LEN(@YEAR4)
* Who and where: the same facts under their QM and UniVerse names.
PRINT (@USER = @LOGNAME) : (@USER.NO = @USERNO) : (@ACCOUNT = @WHO) : (@COMMAND = @SENTENCE)
PRINT (LEN(@HOSTNAME) > 0) : (LEN(@PATH) > 0) : @LEVEL
* A console program has no client address; the last EXECUTE status starts at 0.
PRINT "[" : @IP.ADDR : "] " : @SYSTEM.RETURN.CODE
