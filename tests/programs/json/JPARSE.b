* JPARSE(): objects, arrays (1-based), numbers, strings with escapes, true/false/null, errors with
* STATUS() and INMAT(), and the modes.
$INCLUDE SYSCOM KEYS.H
$INCLUDE SYSCOM ERR.H
DOC = '{"name": "Acme", "id": 42, "rate": 1.25, "tags": ["a", "b", "c"],'
DOC := ' "ok": true, "gone": false, "none": null, "text": "tab\there \u00e9",'
DOC := ' "orders": [{"no": 1, "qty": 3}, {"no": 2, "qty": 5}]}'
C = JPARSE(DOC)
PRINT STATUS() : ' ' : VARTYPE(C)
PRINT C{'name'} : ' ' : C{'id'} + 1 : ' ' : C{'rate'} * 2
PRINT C{'tags', 1} : C{'tags'}{2} : C{'tags/3'}
PRINT INMAT(C{'tags'}) : ' ' : VARTYPE(C{'tags'})
PRINT C{'ok'} : C{'gone'} : '[' : C{'none'} : ']'
PRINT VARTYPE(C{'ok'}) : ' ' : VARTYPE(C{'none'}) : ' ' : VARTYPE(C{'id'}) : ' ' : VARTYPE(C{'rate'})
IF C{'ok'} THEN PRINT 'ok is true'
IF NOT(C{'gone'}) THEN PRINT 'gone is false'
PRINT OCONV(C{'text'}, 'MX0C')
PRINT C{'orders', 2, 'qty'} : ' ' : C{'orders/1/no'}
* '*' gathers an array's elements as values.
PRINT CONVERT(@VM, ',', C{'orders/*/qty'}) : ' ' : CONVERT(@VM, ',', C{'tags/*'})
X = C{'tags', 4}
PRINT STATUS() = ER$NOT.FOUND
* Mark characters between elements are whitespace.
M = JPARSE('[1,':@FM:'2]')
PRINT INMAT(M) : ' ' : M{2}
* Invalid documents: "" with STATUS() non-zero and INMAT() the position of the error.
BAD = JPARSE('{"a": tru}')
PRINT '[' : BAD : '] ' : STATUS() : ' ' : INMAT()
BAD = JPARSE('[1, 2')
PRINT STATUS() : ' ' : INMAT()
BAD = JPARSE('')
PRINT STATUS() : ' ' : INMAT()
BAD = JPARSE(STR('[', 1001) : STR(']', 1001))
PRINT STATUS() : ' ' : INMAT()
OK = JPARSE(STR('[', 1000) : STR(']', 1000))
PRINT STATUS()
* Top-level scalars are values.
PRINT JPARSE('"text"') : ' ' : JPARSE(' 12 ')
* JP$NULL reads null as ""; JP$UNQUOTED.NAME allows bare names.
N = JPARSE('{"x": null}', JP$NULL)
PRINT VARTYPE(N{'x'})
U = JPARSE('{name: "bare", list: [1]}', JP$UNQUOTED.NAME)
PRINT U{'name'} : ' ' : U{'list', 1}
