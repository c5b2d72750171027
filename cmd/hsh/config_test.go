package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestConfigFlags(t *testing.T) {
	_, key := testKeyPEM(t, "ec")
	p := writeFiles(t, map[string]string{
		"etc/smtpd.yaml": "version: \"6.4\"\nenvironment:\n  privdrop: { user: no-such-user-hsh, group: no-such-group-hsh }\n",
		"etc/smtpd-app.yaml": `version: "6.4"
scripting:
  files:
    - id: lib/greet.hsl
      data: |
        function greet($who) { return "hello " . $who; }
    - id: data/names.txt
      path: names.txt
    - id: data/bin.txt
      data: aGk=
      binary: true
pki:
  private:
    - id: key1
      privatekey: { path: key.pem }
`,
		"etc/names.txt":          "ann bob\n",
		"etc/key.pem":            key,
		"other/smtpd.yaml":       "environment:\n  appconf: app/running.yaml\nscripting:\n  rootpath: root\n",
		"other/app/running.yaml": "scripting:\n  files:\n    - id: v.hsl\n      data: 'echo \"virtual\";'\n",
		"other/root/real.hsl":    "echo \"from the root path\";\n",
		"nouser.yaml":            "environment: {}\n",
		"badpki.yaml":            "pki:\n  private:\n    - id: k\n      privatekey: { path: missing.pem }\n",
		"bad.yaml":               "scripting: [\n",
		"kinds.yaml":             "scripting:\n  files:\n    - id: a\n      binary: maybe\n      data: [1]\n",
		"list.yaml":              "- a\n- b\n",
		"noapp.yaml":             "environment:\n  appconf: gone/app.yaml\n",
		"badbin.yaml":            "scripting:\n  files:\n    - id: x\n      data: '%%%'\n      binary: true\n",
		"main.hsl":               "import { greet } from \"lib/greet.hsl\";\nimport $names from \"data/names.txt\";\nimport $bin from \"data/bin.txt\";\necho greet(str_strip($names)) . \" \" . $bin;\n",
		"uses.hsl":               "include \"v.hsl\";\ninclude \"real.hsl\";\n",
		"reads.hsl":              "echo File::read(\"data/names.txt\") . File(\"file://data/bin.txt\")->read();\n",
	})
	dir := filepath.Dir(p["main.hsl"])
	entry := "scripting:\n  files:\n    - id: e.hsl\n      data: 'echo \"entry\";'\n  __entrypoint: 'include \"e.hsl\";'\n"
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		out    string
		stderr string // regexp; "" means empty
	}{
		{"-c loads smtpd-app.yaml next to it", "", []string{"-c", p["etc/smtpd.yaml"], p["main.hsl"]}, 0, "hello ann bob hi\n", ""},
		{"--config", "", []string{"--config", p["etc/smtpd.yaml"], p["main.hsl"]}, 0, "hello ann bob hi\n", ""},
		{"File reads the virtual files", "", []string{"-c", p["etc/smtpd.yaml"], p["reads.hsl"]}, 0, "ann bob\nhi\n", ""},
		{"without -c no virtual files", "", []string{p["main.hsl"]}, 1, "", `main.hsl:1:23: cannot load "lib/greet.hsl"`},
		{"-c /dev/null is bare", "", []string{"-c", os.DevNull, p["main.hsl"]}, 1, "", `cannot load "lib/greet.hsl"`},
		{"-A", "", []string{"-A", p["etc/smtpd-app.yaml"], p["main.hsl"]}, 0, "hello ann bob hi\n", ""},
		{"appconf and rootpath of the startup config", "", []string{"-c", p["other/smtpd.yaml"], p["uses.hsl"]}, 0, "virtual\nfrom the root path\n", ""},
		{"-R beats scripting.rootpath", "", []string{"-c", p["other/smtpd.yaml"], "-R", dir, p["uses.hsl"]}, 1, "", `cannot load "real.hsl"`},
		{"-A - runs __entrypoint", entry, []string{"-A", "-", "-"}, 0, "entry\n", ""},
		{"-A - without entry point", "scripting: {}\n", []string{"-A", "-", "-"}, 2, "", `no scripting.__entrypoint`},
		{"-A - with a FILE", entry, []string{"-A", "-", p["main.hsl"]}, 2, "", `give - as FILE`},
		{"-c -", "", []string{"-c", "-", p["main.hsl"]}, 2, "", `-c takes a file`},
		{"missing config", "", []string{"-c", filepath.Join(dir, "nope.yaml"), p["main.hsl"]}, 2, "", `^hsh: cannot read \S*nope.yaml: no such file or directory\n$`},
		{"missing environment.appconf", "", []string{"-c", p["noapp.yaml"], p["main.hsl"]}, 2, "", `^hsh: \S*noapp.yaml: environment.appconf: cannot read \S*gone/app.yaml: no such file or directory\n$`},
		{"missing -A", "", []string{"-A", filepath.Join(dir, "nope.yaml"), p["main.hsl"]}, 2, "", `cannot read \S*nope.yaml`},
		{"bad YAML", "", []string{"-A", p["bad.yaml"], p["main.hsl"]}, 2, "", `^hsh: \S*bad.yaml:1: did not find expected node content\n$`},
		{"wrong kinds", "", []string{"-A", p["kinds.yaml"], p["main.hsl"]}, 2, "",
			`^hsh: \S*kinds.yaml:4: expected true or false, found "maybe"\n\S*kinds.yaml:5: expected a string, found a list\n$`},
		{"files is a mapping", "scripting:\n  files: {a: 1}\n", []string{"-A", "-", "-"}, 2, "", `^hsh: -:2: expected a list, found a mapping\n$`},
		{"a startup configuration that is a list", "", []string{"-c", p["list.yaml"], p["main.hsl"]}, 2, "", `^hsh: \S*list.yaml:1: expected a mapping, found a list\n$`},
		{"scripting is a number", "scripting: 5\n", []string{"-A", "-", "-"}, 2, "", `^hsh: -:1: expected a mapping, found "5"\n$`},
		{"bad base64", "", []string{"-A", p["badbin.yaml"], p["main.hsl"]}, 2, "", `badbin.yaml: scripting.files\[0\] \(x\): binary data is not base64`},
		{"missing pki file", "", []string{"-A", p["badpki.yaml"], p["main.hsl"]}, 2, "", `badpki.yaml: pki.private\[0\] \(k\): missing.pem: no such file or directory`},
		{"-F", "", []string{"-F", p["main.hsl"]}, 2, "", `FFI .* not supported`},
		{"--ffi", "", []string{"--ffi", p["main.hsl"]}, 2, "", `FFI .* not supported`},
		{"-P without -c", "", []string{"-P", p["main.hsl"]}, 2, "", `-P needs the startup configuration`},
		{"-P without a user", "", []string{"-c", p["nouser.yaml"], "--privdrop", p["main.hsl"]}, 2, "", `names no environment.privdrop.user`},
		{"no FILE and stdin not a terminal", "echo 6 * 7;", []string{}, 0, "42\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, tt.stdin, tt.args...)
			if code != tt.code || out != tt.out {
				t.Errorf("exit %d, stdout %q; want %d, %q (stderr %q)", code, out, tt.code, tt.out, errOut)
			}
			if tt.stderr == "" && errOut != "" || tt.stderr != "" && !regexp.MustCompile(tt.stderr).MatchString(errOut) {
				t.Errorf("stderr:\n%s\nwant /%s/", errOut, tt.stderr)
			}
		})
	}
}

func TestPrivdropRefuses(t *testing.T) {
	// Never drops for real: the user does not exist, or the test is not root.
	p := writeFiles(t, map[string]string{
		"smtpd.yaml": "environment:\n  privdrop: { user: no-such-user-hsh }\n",
		"a.hsl":      "echo 1;\n",
	})
	code, out, errOut := run(t, "", "-c", p["smtpd.yaml"], "-P", p["a.hsl"])
	want := `-P: dropping privileges needs root`
	if os.Geteuid() == 0 {
		want = `-P: user: unknown user no-such-user-hsh`
	}
	if code != 2 || out != "" || !regexp.MustCompile(want).MatchString(errOut) {
		t.Errorf("exit %d, stdout %q, stderr %q; want /%s/", code, out, errOut, want)
	}
}

func TestHookFunctionsFailWhenCalled(t *testing.T) {
	p := writeFiles(t, map[string]string{
		"hook.hsl": "function maybe($go) { if ($go) Accept(); return \"compiled\"; }\necho maybe(false);\necho maybe(true);\n",
	})
	code, out, errOut := run(t, "", p["hook.hsl"])
	if code != 1 || out != "compiled\n" || !strings.Contains(errOut, "hook.hsl:1:32: error: Accept() is available in the smtpd connect") || !strings.Contains(errOut, "not in hsh") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestHelpDocumentsEveryFlag(t *testing.T) {
	code, out, _ := run(t, "", "--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, f := range []string{"-c, --config FILE", "-A, --appconf FILE", "-P, --privdrop", "-F, --ffi", "-R, --rootpath DIR", "-s, --syntax", "--ast", "-v, --version", "-h, --help", "hsh test", "hsh fmt", "HSH_HISTORY"} {
		if !strings.Contains(out, f) {
			t.Errorf("usage does not document %s", f)
		}
	}
}
