package grammar

import (
	"fmt"
	"os"
	"testing"
	"time"
	"unicode/utf8"
)

// watchdog crashes the fuzzing process (so that the fuzzer saves the input)
// when the work on one input has not finished within a generous limit: a
// hang, not a slow machine. The returned function disarms it.
func watchdog(src []byte) func() bool {
	return time.AfterFunc(20*time.Second, func() {
		panic(fmt.Sprintf("no result after 20s on a %d-byte input: %q", len(src), src))
	}).Stop
}

// FuzzParse feeds arbitrary bytes to the parser: it must not panic or hang,
// and every diagnostic must point inside the file.
func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"syntax/*.hsl", "syntax-errors/*.hsl", "corpus/*.hsl"} {
		for _, path := range repoFiles(f, pattern) {
			src, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer watchdog(src)()
		file, diags := Parse("fuzz.hsl", src)
		if file == nil {
			t.Fatal("nil file")
		}
		lines := newLineIndex(src)
		for _, d := range diags {
			if d.Message == "" || !utf8.ValidString(d.Message) && utf8.Valid(src) {
				t.Errorf("bad message in %s", d)
			}
			for _, p := range []struct{ off, line, col int }{
				{d.Start.Offset, d.Start.Line, d.Start.Col}, {d.End.Offset, d.End.Line, d.End.Col},
			} {
				if p.off < 0 || p.off > len(src) {
					t.Fatalf("%s: offset %d outside the file (%d bytes)", d, p.off, len(src))
				}
				if want := lines.pos(p.off); want.Line != p.line || want.Col != p.col {
					t.Fatalf("%s: offset %d is %d:%d, not %d:%d", d, p.off, want.Line, want.Col, p.line, p.col)
				}
			}
			if d.End.Offset < d.Start.Offset {
				t.Fatalf("%s: ends before it starts", d)
			}
		}
	})
}
