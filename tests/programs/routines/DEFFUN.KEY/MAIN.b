* DEFFUN ... CALLING "routine" KEY k: several functions served by one routine, which receives the key
* before the call's own arguments (QM's own PCL.H is written this way).
DEFFUN SHAPE.AREA(W, H) CALLING "SHAPES" KEY 1
DEFFUN SHAPE.NAME(W) CALLING "SHAPES" KEY "name"
PRINT SHAPE.AREA(3, 4)
PRINT SHAPE.NAME(7)
