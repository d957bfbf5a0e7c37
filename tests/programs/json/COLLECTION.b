* COLLECTION(), element references c{name}, nested paths, reference copies, ENUMERATE() and STATUS().
* Assignment compiles to the ELEMENT.SET built-in, INS ... AS to ELEMENT.INS and DEL to ELEMENT.DEL (all hidden)
$INCLUDE SYSCOM ERR.H
CLI = COLLECTION()
CLI{'name'} = 'Acme'
CLI{'ADDRESS', 'TOWN'} = 'Leeds'
CLI{'ADDRESS'}{'POSTCODE'} = 'LS1'
CLI{'ADDRESS/STREET'} = 'High St'
PRINT CLI{'name'}
PRINT CLI{'ADDRESS/TOWN'} : ',' : CLI{'ADDRESS'}{'POSTCODE'} : ',' : CLI{'ADDRESS', 'STREET'}
ITEM = 'name'
PRINT CLI{ITEM} : '/' : CLI{'na' : 'me'}
* Names are case sensitive; an absent element is "" and sets STATUS().
X = CLI{'NAME'}
PRINT '[' : X : '] ' : (STATUS() = ER$NOT.FOUND)
X = CLI{'name'}
PRINT STATUS()
* Copying the variable shares the collection; COLLECTION(c) copies it, nested levels too.
SAME = CLI
COPY = COLLECTION(CLI)
SAME{'name'} = 'Beta'
COPY{'ADDRESS/TOWN'} = 'York'
PRINT CLI{'name'} : ' ' : COPY{'name'} : ' ' : CLI{'ADDRESS/TOWN'} : ' ' : COPY{'ADDRESS/TOWN'}
* ENUMERATE(): sorted names, one level only, field mark delimited.
CLI{'Zed'} = 1
CLI{'alpha'} = 2
PRINT CONVERT(@FM, ',', ENUMERATE(CLI))
PRINT CONVERT(@FM, ',', ENUMERATE(CLI{'ADDRESS'}))
PRINT '[' : ENUMERATE(CLI{'nothing'}) : ']'
* Compound assignment and numbers in elements.
CLI{'count'} = 5
CLI{'count'} += 2
CLI{'count'} := 'x'
PRINT CLI{'count'}
PRINT VARTYPE(CLI) : ' ' : VARTYPE(CLI{'alpha'}) : ' ' : VARTYPE(CLI{'name'}) : ' ' : VARTYPE(CLI{'ADDRESS'})
* A collection in a dimensioned array.
DIM CLIENTS(2)
CLIENTS(1) = CLI
PRINT CLIENTS(1){'ADDRESS', 'TOWN'}
* ELEMENT.EXISTS() and DEL.
PRINT ELEMENT.EXISTS(CLI{'ADDRESS', 'TOWN'}) : ELEMENT.EXISTS(CLI{'ADDRESS/COUNTY'}) : ELEMENT.EXISTS(CLI{'Zed'})
DEL CLI{'ADDRESS', 'TOWN'}
PRINT CONVERT(@FM, ',', ENUMERATE(CLI{'ADDRESS'}))
DEL CLI{'ADDRESS'}
PRINT ELEMENT.EXISTS(CLI{'ADDRESS/POSTCODE'})
INS 'new' AS CLI{'Zed'}
PRINT CLI{'Zed'}
