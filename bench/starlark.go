package bench

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// starlarkOptions turn on what the workloads need and Starlark leaves off
// by default: recursion, while loops and loops at the top level, and
// reassigning globals (`s += i` at the top level).
var starlarkOptions = &syntax.FileOptions{
	Recursion:       true,
	While:           true,
	TopLevelControl: true,
	GlobalReassign:  true,
}

// execStarlark runs src as a new Starlark module on a new thread.
func execStarlark(src string) (int64, bool, error) {
	thread := &starlark.Thread{Name: "bench"}
	globals, err := starlark.ExecFileOptions(starlarkOptions, thread, "bench.star", src, nil)
	if err != nil {
		return 0, false, err
	}
	v, ok := globals["result"]
	if !ok {
		return 0, false, nil
	}
	i, isInt := v.(starlark.Int)
	if !isInt {
		return 0, false, fmt.Errorf("result is a %s, want an int", v.Type())
	}
	n, exact := i.Int64()
	if !exact {
		return 0, false, fmt.Errorf("result %s does not fit in 64 bits", i)
	}
	return n, true, nil
}
