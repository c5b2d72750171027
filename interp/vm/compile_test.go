package vm_test

import (
	"strings"
	"testing"

	"github.com/openhsl/hsl/grammar"
	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/vm"
)

func disassemble(t *testing.T, src string) string {
	t.Helper()
	file, diags := grammar.Parse("t.hsl", []byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	info := resolve.Resolve(file, resolve.Options{})
	if info.Diags.HasErrors() {
		t.Fatal(info.Diags)
	}
	prog, cdiags := vm.Compile(info, nil, "")
	if cdiags.HasErrors() {
		t.Fatal(cdiags)
	}
	return prog.Disassemble()
}

func TestConstantFolding(t *testing.T) {
	code := disassemble(t, `echo 3600 * 24 . "s" . (1 << 4) . -(2 ** 2);`)
	if !strings.Contains(code, `const                0 0  ; "86400s16-4"`) {
		t.Errorf("expression not folded into one constant:\n%s", code)
	}
	for _, op := range []string{"mul", "concat", "shl", "pow", "neg"} {
		if strings.Contains(code, " "+op+" ") {
			t.Errorf("%s left in folded code:\n%s", op, code)
		}
	}
}

func TestDeadBranchesAreRemoved(t *testing.T) {
	code := disassemble(t, `if (false) { echo "never"; } else { echo "always"; }
while (true) { break; }`)
	if strings.Contains(code, "never") {
		t.Errorf("dead branch compiled:\n%s", code)
	}
	if strings.Contains(code, "jump_false") {
		t.Errorf("constant conditions still tested at run time:\n%s", code)
	}
}

func TestLoopsUseFusedInstructions(t *testing.T) {
	code := disassemble(t, `function f() { $s = 0; for ($i = 0; $i < 10; $i++) { $s += $i; } return $s; }`)
	for _, op := range []string{"lt_local_const_jf", "inc_local", "add_local_local"} {
		if !strings.Contains(code, op) {
			t.Errorf("no %s in:\n%s", op, code)
		}
	}
}
