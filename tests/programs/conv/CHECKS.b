* Group extraction, length, range and pattern checks, substitution, substrings, chained codes and multivalues
URL = "https://www.example.com:8080/path/to/page"
HOST.PORT = OCONV(URL, "G2/1")
PRINT HOST.PORT:" ":OCONV(HOST.PORT, "G0:1"):" ":OCONV(HOST.PORT, "G1:1")
PRINT OCONV(URL, "G3/3"):" ":OCONV("www.example.com", "G1.2")
WORDS = "ab":@FM:"abcd":@FM:"abcdefg"
FOR I = 1 TO 3
   W = WORDS<I>
   PRINT OCONV(W, "L"):" [":OCONV(W, "L5"):"] [":OCONV(W, "L3,5"):"]"
NEXT I
LINE = ""
NUMS = -5:@FM:0:@FM:7:@FM:15:@FM:150
FOR I = 1 TO 5
   LINE := "[":OCONV(NUMS<I>, "R1,10;100,200"):"]"
NEXT I
PRINT LINE
PAT = "P(3N'-'4N);(1A2N)"
PRINT "[":OCONV("555-1234", PAT):"] [":OCONV("A12", PAT):"] [":OCONV("5551234", PAT):"]"
PRINT OCONV(0, "S;'yes';'no'"):" ":OCONV(3, "S;'yes';'no'"):" ":OCONV("", "S;*;'-'"):" ":OCONV("ok", "S;*;'-'")
PRINT OCONV("20240315", "T1,4"):"/":OCONV("20240315", "T5,2"):" ":OCONV("INV-000123", "T6")
PRINT OCONV(20529, "D4/":@VM:"G2/1"):" ":OCONV(ICONV("2024-03-15", "D-YMD"), "DWA":@VM:"MCT"):" ":OCONV(1234567, "MD2,":@VM:"MCN")
X = OCONV("N/A", "MD2":@VM:"MCL")
PRINT "CHAIN=":X:" STATUS=":STATUS()
PRINT CONVERT(@VM, "]", OCONV(0:@VM:366:@VM:9649, "D2/"))
X = ICONVS("1/1/68":@VM:"bad":@VM:"1/2/68", "D")
PRINT CONVERT(@VM, "]", X):" STATUS=":STATUS()
X = OCONV("abc", "Q9")
PRINT "BADCODE=":X:" STATUS=":STATUS()
X = OCONV("K1", "TCUSTOMERS;X;1;1")
PRINT "TFILE=":X:" STATUS=":STATUS()
X = OCONV("same", "")
PRINT "NOCODE=":X:" STATUS=":STATUS()
END
