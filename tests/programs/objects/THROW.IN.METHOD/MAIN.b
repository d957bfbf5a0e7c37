* Exceptions cross object-method boundaries: a THROW inside a method (two methods deep) reaches the
* caller's TRY, the methods between are left, the objects survive, and a runtime error inside a method
* is caught as SYS.PROGRAM.ERROR's group SYS.
A = OBJECT('ACCOUNT', 100)
B = OBJECT('ACCOUNT', 5)
TRY
   CRT 'left: ' : A->WITHDRAW(30)
   CRT 'left: ' : A->WITHDRAW(500)
   CRT 'not reached'
CATCH ACCOUNT.OVERDRAWN
   CRT 'caught ' : @EXCEPTION : ': ' : @EXCEPTION.DATA
END
TRY
   A->TRANSFER(1000, B)
CATCH ACCOUNT
   CRT 'transfer failed: ' : @EXCEPTION.DATA
END
CRT 'balances: ' : A->BALANCE : ' ' : B->BALANCE
A->TRANSFER(20, B)
CRT 'balances: ' : A->BALANCE : ' ' : B->BALANCE
TRY
   CRT A->SHARE(0)
CATCH SYS
   CRT 'caught a runtime error in a method'
END
CRT 'share: ' : A->SHARE(5)
A = ''
CRT 'end'
