package logging

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

func cat() *catalog.Catalog {
	c := catalog.New()
	Register(c)
	return c
}

func TestSyslog(t *testing.T) {
	type entry struct {
		prio int
		msg  string
	}
	var got []entry
	old := Sink
	Sink = func(p int, m string) { got = append(got, entry{p, m}) }
	defer func() { Sink = old }()
	S, N := stdtest.S, stdtest.N
	stdtest.Run(t, cat(), "syslog", []stdtest.Case{
		{Args: stdtest.A(S("info"), S("hello")), Want: "none"},
		{Args: stdtest.A(S("ERROR"), S("bad")), Want: "none"},
		{Args: stdtest.A(N(3+4<<3), S("facility")), Want: "none"},
		{Args: stdtest.A(S("loud"), S("x")), Err: "severity name"},
		{Args: stdtest.A(N(192), S("x")), Err: "0 to 191"},
		{Args: stdtest.A(N(1.5), S("x")), Err: "0 to 191"},
		{Args: stdtest.A(S("info"), N(1)), Err: "must be a string"},
	})
	want := []entry{{6, "hello"}, {3, "bad"}, {35, "facility"}}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entry %d: %v, want %v", i, got[i], want[i])
		}
	}
}

func TestFallback(t *testing.T) {
	var buf bytes.Buffer
	old := fallback
	fallback = &buf
	defer func() { fallback = old }()
	sinkOnce.Do(func() {}) // no syslog daemon: use the fallback
	saved := sinkWriter
	sinkWriter = nil
	defer func() { sinkWriter = saved }()
	defaultSink(4, "careful")
	if buf.String() != "syslog warning: careful\n" {
		t.Errorf("fallback wrote %q", buf.String())
	}
}

func TestMetrics(t *testing.T) {
	ResetMetrics()
	c := cat()
	S, N, M := stdtest.S, stdtest.N, stdtest.M
	lab := M(S("b"), S("2"), S("a"), N(1))
	same := M(S("a"), S("1"), S("b"), N(2)) // same labels in another order
	stdtest.Run(t, c, "metrics_get", []stdtest.Case{{Args: stdtest.A(S("m"), lab), Want: "none"}})
	stdtest.Run(t, c, "metrics_increment", []stdtest.Case{
		{Args: stdtest.A(S("m"), lab), Want: "true"},
		{Args: stdtest.A(S("m"), same, N(4)), Want: "true"},
		{Args: stdtest.A(S(""), lab), Err: "must not be empty"},
		{Args: stdtest.A(S("m"), stdtest.L(S("x"))), Err: "label names"},
		{Args: stdtest.A(S("m"), M(S("x"), stdtest.L())), Err: "label x"},
	})
	stdtest.Run(t, c, "metrics_decrement", []stdtest.Case{{Args: stdtest.A(S("m"), lab), Want: "true"}})
	stdtest.Run(t, c, "metrics_get", []stdtest.Case{
		{Args: stdtest.A(S("m"), lab), Want: `["value"=>4]`},
		{Args: stdtest.A(S("m"), M()), Want: "none"},
	})
	stdtest.Run(t, c, "metrics_set", []stdtest.Case{
		{Args: stdtest.A(S("g"), M(), N(-2.5)), Want: "true"},
		{Args: stdtest.A(S("g"), M(), S("x")), Err: "must be a number"},
	})
	stdtest.Run(t, c, "metrics_get", []stdtest.Case{{Args: stdtest.A(S("g"), M()), Want: `["value"=>-2.5]`}})
}

func TestMetricsConcurrent(t *testing.T) {
	ResetMetrics()
	c := cat()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if _, err := stdtest.Call(c, "metrics_increment", stdtest.S("n"), stdtest.M()); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	got, _ := stdtest.Call(c, "metrics_get", stdtest.S("n"), stdtest.M())
	if !strings.Contains(got.Repr(), "800") {
		t.Errorf("got %s", got.Repr())
	}
}

func TestNoPanic(t *testing.T) {
	old := Sink
	Sink = func(int, string) {}
	defer func() { Sink = old }()
	stdtest.NoPanic(t, cat())
}
