* A UTF-8 byte-order mark before the first line is skipped, not taken for code.
PRINT "after the mark"
