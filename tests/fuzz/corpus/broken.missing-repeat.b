LOOP
  X = 1
