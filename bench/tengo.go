package bench

import (
	"fmt"

	"github.com/d5/tengo/v2"
)

// execTengo compiles src as a new tengo script (no import modules: the
// workloads need none) and runs it.
func execTengo(src string) (int64, bool, error) {
	compiled, err := tengo.NewScript([]byte(src)).Compile()
	if err != nil {
		return 0, false, err
	}
	if err := compiled.Run(); err != nil {
		return 0, false, err
	}
	v := compiled.Get("result")
	if v.IsUndefined() {
		return 0, false, nil
	}
	if v.ValueType() != "int" {
		return 0, false, fmt.Errorf("result is a %s, want an int", v.ValueType())
	}
	return v.Int64(), true, nil
}
