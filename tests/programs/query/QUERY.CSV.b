* CSV and JSON: the same records as data, with the output conversions applied and no padding, page
* heading or closing message, so a report can go straight to a file or an HTTP reply.
EXECUTE "SORT STOCK WITH CATEGORY = 'PARTS' OR CATEGORY = 'TOOLS' DESCRIPTION PRICE COLOUR CSV"
EXECUTE "LIST STOCK '1001' '1002' DESCRIPTION QTY COLOUR VALUE JSON"
EXECUTE "LIST STOCK WITH QTY > 1000 JSON"
* CAPTURING keeps the report: each line is a field.
EXECUTE "LIST STOCK '1004' DESCRIPTION QTY CSV" CAPTURING OUT
PRINT DCOUNT(OUT, @FM):" lines: ":CONVERT(@FM, "|", OUT)
