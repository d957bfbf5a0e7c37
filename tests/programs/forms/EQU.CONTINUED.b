* An EQUATE list continued on the next lines after a trailing comma, and $DEFINE with a comment after its
* value written :* as in QM's own SYSCOM records, or after a lone ';'.
EQU SECS.PER.MIN TO 60,
    MINS.PER.HOUR TO 60,   ;* a comment on a continued line
    HOURS.PER.DAY TO 24
$DEFINE BYTE.SIZE 8     :* Bits per byte
$DEFINE STOP.BITS 1     ;* One
$DEFINE SALT 100  ; a comment without its star, as SD's KEYS.H writes one
PRINT SECS.PER.MIN * MINS.PER.HOUR * HOURS.PER.DAY
PRINT BYTE.SIZE + STOP.BITS + SALT
