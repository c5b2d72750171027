package bench

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/openhsl/hsl/interp"
	"github.com/openhsl/hsl/stdlib"
)

// execHSL compiles src against the core library (built once per process and
// shared, as an embedding host does) and runs it with a fresh machine. The
// result is the number the script echoes.
func execHSL(src string) (int64, bool, error) {
	prog, diags := interp.Compile("bench.hsl", []byte(src), interp.Options{Catalog: stdlib.Core()})
	if diags.HasErrors() {
		return 0, false, fmt.Errorf("compile: %v", diags)
	}
	var out bytes.Buffer
	if err := prog.Run(context.Background(), interp.RunOptions{Stdout: &out}); err != nil {
		return 0, false, err
	}
	text := strings.TrimSpace(out.String())
	if text == "" {
		return 0, false, nil
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return 0, false, fmt.Errorf("output %q is not an integer", text)
	}
	return n, true, nil
}
