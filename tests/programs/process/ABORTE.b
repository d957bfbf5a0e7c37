* ABORTE takes its message from the ERRMSG file; there is none beside this program, which it says.
ABORTE 201, "VOC"
