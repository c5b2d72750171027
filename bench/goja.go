package bench

import (
	"github.com/dop251/goja"
)

// execGoja runs src in a new goja runtime.
func execGoja(src string) (int64, bool, error) {
	vm := goja.New()
	if _, err := vm.RunString(src); err != nil {
		return 0, false, err
	}
	v := vm.Get("result")
	if v == nil || goja.IsUndefined(v) {
		return 0, false, nil
	}
	return v.ToInteger(), true, nil
}
