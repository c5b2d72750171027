class Counter {
	constructor() {
		this.n = 0;
	}
	inc(d) {
		this.n += d;
		return this.n;
	}
}
const c = new Counter();
for (let i = 0; i < 300000; i++) {
	c.inc(1);
}
var result = c.n;
