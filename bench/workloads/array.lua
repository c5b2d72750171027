local a = {}
for i = 0, 99999 do
	a[#a + 1] = i
end
local s = 0
for _, v in ipairs(a) do
	s = s + v
end
result = s
