* KEYIN(), KEYINC() and KEYINR() with standard input a file (keyin.in holds "aB", a newline and "xcd"):
* one byte each, not taken from DATA; "" with STATUS() ER$EOF (3030) at the end, timeout or not.
DATA "for INPUT, not for KEYIN"
K = KEYIN()
PRINT SEQ(K):" ":STATUS()
K = KEYINC()
PRINT K:" ":STATUS()
K = KEYINR(1.5)
PRINT SEQ(K)
K = KEYIN(0)
PRINT K
* KEYINC() inverts the case of letters once TTYSET turns case inversion on; KEYIN() never does.
T = TTYGET()
T<2> = 1
TTYSET T
PRINT KEYINC():KEYIN()
K = KEYIN()
PRINT LEN(K):" ":STATUS()
K = KEYIN(0.25)
PRINT LEN(K):" ":STATUS()
K = KEYINC(0)
PRINT LEN(K):" ":STATUS()
INPUT D
PRINT D
