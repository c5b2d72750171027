package interp_test

import (
	"strings"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib"
)

// runShared runs src once per element of steps with one Shared state and a
// clock moved forward by each step; it returns the outputs.
func runShared(t *testing.T, src string, steps ...time.Duration) []string {
	t.Helper()
	prog := compile(t, src, interp.Options{Catalog: stdlib.Core()})
	shared := vm.NewShared()
	now := time.Unix(1_700_000_000, 0)
	shared.SetClock(func() time.Time { return now })
	var outs []string
	for _, d := range steps {
		now = now.Add(d)
		out, err := run(t, prog, interp.RunOptions{Shared: shared})
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, strings.TrimSpace(out))
	}
	return outs
}

func TestCacheOptions(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		steps []time.Duration
		want  string
	}{
		{"ttl expires", `function f() { echo "miss"; return 1; }
			cache ["ttl" => 10] f();`,
			[]time.Duration{0, 5 * time.Second, 6 * time.Second, time.Second}, "miss||miss|"},
		{"size evicts least recently used", `function f($x) { echo "miss $x"; return $x; }
			cache ["size" => 2] f(1); cache ["size" => 2] f(2); cache ["size" => 2] f(1); cache ["size" => 2] f(3);
			cache ["size" => 2] f(1); cache ["size" => 2] f(2);`,
			[]time.Duration{0}, "miss 1\nmiss 2\nmiss 3\nmiss 2"},
		{"lru false keeps the first entries", `function f($x) { echo "miss $x"; return $x; }
			cache ["size" => 1, "lru" => false] f(1); cache ["size" => 1, "lru" => false] f(2);
			cache ["size" => 1, "lru" => false] f(1); cache ["size" => 1, "lru" => false] f(2);`,
			[]time.Duration{0}, "miss 1\nmiss 2\nmiss 2"},
		{"ttl_function", `function f() { echo "miss"; return 3; }
			cache ["ttl_function" => function ($r) { return $r; }] f();`,
			[]time.Duration{0, 2 * time.Second, 2 * time.Second}, "miss||miss"},
		{"ttl_override", `function f() { echo "miss"; return "down"; }
			cache ["ttl" => 3600, "ttl_override" => ["down" => 1]] f();`,
			[]time.Duration{0, 2 * time.Second}, "miss|miss"},
		{"update_function", `function f() { return 1; }
			echo cache ["force" => true, "update_function" => function ($old, $new) { return $old + $new; }] f();`,
			[]time.Duration{0, 0, 0}, "1|2|3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(runShared(t, tt.src, tt.steps...), "|"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCacheBadOption(t *testing.T) {
	prog := compile(t, `function f() { return 1; } cache ["tll" => 1] f();`, interp.Options{})
	if _, err := run(t, prog, interp.RunOptions{}); err == nil || !strings.Contains(err.Error(), `unknown option "tll"`) {
		t.Fatalf("err = %v", err)
	}
}
