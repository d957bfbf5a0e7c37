* EXECUTE inside a program that was itself run by EXECUTE ... CAPTURING.
EXECUTE "SH -c 'echo inner'" CAPTURING INNER
PRINT "nested got ":INNER
