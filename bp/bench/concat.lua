-- Benchmark concat: the Lua 5.4 reference for concat.b. Repeated s = s .. "x" is quadratic in Lua, so
-- the idiomatic equivalent collects the pieces in a table and joins them once with table.concat.
local t = {}
for i = 1, 1000000 do
  t[i] = "x"
end
local s = table.concat(t)
print(#s)
