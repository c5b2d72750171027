package repl

import (
	"fmt"
	"strings"

	"github.com/openhsl/hsl/stdlib/catalog"
)

// Limits of a printed stack trace: a deeper one shows its first and last
// traceEnds frames.
const (
	traceMax  = 40
	traceEnds = 15
)

// FormatTrace renders an HSL stack trace, one `  at file:line:col in func`
// line per frame, innermost first. A frame repeated in a row (a function
// calling itself) is printed once with the number of repeats, and a trace
// still longer than traceMax lines keeps only its ends, so that runaway
// recursion does not bury the message.
func FormatTrace(frames []catalog.Frame) string {
	var lines []string
	for i := 0; i < len(frames); {
		j := i + 1
		for j < len(frames) && frames[j] == frames[i] {
			j++
		}
		line := "  at " + frames[i].String()
		if n := j - i; n > 1 {
			line += fmt.Sprintf(" (%d times)", n)
		}
		lines = append(lines, line)
		i = j
	}
	if len(lines) > traceMax {
		skipped := len(lines) - 2*traceEnds
		lines = append(append(lines[:traceEnds:traceEnds], fmt.Sprintf("  ... %d more frames ...", skipped)), lines[len(lines)-traceEnds:]...)
	}
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}
