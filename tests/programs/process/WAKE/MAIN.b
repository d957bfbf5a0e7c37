* WAKE between processes: a phantom is started with this process's user number, WAKEs it, and PAUSEs
* until this process WAKEs it back; both PAUSEs would time out after 60 seconds otherwise.
EXECUTE "PHANTOM RUN WAKER.b " : @USERNO : " " : SYSTEM(1031) CAPTURING MSG RETURNING PHANTOM.USER
IF PHANTOM.USER <= 0 THEN STOP "no phantom: " : MSG
PAUSE 60
PRINT "woken by the phantom: " : STATUS()
WAKE PHANTOM.USER
* The phantom writes a file once its own PAUSE has ended; wait for it as a third PAUSE would.
DONE = "/tmp/mvbasic-golden-wake-" : PHANTOM.USER : "-" : SYSTEM(1031)
FOR I = 1 TO 600
   OSREAD ANSWER FROM DONE THEN EXIT
   NAP 100
NEXT I
PRINT "the phantom says: " : ANSWER
OSDELETE DONE
