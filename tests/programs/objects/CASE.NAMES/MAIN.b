* Class and routine names in any case; SUB for SUBROUTINE.
g = object("Greeter")
crt g->greet("world")
h = object("GREETER", "hi")
h->Shout("you")
crt objinfo(h, 1)
