* Masked decimal conversions: an invoice in cents, then signs, masks, scaling, rounding and input forms
ITEMS = "Widget":@VM:"Gadget":@VM:"Refund"
CENTS = 125000:@VM:4599:@VM:-2500
TOTAL = 0
FOR I = 1 TO 3
   AMT = CENTS<1,I>
   TOTAL += AMT
   PRINT FMT(ITEMS<1,I>, "L#8"):OCONV(AMT, "MR2,$(12")
NEXT I
PRINT FMT("Total", "L#8"):OCONV(TOTAL, "MR2,$(12")
PRINT OCONV(1234567, "MD2,"):" ":OCONV(-1234567, "MD2,C"):" [":OCONV(1234567, "MD2,D"):"] [":OCONV(0, "MD2Z"):"]"
PRINT OCONV(7, "MR0%5"):" ":OCONV(5551234567, "MR0#3-#3-#4"):" [":OCONV(42, "ML0#6"):"]"
PRINT OCONV(12345, "MD25"):" ":OCONV(99.995, "MD20"):" ":OCONV(-0.005, "MD20"):" ":OCONV(12399, "MD02T")
PRINT ICONV("1,250.00", "MD2"):" ":ICONV("($25.00)", "MD2"):" ":ICONV("45.999", "MD2"):" ":ICONV("12", "MD2")
X = OCONV("N/A", "MD2")
PRINT "BAD=":X:" STATUS=":STATUS()
END
