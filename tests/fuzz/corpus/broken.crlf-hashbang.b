#!/usr/bin/env mvbasic
X = 1
IF X THEN
  PRINT X
END ELSE
PRINT "y
