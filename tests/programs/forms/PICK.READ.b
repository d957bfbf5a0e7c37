* $MODE PICK.READ: a READ or READV that takes ELSE leaves its variable unchanged (QM's default sets it to "").
OPEN "PICK.READ.FILE" TO F ELSE STOP "cannot open PICK.READ.FILE"
R = "old"
READ R FROM F, "NONE" ELSE PRINT "default: [":R:"]"
$MODE PICK.READ
R = "old"
READ R FROM F, "NONE" ELSE PRINT "pick: [":R:"]"
READV R FROM F, "NONE", 1 ELSE PRINT "pick readv: [":R:"]"
READ R FROM F, "R1" THEN PRINT "found: [":R:"]"
$MODE -PICK.READ
READ R FROM F, "NONE" ELSE PRINT "default again: [":R:"]"
