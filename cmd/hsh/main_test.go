package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// run calls main1 and returns its exit status, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := main1(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFiles writes name→content files into a temporary directory and
// returns their paths by name.
func writeFiles(t *testing.T, files map[string]string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	paths := map[string]string{}
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		paths[name] = p
	}
	return paths
}

func TestSyntaxCheck(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"ok.hsl":    "$a = 1;\necho $a;\n",
		"ok2.hsl":   "function f() { return 2; }\n",
		"bad.hsl":   "$a = 1\necho $a;\n$b = (2;\n",
		"other.hsl": "if ($a && $b) echo 1;\n",
	})
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // regexp; "" means empty
	}{
		{"clean", []string{"-s", p["ok.hsl"]}, 0, ""},
		{"long flag", []string{"--syntax", p["ok.hsl"], p["ok2.hsl"]}, 0, ""},
		{"one broken", []string{"-s", p["ok.hsl"], p["bad.hsl"]}, 1,
			`^\S*bad.hsl:1:7: expected ';' after expression, found 'echo'\n\S*bad.hsl:3:8: expected '\)' after expression, found ';'\n$`},
		{"all files reported", []string{"-s", p["bad.hsl"], p["other.hsl"]}, 1,
			`(?s)bad.hsl:1:7: .*bad.hsl:3:8: .*other.hsl:1:8: '&&' is not an HSL operator: use 'and'\n$`},
		{"missing file", []string{"-s", p["ok.hsl"], "nope.hsl", p["bad.hsl"]}, 2,
			`(?s)^hsh: cannot read nope.hsl: no such file or directory\n.*bad.hsl:1:7`},
		{"no file", []string{"-s"}, 2, `^hsh: no FILE given\nUsage:`},
		{"unknown flag", []string{"--frobnicate", p["ok.hsl"]}, 2, `^hsh: unknown flag --frobnicate\nUsage: hsh`},
		{"flag needs no value", []string{"-s=maybe", p["ok.hsl"]}, 2, `^hsh: flag -s takes no value \(found "maybe"\)\n`},
		{"flag needs a value", []string{"-s", p["ok.hsl"], "--rootpath"}, 2, `^hsh: flag --rootpath needs a value\n`},
		{"flag after files", []string{p["ok.hsl"], p["bad.hsl"], "--syntax"}, 1, `^\S*bad.hsl:1:7: `},
		{"-- ends the flags", []string{"-s", "--", "-s"}, 2, `^hsh: cannot read -s: no such file or directory\n$`},
		{"both modes", []string{"-s", "--ast", p["ok.hsl"]}, 2, `cannot be combined`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if tt.stderr == "" && errOut != "" || tt.stderr != "" && !regexp.MustCompile(tt.stderr).MatchString(errOut) {
				t.Errorf("stderr:\n%s\nwant /%s/", errOut, tt.stderr)
			}
		})
	}
}

func TestStdin(t *testing.T) {
	code, _, errOut := run(t, "echo 1\n", "-s", "-")
	if code != 1 || errOut != "-:1:7: expected ';' after expression, found end of file\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestAST(t *testing.T) {
	p := writeFiles(t, map[string]string{"a.hsl": "echo $x + 1;\n", "bad.hsl": "echo (1;\n"})
	code, out, errOut := run(t, "", "--ast", p["a.hsl"])
	want := `File "` + p["a.hsl"] + `" @1:1-2:1
  Echo @1:1-1:13
    Binary + @1:6-1:12
      Variable $x @1:6-1:8
      Number 1 @1:11-1:12
`
	if code != 0 || out != want || errOut != "" {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr: %q", code, out, want, errOut)
	}
	code, out, errOut = run(t, "", "--ast", p["bad.hsl"])
	if code != 1 || !strings.HasPrefix(out, "File ") || !strings.Contains(errOut, "bad.hsl:1:8: expected ')'") {
		t.Errorf("broken file: exit %d\nstdout:\n%s\nstderr: %s", code, out, errOut)
	}
}

func TestRunMissingFile(t *testing.T) {
	code, _, errOut := run(t, "", "nope.hsl")
	if code != 2 || errOut != "hsh: cannot read nope.hsl: no such file or directory\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestVersionAndHelp(t *testing.T) {
	for _, flag := range []string{"-v", "--version"} {
		if code, out, _ := run(t, "", flag); code != 0 || out != "hsh dev\n" {
			t.Errorf("%s: exit %d, stdout %q", flag, code, out)
		}
	}
	for _, flag := range []string{"-h", "--help"} {
		code, out, _ := run(t, "", flag)
		if code != 0 {
			t.Errorf("%s: exit %d", flag, code)
		}
		for _, f := range []string{"-s, --syntax", "--ast", "-v, --version", "-h, --help"} {
			if !strings.Contains(out, f) {
				t.Errorf("%s: usage does not document %s:\n%s", flag, f, out)
			}
		}
	}
}

func TestFlagPlacement(t *testing.T) {
	p := writeFiles(t, map[string]string{"main.hsl": "include \"x.hsl\";\n", "lib/x.hsl": "echo \"x\";\n"})
	lib := filepath.Dir(p["lib/x.hsl"])
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string
		stderr string // regexp; "" means empty
	}{
		{"flag before", []string{"-R", lib, p["main.hsl"]}, 0, "x\n", ""},
		{"flag after", []string{p["main.hsl"], "-R", lib}, 0, "x\n", ""},
		{"flag=value after", []string{p["main.hsl"], "--rootpath=" + lib}, 0, "x\n", ""},
		{"-- before the file", []string{"-R", lib, "--", p["main.hsl"]}, 0, "x\n", ""},
		{"-- as a flag value", []string{"-R", "--", p["main.hsl"]}, 2, "", `^hsh: root path --: no such file or directory\n$`},
		{"flag after --", []string{"--", p["main.hsl"], "-R", lib}, 2, "", `^hsh: running takes one FILE`},
		{"missing root", []string{"-R", filepath.Join(lib, "nope"), p["main.hsl"]}, 2, "", `^hsh: root path \S*nope: no such file or directory\n$`},
		{"root is a file", []string{"-R", p["lib/x.hsl"], p["main.hsl"]}, 2, "", `^hsh: root path \S*x.hsl: not a directory\n$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, "", tt.args...)
			if code != tt.code || out != tt.stdout {
				t.Errorf("exit %d, stdout %q; want %d, %q (stderr %q)", code, out, tt.code, tt.stdout, errOut)
			}
			if tt.stderr == "" && errOut != "" || tt.stderr != "" && !regexp.MustCompile(tt.stderr).MatchString(errOut) {
				t.Errorf("stderr:\n%s\nwant /%s/", errOut, tt.stderr)
			}
		})
	}
}
