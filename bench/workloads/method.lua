local Counter = {}
Counter.__index = Counter

function Counter.new()
	return setmetatable({n = 0}, Counter)
end

function Counter:inc(d)
	self.n = self.n + d
	return self.n
end

local c = Counter.new()
for i = 1, 300000 do
	c:inc(1)
end
result = c.n
