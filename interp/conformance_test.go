package interp_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// chunk is one program of a conformance file with its expectations.
type chunk struct {
	file   string
	line   int // first line of the chunk
	src    string
	output []string
	errors map[int]*regexp.Regexp // line → expected error message
}

var (
	outputRe = regexp.MustCompile(`//>(?: (.*))?$`)
	errorRe  = regexp.MustCompile(`//! (.*)$`)
)

// splitChunks splits a conformance file at `---` lines. Each chunk keeps the
// line numbers of the whole file (earlier lines become blank).
func splitChunks(t *testing.T, name, text string) []chunk {
	lines := strings.Split(text, "\n")
	var out []chunk
	start := 0
	flush := func(end int) {
		c := chunk{file: name, line: start + 1, errors: map[int]*regexp.Regexp{}}
		var b strings.Builder
		for i := 0; i < start; i++ {
			b.WriteByte('\n')
		}
		for i := start; i < end; i++ {
			l := lines[i]
			b.WriteString(l)
			b.WriteByte('\n')
			if m := errorRe.FindStringSubmatch(l); m != nil {
				re, err := regexp.Compile(m[1])
				if err != nil {
					t.Fatalf("%s:%d: bad expectation regexp: %v", name, i+1, err)
				}
				c.errors[i+1] = re
				continue
			}
			if m := outputRe.FindStringSubmatch(l); m != nil {
				c.output = append(c.output, m[1])
			}
		}
		c.src = b.String()
		out = append(out, c)
	}
	for i, l := range lines {
		if strings.TrimRight(l, "\r") == "---" {
			flush(i)
			start = i + 1
		}
	}
	flush(len(lines))
	return out
}

func TestConformance(t *testing.T) {
	files, err := filepath.Glob("../testdata/lang/*.hsl")
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance files: %v", err)
	}
	cat := stdlib.Core()
	total, assertions := 0, 0
	for _, path := range files {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		for _, c := range splitChunks(t, name, string(text)) {
			total++
			assertions += len(c.output) + len(c.errors)
			c := c
			t.Run(fmt.Sprintf("%s:%d", name, c.line), func(t *testing.T) {
				runChunk(t, cat, c)
			})
		}
	}
	t.Logf("%d chunks, %d assertions", total, assertions)
}

func runChunk(t *testing.T, cat *catalog.Catalog, c chunk) {
	prog, diags := interp.Compile(c.file, []byte(c.src), interp.Options{Catalog: cat, RootPath: "../testdata/lang"})
	if diags.HasErrors() {
		checkDiagnostics(t, c, diags)
		return
	}
	var out bytes.Buffer
	err := prog.Run(context.Background(), interp.RunOptions{Stdout: &out, Shared: vm.NewShared()})
	got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if out.Len() == 0 {
		got = nil
	}
	if !equalLines(got, c.output) {
		t.Errorf("output differs\n got: %q\nwant: %q", got, c.output)
	}
	if err == nil {
		for line, re := range c.errors {
			t.Errorf("line %d: expected an error matching %q, got none", line, re)
		}
		return
	}
	line, msg := errorPlace(err)
	re := c.errors[line]
	switch {
	case re == nil:
		t.Errorf("unexpected runtime error: %v", err)
	case !re.MatchString(msg):
		t.Errorf("line %d: error %q does not match %q", line, msg, re)
	}
	for l, re := range c.errors {
		if l != line {
			t.Errorf("line %d: expected an error matching %q, got none there", l, re)
		}
	}
}

func errorPlace(err error) (int, string) {
	var exc *catalog.Exception
	if errors.As(err, &exc) {
		return exc.Line, exc.Message
	}
	var th *catalog.Thrown
	if errors.As(err, &th) {
		return th.Exc.Line, th.Error()
	}
	return 0, err.Error()
}

func checkDiagnostics(t *testing.T, c chunk, diags diag.List) {
	matched := map[int]bool{}
	for _, d := range diags {
		if d.Severity != diag.Error {
			continue
		}
		re := c.errors[d.Start.Line]
		if d.File != c.file || re == nil || !re.MatchString(d.Message) {
			t.Errorf("unexpected compile error: %s", d)
			continue
		}
		matched[d.Start.Line] = true
	}
	for line, re := range c.errors {
		if !matched[line] {
			t.Errorf("line %d: expected a compile error matching %q", line, re)
		}
	}
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
