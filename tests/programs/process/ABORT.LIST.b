* ABORT followed by a print list: displayed, then the program aborts (exit status 1).
ABORT "failed:", 42
