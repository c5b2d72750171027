package main

import (
	"strings"
	"testing"
)

func TestRunNeedsInterpreter(t *testing.T) {
	p := writeFiles(t, map[string]string{"a.hsl": "echo 1;\n"})
	code, _, errOut := run(t, "", p["a.hsl"])
	if code != 2 || !strings.Contains(errOut, "not built yet") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := run(t, "", p["a.hsl"], p["a.hsl"]); code != 2 || !strings.Contains(errOut, "one FILE") {
		t.Errorf("two files: exit %d, stderr %q", code, errOut)
	}
}
