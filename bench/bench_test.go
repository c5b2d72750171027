package bench

import (
	"testing"

	"github.com/openhsl/hsl/bench/workloads"
)

// benchWorkload runs workload name in every engine, one sub-benchmark per
// engine; every iteration is a new VM, a compile and a checked run.
func benchWorkload(b *testing.B, name string) {
	w := find(b, name)
	for _, e := range Engines {
		job, err := Prepare(e, w)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(e.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := job.Run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func find(b *testing.B, name string) workloads.Workload {
	for _, w := range workloads.All {
		if w.Name == name {
			return w
		}
	}
	b.Fatalf("no workload %q", name)
	return workloads.Workload{}
}

func BenchmarkFib(b *testing.B)    { benchWorkload(b, "fib") }
func BenchmarkLoop(b *testing.B)   { benchWorkload(b, "loop") }
func BenchmarkArray(b *testing.B)  { benchWorkload(b, "array") }
func BenchmarkConcat(b *testing.B) { benchWorkload(b, "concat") }
func BenchmarkMap(b *testing.B)    { benchWorkload(b, "map") }
func BenchmarkMethod(b *testing.B) { benchWorkload(b, "method") }

// BenchmarkStartup is a new VM plus compile and run of an empty script.
func BenchmarkStartup(b *testing.B) {
	for _, e := range Engines {
		b.Run(e.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := Startup(e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestEveryWorkloadHasEveryScript checks that no script is missing, without
// running any.
func TestEveryWorkloadHasEveryScript(t *testing.T) {
	for _, w := range workloads.All {
		for _, e := range Engines {
			if _, err := Prepare(e, w); err != nil {
				t.Error(err)
			}
		}
	}
}

// TestJobRunRejectsWrongAnswers checks that a run whose result differs from
// the workload's answer, or that leaves none, fails.
func TestJobRunRejectsWrongAnswers(t *testing.T) {
	w := workloads.Workload{Name: "tiny", Want: 3}
	tests := []struct {
		name, src string
		ok        bool
	}{
		{"right", "echo 1 + 2;", true},
		{"wrong", "echo 1 + 1;", false},
		{"none", "", false},
		{"not a number", `echo "three";`, false},
		{"runtime error", `throw Exception("boom");`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Job{Engine: Engines[0], Workload: w, src: tt.src}.Run()
			if (err == nil) != tt.ok {
				t.Errorf("Run() error = %v, want ok %v", err, tt.ok)
			}
		})
	}
}
