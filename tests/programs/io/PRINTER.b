* Print units: mvbasic has no printers, so PRINT ON n, and PRINT after PRINTER ON, write to standard output
* in order with CRT and DISPLAY. PRINTER ON/OFF only changes SYSTEM(1); PRINTER CLOSE (every unit) or
* PRINTER CLOSE ON 0 ends PRINTER ON, PRINTER CLOSE ON another unit leaves it.
PRINT "default: SYSTEM(1) ":SYSTEM(1)
PRINT ON 0 "print unit 0"
PRINT ON -1 "print unit -1, the display"
U = 4
PRINT ON U + 1 "print unit ":U + 1:", ":"joined":
PRINT ON U + 1 " on one line"
PRINTER ON
PRINT "PRINTER ON: SYSTEM(1) ":SYSTEM(1)
CRT "CRT between printed lines"
DISPLAY "DISPLAY too"
PRINT ON 3 "unit 3", "after a tab"
PRINTER CLOSE ON 3
PRINT "after PRINTER CLOSE ON 3: SYSTEM(1) ":SYSTEM(1)
PRINTER CLOSE ON 0
PRINT "after PRINTER CLOSE ON 0: SYSTEM(1) ":SYSTEM(1)
PRINTER ON
PRINTER CLOSE
PRINT "after PRINTER CLOSE: SYSTEM(1) ":SYSTEM(1)
PRINTER ON
PRINTER OFF
PRINT "after PRINTER OFF: SYSTEM(1) ":SYSTEM(1)
IF 1 THEN PRINTER ON ELSE PRINTER OFF
PRINT "in a THEN clause: SYSTEM(1) ":SYSTEM(1)
PRINTER = "a variable named PRINTER"
PRINT PRINTER
