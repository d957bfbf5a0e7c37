* $MODE COMPATIBLE.APPEND: an append to a field, value or subvalue list whose last element is null fills
* that element instead of adding a mark (QM's "Assignment statements" page, INS, INSERT() and REPLACE()).
* Marks are shown as ^ (field), ] (value) and \ (subvalue).
S = "ABC":@FM:"DEF":@VM:@FM:"XYZ":@FM
V = "A":@VM:"B":@SM
CRT "default"
T = S ; T<-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = S ; T<1,-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = S ; T<2,-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = V ; T<1,2,-1> = "C" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = S ; INS "GHI" BEFORE T<-1> ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(S, -1, "GHI"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(S, 2, -1; "GHI"))
$MODE COMPATIBLE.APPEND
CRT "COMPATIBLE.APPEND"
T = S ; T<-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = S ; T<1,-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = S ; T<2,-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = V ; T<1,2,-1> = "C" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
T = S ; INS "GHI" BEFORE T<-1> ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
CRT CONVERT(@FM:@VM:@SM, "^]\", INSERT(S, -1, "GHI"))
CRT CONVERT(@FM:@VM:@SM, "^]\", REPLACE(S, 2, -1; "GHI"))
* An empty string takes the data without a mark in both modes; a field that is not null gets its mark.
E = "" ; E<-1> = "X" ; CRT E
T = "P" ; T<-1> = "Q" ; CRT CONVERT(@FM, "^", T)
$MODE -COMPATIBLE.APPEND
CRT "off again"
T = S ; T<-1> = "GHI" ; CRT CONVERT(@FM:@VM:@SM, "^]\", T)
* (INSERT() and REPLACE() compile to ~INSERT.COMPATIBLE.APPEND and ~REPLACE.COMPATIBLE.APPEND in the mode.)
