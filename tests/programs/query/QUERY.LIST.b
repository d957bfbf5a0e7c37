* LIST and SORT reports on the directory file STOCK. Output to a pipe does not page: the page heading (the
* sentence and the page number, in a 79-column line) and the column headings come once.
EXECUTE "LIST STOCK"
EXECUTE "LIST STOCK DESCRIPTION QTY PRICE COLOUR"
EXECUTE "SORT STOCK BY.DSND QTY SHORT VALUE"
EXECUTE "LIST STOCK ID.ONLY"
EXECUTE "LIST STOCK DESCRIPTION ID.SUP HDR.SUP"
EXECUTE "LIST STOCK QTY COL.HDR.SUPP"
EXECUTE "LIST STOCK DESCRIPTION COL.HDG 'Name' QTY FMT '8R' PRICE CONV 'MD0' HEADING 'Stock list'"
EXECUTE "LIST STOCK WITH CATEGORY = 'TOYS' DESCRIPTION STOCK.VALUE NCOLOURS UPNAME"
* WHEN shows only the values that pass.
EXECUTE "LIST STOCK WITH COLOUR = 'Red' WHEN COLOUR = 'Red' COLOUR"
* BY.EXP lists each value on its own line.
EXECUTE "SORT STOCK BY.EXP COLOUR COLOUR DESCRIPTION WITH COLOUR"
* Totals and breaks.
EXECUTE "SORT STOCK BY CATEGORY BREAK.ON CATEGORY TOTAL QTY"
EXECUTE "SORT STOCK BY CATEGORY BREAK.ON CATEGORY TOTAL QTY DET.SUP"
EXECUTE "LIST STOCK '1003' '1001' DESCRIPTION SAMPLE 1"
EXECUTE "LIST STOCK WITH QTY > 1000"
* An A correlative (A;2*3: field 2 times field 3), a C-type program, a hyphenated name in an I-type.
EXECUTE "LIST STOCK '1001' '1002' A.VALUE C.DOUBLE UNIT-PRICE TWICE"
* PERFORM is EXECUTE.
PERFORM "LIST STOCK '1003' DESCRIPTION HDR.SUP"
* BREAK.ON "text": the break line's text, 'V' standing for the value that ended, cut to the column.
EXECUTE "SORT STOCK BY CATEGORY BREAK.ON ":CHAR(34):"'V'...":CHAR(34):" CATEGORY TOTAL QTY WITH QTY > 8 COL.HDR.SUPP"
* Columns too wide for the line even one space apart: each record is shown as lines of heading and value.
EXECUTE "LIST STOCK '1001' '1005' DESCRIPTION FMT '40L' UPNAME FMT '40L' COLOUR"
* An I-type sees @FILENAME, and may call a subroutine (SUBR() finds SHOUT in the current directory).
EXECUTE "LIST STOCK '1002' WHERE SHOUTED"
* EVAL "expression": an I-type written in the sentence, as a column or in a condition.
EXECUTE 'LIST STOCK WITH EVAL "QTY * PRICE" > 2000 EVAL "QTY * PRICE" DESCRIPTION'
