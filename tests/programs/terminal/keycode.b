* KEYCODE() with standard input a file (keycode.in): cursor and function keys as KEYIN.H's codes (Up 205,
* F1 128, F5 132, Delete 212, Home 209), a newline as Return (13), a lone Esc as 27, "" at the end.
FOR I = 1 TO 8
  K = KEYCODE()
  PRINT SEQ(K):" ":STATUS()
NEXT I
K = KEYCODE(0.5)
PRINT LEN(K):" ":STATUS()
