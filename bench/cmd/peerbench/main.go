// Command peerbench times the bench workloads in HSL and in the peer
// interpreters, one engine after the other in interleaved rounds, and prints
// Markdown tables of median times and of ratios to HSL.
//
//	go run ./cmd/peerbench [-reps 3] [-quadratic-reps 1] [-only fib,loop] [-note "machine"]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/openhsl/hsl/bench"
	"github.com/openhsl/hsl/bench/workloads"
)

func main() {
	reps := flag.Int("reps", 3, "timed runs per workload and engine, after one warm-up; the median is reported")
	quadReps := flag.Int("quadratic-reps", 1, "timed runs of the quadratic workload (concat), without warm-up")
	startupBatch := flag.Int("startup-batch", 200, "empty-script runs per startup sample")
	only := flag.String("only", "", "comma-separated workloads to run (default all, plus startup)")
	note := flag.String("note", "", "a line about the machine, printed under the title")
	flag.Parse()
	if *reps < 1 || *quadReps < 1 || *startupBatch < 1 {
		fmt.Fprintln(os.Stderr, "peerbench: -reps, -quadratic-reps and -startup-batch must be at least 1")
		os.Exit(2)
	}
	selected, err := selectRows(*only)
	if err != nil {
		fmt.Fprintln(os.Stderr, "peerbench:", err)
		os.Exit(2)
	}

	var rows []row
	for _, w := range workloads.All {
		if !selected[w.Name] {
			continue
		}
		n, warm := *reps, true
		if w.Quadratic {
			n, warm = *quadReps, false
		}
		rows = append(rows, measureWorkload(w, n, warm, os.Stderr))
	}
	if selected["startup"] {
		rows = append(rows, measureStartup(*reps, *startupBatch, os.Stderr))
	}

	names := make([]string, len(bench.Engines))
	for i, e := range bench.Engines {
		names[i] = e.Name
	}
	fmt.Printf("# Peer benchmark\n\n")
	fmt.Printf("%s, %s, %s/%s, %d CPUs, GOMAXPROCS=%d.\n", time.Now().UTC().Format("2006-01-02 15:04 MST"),
		runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	if *note != "" {
		fmt.Printf("%s\n", *note)
	}
	fmt.Println()
	writeReport(os.Stdout, names, rows)
}

// selectRows turns the -only list into a set of row names; empty means all.
func selectRows(only string) (map[string]bool, error) {
	all := []string{"startup"}
	for _, w := range workloads.All {
		all = append(all, w.Name)
	}
	set := map[string]bool{}
	if only == "" {
		for _, n := range all {
			set[n] = true
		}
		return set, nil
	}
	for _, n := range strings.Split(only, ",") {
		n = strings.TrimSpace(n)
		if !slices.Contains(all, n) {
			return nil, fmt.Errorf("unknown workload %q (have %s)", n, strings.Join(all, ", "))
		}
		set[n] = true
	}
	return set, nil
}

// measureWorkload runs w in every engine: an optional warm-up run each, then
// reps rounds that run each engine once in turn, so slow drifts of a shared
// host spread over all engines.
func measureWorkload(w workloads.Workload, reps int, warm bool, log io.Writer) row {
	r := row{name: w.Name, what: w.What, inMean: !w.Quadratic, cells: make([]cell, len(bench.Engines))}
	r.runs = describeRuns(warm, reps)
	jobs := make([]bench.Job, len(bench.Engines))
	for i, e := range bench.Engines {
		jobs[i], r.cells[i].err = bench.Prepare(e, w)
		if r.cells[i].err == nil && warm {
			fmt.Fprintf(log, "%s/%s: warm-up\n", w.Name, e.Name)
			r.cells[i].err = jobs[i].Run()
		}
	}
	for rep := 0; rep < reps; rep++ {
		for i := range jobs {
			c := &r.cells[i]
			if c.err != nil {
				continue
			}
			// Engines run in turn: collect the garbage the previous one left,
			// so that no engine pays for another's allocations.
			runtime.GC()
			start := time.Now()
			c.err = jobs[i].Run()
			d := time.Since(start)
			c.samples = append(c.samples, d)
			fmt.Fprintf(log, "%s/%s: run %d: %s\n", w.Name, bench.Engines[i].Name, rep+1, formatDuration(d))
		}
	}
	return r
}

// describeRuns says how a row was measured, for the report.
func describeRuns(warm bool, reps int) string {
	s := fmt.Sprintf("median of %d runs", reps)
	if reps == 1 {
		s = "1 run"
	}
	if warm {
		return "warm-up + " + s
	}
	return "no warm-up, " + s
}

// measureStartup times an empty script in a new VM: each sample is the mean
// of batch runs, after one warm-up batch.
func measureStartup(reps, batch int, log io.Writer) row {
	r := row{
		name:  "startup",
		what:  "new VM + compile + run of an empty script",
		runs:  fmt.Sprintf("warm-up + median of %d samples, each the mean of %d runs", reps, batch),
		cells: make([]cell, len(bench.Engines)),
	}
	sample := func(e bench.Engine) (time.Duration, error) {
		runtime.GC() // as for the workloads: start each sample with no one else's garbage
		start := time.Now()
		for range batch {
			if err := bench.Startup(e); err != nil {
				return 0, err
			}
		}
		return time.Since(start) / time.Duration(batch), nil
	}
	for i, e := range bench.Engines {
		_, r.cells[i].err = sample(e)
	}
	for rep := 0; rep < reps; rep++ {
		for i, e := range bench.Engines {
			c := &r.cells[i]
			if c.err != nil {
				continue
			}
			d, err := sample(e)
			c.err = err
			c.samples = append(c.samples, d)
			fmt.Fprintf(log, "startup/%s: sample %d: %s\n", e.Name, rep+1, formatDuration(d))
		}
	}
	return r
}
