* Prints its command line, so a test can see how it was started.
PRINT "hello from ":@SENTENCE
