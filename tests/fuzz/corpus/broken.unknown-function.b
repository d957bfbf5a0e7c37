X = FOO(1)
Y = BAR()
