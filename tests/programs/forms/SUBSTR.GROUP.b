* The group-extraction form of the substring operator: s[delim, occurrence, count] is
* FIELD(s, delim, occurrence, count), beside the usual s[start, length] and s[length].
S = "RUN git status -s"
PRINT S[" ", 2, 1]
PRINT S[" ", 3, 2]
PRINT DOWNCASE(S[" ", 1, 1])
PRINT "[" : S[" ", 9, 1] : "]"
PRINT S[5, 3] : "|" : S[2]
