package main

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

func ms(n float64) time.Duration { return time.Duration(n * float64(time.Millisecond)) }

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		c    cell
		want time.Duration
		ok   bool
	}{
		{"none", cell{}, 0, false},
		{"one", cell{samples: []time.Duration{ms(5)}}, ms(5), true},
		{"odd, unsorted", cell{samples: []time.Duration{ms(9), ms(1), ms(4)}}, ms(4), true},
		{"even", cell{samples: []time.Duration{ms(4), ms(1), ms(2), ms(9)}}, ms(3), true},
		{"failed", cell{samples: []time.Duration{ms(1)}, err: errors.New("x")}, 0, false},
	}
	for _, tt := range tests {
		got, ok := tt.c.median()
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: median() = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormat(t *testing.T) {
	durations := []struct {
		d    time.Duration
		want string
	}{
		{1500 * time.Nanosecond, "1.50 µs"},
		{65200 * time.Nanosecond, "65.2 µs"},
		{999 * time.Microsecond, "999 µs"},
		{ms(1), "1.00 ms"},
		{ms(62.15), "62.1 ms"},
		{ms(6350), "6350 ms"},
	}
	for _, tt := range durations {
		if got := formatDuration(tt.d); got != tt.want {
			t.Errorf("formatDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
	ratios := []struct {
		r    float64
		want string
	}{{1, "1.00×"}, {0.054, "0.05×"}, {13.84, "13.8×"}, {184.2, "184×"}}
	for _, tt := range ratios {
		if got := formatRatio(tt.r); got != tt.want {
			t.Errorf("formatRatio(%v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestGeomean(t *testing.T) {
	if got := geomean([]float64{1, 4}); math.Abs(got-2) > 1e-12 {
		t.Errorf("geomean(1, 4) = %v, want 2", got)
	}
	if got := geomean(nil); got != 0 {
		t.Errorf("geomean() = %v, want 0", got)
	}
}

func TestVerdict(t *testing.T) {
	engines := []string{"hsl", "gopherlua", "goja"}
	one := func(d time.Duration) cell { return cell{samples: []time.Duration{d}} }
	tests := []struct {
		name  string
		cells []cell
		want  []string
	}{
		{"fastest", []cell{one(ms(10)), one(ms(20)), one(ms(30))},
			[]string{"hsl is the fastest", "no slower than gopher-lua (gopher-lua: 2.00× hsl's time)"}},
		{"tie with lua counts as no slower", []cell{one(ms(10)), one(ms(10)), one(ms(5))},
			[]string{"hsl is not the fastest (goja: 0.50× hsl's time)", "no slower than gopher-lua"}},
		{"slower than lua", []cell{one(ms(10)), one(ms(5)), one(ms(30))},
			[]string{"not the fastest (gopherlua: 0.50×", "; slower than gopher-lua"}},
		{"peer failed", []cell{one(ms(10)), {err: errors.New("boom")}, one(ms(30))},
			[]string{"hsl is the fastest", "gopher-lua did not run"}},
		{"hsl failed", []cell{{err: errors.New("boom")}, one(ms(5)), one(ms(30))},
			[]string{"hsl did not run"}},
	}
	for _, tt := range tests {
		got := verdict(engines, row{name: "w", cells: tt.cells})
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: verdict = %q, want it to contain %q", tt.name, got, w)
			}
		}
	}
}

func TestWriteReport(t *testing.T) {
	engines := []string{"hsl", "gopherlua"}
	rows := []row{
		{name: "fib", inMean: true, cells: []cell{{samples: []time.Duration{ms(100)}}, {samples: []time.Duration{ms(200)}}}},
		{name: "loop", inMean: true, cells: []cell{{samples: []time.Duration{ms(100)}}, {samples: []time.Duration{ms(800)}}}},
		{name: "concat", cells: []cell{{samples: []time.Duration{ms(1)}}, {err: errors.New("too slow\nmore")}}},
	}
	var b strings.Builder
	writeReport(&b, engines, rows)
	out := b.String()
	for _, want := range []string{
		"| fib | 100 ms | 200 ms |",
		"| loop | 1.00× | 8.00× |",
		"| concat | 1.00 ms | error |",
		"| concat | 1.00× | — |",
		"| geomean (fib, loop) | 1.00× | 4.00× |",
		"- concat/gopherlua: too slow\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}

func TestSelectRows(t *testing.T) {
	all, err := selectRows("")
	if err != nil || !all["startup"] || !all["fib"] || !all["concat"] {
		t.Errorf("selectRows(\"\") = %v, %v; want every row", all, err)
	}
	some, err := selectRows("fib, startup")
	if err != nil || len(some) != 2 || !some["fib"] || !some["startup"] {
		t.Errorf("selectRows(\"fib, startup\") = %v, %v", some, err)
	}
	if _, err := selectRows("fib,nope"); err == nil {
		t.Error("selectRows accepted an unknown workload")
	}
}
