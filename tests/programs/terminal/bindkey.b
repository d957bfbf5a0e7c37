* BINDKEY() and KEYEDIT/KEYEXIT/KEYTRAP change the keys KEYCODE() knows (bindkey.in: "{x", Ctrl-E, "}",
* Ctrl-X, Esc-A, Ctrl-T, Esc-z, "AB" and "Q").
PRINT BINDKEY("{x", 200):" ":STATUS()
PRINT BINDKEY("{x", -2)
PRINT BINDKEY("{xy", 202):" ":STATUS()
PRINT BINDKEY("", 65):" ":STATUS()
PRINT BINDKEY("}", 300):" ":STATUS()
PRINT BINDKEY("}", -9):" ":STATUS()
PRINT BINDKEY("}", 125):" ":STATUS()
SAVED = BINDKEY("", -3)
PRINT BINDKEY("AB", 66)
PRINT BINDKEY(CHAR(5), 1)
K = KEYCODE()
PRINT SEQ(K)
K = KEYCODE()
PRINT SEQ(K)
PRINT BINDKEY("}", -1):" ":BINDKEY("}", -2)
K = KEYCODE()
PRINT SEQ(K)
* KEYEXIT and KEYTRAP keys read as CHAR(0), STATUS() 256 or 512 plus the action.
KEYEXIT (5, 24)
KEYTRAP (7, 65 + 32), (9, 20)
* A key of 160 and above is up to four bytes, lowest first: 160 + 27 + 122 * 256 is Esc z.
KEYEXIT (3, 160 + 27 + 122 * 256)
FOR I = 1 TO 4
  K = KEYCODE()
  PRINT SEQ(K):" ":STATUS()
NEXT I
* Restoring the saved bindings forgets "AB" and the KEYEXIT/KEYTRAP keys; -5 and -6 give the old state.
PRINT BINDKEY(SAVED, -4):" ":BINDKEY("AB", -2):" ":BINDKEY(CHAR(24), -2)
PRINT BINDKEY("", -5):BINDKEY("", -5):BINDKEY("", -6):BINDKEY("", -6)
K = KEYCODE()
PRINT K
