package repl

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"

	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/pki"
)

// step is one input of a session and what it should print and report.
type step struct {
	in  string
	out string // stdout of this input
	err string // substring of the error; "" means no error
}

func runSteps(t *testing.T, steps []step) {
	t.Helper()
	var out bytes.Buffer
	files := map[string][]byte{"lib.hsl": []byte(`function hello() { return "hi"; }`)}
	s := NewSession(Config{Catalog: stdlib.Core(), Stdout: &out, Files: files, RootPath: t.TempDir(), ShowValues: true})
	for i, st := range steps {
		out.Reset()
		_, err := s.Eval(context.Background(), st.in)
		switch {
		case st.err == "" && err != nil:
			t.Fatalf("step %d %q: error %v", i+1, st.in, err)
		case st.err != "" && (err == nil || !strings.Contains(err.Error(), st.err)):
			t.Fatalf("step %d %q: error %v, want %q", i+1, st.in, err, st.err)
		}
		if out.String() != st.out {
			t.Fatalf("step %d %q: output %q, want %q", i+1, st.in, out.String(), st.out)
		}
	}
}

func TestSessionKeepsState(t *testing.T) {
	tests := []struct {
		name  string
		steps []step
	}{
		{"variables", []step{
			{in: "$a = 1;"},
			{in: "$b = $a + 1; echo $b;", out: "2\n"},
			{in: "$a += 10; echo $a + $b;", out: "13\n"},
		}},
		{"no side effect twice", []step{
			{in: `echo "once"; $n = 1;`, out: "once\n"},
			{in: "echo $n;", out: "1\n"},
		}},
		{"functions and classes", []step{
			{in: "function twice($x) { return $x * 2; }"},
			{in: "class P { constructor($v) { $this->v = $v; } function get() { return $this->v; } }"},
			{in: "echo twice(P(21)->get());", out: "42\n"},
		}},
		{"redefinition", []step{
			{in: "function f() { return 1; }"},
			{in: "function f() { return 2; } echo f();", out: "2\n"},
			{in: "echo f();", out: "2\n"},
		}},
		{"global in function", []step{
			{in: "$count = 0; function bump() { global $count; $count += 1; }"},
			{in: "bump(); bump();"},
			{in: "echo $count;", out: "2\n"},
		}},
		{"error keeps earlier statements", []step{
			{in: "$x = 1; $y = 1 / 0; $x = 3;", err: "<input 1>:1:14: division by zero"},
			{in: "echo $x;", out: "1\n"},
			{in: "echo $y;", err: "undefined variable $y"},
		}},
		{"compile error changes nothing", []step{
			{in: "$v = 5;"},
			{in: "$v = 6; echo lenght($v);", err: "<input 2>:1:14: undefined function lenght"},
			{in: "echo $v;", out: "5\n"},
		}},
		{"global created in a function", []step{
			{in: "function setg() { global $g; $g = 5; } setg();"},
			{in: "echo $g;", out: "5\n"},
		}},
		{"imports", []step{
			{in: `import { hello } from "lib.hsl";`},
			{in: `echo hello();`, out: "hi\n"},
			{in: `import { hello as h2 } from "lib.hsl"; function hello() { return "mine"; } echo hello() . h2();`, out: "minehi\n"},
		}},
		{"arrays", []step{
			{in: `$l = [1, 2]; $l[] = 3;`},
			{in: `$m = $l; $m[] = 4; echo length($l) . " " . length($m);`, out: "3 4\n"},
		}},
		{"closures belong to their input", []step{
			{in: `$f = function() { return 1; }; echo $f();`, out: "1\n"},
			{in: `echo $f();`, err: "<input 2>:1:6: the function anonymous function belongs to another compiled program"},
		}},
		{"lone expressions show their value", []step{
			{in: `1 + 2;`, out: "3\n"},
			{in: `["a" => "x"];`, out: `["a"=>"x"]` + "\n"},
			{in: `$z = 4;`},
			{in: `$z;`, out: "4\n"},
			{in: `none;`},
			{in: `$z++;`},
			{in: `length("abc") / 0;`, err: "<input 7>:1:1: division by zero"},
			{in: "\n  length(\n  \"ab\") / 0;", err: "<input 8>:2:3: division by zero"},
			{in: "echo 1;\n(1 / 0);", out: "1\n", err: "<input 9>:2:2: division by zero"},
			{in: "(\"x\" . \"y\") . 1 / 0;", err: "<input 10>:1:15: division by zero"},
			{in: `$z = 1; $z;`},
		}},
		{"columns after the prelude", []step{
			{in: "function g() { return 1; }"},
			{in: "$q = 1; echo g() / 0;", err: "<input 2>:1:14: division by zero"},
			{in: "function h() {\n  return 1 / 0;\n}"},
			{in: "echo h();", err: "<input 3>:2:10: division by zero"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { runSteps(t, tt.steps) })
	}
}

func TestNeedsMore(t *testing.T) {
	tests := []struct {
		src  string
		more bool
	}{
		{"echo 1;", false},
		{"function f() {", true},
		{"function f() {\n return 1;\n}", false},
		{"$a = [1,\n2", true},
		{"$a = [1, (2", true},
		{"echo \"abc", true},
		{"echo \"a\\\"bc", true},
		{"echo \"a\\\"bc\";", false},
		{"echo \"{\";", false},
		{"echo ''raw", true},
		{"echo ''raw'';", false},
		{"echo 'EOT'it's ''x'''EOT';", false},
		{"echo 'EOT'it's", true},
		{"echo 1; /* open", true},
		{"echo 1; /* { */", false},
		{"echo 1; // {", false},
		{"echo 1; // {\n{", true},
		{"echo #/[{(]/ ;", false},
		{"echo #/(", false},
		{"}}", false},
		{"echo 'a b';", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := NeedsMore(tt.src); got != tt.more {
			t.Errorf("NeedsMore(%q) = %v, want %v", tt.src, got, tt.more)
		}
	}
}

func TestSessionKeys(t *testing.T) {
	_, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	keyPEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	store, err := pki.New([]pki.Entry{{ID: "k", PrivateKey: keyPEM}})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s := NewSession(Config{Catalog: stdlib.Core(), Stdout: &out, Keys: store})
	src := `$m = MailMessage::String("From: a@example.org\r\n\r\nbody\r\n");
$m->signDKIM("s", "example.org", "pki:k", ["id" => true, "algorithm" => "ed25519-sha256"]);
echo str_find($m->toString(), "DKIM-Signature:") == 0;`
	if _, err := s.Eval(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	if out.String() != "true\n" {
		t.Errorf("output %q, want a DKIM-Signature at the top", out.String())
	}

	// Without a store, a pki id is an error that says what is missing.
	s = NewSession(Config{Catalog: stdlib.Core(), Stdout: &out})
	if _, err := s.Eval(context.Background(), `MailMessage::String("")->signDKIM("s", "example.org", "pki:k", ["id" => true]);`); err == nil || !strings.Contains(err.Error(), "no key store") {
		t.Errorf("error %v, want one about the missing key store", err)
	}
}
