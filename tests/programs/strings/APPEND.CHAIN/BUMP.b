FUNCTION BUMP(V)
* Changes its argument and returns a marker.
V = "changed"
RETURN "+"
END
