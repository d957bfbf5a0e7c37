* D conversions with bracketed format modifiers, one per part in order: A (name), Z (no leading zeros), a
* width (names padded or cut, day and month numbers left-aligned, the last n digits of a year) and a quoted
* separator to follow the part. Day 9649 is Wednesday 1 June 1994.
D = 9649
PRINT "[":OCONV(D, "D DMY[,A9,2]"):"]"
PRINT "[":OCONV(D, "D/MDY[Z,Z,2]"):"]"
PRINT "[":OCONV(D, "D-DMY[2,A3,2]"):"]"
PRINT "[":OCONV(D, "D DMY[Z,A,Z]"):"]"
PRINT "[":OCONV(D, "DYMD[4'-',Z'/',Z]"):"]"
PRINT "[":OCONV(D, 'DYMD["",""]'):"]"
PRINT "[":OCONV(D, "D/DMY[,,2]"):"]"
PRINT "[":OCONV(D, "D DMY[4]"):"]"
PRINT "[":OCONV(D, "D DMYL[,A3]"):"]"
PRINT "[":OCONV(D, "D WDMY[A,,A3]"):"]"
PRINT "[":OCONV(D, "D2/DMY[Z,Z]"):"]"
* Invalid modifiers are an invalid code: the data comes back with STATUS() 2.
PRINT "[":OCONV(D, "D DMY[Q]"):"] ":STATUS()
PRINT "[":OCONV(D, "D DMY[33]"):"] ":STATUS()
PRINT "[":OCONV(D, "D DMY['-]"):"] ":STATUS()
* Input conversion reads the forms the same codes write.
PRINT ICONV("01 JUNE      94", "D DMY[,A9,2]"):" ":STATUS()
PRINT ICONV("6/1/94", "D/MDY[Z,Z,2]"):" ":STATUS()
PRINT ICONV("1994-6/1", "DYMD[4'-',Z'/',Z]"):" ":STATUS()
PRINT ICONV("01-JUN-94", "D-DMY[2,A3,2]"):" ":STATUS()
PRINT ICONV("19940601", 'DYMD["",""]'):" ":STATUS()
PRINT "[":ICONV("x", "D/MDY[Z,Z,2]"):"] ":STATUS()
END
