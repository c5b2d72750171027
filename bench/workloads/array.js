const a = [];
for (let i = 0; i < 100000; i++) {
	a.push(i);
}
let s = 0;
for (let i = 0; i < a.length; i++) {
	s += a[i];
}
var result = s;
