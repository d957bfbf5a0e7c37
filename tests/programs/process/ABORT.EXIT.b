* SET.EXIT.STATUS also replaces the status ABORT would give (1).
SET.EXIT.STATUS 9
ABORT "giving up"
