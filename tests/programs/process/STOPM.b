* STOPM is STOP with a message (never a Pick ERRMSG message).
PRINT "working"
STOPM "stopped: " : 3
