* Unknown names are errors that suggest the nearest known name, when one is near enough to be a slip.
X = TRMI(" a ")
PIRNT X
Y = @SENTANCE
Z = FOOBARBAZ(1)
