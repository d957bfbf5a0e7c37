* $INCLUDE record names holding '-' or '/', with and without a file name.
$INCLUDE REC-H
$INCLUDE SUB/NAME-1
$INCLUDE INC.BP A ;* a comment after the record name
PRINT X
PRINT Z
PRINT Y
