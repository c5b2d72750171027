package vm

import (
	"fmt"
	"path"
	"strings"

	"github.com/openhsl/hsl/interp/resolve"
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// loadData converts a data import at compile time with the catalog's
// importer for the file's extension (the txt! prefix forces .txt). The value
// is frozen: every execution shares it.
func loadData(cat *catalog.Catalog, d *resolve.DataImport) (value.Value, error) {
	opts, err := evalOptions(d)
	if err != nil {
		return value.None, err
	}
	ext := strings.ToLower(path.Ext(d.Path))
	if strings.HasPrefix(d.Path, "txt!") {
		ext = ".txt"
	}
	var imp catalog.Importer
	if cat != nil {
		imp = cat.Importer(ext)
	}
	if imp == nil {
		return value.None, fmt.Errorf("no importer for %q files is available", ext)
	}
	v, err := imp(d.Src, opts)
	if err != nil {
		return value.None, err
	}
	if a := v.AsArray(); a != nil {
		a.Freeze()
	}
	return v, nil
}

func evalOptions(d *resolve.DataImport) (*value.Array, error) {
	if d.Stmt.Options == nil {
		return value.NewArray(0), nil
	}
	v, err := evalConst(d.Stmt.Options)
	if err != nil {
		return nil, fmt.Errorf("the options of a data import must be a constant array: %v", err)
	}
	if v.AsArray() == nil {
		return nil, fmt.Errorf("the options of a data import must be an array, not %s", v.Kind())
	}
	return v.AsArray(), nil
}
