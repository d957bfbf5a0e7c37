$INCLUDE KEYS.H
* GETPU(key, unit), SETPU key, unit, value and PRINTER.SETTING(unit, key {, value}): a printer unit starts
* at QM's defaults (mode 1, 80 wide, 66 long, no margins, one copy, page 1); the display, unit -1, is mode
* 0 and as large as the terminal (80 by 24 when output is not a terminal).
PRINT "unit 0: mode ":GETPU(PU$MODE, 0):", width ":GETPU(PU$WIDTH, 0):", length ":GETPU(PU$LENGTH, 0)
PRINT "margins: ":GETPU(PU$TOPMARGIN, 0):" ":GETPU(PU$BOTMARGIN, 0):" ":GETPU(PU$LEFTMARGIN, 0)
PRINT "copies ":GETPU(PU$COPIES, 0):", page ":GETPU(PU$PAGENUMBER, 0):", data lines ":GETPU(PU$DATALINES, 0)
PRINT "form [":GETPU(PU$FORM, 0):"]"
PRINT "display: mode ":GETPU(PU$MODE, -1):", width ":GETPU(PU$WIDTH, -1):", length ":GETPU(PU$LENGTH, -1)
PRINT "defined: 0 ":GETPU(PU$DEFINED, 0):", -1 ":GETPU(PU$DEFINED, -1):", 5 ":GETPU(PU$DEFINED, 5)

* SETPU changes a setting; the unit is then defined.
SETPU PU$WIDTH, 5, 132
PRINT "unit 5: width ":GETPU(PU$WIDTH, 5):", defined ":GETPU(PU$DEFINED, 5):", status ":STATUS()
SETPU PU$FORM, 1, "A4"
SETPU PU$TOPMARGIN, 1, 3
SETPU PU$BOTMARGIN, 1, 2
PRINT "unit 1: form ":GETPU(PU$FORM, 1):", data lines ":GETPU(PU$DATALINES, 1)

* A unit outside -1 to 255 sets STATUS() to ER$PRT.UNIT (1007); an unknown key to ER$BAD.KEY (1006).
X = GETPU(PU$WIDTH, 300)
PRINT "unit 300: [":X:"] status ":STATUS()
SETPU PU$WIDTH, -2, 80
PRINT "SETPU unit -2: status ":STATUS()
X = GETPU(99, 0)
PRINT "key 99: [":X:"] status ":STATUS()

* PRINTER.SETTING: the setting after any change; -1 restores the default, another negative value is ignored.
PRINT "LPTR width: ":PRINTER.SETTING(2, LPTR$WIDTH)
PRINT "set 100: ":PRINTER.SETTING(2, LPTR$WIDTH, 100):", GETPU ":GETPU(PU$WIDTH, 2)
PRINT "set -5: ":PRINTER.SETTING(2, LPTR$WIDTH, -5)
PRINT "set -1: ":PRINTER.SETTING(2, LPTR$WIDTH, -1)
PRINT "lines ":PRINTER.SETTING(2, LPTR$LINES):", data lines ":PRINTER.SETTING(2, LPTR$DATA.LINES)
PRINT "name: ":PRINTER.SETTING(2, LPTR$NAME, "laser"):", location ":GETPU(PU$LOCATION, 2)
PRINT "mode: ":PRINTER.SETTING(2, LPTR$MODE, 3):", copies ":PRINTER.SETTING(2, LPTR$COPIES, 2)
PRINT "top margin: ":PRINTER.SETTING(2, LPTR$TOP.MARGIN, 4):", lines left ":PRINTER.SETTING(2, LPTR$LINES.LEFT)
