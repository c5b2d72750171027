package interp_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/interp/vm"
	"github.com/openhsl/hsl/stdlib"
)

// FuzzCompileRun compiles and runs arbitrary source under tight limits: runtime
// errors are fine, a panic or a hang is not.
func FuzzCompileRun(f *testing.F) {
	files, _ := filepath.Glob("../testdata/lang/*.hsl")
	for _, p := range files {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	f.Add(`function f($n) { return f($n + 1); } f(0);`)
	f.Add(`$a = []; forever { $a[] = $a; }`)
	cat := stdlib.Core()
	f.Fuzz(func(t *testing.T, src string) {
		// A watchdog turns a hang into a crash, so the fuzzer keeps the input.
		watchdog := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("compile+run took over 20s: %q", src)) })
		defer watchdog.Stop()
		prog, diags := interp.Compile("fuzz.hsl", []byte(src), interp.Options{Catalog: cat, RootPath: t.TempDir()})
		if diags.HasErrors() {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		defer cancel()
		_ = prog.Run(ctx, interp.RunOptions{
			Stdout: io.Discard,
			Shared: vm.NewShared(),
			Limits: vm.Limits{MaxSteps: 200000, MaxMemory: 64 << 20, MaxDepth: 200},
		})
	})
}
