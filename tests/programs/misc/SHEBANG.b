#!/usr/bin/env mvbasic
* A program whose first line is a #! line runs as usual: the line is ignored
PRINT "SHEBANG=ok"
X = 6 * 7
PRINT "ANSWER=":X
END
