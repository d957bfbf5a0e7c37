* $MODE HEADING.NO.EJECT makes NO.EJECT the default of HEADING: a new heading waits for the next page.
$MODE HEADING.NO.EJECT
HEADING "H1"
PRINT "a"
HEADING "H2"
PRINT "b"
