local s = ""
for i = 1, 100000 do
	s = s .. "ab"
end
result = #s
