// Package workloads holds the benchmark programs: one script per workload
// and interpreter, embedded in the binary, and the answer each must give.
package workloads

import (
	"embed"
	"fmt"
)

//go:embed *.hsl *.lua *.js *.tengo *.star
var scripts embed.FS

// Workload is one benchmark program, written once per interpreter.
type Workload struct {
	// Name is the file name stem of the scripts ("fib" → fib.hsl, fib.lua, …)
	// and the benchmark's sub-name.
	Name string
	// What says in a few words what the program does.
	What string
	// Want is the value every script must produce.
	Want int64
	// Quadratic marks a workload whose peer versions take seconds per run,
	// so it is measured with fewer repetitions.
	Quadratic bool
}

// All lists the workloads in report order.
var All = []Workload{
	{Name: "fib", What: "recursive fib(30)", Want: 832040},
	{Name: "loop", What: "sum of 0..2,999,999 in a loop", Want: 4499998500000},
	{Name: "array", What: "append 100,000 ints to an array, then sum it", Want: 4999950000},
	{Name: "concat", What: "100,000 appends of \"ab\" to a string; result is its length", Want: 200000, Quadratic: true},
	{Name: "map", What: "100,000 string keys inserted, then looked up and summed", Want: 4999950000},
	{Name: "method", What: "300,000 method calls on one object", Want: 300000},
}

// Script returns the source of workload name for the engine whose scripts
// end in ext ("hsl", "lua", "js", "tengo", "star").
func Script(name, ext string) (string, error) {
	b, err := scripts.ReadFile(name + "." + ext)
	if err != nil {
		return "", fmt.Errorf("no %s script for workload %q: %w", ext, name, err)
	}
	return string(b), nil
}
