* PRINTCSV {ON unit} items {:}: one CSV line printed as PRINT prints it.
PRINTCSV 'a', 'b,c', 'say "hi"'
PRINTCSV 12, -3.5, ''
PRINTCSV "a" : @FM : "b" : @FM : ""
* A trailing ':' leaves the line open for the next PRINT or PRINTCSV.
PRINTCSV 'x', 'y' :
PRINTCSV 'z'
PRINTCSV ON 0 'unit', 0
* Tabs and spaces need no quotes; a line break does.
PRINTCSV 'tab' : CHAR(9) : 'x', ' pad '
PRINTCSV 'one' : CHAR(10) : 'two'
PRINTCSV '"'
