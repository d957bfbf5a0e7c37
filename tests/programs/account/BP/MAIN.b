* Include records of a QM account: KEYS-style records in the account's own SYSCOM folder (found after the
* program's own file, before mvbasic's SYSCOM), and a record named by a path from the account folder.
$INCLUDE ACCT.H
$INCLUDE EQU/PATHS.H
$include acct.h
PRINT "account constant " : ACCT$LIMIT
PRINT "path constant " : PATH$NAME
