* Each print unit keeps its own heading, footing and page: HEADING ON n heads only what PRINT ON n writes,
* and unit 0 is the display until PRINTER ON. CRT and DISPLAY always write to the display.
HEADING ON 1 "Unit one'L'"
PRINT "display line, no heading here"
PRINT ON 1 "first line of unit 1"
CRT "CRT line"
PRINT ON 1 "second line of unit 1"
* NO.EJECT keeps the page: the new heading waits for the next page.
HEADING ON 2 "First"
FOOTING ON 2 "foot 'S'"
PRINT ON 2 "a"
HEADING NO.EJECT ON 2 "Second"
PRINT ON 2 "b"
PAGE ON 2
PRINT ON 2 "c"
PRINTER ON
HEADING "Printer 'P1'"
PRINT "on print unit 0"
CRT "CRT still on the display"
PRINTER OFF
PRINT "display again"
* 'N' prints the heading once and turns the page breaks off.
HEADING "Once only'N'"
FOR I = 1 TO 25
   PRINT "row ":I
NEXT I
* So does positioning the cursor with @(col, row); PAGE then does nothing.
HEADING "Screen"
X = @(0, 0)
PRINT "after @(0, 0)"
PAGE
PRINT "PAGE does nothing now"
END
