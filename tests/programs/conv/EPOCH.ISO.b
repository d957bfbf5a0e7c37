* The E conversion's ISO 8601 special codes, the U option (UTC whatever the time zone), the Z element (the
* zone's name) and date elements on both sides of the time, with the value 1234567890 in time zone EST as
* in QM's "Epoch Conversion" page; and D's ISO 8601 week codes with 9649 (1 June 1994) from its "Date
* Conversion" page.
SET.TIMEZONE "EST5EDT"
E = 1234567890
CRT OCONV(E, "EISO8601W")
CRT OCONV(E, "EISO8601W-")
CRT OCONV(E, "EISO8601T")
CRT OCONV(E, "EISO8601T-")
CRT OCONV(E, "EWALMALDTSZY[A3,A3]")
CRT OCONV(E, 'EWADMYTSZL[3", ",,A3]')
CRT OCONV(E, "E4DOMAYLTS[,A3]")
* U: the same moment in UTC, 5 hours later.
CRT OCONV(E, "EU YMDTS")
CRT OCONV(E, "EUISO8601T-")
CRT OCONV(E, "EUTZ")
CRT OCONV(E, "ETSO:Z")
CRT OCONV(9649, "DISO8601W"), OCONV(9649, "DISO8601W-")
* 1 January 2005 (13516) is in week 53 of ISO year 2004; the time codes do not belong to D.
CRT OCONV(13516, "DISO8601W-"), OCONV(13516, "DISO8601T"), STATUS()
* ISO codes are output only; other elements may not join them.
X = ICONV("2009W075", "EISO8601W") ; CRT STATUS()
X = OCONV(E, "EISO8601WT") ; CRT STATUS()
