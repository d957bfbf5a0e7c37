* $INSERT is $INCLUDE; $DICT and $EXECUTE are accepted (mvbasic has no compile-time dictionary or command
* processor, so they change nothing that runs); @TTY is "phantom" only in a phantom.
$INSERT KEYS.H
$DICT CUSTOMERS
$EXECUTE "DATE"
PRINT "non-blocking flag " : SKT$NON.BLOCKING
PRINT "not a phantom: " : (@TTY # "phantom")
