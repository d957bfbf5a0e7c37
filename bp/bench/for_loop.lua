-- Benchmark for_loop: the Lua 5.4 reference for for_loop.b (locals, as idiomatic Lua would write it).
local x = 0
for i = 1, 10000000 do
  x = x + i
end
print(x)
