package bench

import (
	"fmt"

	lua "github.com/yuin/gopher-lua"
)

// execGopherLua runs src in a new gopher-lua state with the standard
// libraries open (lua.NewState's default).
func execGopherLua(src string) (int64, bool, error) {
	L := lua.NewState()
	defer L.Close()
	if err := L.DoString(src); err != nil {
		return 0, false, err
	}
	switch v := L.GetGlobal("result").(type) {
	case lua.LNumber:
		return int64(v), true, nil
	case *lua.LNilType:
		return 0, false, nil
	default:
		return 0, false, fmt.Errorf("result is a %s, want a number", v.Type())
	}
}
