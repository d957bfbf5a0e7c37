* The include records for keyboard and screen programs: KEYIN.H's key codes, TTY.H's TTYGET() fields and
* TERMINFO.H's TERMINFO() fields (stdlib/syscom).
$INCLUDE SYSCOM KEYIN.H
$INCLUDE SYSCOM TTY.H
$INCLUDE SYSCOM TERMINFO.H
PRINT CTRL.A:" ":CTRL.Z:" ":K$RETURN:" ":K$ESC:" ":K$F1:" ":K$SHIFT.F12:" ":K$UP:" ":K$DELETE:" ":K$USER9
T = TTYGET()
PRINT TTY$CTRL.C.BREAK:" ":TTY$CASE.INVERT:" ":T<TTY$BREAK.CHAR>
I = TERMINFO()
PRINT T$TERM.TYPE:" ":T$KEY.F1:" ":T$XMC:" ":(I<T$CARRIAGE.RETURN> = TERMINFO("cr"))
