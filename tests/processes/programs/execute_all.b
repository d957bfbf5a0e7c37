* EXECUTE and PERFORM through the command processor: CAPTURING (each output line one field), RETURNING and
* @SYSTEM.RETURN.CODE, for RUN, SH, SLEEP, HELP, LOGOUT and an unknown command.
EXECUTE "RUN hello.b one 'two words'" CAPTURING OUT RETURNING RC
PRINT "run: [":OUT:"] rc=":RC
EXECUTE "SH -c 'echo line1; echo line2; exit 3'" CAPTURING OUT RETURNING RC
PRINT "sh: fields=":DCOUNT(OUT, @FM):" f1=":OUT<1>:" f2=":OUT<2>:" rc=":RC:" code=":@SYSTEM.RETURN.CODE
EXECUTE "NO.SUCH.VERB x" CAPTURING OUT RETURNING RC
PRINT "unknown: [":OUT:"] rc=":RC
EXECUTE "SLEEP 0.2" RETURNING RC
PRINT "sleep: rc=":RC
EXECUTE "HELP LEN" CAPTURING OUT RETURNING RC
PRINT "help: [":OUT:"] rc=":RC
EXECUTE "RUN missing.b" CAPTURING OUT RETURNING RC
PRINT "missing: rc=":RC:" says ":FIELD(OUT, ":", 1)
EXECUTE "RUN broken.b" CAPTURING OUT RETURNING RC
PRINT "broken: rc=":RC:" error at ":FIELD(OUT<1>, " ", 1)
EXECUTE "RUN fails.b" CAPTURING OUT RETURNING RC
PRINT "fails: rc=":RC:" first=":OUT<1>:" then=":FIELD(OUT<2>, ":", 3)
PERFORM "RUN hello.b via perform"
PRINT "perform: code=":@SYSTEM.RETURN.CODE
EXECUTE "RUN nested.b" CAPTURING OUT
PRINT "nested: [":OUT:"]"
EXECUTE "LOGOUT 999" CAPTURING OUT RETURNING RC
PRINT "logout: [":OUT:"] rc=":RC
EXECUTE "LOGOUT" CAPTURING OUT RETURNING RC
PRINT "logout usage: [":OUT:"] rc=":RC
EXECUTE "SH -c 'exit 0'" RETURNING RC
PRINT "sh ok: rc=":RC
