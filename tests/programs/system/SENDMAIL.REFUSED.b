* SENDMAIL to a server that refuses the connection: STATUS() is ER$CONNECT (7005) and OS.ERROR() the
* operating system's error (ECONNREFUSED, 111 on Linux). The empty sender falls back on SMTPSENDER.
SENDMAIL "", "you@example.com", "", "", "Hello", "Text"
PRINT "refused: ":STATUS():", os error ":OS.ERROR()
