// Command gendoc writes docs/stdlib.md from the builtin catalogue. It is run
// by `go generate ./stdlib` (see stdlib/stdlib.go) and `make docs`.
//
// With -reference DIR it instead rewrites the stored lists of 6.x core names
// (stdlib/internal/gendoc/functions.txt and classes.txt) from the "core"
// entries of DIR/functions.json and DIR/classes.json; only the names are kept.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/internal/gendoc"
)

func main() {
	root := flag.String("root", ".", "repository root")
	out := flag.String("o", "docs/stdlib.md", "output file, relative to the root")
	ref := flag.String("reference", "", "rewrite the stored 6.x core names from this halon-6x-docs-data directory")
	flag.Parse()
	if err := run(*root, *out, *ref); err != nil {
		fmt.Fprintln(os.Stderr, "gendoc:", err)
		os.Exit(1)
	}
}

func run(root, out, ref string) error {
	if ref != "" {
		dir := filepath.Join(root, "stdlib", "internal", "gendoc")
		for _, kind := range []string{"functions", "classes"} {
			names, err := coreNames(filepath.Join(ref, kind+".json"))
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, kind+".txt"), []byte(strings.Join(names, "\n")+"\n"), 0o644); err != nil {
				return err
			}
		}
		return nil
	}
	names := gendoc.ReferenceNames()
	tested, err := gendoc.Tested(root, append(append([]string(nil), names.Funcs...), names.Classes...))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(root, out), gendoc.Render(stdlib.Core(), names, tested), 0o644)
}

// coreNames reads the names of the "core" entries of a documentation data file.
func coreNames(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var data struct {
		Core []struct {
			Name string `json:"name"`
		} `json:"core"`
	}
	if err := json.Unmarshal(b, &data); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	names := make([]string, len(data.Core))
	for i, e := range data.Core {
		names[i] = e.Name
	}
	return names, nil
}
