* CSVDQ(line {, delim}): the fields of one CSV line as a field-mark list, quotes removed as QM removes
* them. Results are shown with each field mark as '|'.
PRINT CONVERT(@FM, "|", CSVDQ('plain'))
PRINT CONVERT(@FM, "|", CSVDQ('has,comma'))
* A quote inside an unquoted field is taken as quoting and dropped.
PRINT CONVERT(@FM, "|", CSVDQ('has"quote'))
PRINT CONVERT(@FM, "|", CSVDQ('a;b', ';'))
PRINT CONVERT(@FM, "|", CSVDQ('x,"y,z",w'))
* Doubled quotes inside a quoted field stand for one quote.
PRINT CONVERT(@FM, "|", CSVDQ('"say ""hi"""'))
PRINT CONVERT(@FM, "|", CSVDQ('"a""b",c'))
* Empty fields, quoted or not.
PRINT CONVERT(@FM, "|", CSVDQ('a,"",b'))
PRINT DCOUNT(CSVDQ(',,'), @FM) : " fields in ',,'"
PRINT LEN(CSVDQ('')) : " characters from ''"
* An unclosed quote keeps the delimiters after it.
PRINT CONVERT(@FM, "|", CSVDQ('"x,y'))
* Text after a closing quote stays in the field, and the field is still quoted.
PRINT CONVERT(@FM, "|", CSVDQ('"ab"cd,e'))
* A line break inside a quoted field is kept.
PRINT CONVERT(@FM:CHAR(10), "|/", CSVDQ('"line1':CHAR(10):'line2",z'))
* A null delimiter leaves the string alone; a longer one uses its first character.
PRINT CSVDQ('a,b', '')
PRINT CONVERT(@FM, "|", CSVDQ('a:b;c', ':;'))
* Spaces around fields are data.
PRINT CONVERT(@FM, "|", CSVDQ(' a , b '))
PRINT CONVERT(@FM, "|", CSVDQ(12.5))
