* A program whose included record has an error: the message says where it was included from.
PRINT 1
$INCLUDE MID.H
