* The examples of the QM manual's OR page: AND and OR have equal priority and are read left to right;
* brackets group. CLIENTS (beside this program) holds five clients with a REGION and a VALUE.
EXECUTE "LIST CLIENTS WITH REGION = 1 AND VALUE > 1000 OR REGION = 2 AND VALUE > 500 REGION VALUE"
EXECUTE "LIST CLIENTS WITH (REGION = 1 AND VALUE > 1000) OR (REGION = 2 AND VALUE > 500) REGION VALUE"
* Read left to right, REGION = 2 OR REGION = 3 AND VALUE > 1000 is (REGION = 2 OR REGION = 3) AND
* VALUE > 1000; a Pick system would give AND priority and also select 3 and 4.
EXECUTE "SSELECT CLIENTS WITH REGION = 2 OR REGION = 3 AND VALUE > 1000"
LOOP
   READNEXT ID ELSE EXIT
   PRINT ID
REPEAT
