* The class statements outside a class module, OBJECT() without a class name, and -> without a name:
* compile errors.
PUBLIC A
GET LENGTH
INHERIT Y
DISINHERIT Y
C = OBJECT()
X->
CRT Y->1
