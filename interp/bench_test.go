package interp_test

import (
	"context"
	"io"
	"testing"

	"github.com/openhsl/hsl/interp"
)

// Language workloads without library calls: the workloads bench/ compares with
// peer interpreters, some smaller (fib(27) here, fib(30) there) so that a quick
// `go test -bench` of the VM alone stays quick.
var workloads = map[string]string{
	"fib": `function fib($n) { if ($n < 2) return $n; return fib($n - 1) + fib($n - 2); }
		$r = fib(27);`,
	"loop": `$s = 0; for ($i = 0; $i < 3000000; $i++) { $s += $i; }`,
	"array": `$a = []; for ($i = 0; $i < 100000; $i++) { $a[] = $i; }
		$s = 0; foreach ($a as $v) { $s += $v; }`,
	"concat": `$s = ""; for ($i = 0; $i < 100000; $i++) { $s .= "ab"; }`,
	"map": `$m = []; for ($i = 0; $i < 100000; $i++) { $m["k$i"] = $i; }
		$s = 0; for ($i = 0; $i < 100000; $i++) { $s += $m["k$i"]; }`,
	"method": `class Counter { $n = 0; function inc($d) { $this->n += $d; return $this->n; } }
		$c = Counter(); for ($i = 0; $i < 300000; $i++) { $c->inc(1); }`,
}

func BenchmarkWorkloads(b *testing.B) {
	for _, name := range []string{"fib", "loop", "array", "concat", "map", "method"} {
		prog, diags := interp.Compile(name+".hsl", []byte(workloads[name]), interp.Options{})
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := prog.Run(context.Background(), interp.RunOptions{Stdout: io.Discard}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStartup is compile + run of an empty script.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		prog, _ := interp.Compile("empty.hsl", nil, interp.Options{})
		if err := prog.Run(context.Background(), interp.RunOptions{Stdout: io.Discard}); err != nil {
			b.Fatal(err)
		}
	}
}
