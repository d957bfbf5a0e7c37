* HEADING, FOOTING and PAGE on the display. Output that is not a terminal has pages of @CRTHIGH (24) lines
* laid out in @CRTWIDE (80) columns, one after the other, with no prompt: the heading, the body, then the
* footing at the foot of the page. 'G' fills the line to one column short of the width, 'C' centres,
* 'P' is the page number in 4 columns (Pn: n), 'S' left-justified (Sn: in n), 'L' starts a new line.
HEADING "Stock report'G'Page 'PL'"
FOOTING "'C'Page 'S' of stock"
FOR I = 1 TO 25
   PRINT "item ":I
NEXT I
* PAGE ends the page: blank lines down to the footing.
PAGE
PRINT "after PAGE"
* PAGE n numbers the next page n.
PAGE 7
HEADING "Bob''s 'S3'-'P2'-'L'Left'G'Centre'CG'Right"
PRINT "new heading, ":"page 7"
PRINT "a line":
PRINT " continued"
END
