package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"time"
)

// cell is what one engine measured on one row.
type cell struct {
	samples []time.Duration // time of each timed run
	err     error           // why the engine could not run the row
}

// median returns the median sample (the mean of the middle two when the
// count is even) and false when there is none.
func (c cell) median() (time.Duration, bool) {
	if c.err != nil || len(c.samples) == 0 {
		return 0, false
	}
	s := slices.Clone(c.samples)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2], true
	}
	return (s[n/2-1] + s[n/2]) / 2, true
}

// row is one workload (or startup) across the engines.
type row struct {
	name string
	what string
	runs string // how it was measured, e.g. "warm-up + median of 3"
	// inMean puts the row in the geometric mean of the ratio table (not for
	// startup, nor for the quadratic workload that would dominate it).
	inMean bool
	cells  []cell // in engine order; engine 0 is the baseline (hsl)
}

// formatDuration prints d with three significant digits, in µs below a
// millisecond and in ms above.
func formatDuration(d time.Duration) string {
	if d < time.Millisecond {
		return sig3(float64(d)/float64(time.Microsecond)) + " µs"
	}
	return sig3(float64(d)/float64(time.Millisecond)) + " ms"
}

// sig3 prints v with three significant digits and no exponent (more digits
// for values of 1000 and up).
func sig3(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}

// formatRatio prints a time ratio such as 0.87× or 12.4×.
func formatRatio(r float64) string {
	return sig3(r) + "×"
}

// writeReport prints the time table, the ratio table and one verdict line
// per row as Markdown.
func writeReport(w io.Writer, engines []string, rows []row) {
	header := "| workload | " + strings.Join(engines, " | ") + " |\n|---|" + strings.Repeat("---:|", len(engines)) + "\n"

	fmt.Fprintf(w, "## Median time per run\n\nEach run is a new VM, a compile and a run whose answer is checked.\n\n")
	fmt.Fprint(w, header)
	for _, r := range rows {
		cells := make([]string, len(r.cells))
		for i, c := range r.cells {
			cells[i] = timeCell(c)
		}
		fmt.Fprintf(w, "| %s | %s |\n", r.name, strings.Join(cells, " | "))
	}

	fmt.Fprintf(w, "\n## Time relative to %s\n\nA peer's median divided by %s's: above 1.00× the peer is slower than %s, below it is faster.\n\n", engines[0], engines[0], engines[0])
	fmt.Fprint(w, header)
	for _, r := range rows {
		cells := make([]string, len(r.cells))
		base, baseOK := r.cells[0].median()
		for i, c := range r.cells {
			m, ok := c.median()
			if !ok || !baseOK || base <= 0 {
				cells[i] = "—"
				continue
			}
			cells[i] = formatRatio(float64(m) / float64(base))
		}
		fmt.Fprintf(w, "| %s | %s |\n", r.name, strings.Join(cells, " | "))
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(meanRatios(rows, len(engines)), " | "))

	fmt.Fprintf(w, "\n## Verdict\n\n")
	for _, r := range rows {
		fmt.Fprintf(w, "- %s\n", verdict(engines, r))
	}

	fmt.Fprintf(w, "\n## Workloads\n\n| workload | what | runs |\n|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %s |\n", r.name, r.what, r.runs)
	}

	var failures []string
	for _, r := range rows {
		for i, c := range r.cells {
			if c.err != nil {
				failures = append(failures, fmt.Sprintf("- %s/%s: %v", r.name, engines[i], oneLine(c.err)))
			}
		}
	}
	if len(failures) > 0 {
		fmt.Fprintf(w, "\n## Failures\n\n%s\n", strings.Join(failures, "\n"))
	}
}

func timeCell(c cell) string {
	if c.err != nil {
		return "error"
	}
	m, ok := c.median()
	if !ok {
		return "—"
	}
	return formatDuration(m)
}

// verdict says whether the baseline engine (index 0) is the fastest on the
// row and whether it is no slower than gopher-lua.
func verdict(engines []string, r row) string {
	base, ok := r.cells[0].median()
	if !ok {
		return fmt.Sprintf("**%s**: %s did not run (see Failures)", r.name, engines[0])
	}
	fastest, fastestName := base, engines[0]
	lua := -1
	for i := 1; i < len(r.cells); i++ {
		if engines[i] == "gopherlua" {
			lua = i
		}
		if m, ok := r.cells[i].median(); ok && m < fastest {
			fastest, fastestName = m, engines[i]
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**: ", r.name)
	if fastestName == engines[0] {
		fmt.Fprintf(&b, "%s is the fastest", engines[0])
	} else {
		fmt.Fprintf(&b, "%s is not the fastest (%s: %s %s's time)", engines[0], fastestName, formatRatio(float64(fastest)/float64(base)), engines[0])
	}
	if lua < 0 {
		return b.String() + "."
	}
	m, ok := r.cells[lua].median()
	switch {
	case !ok:
		b.WriteString("; gopher-lua did not run.")
	case base <= m:
		fmt.Fprintf(&b, "; no slower than gopher-lua (gopher-lua: %s %s's time).", formatRatio(float64(m)/float64(base)), engines[0])
	default:
		fmt.Fprintf(&b, "; slower than gopher-lua (gopher-lua: %s %s's time).", formatRatio(float64(m)/float64(base)), engines[0])
	}
	return b.String()
}

// oneLine keeps the first line of an error message, for a table.
func oneLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// meanRatios returns the cells of the geometric-mean row of the ratio
// table: per engine, over the rows marked inMean where both it and the
// baseline ran.
func meanRatios(rows []row, engines int) []string {
	var names []string
	for _, r := range rows {
		if r.inMean {
			names = append(names, r.name)
		}
	}
	out := []string{"geomean (" + strings.Join(names, ", ") + ")"}
	for i := 0; i < engines; i++ {
		var ratios []float64
		for _, r := range rows {
			base, okBase := r.cells[0].median()
			m, ok := r.cells[i].median()
			if r.inMean && ok && okBase && base > 0 {
				ratios = append(ratios, float64(m)/float64(base))
			}
		}
		if len(ratios) == 0 {
			out = append(out, "—")
			continue
		}
		cell := formatRatio(geomean(ratios))
		if len(ratios) < len(names) {
			cell += fmt.Sprintf(" (n=%d)", len(ratios))
		}
		out = append(out, cell)
	}
	return out
}

// geomean returns the geometric mean of xs (0 for none).
func geomean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := 0.0
	for _, x := range xs {
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}
