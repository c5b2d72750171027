package main

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestTestRunnerPassingSuite(t *testing.T) {
	code, out, errOut := run(t, "", "test", "../../testdata/hshtest/pass")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	for _, want := range []string{
		`(?m)^PASS  \S*pass/math_test.hsl: test_clamp_inside \(\S+\)$`,
		`(?m)^PASS  \S*pass/math_test.hsl: test_clamp_outside `,
		`(?m)^PASS  \S*pass/math_test.hsl: test_errors `,
		`(?m)^PASS  \S*pass/math_test.hsl: test_strings `,
		`(?m)^PASS  \S*pass/script_test.hsl: script_test.hsl `,
		`(?m)^5 passed, 0 failed \(\S+\)\n\z`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("output lacks /%s/:\n%s", want, out)
		}
	}
	if strings.Contains(out, "shown with -v") {
		t.Errorf("output of a passing test printed without -v:\n%s", out)
	}
	_, out, _ = run(t, "", "test", "-v", "../../testdata/hshtest/pass/math_test.hsl")
	if !strings.Contains(out, "this output is shown with -v only") || !strings.Contains(out, "4 passed, 0 failed") {
		t.Errorf("-v output:\n%s", out)
	}
}

func TestTestRunnerFailingSuite(t *testing.T) {
	junit := filepath.Join(t.TempDir(), "report.xml")
	code, out, _ := run(t, "", "test", "--junit", junit, "../../testdata/hshtest/fail")
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		`(?m)^PASS  \S*mixed_test.hsl: test_ok `,
		`(?m)^FAIL  \S*mixed_test.hsl: test_wrong_sum \(\S+\)\n    \S*mixed_test.hsl:10:2: sum: assert_eq: expected 3, got 2\n      at hsh:assert:\d+:\d+ in assert_eq\n      at \S*mixed_test.hsl:10:2 in test_wrong_sum\n    output:\n        computing\n`,
		`(?m)^FAIL  \S*mixed_test.hsl: test_runtime_error .*\n    \S*mixed_test.hsl:15:9: cannot divide none and number\n`,
		`(?m)^PASS  \S*mixed_test.hsl: test_also_ok `,
		`(?m)^FAIL  \S*throws_test.hsl: throws_test.hsl .*\n    \S*throws_test.hsl:2:1: uncaught array \["code"=>7\]\n`,
		`(?m)^2 passed, 3 failed \(\S+\)\n\z`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("output lacks /%s/:\n%s", want, out)
		}
	}
	if regexp.MustCompile(`mixed_test.hsl:2[01]:`).MatchString(out) {
		t.Errorf("the runner's own call shows in a trace:\n%s", out)
	}

	data, err := os.ReadFile(junit)
	if err != nil {
		t.Fatal(err)
	}
	var doc junitSuites
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("JUnit XML does not parse: %v\n%s", err, data)
	}
	if doc.Tests != 5 || doc.Failures != 3 || len(doc.Suites) != 2 {
		t.Fatalf("JUnit totals: %d tests, %d failures, %d suites", doc.Tests, doc.Failures, len(doc.Suites))
	}
	mixed := doc.Suites[0]
	if !strings.HasSuffix(mixed.Name, "mixed_test.hsl") || mixed.Tests != 4 || mixed.Failures != 2 {
		t.Errorf("suite %+v", mixed)
	}
	c := mixed.Cases[1]
	if c.Name != "test_wrong_sum" || c.Failure == nil || !strings.HasSuffix(c.Failure.Message, "sum: assert_eq: expected 3, got 2") || c.SystemOut != "computing\n" {
		t.Errorf("case %+v", c)
	}
	if mixed.Cases[0].Failure != nil {
		t.Errorf("passing case has a failure: %+v", mixed.Cases[0])
	}
}

func TestTestRunnerFiles(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"a/one_test.hsl":       "function test_a() { echo 1; }\n",
		"a/.hidden/x_test.hsl": "throw 1;\n",
		"a/helper.hsl":         "throw 1;\n",
		"checks.hsl":           "import { assert_eq } from \"hsh:assert\";\nassert_eq([1, 2], [1, 2]);\n",
		"bad_test.hsl":         "function test_x() {\n",
		"slow_test.hsl":        "function test_loop() { while (true) {} }\n",
		"lib/m.hsl":            "function m() { return 3; }\n",
		"root_test.hsl":        "import { m } from \"lib/m.hsl\";\nimport { assert_eq } from \"hsh:assert\";\nfunction test_m() { assert_eq(m(), 3); }\n",
	})
	dir := filepath.Dir(p["checks.hsl"])
	tests := []struct {
		name string
		args []string
		code int
		out  string // regexp
		err  string // regexp; "" means empty
	}{
		{"directory skips hidden and non-test files", []string{"test", filepath.Join(dir, "a")}, 0, `(?s)one_test.hsl: test_a .*1 passed, 0 failed`, ""},
		{"explicit file with any name", []string{"test", p["checks.hsl"]}, 0, `checks.hsl: checks.hsl .*\n1 passed, 0 failed`, ""},
		{"syntax error fails the file", []string{"test", p["bad_test.hsl"]}, 1, `(?s)FAIL  \S*bad_test.hsl: bad_test.hsl .*bad_test.hsl:2:1: .*0 passed, 1 failed`, ""},
		{"timeout", []string{"test", "--timeout", "50ms", p["slow_test.hsl"]}, 1, `(?s)FAIL  \S*slow_test.hsl: test_loop .*timed out after 50ms`, ""},
		{"root path is the file's directory", []string{"test", p["root_test.hsl"]}, 0, `1 passed, 0 failed`, ""},
		{"-R", []string{"test", "-R", filepath.Join(dir, "a"), p["root_test.hsl"]}, 1, `cannot load "lib/m.hsl"`, ""},
		{"missing path", []string{"test", filepath.Join(dir, "nope")}, 2, `^$`, `^hsh test: cannot read \S*nope: no such file or directory\n$`},
		{"no test files", []string{"test", filepath.Join(dir, "lib")}, 2, `^$`, `no \*_test.hsl files`},
		{"flag after the path", []string{"test", p["checks.hsl"], "--timeout", "nonsense"}, 2, `^$`, `^hsh test: invalid value "nonsense" for flag --timeout: `},
		{"missing root path", []string{"test", "-R", filepath.Join(dir, "nope"), p["checks.hsl"]}, 2, `^$`, `^hsh test: root path \S*nope: no such file or directory\n$`},
		{"unknown flag", []string{"test", "--frob"}, 2, `^$`, `^hsh test: unknown flag --frob\nUsage: hsh test`},
		{"help", []string{"test", "-h"}, 0, `(?s)Usage: hsh test .*test_.*--junit FILE`, ""},
		{"unwritable report, found before running", []string{"test", "--junit", filepath.Join(dir, "nope", "r.xml"), p["checks.hsl"]}, 2, `^$`, `^hsh test: cannot write \S*nope/r.xml: no such file or directory\n$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, out, errOut)
			}
			if !regexp.MustCompile(tt.out).MatchString(out) {
				t.Errorf("stdout:\n%s\nwant /%s/", out, tt.out)
			}
			if tt.err == "" && errOut != "" || tt.err != "" && !regexp.MustCompile(tt.err).MatchString(errOut) {
				t.Errorf("stderr:\n%s\nwant /%s/", errOut, tt.err)
			}
		})
	}
}

func TestAssertModule(t *testing.T) {
	tests := []struct {
		call string
		msg  string // "" means it passes
	}{
		{`assert_true(1 == 1);`, ""},
		{`assert_true(1);`, "assert_true: expected true, got 1"},
		{`assert_false(none, "flag");`, "flag: assert_false: expected false, got none"},
		{`assert_eq("1", 1);`, `assert_eq: expected 1, got "1"`},
		{`assert_eq(["a" => [1]], ["a" => [1]]);`, ""},
		{`assert_ne(1, 1);`, "assert_ne: did not expect 1"},
		{`assert_loose_eq("1", 1);`, ""},
		{`assert_contains([1, 2], "2");`, `assert_contains: [1,2] does not contain "2"`},
		{`assert_contains("hello", "ll");`, ""},
		{`assert_match("abc", #/^b/);`, `assert_match: "abc" does not match`},
		{`assert_throws(function () { throw "x"; });`, ""},
		{`assert_throws(function () { return 1; });`, "assert_throws: expected an exception, none was thrown"},
		{`assert_throws(function () { return 1 / 0; }, "overflow");`, `assert_throws: expected an exception containing "overflow", got "division by zero"`},
		{`assert_throws(function () { throw Exception("bad input"); }, "input");`, ""},
		{`assert_throws(function () { throw 5; }, "x");`, `assert_throws: expected an exception containing "x", got 5 thrown`},
		{`assert_throws(function () { throw ["x"]; }, "x");`, `assert_throws: expected an exception containing "x", got ["x"] thrown`},
		{`fail("stop");`, "stop"},
	}
	for _, tt := range tests {
		p := writeFiles(t, map[string]string{"t.hsl": `import { assert_true, assert_false, assert_eq, assert_ne, assert_loose_eq, assert_contains, assert_match, assert_throws, fail } from "hsh:assert";` + "\n" + tt.call + "\n"})
		code, out, _ := run(t, "", "test", p["t.hsl"])
		if tt.msg == "" {
			if code != 0 {
				t.Errorf("%s: exit %d\n%s", tt.call, code, out)
			}
			continue
		}
		if code != 1 || !strings.Contains(out, "t.hsl:2:1: "+tt.msg) {
			t.Errorf("%s: exit %d, output:\n%s\nwant t.hsl:2:1: %s", tt.call, code, out, tt.msg)
		}
	}
}
