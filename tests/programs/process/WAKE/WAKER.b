* Started as a phantom with the user number and process id of the process to wake.
PARENT = FIELD(@SENTENCE, " ", 3)
WAKE PARENT
PAUSE 60
RESULT = "woken, STATUS() " : STATUS()
OSWRITE RESULT TO "/tmp/mvbasic-golden-wake-" : @USERNO : "-" : FIELD(@SENTENCE, " ", 4)
