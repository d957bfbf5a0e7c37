* OS.EXECUTE cmd {CAPTURING var | SILENT} {RETURNING var}: a command run by the shell. Captured output has
* one field a line. STATUS() is 0 when the command ran; OS.ERROR() (and RETURNING) is its exit status.
OS.EXECUTE "echo one; echo two" CAPTURING OUT
PRINT DCOUNT(OUT, @FM) : ":" : CONVERT(@FM, "|", OUT)
OS.EXECUTE "exit 3" RETURNING RC
PRINT RC : " " : STATUS() : " " : OS.ERROR()
OS.EXECUTE "printf 'no newline'" CAPTURING OUT RETURNING RC
PRINT OUT : " " : RC
* Without CAPTURING the output goes straight to standard output, after what the program printed.
PRINT "before"
OS.EXECUTE "echo direct"
* SILENT discards the output, standard error too.
OS.EXECUTE "echo hidden; echo hidden 1>&2; exit 4" SILENT
PRINT "silent: " : OS.ERROR()
* Standard error is not captured.
OS.EXECUTE "echo to-stderr 1>&2; echo out" CAPTURING OUT
PRINT OUT
OS.EXECUTE "true" CAPTURING OUT
PRINT "[" : OUT : "] " : STATUS() : " " : OS.ERROR()
