* LOGMSG text: appends a line saying when and who, then the text indented, to RUNDIR/errlog (RUNDIR is
* set by LOGMSG.conf).
LOG.PATH = "/tmp/mvbasic-golden-logmsg-rundir/errlog"
OSDELETE LOG.PATH
LOGMSG "first message"
LOGMSG "second " : 2
OPENSEQ LOG.PATH TO F ELSE STOP "no errlog"
N = 0
LOOP
   READSEQ LINE FROM F ELSE EXIT
   N += 1
   IF MOD(N, 2) THEN
      PRINT N : ": " : (LINE MATCHES "2N' '3A' '2N' '2N':'2N':'2N' User '1N0N' (pid '1N0N'):'")
   END ELSE
      PRINT N : ": " : LINE
   END
REPEAT
CLOSESEQ F
OSDELETE LOG.PATH
