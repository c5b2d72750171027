package main

import (
	"path/filepath"
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
