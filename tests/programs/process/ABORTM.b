* ABORTM is ABORT with a message.
ABORTM "aborted here"
