* An element-wise numeric function stops on a non-numeric element, as the scalar function does
PRINT "OK=":CONVERT(@VM, "]", ABSS("-1":@VM:"-2"))
PRINT "BAD=":ABSS("-1":@VM:"x")
PRINT "NOT REACHED"
END
