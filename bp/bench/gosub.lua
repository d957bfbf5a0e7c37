-- Benchmark gosub: the Lua 5.4 reference for gosub.b, 10,000,000 calls of a local function that adds 1
-- to a counter it shares with the caller (an upvalue, as the BASIC subroutine shares the program's variables).
local c = 0
local function add_one()
  c = c + 1
end
for _ = 1, 10000000 do
  add_one()
end
print(c)
