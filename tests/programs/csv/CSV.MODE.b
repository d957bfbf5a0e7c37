* CSV.MODE mode {, delim} and FORMCSV() (QM's CSV.MODE and FORMCSV pages): mode 1 quotes an item holding a
* quote or the delimiter (RFC 4180), mode 2 every non-null item except numbers without a comma, mode 3
* every item; quotes inside are doubled. WRITECSV and PRINTCSV use the same rules and join their items
* with the delimiter (~CSV.DELIM). SYSTEM(1043) and SYSTEM(1046) report the setting.
S = 'ABC':@FM:'123':@FM:'A"B':@FM:'A,B'
CRT SYSTEM(1043):" [":SYSTEM(1046):"]"
CSV.MODE 1 ; DISPLAY FORMCSV(S)
CSV.MODE 2 ; DISPLAY FORMCSV(S)
CSV.MODE 3 ; DISPLAY FORMCSV(S)
CSV.MODE 2 ; DISPLAY FORMCSV("":@FM:"1.5":@FM:"-2":@FM:"x")
CSV.MODE 1, '*' ; PRINTCSV 'ABC', 'DEF', 'GHI'
PRINTCSV 'A*B', 'C,D'
CRT SYSTEM(1043):" [":SYSTEM(1046):"]"
CSV.MODE 3, ";;" ; PRINTCSV 1, "x"
CSV.MODE 1, "" ; PRINTCSV 1, "x"
PATH = "/tmp/mvbasic-csv-mode-" : SYSTEM(1031)
OSDELETE PATH
OPENSEQ PATH TO F ELSE NULL
CSV.MODE 2, CHAR(9)
WRITECSV "a b", 7 TO F ELSE STOP "cannot write"
CLOSESEQ F
OPENSEQ PATH TO F ELSE STOP "lost"
READSEQ LINE FROM F THEN CRT CONVERT(CHAR(9), "|", LINE)
CLOSESEQ F
OSDELETE PATH
* A mode other than 1, 2 or 3 is a runtime error.
CSV.MODE 4
