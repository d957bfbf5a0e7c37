* Overlapping substrings. By default COUNT() and INDEX() do not let occurrences overlap, while CHANGE(),
* SWAP() and EREPLACE() let the occurrences they skip (before `start`) overlap. $MODE COUNT.OVERLAP,
* INDEX.OVERLAP and CHANGE.NO.OVERLAP turn each the other way (the examples of QM's COUNT, INDEX, CHANGE
* and EREPLACE pages). COUNTS and INDEXS follow COUNT and INDEX.
A = "aaaaaaaaa"
CRT "default"
CRT COUNT(A, "aa"), COUNT("ABABABABABAB", "ABA")
CRT INDEX(A, "aa", 3), INDEX("ABABABABABAB", "ABA", 2)
CRT CHANGE(A, "aa", "xx", 0, 3), SWAP(A, "aa", "xx", 0, 3), EREPLACE(A, "aa", "xx", 0, 3)
CRT CONVERT(@VM, "]", COUNTS("aaa":@VM:"aaaa", "aa")), CONVERT(@VM, "]", INDEXS("aaa":@VM:"aaaa", "aa", 2))
CRT DCOUNT("a,,b", ",")
* EREPLACE() puts new in front when old is null; CHANGE() leaves the string alone.
CRT EREPLACE("abc", "", "X"), CHANGE("abc", "", "X")
CRT EREPLACE("ABRACADABRA", "A", "a", 3, 2)
$MODE COUNT.OVERLAP, INDEX.OVERLAP, CHANGE.NO.OVERLAP
CRT "overlap modes"
CRT COUNT(A, "aa"), COUNT("ABABABABABAB", "ABA")
CRT INDEX(A, "aa", 3), INDEX("ABABABABABAB", "ABA", 2)
* QM's pages print the no-overlap result as "aaaaxxxa", one x short: occurrences 1 and 2 are skipped at
* positions 1 and 3, and the rest (5 and 7) are changed, which gives nine characters.
CRT CHANGE(A, "aa", "xx", 0, 3), SWAP(A, "aa", "xx", 0, 3), EREPLACE(A, "aa", "xx", 0, 3)
CRT CONVERT(@VM, "]", COUNTS("aaa":@VM:"aaaa", "aa")), CONVERT(@VM, "]", INDEXS("aaa":@VM:"aaaa", "aa", 2))
CRT COUNT("abc", ""), INDEX("abc", "", 2), INDEX(A, "aa", 0)
CRT EREPLACE("abc", "", "X"), CHANGE("abc", "", "X")
* (These compile to ~COUNT.OVERLAP, ~COUNTS.OVERLAP, ~INDEX.OVERLAP, ~INDEXS.OVERLAP and ~CHANGE.MODE, which takes flags)
