* STOP followed by a print list: the items are displayed (',' is a tab stop), then the program stops.
PRINT "before"
STOP 201, 'VOC'
PRINT "not reached"
