PRINT "never"
$ELSE
