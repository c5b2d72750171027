package repl

import (
	"fmt"
	"strings"
	"testing"

	"github.com/openhsl/hsl/stdlib/catalog"
)

func TestFormatTrace(t *testing.T) {
	f := func(name string, line int) catalog.Frame {
		return catalog.Frame{Func: name, File: "a.hsl", Line: line, Col: 2}
	}
	repeat := func(fr catalog.Frame, n int) []catalog.Frame {
		var out []catalog.Frame
		for range n {
			out = append(out, fr)
		}
		return out
	}
	var mutual []catalog.Frame
	for i := range 100 {
		mutual = append(mutual, f("even", 1), f("odd", 2+i%2))
	}
	tests := []struct {
		name   string
		frames []catalog.Frame
		want   string
	}{
		{"none", nil, ""},
		{"plain", []catalog.Frame{f("g", 3), f("", 9)}, "  at a.hsl:3:2 in g\n  at a.hsl:9:2 in <top level>\n"},
		{"recursion", append(repeat(f("f", 1), 999), f("", 4)), "  at a.hsl:1:2 in f (999 times)\n  at a.hsl:4:2 in <top level>\n"},
	}
	for _, tt := range tests {
		if got := FormatTrace(tt.frames); got != tt.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tt.name, got, tt.want)
		}
	}
	got := FormatTrace(mutual)
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2*traceEnds+1 || lines[traceEnds] != fmt.Sprintf("  ... %d more frames ...", 200-2*traceEnds) ||
		lines[0] != "  at a.hsl:1:2 in even" || lines[len(lines)-1] != "  at a.hsl:3:2 in odd" {
		t.Errorf("mutual recursion:\n%s", got)
	}
}
