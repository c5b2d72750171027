package stdlib

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/openhsl/hsl/stdlib/internal/gendoc"
)

// TestDocsUpToDate fails when docs/stdlib.md is not what the generator makes
// of the catalogue and the repository's tests today.
func TestDocsUpToDate(t *testing.T) {
	root := ".."
	names := gendoc.ReferenceNames()
	tested, err := gendoc.Tested(root, append(append([]string(nil), names.Funcs...), names.Classes...))
	if err != nil {
		t.Fatal(err)
	}
	want := gendoc.Render(Core(), names, tested)
	got, err := os.ReadFile(filepath.Join(root, "docs", "stdlib.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w []byte
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if !bytes.Equal(g, w) {
				t.Errorf("docs/stdlib.md:%d: found %q, the generator writes %q", i+1, g, w)
				break
			}
		}
		t.Error("docs/stdlib.md is stale: run `go generate ./stdlib` (or `make docs`) and commit it")
	}
}

func TestReferenceNames(t *testing.T) {
	names := gendoc.ReferenceNames()
	if len(names.Funcs) != 151 || len(names.Classes) != 13 {
		t.Errorf("stored 6.x core names: %d functions and %d classes, want 151 and 13", len(names.Funcs), len(names.Classes))
	}
}
