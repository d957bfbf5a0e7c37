* ERRMSG id {, args}: a Pick-style message from the ERRMSG file, here the folder beside this program.
* Codes: H text, A{n}/R{n} the next argument (left/right aligned in n columns), L a new line, S{n} spaces,
* E text after the message id in brackets.
ERRMSG 201, "VOC"
ERRMSG 202, 42
ERRMSG 203, "x"
ERRMSG 204, "a", "b"
ERRMSG 999
* STOPE stops with a message from the same file.
STOPE 201, "MD"
PRINT "not reached"
