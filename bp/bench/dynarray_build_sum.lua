-- Benchmark dynarray: the Lua 5.4 reference for dynarray_200k.b and dynarray_400k.b. Builds a table of
-- N values (N is the first argument) and sums it walking forward. It stores by index, the fastest way Lua
-- has, so the comparison is if anything strict on mvbasic's side.
local n = tonumber(arg[1]) or 200000
local r = {}
for i = 1, n do
  r[i] = i
end
local t = 0
for i = 1, n do
  t = t + r[i]
end
print(t)
