* $MODE CASE.SENSITIVE: names of variables, labels and functions keep their case, so Client, CLIENT and
* client are three variables; keywords, built-in functions and @variables are still recognised in any case.
* Without the option (and after -CASE.SENSITIVE) names are upper-cased: Total and TOTAL are one variable.
Total = 1 ; TOTAL = 2
crt "default: ":Total:" ":TOTAL
$MODE CASE.SENSITIVE
Client = "mixed" ; CLIENT = "upper" ; client = "lower"
crt Client, CLIENT, client
for i = 1 to 2
   if i = 2 then crt "two" else crt "one"
next i
x = "a,b" ; crt field(x, ",", 2), Len(x), @fm = CHAR(254)
d = "a":@FM:"b"
locate "b" in d setting p then crt "at ":p
gosub Show
gosub SHOW
goto Rest
Show:
   crt "Show label"
   return
SHOW:
   crt "SHOW label"
   return
Rest:
$MODE -CASE.SENSITIVE
Count = 1 ; COUNT = 5
crt "off again: ":Count:" ":COUNT
