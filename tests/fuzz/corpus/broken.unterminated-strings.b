X = "abc
Y = 'def
Z = \ghi
