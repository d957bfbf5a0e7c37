* A node that reports its creation and destruction, and may hold another node.
CLASS NODE
   PUBLIC NAME, NEXT.NODE

   PUBLIC SUBROUTINE CREATE.OBJECT(N)
      NAME = N
      CRT "+":NAME
   END

   PUBLIC SUBROUTINE DESTROY.OBJECT
      CRT "-":NAME
   END

   PUBLIC SUBROUTINE LINK.TO.SELF
      NEXT.NODE = ME
   END

   PUBLIC SUBROUTINE UNLINK
      NEXT.NODE = ""
   END
END
