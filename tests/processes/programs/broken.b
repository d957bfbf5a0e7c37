* Does not compile: RUN reports the error and returns 3.
PRINT (1 +
