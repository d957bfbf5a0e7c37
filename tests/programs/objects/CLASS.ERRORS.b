* The class statements outside a class module, and OBJECT() without a class name: compile errors.
PUBLIC A
GET LENGTH
INHERIT Y
DISINHERIT Y
C = OBJECT()
