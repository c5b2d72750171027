package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFmt(t *testing.T) {
	dir := t.TempDir()
	messy := filepath.Join(dir, "messy.hsl")
	clean := filepath.Join(dir, "clean.hsl")
	broken := filepath.Join(dir, "broken.hsl")
	os.WriteFile(messy, []byte("echo   1 ;\n"), 0o600)
	os.WriteFile(clean, []byte("echo 1;\n"), 0o644)
	os.WriteFile(broken, []byte("echo 1\n"), 0o644)

	run := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := main1(append([]string{"fmt"}, args...), strings.NewReader("$a=1;"), &out, &errb)
		return code, out.String(), errb.String()
	}
	if code, out, _ := run(messy); code != 0 || out != "echo 1;\n" {
		t.Errorf("fmt FILE = %d %q", code, out)
	}
	if code, out, _ := run("-"); code != 0 || out != "$a = 1;\n" {
		t.Errorf("fmt - = %d %q", code, out)
	}
	if code, out, _ := run("-l", messy, clean); code != 0 || out != messy+"\n" {
		t.Errorf("fmt -l = %d %q", code, out)
	}
	if code, out, errs := run("-w", messy, broken); code != 1 || out != "" || !strings.Contains(errs, "broken.hsl:1:7: expected") {
		t.Errorf("fmt -w = %d %q %q", code, out, errs)
	}
	if got, _ := os.ReadFile(messy); string(got) != "echo 1;\n" {
		t.Errorf("-w wrote %q", got)
	}
	if info, _ := os.Stat(messy); info.Mode().Perm() != 0o600 {
		t.Errorf("-w changed the mode to %v", info.Mode().Perm())
	}
	if got, _ := os.ReadFile(broken); string(got) != "echo 1\n" {
		t.Errorf("a broken file was rewritten: %q", got)
	}
	if code, _, _ := run(); code != 2 {
		t.Errorf("fmt without FILE = %d, want 2", code)
	}
	if code, _, _ := run("-x", clean); code != 2 {
		t.Errorf("fmt -x = %d, want 2", code)
	}
	if code, out, errs := run("-w", messy, "-"); code != 2 || out != "" || !strings.Contains(errs, "-w cannot rewrite standard input") {
		t.Errorf("fmt -w - = %d %q %q", code, out, errs)
	}
	if code, _, _ := run(filepath.Join(dir, "missing.hsl")); code != 2 {
		t.Errorf("fmt of a missing file = %d, want 2", code)
	}
}
