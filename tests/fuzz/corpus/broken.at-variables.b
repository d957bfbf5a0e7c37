X = @
Y = @NOPE
Z = @FM<1>
@FM = 1
