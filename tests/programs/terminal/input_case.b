* Case inversion (TTYSET field 2) applies to typed input read by INPUT, KEYINC() and KEYCODE(), not to
* DATA and not to KEYIN() (input_case.in: "Hello World", "abc", "xyz").
INPUT A
PRINT A
T = TTYGET()
T<2> = 1
TTYSET T
INPUT B
PRINT B
DATA "Data"
INPUT C
PRINT C
PRINT KEYCODE():KEYINC():KEYIN()
