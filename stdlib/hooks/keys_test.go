package hooks_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/openhsl/hsl/stdlib/hooks"
)

// TestKeyCounts pins how many keys (nested ones included) each variable has
// in each hook, counted by hand in the 6.x documentation data, so that a
// change shows even where the data is not at hand.
func TestKeyCounts(t *testing.T) {
	counts := map[string]map[string]int{
		"connect":      {"arguments": 10, "connection": 2, "transaction": 1},
		"disconnect":   {"arguments": 10, "connection": 24, "transaction": 0},
		"proxy":        {"arguments": 1, "connection": 24, "transaction": 7},
		"helo":         {"arguments": 3, "connection": 21, "transaction": 1},
		"auth":         {"arguments": 5, "connection": 21, "transaction": 1},
		"mailfrom":     {"arguments": 5, "connection": 24, "transaction": 1},
		"rcptto":       {"arguments": 6, "connection": 24, "transaction": 7},
		"eod":          {"arguments": 3, "connection": 24, "transaction": 8},
		"predelivery":  {"arguments": 4, "message": 26},
		"postdelivery": {"arguments": 56, "message": 26},
	}
	for ctx, vars := range counts {
		for v, n := range vars {
			if got := len(hooks.Keys(ctx, v)); got != n {
				t.Errorf("%s $%s: %d keys, want %d", ctx, v, got, n)
			}
			if _, ok := hooks.Variables(ctx)[v]; !ok {
				t.Errorf("%s has no $%s", ctx, v)
			}
		}
		if ks := hooks.Keys(ctx, "context"); ks != nil {
			t.Errorf("%s $context has keys %v", ctx, ks)
		}
	}
}

func TestKeysWellFormed(t *testing.T) {
	for _, ctx := range append(hooks.Contexts(), "") {
		for _, v := range []string{"arguments", "connection", "transaction", "message"} {
			types := map[string]string{}
			for _, k := range hooks.Keys(ctx, v) {
				if k.Path == "" || k.Type == "" || strings.HasPrefix(k.Path, ".") || strings.HasSuffix(k.Path, ".") {
					t.Errorf("%s $%s: malformed %+v", ctx, v, k)
				}
				if _, dup := types[k.Path]; dup {
					t.Errorf("%s $%s: %s twice", ctx, v, k.Path)
				}
				if i := strings.LastIndexByte(k.Path, '.'); i >= 0 {
					if parent := types[k.Path[:i]]; parent != "array" {
						t.Errorf("%s $%s: %s comes before its parent, or its parent is %q, not an array", ctx, v, k.Path, parent)
					}
				}
				types[k.Path] = k.Type
			}
		}
	}
}

// TestKeysAgreeAcrossHooks checks that Keys("", v) is the union of every
// hook's keys, and that each hook lists its keys in the union's order with
// the same types and descriptions, so a shared file and a hook see one
// description of a key.
func TestKeysAgreeAcrossHooks(t *testing.T) {
	for _, v := range []string{"arguments", "connection", "transaction", "message"} {
		all := hooks.Keys("", v)
		if len(all) == 0 {
			t.Fatalf("$%s: no keys for context \"\"", v)
		}
		seen := map[hooks.Key]bool{}
		for _, ctx := range hooks.Contexts() {
			var filtered []hooks.Key
			own := hooks.Keys(ctx, v)
			for _, k := range all {
				if slices.ContainsFunc(own, func(o hooks.Key) bool { return o.Path == k.Path }) {
					filtered = append(filtered, k)
				}
			}
			if !slices.Equal(own, filtered) {
				t.Errorf("%s $%s: %v, in the order and types of every hook's list %v", ctx, v, own, filtered)
			}
			for _, k := range own {
				seen[k] = true
			}
		}
		if len(seen) != len(all) {
			t.Errorf("$%s: hooks have %d keys together, Keys(\"\") %d", v, len(seen), len(all))
		}
	}
}

func TestKeysLookups(t *testing.T) {
	find := func(ctx, v, path string) string {
		for _, k := range hooks.Keys(ctx, v) {
			if k.Path == path {
				return k.Type
			}
		}
		return ""
	}
	tests := []struct{ ctx, variable, path, want string }{
		{"mailfrom", "connection", "tls.protocol", "string"},
		{"connect", "connection", "tls.protocol", ""}, // no TLS before the greeting
		{"helo", "connection", "helo", ""},            // not greeted yet
		{"auth", "connection", "auth.username", ""},   // not authenticated yet
		{"eod", "arguments", "mail", "EODMailMessage"},
		{"eod", "transaction", "ts", "number"},
		{"rcptto", "transaction", "ts", ""},
		{"postdelivery", "arguments", "attempt.connection.tls.peercert.x509", "X509Resource"},
		{"predelivery", "message", "file.original", "FileResource"},
		{"predelivery", "connection", "id", ""}, // no $connection in the queue
		{"", "transaction", "ts", "number"},
		{"", "arguments", "mail", "EODMailMessage"},
		{"nohook", "arguments", "mail", ""},
	}
	for _, tt := range tests {
		if got := find(tt.ctx, tt.variable, tt.path); got != tt.want {
			t.Errorf("Keys(%q, %q) %s: type %q, want %q", tt.ctx, tt.variable, tt.path, got, tt.want)
		}
	}
}

func TestKeysAreFresh(t *testing.T) {
	for _, ctx := range []string{"eod", ""} {
		ks := hooks.Keys(ctx, "connection")
		ks[0].Type = "changed"
		if hooks.Keys(ctx, "connection")[0].Type == "changed" {
			t.Errorf("Keys(%q) shares its slice", ctx)
		}
	}
}

// TestKeysHaveDocs checks that every key of every hook, and of the union
// for shared files, has a description: one line of at most 100 bytes that
// starts with a capital letter and has no full stop at the end.
func TestKeysHaveDocs(t *testing.T) {
	n := 0
	for _, ctx := range append(hooks.Contexts(), "") {
		for _, v := range []string{"arguments", "connection", "transaction", "message"} {
			for _, k := range hooks.Keys(ctx, v) {
				n++
				switch d := k.Doc; {
				case d == "":
					t.Errorf("%s $%s %s: no description", ctx, v, k.Path)
				case len(d) > 100:
					t.Errorf("%s $%s %s: description of %d bytes, want at most 100: %q", ctx, v, k.Path, len(d), d)
				case strings.ContainsAny(d, "\n\t") || strings.TrimSpace(d) != d:
					t.Errorf("%s $%s %s: description is not one trimmed line: %q", ctx, v, k.Path, d)
				case d[0] < 'A' || d[0] > 'Z':
					t.Errorf("%s $%s %s: description does not start with a capital letter: %q", ctx, v, k.Path, d)
				case strings.HasSuffix(d, "."):
					t.Errorf("%s $%s %s: description ends with a full stop: %q", ctx, v, k.Path, d)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no keys at all")
	}
}
