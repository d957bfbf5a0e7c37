* obj->name on a value that is not an object.
X = 5
CRT "before"
X->ADD(1)
