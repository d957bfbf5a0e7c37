* A class module run as a program: a usage error that says how to use it.
CLASS RUN.CLASS
   PUBLIC SUBROUTINE HELLO
      CRT "hello"
   END
END
