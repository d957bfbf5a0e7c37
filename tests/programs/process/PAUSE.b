* PAUSE {secs} waits for a WAKE from another process (STATUS() 0) or its timeout (ER$TIMEOUT 1011).
* A WAKE that comes while a process is not paused makes its next PAUSE return at once.
WAKE @USERNO
PAUSE
PRINT "woken before the first PAUSE: " : STATUS()
PAUSE 1
PRINT "timed out: " : STATUS()
WAKE @USERNO
PAUSE 60
PRINT "woken while running: " : STATUS()
* Waking a user number nobody holds does nothing.
WAKE 99999
PRINT "done"
