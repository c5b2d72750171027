package interp_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
)

func compile(t *testing.T, src string, opts interp.Options) *interp.Program {
	t.Helper()
	prog, diags := interp.Compile("test.hsl", []byte(src), opts)
	if diags.HasErrors() {
		t.Fatalf("compile errors:\n%s", diags)
	}
	return prog
}

func run(t *testing.T, prog *interp.Program, ro interp.RunOptions) (string, error) {
	t.Helper()
	var out bytes.Buffer
	ro.Stdout = &out
	if ro.Shared == nil {
		ro.Shared = vm.NewShared()
	}
	err := prog.Run(context.Background(), ro)
	return out.String(), err
}

func TestRuntimeErrorHasPlaceAndTrace(t *testing.T) {
	prog := compile(t, "function inner($x) {\n  return $x / 0;\n}\nfunction outer() { return inner(1); }\necho outer();\n", interp.Options{})
	_, err := run(t, prog, interp.RunOptions{})
	var exc *catalog.Exception
	if !errors.As(err, &exc) {
		t.Fatalf("want an Exception, got %v", err)
	}
	if exc.File != "test.hsl" || exc.Line != 2 || exc.Col != 10 {
		t.Errorf("place = %s:%d:%d, want test.hsl:2:10", exc.File, exc.Line, exc.Col)
	}
	if !strings.Contains(exc.Message, "division by zero") {
		t.Errorf("message = %q", exc.Message)
	}
	var names []string
	for _, f := range exc.Trace {
		names = append(names, fmt.Sprintf("%s@%d", f.Func, f.Line))
	}
	if got := strings.Join(names, " "); got != "inner@2 outer@4 @5" {
		t.Errorf("trace = %q", got)
	}
}

func TestThrownValueIsReported(t *testing.T) {
	prog := compile(t, `throw ["code" => 7];`, interp.Options{})
	_, err := run(t, prog, interp.RunOptions{})
	var th *catalog.Thrown
	if !errors.As(err, &th) {
		t.Fatalf("want Thrown, got %v", err)
	}
	if th.Value.Repr() != `["code"=>7]` || th.Exc.Line != 1 {
		t.Errorf("thrown %s at line %d", th.Value.Repr(), th.Exc.Line)
	}
}

func TestLimits(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		limits vm.Limits
		ctx    time.Duration
		want   string
	}{
		{"depth", `function f($n) { return f($n + 1); } f(0);`, vm.Limits{MaxDepth: 50}, 0, "recursion depth"},
		{"steps", `forever { }`, vm.Limits{MaxSteps: 10000}, 0, "steps"},
		{"steps are sticky", `forever { try { forever {} } catch ($e) { } }`, vm.Limits{MaxSteps: 10000}, 0, "steps"},
		{"time", `forever { }`, vm.Limits{}, 50 * time.Millisecond, "deadline"},
		{"memory", `$s = "x"; forever { $s = $s . $s; }`, vm.Limits{MaxMemory: 1 << 20}, 0, "bytes"},
		{"memory arrays", `$a = []; forever { $a[] = 1; }`, vm.Limits{MaxMemory: 1 << 20}, 0, "bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prog := compile(t, tt.src, interp.Options{})
			ctx := context.Background()
			if tt.ctx > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, tt.ctx)
				defer cancel()
			}
			err := prog.Run(ctx, interp.RunOptions{Limits: tt.limits, Shared: vm.NewShared()})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestLimitErrorIsCatchable(t *testing.T) {
	prog := compile(t, `function f($n) { return f($n + 1); }
try { f(0); } catch ($e) { echo "caught"; }`, interp.Options{})
	out, err := run(t, prog, interp.RunOptions{Limits: vm.Limits{MaxDepth: 20}})
	if err != nil || out != "caught\n" {
		t.Fatalf("out %q, err %v", out, err)
	}
}

func TestConcurrentRuns(t *testing.T) {
	prog := compile(t, `
		$total = 0;
		foreach ([1, 2, 3] as $v) { $total += $v * $n; }
		function label($x) { return "n=$x"; }
		echo label($n) . " total=$total";`, interp.Options{Variables: map[string]bool{"n": true}})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var out bytes.Buffer
			err := prog.Run(context.Background(), interp.RunOptions{
				Stdout: &out, Vars: map[string]value.Value{"n": value.Number(float64(i))},
			})
			want := fmt.Sprintf("n=%d total=%d\n", i, 6*i)
			if err != nil || out.String() != want {
				errs <- fmt.Errorf("run %d: out %q, err %v", i, out.String(), err)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestReadOnlyVariable(t *testing.T) {
	_, diags := interp.Compile("t.hsl", []byte(`$n = 1;`), interp.Options{Variables: map[string]bool{"n": true}})
	if !diags.HasErrors() || !strings.Contains(diags.String(), "read-only") {
		t.Fatalf("diags = %s", diags)
	}
}

func TestCompileErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{`echo lenght("x");`, "t.hsl:1:6: undefined function lenght"},
		{`function f($a) {} f(1, 2);`, "too many arguments to f"},
		{`function f($a, $b) {} f(1);`, "too few arguments to f"},
		{`echo $x;`, "undefined variable $x"},
		{`break;`, "break outside a loop"},
		{`if (true) { function f() {} }`, "inside a conditional"},
		{`class A { $x; function x() {} }`, "already has a member named x"},
		{`function f($a = $b) {}`, "constant expression"},
		{`import $d from "data.bin";`, "cannot import"},
		{`include "missing.hsl";`, "cannot load"},
	}
	for _, tt := range tests {
		_, diags := interp.Compile("t.hsl", []byte(tt.src), interp.Options{RootPath: t.TempDir()})
		if !strings.Contains(diags.String(), tt.want) {
			t.Errorf("%s\n got: %s\nwant: %s", tt.src, diags, tt.want)
		}
	}
}

func TestCyclicImportAndInclude(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.hsl", `import { b } from "b.hsl"; function a() {}`)
	write("b.hsl", `import { a } from "a.hsl"; function b() {}`)
	write("i1.hsl", `include "i2.hsl";`)
	write("i2.hsl", `include "i1.hsl";`)
	_, diags := interp.Compile("main.hsl", []byte(`import { a } from "a.hsl";`), interp.Options{RootPath: dir})
	if !strings.Contains(diags.String(), "cyclic import") {
		t.Errorf("import cycle: %s", diags)
	}
	_, diags = interp.Compile("main.hsl", []byte(`include "i1.hsl";`), interp.Options{RootPath: dir})
	if !strings.Contains(diags.String(), "cyclic include") {
		t.Errorf("include cycle: %s", diags)
	}
}

func TestLoaderStaysUnderRoot(t *testing.T) {
	parent := t.TempDir()
	root := filepath.Join(parent, "root")
	if err := os.Mkdir(root, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(parent, "secret.txt"), []byte("s"), 0o644); err != nil {
		t.Fatal(err)
	}
	l := &interp.Loader{Root: root}
	for _, name := range []string{"../secret.txt", "file://../secret.txt", "/../secret.txt"} {
		if _, _, err := l.Load("main.hsl", name); err == nil {
			t.Errorf("%s escaped the root", name)
		}
	}
	l.Files = map[string][]byte{"lib/x.hsl": []byte("echo 1;")}
	if canon, src, err := l.Load("main.hsl", "file://lib/x.hsl"); err != nil || canon != "lib/x.hsl" || string(src) != "echo 1;" {
		t.Errorf("virtual file: %q %q %v", canon, src, err)
	}
}

func TestCacheIsSharedBetweenRuns(t *testing.T) {
	prog := compile(t, `function slow($x) { echo "computing"; return $x * 10; }
echo cache ["ttl" => 30] slow(2);`, interp.Options{})
	shared := vm.NewShared()
	var outs []string
	for i := 0; i < 2; i++ {
		out, err := run(t, prog, interp.RunOptions{Shared: shared})
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, out)
	}
	if outs[0] != "computing\n20\n" || outs[1] != "20\n" {
		t.Errorf("outputs %q", outs)
	}
}

func TestBarrierSerialisesExecutions(t *testing.T) {
	prog := compile(t, `barrier "hits" => $n { $n = isset($n) ? $n + 1 : 1; $last = $n; }
echo $last;`, interp.Options{})
	shared := vm.NewShared()
	const runs = 20
	seen := make(chan string, runs)
	var wg sync.WaitGroup
	for i := 0; i < runs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var out bytes.Buffer
			if err := prog.Run(context.Background(), interp.RunOptions{Stdout: &out, Shared: shared}); err != nil {
				t.Error(err)
			}
			seen <- strings.TrimSpace(out.String())
		}()
	}
	wg.Wait()
	close(seen)
	got := map[string]bool{}
	for s := range seen {
		got[s] = true
	}
	for i := 1; i <= runs; i++ {
		if !got[fmt.Sprint(i)] {
			t.Errorf("no execution saw %d: %v", i, got)
		}
	}
}

func TestBarrierIsReleasedOnError(t *testing.T) {
	prog := compile(t, `barrier "b" { throw "x"; }`, interp.Options{})
	shared := vm.NewShared()
	for i := 0; i < 2; i++ { // a second run would block if the first kept the lock
		done := make(chan error, 1)
		go func() { done <- prog.Run(context.Background(), interp.RunOptions{Shared: shared}) }()
		select {
		case err := <-done:
			if err == nil {
				t.Fatal("want the thrown error")
			}
		case <-time.After(5 * time.Second):
			t.Fatal("barrier still locked")
		}
	}
}

func TestDataImports(t *testing.T) {
	dir := t.TempDir()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "mx.example"},
		NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, _ := x509.MarshalPKCS8PrivateKey(key)
	files := map[string][]byte{
		"cert.crt":  pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		"dkim.key":  pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER}),
		"list.txt":  []byte("a@x\r\nb@y\n"),
		"conf.yaml": []byte("port: 25\nhosts: [a, b]\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prog := compile(t, `
import $certs from "cert.crt" with ["resource" => true];
import $pemtext from "cert.crt";
import $key from "dkim.key";
import $list from "list.txt" with ["array" => true];
import $conf from "conf.yaml";
echo X509($certs[0])->subject()[0][1];
echo is_string($pemtext);
echo is_array($key) or is_string($key) ? "no" : "resource";
echo $list;
echo $conf["port"] + 1;
echo $conf["hosts"];`, interp.Options{RootPath: dir, Catalog: stdlib.Core()})
	out, err := run(t, prog, interp.RunOptions{})
	want := "mx.example\ntrue\nresource\n[0=>\"a@x\",1=>\"b@y\"]\n26\n[0=>\"a\",1=>\"b\"]\n"
	if err != nil || out != want {
		t.Errorf("out %q, err %v\nwant %q", out, err, want)
	}
}

func TestNestedBarrierIsAnError(t *testing.T) {
	prog := compile(t, `barrier "x" { barrier "x" { echo "never"; } }`, interp.Options{})
	_, err := run(t, prog, interp.RunOptions{})
	if err == nil || !strings.Contains(err.Error(), "already held") {
		t.Fatalf("err = %v", err)
	}
}

func TestSelfAppendIsBoundedByMemory(t *testing.T) {
	prog := compile(t, `$a = [1]; forever { $a[] = $a; }`, interp.Options{})
	_, err := run(t, prog, interp.RunOptions{Limits: vm.Limits{MaxMemory: 8 << 20}})
	if !errors.Is(err, vm.ErrLimit) && (err == nil || !strings.Contains(err.Error(), "bytes")) {
		t.Fatalf("err = %v", err)
	}
}

func TestSessionKeepsState(t *testing.T) {
	s := interp.NewSession(interp.Options{Catalog: stdlib.Core()})
	var out bytes.Buffer
	inputs := []string{
		`$n = 2; function twice($x) { return $x * 2; }`,
		`class Box { $v = 0; constructor($v) { $this->v = $v; } }`,
		`$b = Box(twice($n)); echo $b->v;`,
		`echo $nope;`,
		`$n += 1; echo "n=$n";`,
		`echo twice($n);`,
		`function twice($x) { return $x * 3; } echo twice(1);`,
		`$u = 1; unset($u);`,
		`echo isset($u) ? "set" : "unset";`,
	}
	for _, in := range inputs {
		diags, err := s.Eval(context.Background(), in, interp.RunOptions{Stdout: &out})
		if in == `echo $nope;` {
			if !diags.HasErrors() {
				t.Errorf("undefined variable not reported")
			}
			continue
		}
		if diags.HasErrors() || err != nil {
			t.Fatalf("%s: %s %v", in, diags, err)
		}
	}
	if got := out.String(); got != "4\nn=3\n6\n3\nunset\n" {
		t.Errorf("output %q", got)
	}
}

func TestNoRootMeansVirtualFilesOnly(t *testing.T) {
	l := &interp.Loader{Files: map[string][]byte{"a.hsl": []byte("")}}
	if _, _, err := l.Load("main.hsl", "a.hsl"); err != nil {
		t.Errorf("virtual file: %v", err)
	}
	if _, _, err := l.Load("main.hsl", "interp.go"); err == nil || !strings.Contains(err.Error(), "configuration") {
		t.Errorf("disk file without a root: %v", err)
	}
}

func TestFailedImportReportsOnce(t *testing.T) {
	src := `import $conf from "missing.json";
import { rate, $limit } from "missing.hsl";
import * as ns from "gone.hsl";
echo $conf["x"] . rate(1) . $limit . ns::f();`
	_, diags := interp.Compile("t.hsl", []byte(src), interp.Options{RootPath: t.TempDir()})
	if len(diags) != 3 {
		t.Fatalf("want the 3 load errors only, got:\n%s", diags)
	}
	for _, d := range diags {
		if !strings.Contains(d.Message, "cannot load") {
			t.Errorf("unexpected: %s", d)
		}
	}
}
