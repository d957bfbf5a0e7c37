* BASICPATH - CALLed routines are found beside the program first, then along the
* BASICPATH configuration parameter (folders relative to the configuration file).
CALL GREET(X)
PRINT X
CALL LIBSUB(Y)
PRINT Y
CALL DEEPER(Z)
PRINT Z
