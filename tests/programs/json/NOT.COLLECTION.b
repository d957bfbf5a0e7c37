* An element reference on a value that is not a collection is a runtime error.
X = 'text'
PRINT X{'a'}
