* TERMINFO(cap) reads $TERM's terminfo entry (the dumb terminal's when TERM is unset). Every terminal the
* tests run under returns with CR and rings the bell with Ctrl-G; no entry has a capability "nonesuch".
PRINT TERMINFO("cr") = CHAR(13)
PRINT TERMINFO("bel") = CHAR(7)
PRINT "[":TERMINFO("nonesuch"):"]"
PRINT "[":TERMINFO(""):"]"
* TERMINFO() is TERMINFO.H's dynamic array: the terminal type, then 113 capabilities (4 is cr, 7 bel).
T = TERMINFO()
PRINT DCOUNT(T, @FM)
PRINT LEN(T<1>) > 0
PRINT (T<4> = CHAR(13)):(T<7> = CHAR(7))
PRINT NUM(T<2>)
