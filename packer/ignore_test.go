package packer

import "testing"

func TestIgnored(t *testing.T) {
	tests := []struct {
		name     string
		base     string
		patterns string
		path     string
		dir      bool
		want     bool
	}{
		{"name at any depth", "", "*.bak", "a/b/c.bak", false, true},
		{"name does not match", "", "*.bak", "a/b/c.hsl", false, false},
		{"anchored at the top", "", "/secrets", "secrets", true, true},
		{"anchored is not matched deeper", "", "/secrets", "a/secrets", true, false},
		{"pattern with slash", "", "lib/*.hsl", "lib/x.hsl", false, true},
		{"pattern with slash does not float", "", "lib/*.hsl", "x/lib/x.hsl", false, false},
		{"double star any depth", "", "**/tmp/*.txt", "a/b/tmp/x.txt", false, true},
		{"double star zero folders", "", "**/tmp/*.txt", "tmp/x.txt", false, true},
		{"trailing double star", "", "build/**", "build/a/b", false, true},
		{"folder-only pattern skips files", "", "tmp/", "tmp", false, false},
		{"folder-only pattern matches folders", "", "tmp/", "a/tmp", true, true},
		{"relative to nested .halonignore", "data", "*.csv", "data/x/y.csv", false, true},
		{"nested .halonignore does not reach siblings", "data", "*.csv", "other/y.csv", false, false},
		{"nested anchored", "data", "/raw", "data/raw", true, true},
		{"question mark and class", "", "file?.[ch]", "file1.c", false, true},
		{"comments and blank lines", "", "# *.txt\n\n  \n", "a.txt", false, false},
		{"leading ./ is dropped", "", "./x.txt", "x.txt", false, true},
		{"escaped star", "", `\*.txt`, "*.txt", false, true},
		{"escaped star is literal", "", `\*.txt`, "a.txt", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rules, diags := parseIgnore("src/files/.halonignore", tc.base, []byte(tc.patterns))
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics: %v", diags)
			}
			if got := ignored(rules, tc.path, tc.dir); got != tc.want {
				t.Errorf("ignored(%q, dir=%v) = %v, want %v", tc.path, tc.dir, got, tc.want)
			}
		})
	}
}

func TestParseIgnoreErrors(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"!keep.txt", `src/files/.halonignore:1:1: error: negated pattern "!keep.txt" is not supported: a .halonignore line can only exclude files [halonignore]`},
		{"  [a-", `src/files/.halonignore:1:3: error: invalid pattern "[a-" [halonignore]`},
		{"/", `src/files/.halonignore:1:1: error: invalid pattern "/" [halonignore]`},
		{"a//b", `src/files/.halonignore:1:1: error: invalid pattern "a//b" [halonignore]`},
	}
	for _, tc := range tests {
		rules, diags := parseIgnore("src/files/.halonignore", "", []byte(tc.line))
		if len(rules) != 0 || len(diags) != 1 || diags[0].String() != tc.want {
			t.Errorf("%q: rules %v, diagnostics %v; want %s", tc.line, rules, diags, tc.want)
		}
	}
}
