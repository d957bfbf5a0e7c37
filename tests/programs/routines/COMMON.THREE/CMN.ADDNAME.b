* Count a name and append it to the list, both in unnamed COMMON
SUBROUTINE CMN.ADDNAME(NAME)
COMMON N, LIST
N = N + 1
LIST<-1> = NAME
RETURN
END
