let s = "";
for (let i = 0; i < 100000; i++) {
	s += "ab";
}
var result = s.length;
