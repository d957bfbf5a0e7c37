* SENDMAIL sender, to, cc, bcc, subject, text {, attachments} without an SMTP server configured, and with
* operands it refuses before connecting: STATUS() tells why (tests/integration/test_sendmail.py sends mail
* to a real listener).
SENDMAIL "me@example.com", "you@example.com", "", "", "Hello", "Text"
PRINT "no SMTPSERVER: ":STATUS()
* No recipient in to, cc or bcc: ER$PARAMS (1000).
SENDMAIL "me@example.com", "", "", "", "Hello", "Text"
PRINT "no recipient: ":STATUS()
* No sender, and no SMTPSENDER to fall back on: ER$PARAMS.
SENDMAIL "", "you@example.com", "", "", "Hello", "Text"
PRINT "no sender: ":STATUS()
* An address holding a line end would smuggle commands into the SMTP conversation: ER$PARAMS.
SENDMAIL "me@example.com", "you@example.com":CHAR(13):CHAR(10):"RCPT TO:<x@example.com>", "", "", "Hi", "T"
PRINT "line end in an address: ":STATUS()
* An attachment that cannot be read: ER$NOT.FOUND (1004).
SENDMAIL "me@example.com", "you@example.com", "", "", "Hello", "Text", "/nonexistent/mvbasic-attachment"
PRINT "missing attachment: ":STATUS()
* SENDMAIL has no THEN or ELSE clause: an ELSE after it belongs to the IF around it.
IF STATUS() THEN SENDMAIL "me@example.com", "", "you@example.com", "", "Hello", "Text" ELSE PRINT "not reached"
PRINT "cc only: ":STATUS()
IF 0 THEN SENDMAIL "me@example.com", "you@example.com", "", "", "Hello", "Text", "" ELSE PRINT "the IF's ELSE"
