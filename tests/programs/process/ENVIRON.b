* ENV(name), SENTENCE(), TCLREAD, UMASK() and DIR().
PRINT "PATH set: " : (ENV("PATH") # "")
PRINT "[" : ENV("MVBASIC_NO_SUCH_VARIABLE") : "]"
PRINT SENTENCE()
TCLREAD CMD
PRINT CMD
PRINT SENTENCE() = @SENTENCE
* UMASK(mask) sets the mask and returns the previous one; a negative mask only asks.
OLD = UMASK(23)
PRINT UMASK(-1)
PRINT UMASK(OLD)
PRINT UMASK(-1) = OLD
* DIR(path): name, value mark, F (file) or D (folder) for each entry.
ROOT = "/tmp/mvbasic-golden-dir-" : SYSTEM(1031)
OS.EXECUTE "rm -rf " : ROOT
OPENSEQ ROOT : "/b.txt" TO F ELSE NULL
WRITESEQ "x" TO F ELSE NULL
CLOSESEQ F
OPENSEQ ROOT : "/a/inner" TO F ELSE NULL
WRITESEQ "y" TO F ELSE NULL
CLOSESEQ F
PRINT CONVERT(@FM : @VM, "^]", DIR(ROOT))
PRINT CONVERT(@FM : @VM, "^]", DIR(ROOT : "/a/"))
PRINT "[" : DIR(ROOT : "/none") : "]"
OS.EXECUTE "rm -rf " : ROOT
