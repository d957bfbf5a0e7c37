* SETPU PU$PAGENUMBER sets the number of a print unit's next report page (QM's SETPU page: before any
* output, for a report that does not start at page 1); GETPU reads it back as pages go by, and
* PRINTER.SETTING's page number (LPTR$ key 13) is the same setting. The display is paged by HEADING; 'P'
* shows the number right-justified in 4 places.
$INCLUDE SYSCOM KEYS.H
CRT "page before: ":GETPU(PU$PAGENUMBER, 0)
SETPU PU$PAGENUMBER, 0, 7
HEADING "REPORT PAGE 'P'"
PRINT "body"
PAGE
PRINT "next"
CRT "page now: ":GETPU(PU$PAGENUMBER, 0):" ":PRINTER.SETTING(0, 13)
X = PRINTER.SETTING(0, 13, 20)
PAGE
PRINT "last"
