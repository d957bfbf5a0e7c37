$INCLUDE KEYS.H
* GETNLS(key) and SETNLS key, value: the currency symbol, thousands separator and decimal point, "$", ","
* and "." to start with, which the MD conversions and FMT() write and ICONV reads back. The separator and
* the point are one character (the value's first); an unknown key reads "" and is ignored when set.
PRINT "[":GETNLS(NLS$CURRENCY):"] [":GETNLS(NLS$THOUSANDS):"] [":GETNLS(NLS$DECIMAL):"]"
PRINT OCONV(1234567, "MD2,$"):" ":FMT(1234.5, "R2,"):" ":ICONV("$12,345.67", "MD2")
SETNLS NLS$CURRENCY, "EUR "
SETNLS NLS$THOUSANDS, "."
SETNLS NLS$DECIMAL, ",;"
PRINT "[":GETNLS(NLS$CURRENCY):"] [":GETNLS(NLS$THOUSANDS):"] [":GETNLS(NLS$DECIMAL):"] status ":STATUS()
PRINT OCONV(1234567, "MD2,$"):" ":FMT(1234.5, "R2,"):" ":ICONV("EUR 12.345,67", "MD2")
* An empty separator changes nothing.
SETNLS NLS$THOUSANDS, ""
PRINT "separator still [":GETNLS(NLS$THOUSANDS):"]"
PRINT "key 9: [":GETNLS(9):"]"
SETNLS 9, "x"
PRINT "SETNLS 9: status ":STATUS()
SETNLS NLS$CURRENCY, "$"
SETNLS NLS$THOUSANDS, ","
SETNLS NLS$DECIMAL, "."
PRINT OCONV(1234567, "MD2,$")
