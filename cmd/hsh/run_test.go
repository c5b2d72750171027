package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestRunScript(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"main.hsl":      "include \"lib/greet.hsl\";\necho greet(\"world\");\n",
		"lib/greet.hsl": "function greet($who) { return \"hello $who\"; }\n",
	})
	code, out, errOut := run(t, "", p["main.hsl"])
	if code != 0 || out != "hello world\n" || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestRunRootPath(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"scripts/main.hsl": "import { twice } from \"lib.hsl\";\necho twice(21);\n",
		"root/lib.hsl":     "function twice($n) { return $n * 2; }\n",
	})
	root := filepath.Dir(p["root/lib.hsl"])
	for _, flag := range []string{"-R", "--rootpath"} {
		code, out, errOut := run(t, "", flag, root, p["scripts/main.hsl"])
		if code != 0 || out != "42\n" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", flag, code, out, errOut)
		}
	}
}

func TestRunStdin(t *testing.T) {
	code, out, _ := run(t, "echo 1 + 1;\n", "-")
	if code != 0 || out != "2\n" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
}

func TestRunRuntimeError(t *testing.T) {
	p := writeFiles(t, map[string]string{"e.hsl": "function f($x) {\n  return $x / 0;\n}\necho \"start\";\necho f(1);\n"})
	code, out, errOut := run(t, "", p["e.hsl"])
	if code != 1 || out != "start\n" {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	want := []string{p["e.hsl"] + ":2:10: error: division by zero", "at " + p["e.hsl"] + ":2:10 in f", "at " + p["e.hsl"] + ":5:6 in <top level>"}
	for _, w := range want {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr %q lacks %q", errOut, w)
		}
	}
}

func TestRunUncaughtThrow(t *testing.T) {
	p := writeFiles(t, map[string]string{"t.hsl": "throw [\"code\" => 7];\n"})
	code, _, errOut := run(t, "", p["t.hsl"])
	if code != 1 || !strings.Contains(errOut, `t.hsl:1:1: error: uncaught array ["code"=>7]`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestRunCompileError(t *testing.T) {
	p := writeFiles(t, map[string]string{"c.hsl": "echo lenght(\"x\");\n"})
	code, out, errOut := run(t, "", p["c.hsl"])
	if code != 1 || out != "" || !strings.Contains(errOut, "c.hsl:1:6: undefined function lenght (did you mean length?)") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestRunTakesOneFile(t *testing.T) {
	p := writeFiles(t, map[string]string{"a.hsl": "echo 1;\n"})
	if code, _, errOut := run(t, "", p["a.hsl"], p["a.hsl"]); code != 2 || !strings.Contains(errOut, "one FILE") {
		t.Errorf("two files: exit %d, stderr %q", code, errOut)
	}
}

func TestRunErrorPlaces(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"lib/mod.hsl": "function boom($x) {\n\treturn $x / 0;\n}\nclass K {\n\tfunction m() { return boom(1); }\n}\n",
		"inc.hsl":     "function incf() {\n\tthrow Exception(\"from include\");\n}\n",
		"module.hsl":  "import { boom } from \"lib/mod.hsl\";\nboom(1);\n",
		"method.hsl":  "import { K } from \"lib/mod.hsl\";\n$k = K();\n$k->m();\n",
		"closure.hsl": "import { boom } from \"lib/mod.hsl\";\n$f = function ($a) { return boom($a); };\n$f(3);\n",
		"include.hsl": "include \"inc.hsl\";\necho \"before\";\nincf();\n",
		"deep.hsl":    "function f($n) { return f($n + 1); }\nf(0);\n",
	})
	tests := []struct {
		file, stdout, stderr string // stderr: regexp
	}{
		{"module.hsl", "", `^\S*lib/mod.hsl:2:9: error: division by zero\n  at \S*lib/mod.hsl:2:9 in boom\n  at \S*module.hsl:2:1 in <top level>\n$`},
		{"method.hsl", "", `^\S*lib/mod.hsl:2:9: error: division by zero\n  at \S*lib/mod.hsl:2:9 in boom\n  at \S*lib/mod.hsl:5:24 in K::m\n  at \S*method.hsl:3:1 in <top level>\n$`},
		{"closure.hsl", "", `^\S*lib/mod.hsl:2:9: error: division by zero\n  at \S*lib/mod.hsl:2:9 in boom\n  at \S*closure.hsl:2:29 in <anonymous function>\n  at \S*closure.hsl:3:1 in <top level>\n$`},
		{"include.hsl", "before\n", `^\S*inc.hsl:2:8: error: from include\n  at \S*inc.hsl:2:8 in incf\n  at \S*include.hsl:3:1 in <top level>\n$`},
		{"deep.hsl", "", `^\S*deep.hsl:1:25: error: maximum recursion depth exceeded .*\n  at \S*deep.hsl:1:25 in f \(\d+ times\)\n  at \S*deep.hsl:2:1 in <top level>\n$`},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", p[tt.file])
		if code != 1 || out != tt.stdout || !regexp.MustCompile(tt.stderr).MatchString(errOut) {
			t.Errorf("%s: exit %d, stdout %q, stderr:\n%s\nwant /%s/", tt.file, code, out, errOut, tt.stderr)
		}
	}
}
