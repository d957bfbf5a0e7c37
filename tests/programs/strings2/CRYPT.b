* ENCRYPT and DECRYPT: AES-128 (key from SHA-256 of the key string), printable base64 result
E = ENCRYPT("hello", "key")
PRINT "ROUND=":DECRYPT(E, "key")
PRINT "SAME=":(ENCRYPT("hello", "key") = E):" OTHERKEY=":(ENCRYPT("hello", "other") # E):" WRONG=":(DECRYPT(E, "other") # "hello")
X = "a":@FM:"b":@VM:CHAR(0):CHAR(255)
PRINT "MARKS=":(DECRYPT(ENCRYPT(X, "k"), "k") = X)
* The encrypted text never holds a control character or a mark
Y = ENCRYPT(X:STR("z", 100), "k")
OK = 1
FOR I = 1 TO LEN(Y)
   C = SEQ(Y[I, 1])
   IF C < 32 OR C > 250 THEN OK = 0
NEXT I
PRINT "PRINTABLE=":OK
PRINT "LEN=":LEN(E):",":LEN(ENCRYPT("", "k")):",":LEN(ENCRYPT(STR("x", 16), "k"))
PRINT "NOKEY=":DECRYPT(ENCRYPT("abc", ""), ""):" NUM=":DECRYPT(ENCRYPT(12.5, 7), 7)
PRINT "BAD=[":DECRYPT("not base64!", "k"):"],[":DECRYPT("", "k"):"],[":DECRYPT(ENCRYPT("", "k"), "k"):"]"
LONG = STR("0123456789", 100)
PRINT "LONG=":(DECRYPT(ENCRYPT(LONG, "a long key of many characters, longer than sixty four characters in all"), "a long key of many characters, longer than sixty four characters in all") = LONG)
END
