package encoding

import (
	"errors"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

var optDelimiter = catalog.Option{Name: "delimiter", Type: "string", Doc: "The one-byte field separator (default \",\")."}

func registerCSV(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:    "csv_encode",
		Params:  []catalog.Param{{Name: "values", Type: "array"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{optDelimiter},
		Returns: "string",
		Doc:     "Encodes the values as one CSV line, quoting fields that hold the delimiter, quotes, spaces or line breaks.",
		Impl:    csvEncode,
	})
	c.AddFunc(&catalog.Func{
		Name:   "csv_decode",
		Params: []catalog.Param{{Name: "string", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{
			optDelimiter,
			{Name: "header", Type: "boolean", Doc: "Take the first row as column names and return the other rows keyed by them (default true)."},
			{Name: "schema", Type: "array", Doc: "Per column (by name, or by index without a header): type (string, number or boolean), nullable (true, or the list of values that mean none), and the true and false spellings of booleans."},
		},
		Returns: "array|none",
		Doc:     "Parses CSV text (quoted fields may span lines) into a list of rows. Returns none for malformed input, rows of the wrong width or values the schema rejects.",
		Impl:    csvDecode,
	})
}

// delimiter reads the delimiter option of argument i.
func delimiter(a *catalog.Args, i int, opts *value.Array) (byte, error) {
	d := catalog.OptionValue(opts, "delimiter", value.String(","))
	s := d.AsString()
	if d.Kind() != value.KindString || len(s) != 1 || s == "\"" || s == "\r" || s == "\n" {
		return 0, a.Errorf(i, "has a delimiter that is not one byte other than a quote or line break: %s", d.Repr())
	}
	return s[0], nil
}

func csvEncode(a *catalog.Args) (value.Value, error) {
	vals, err := a.Array(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	delim, err := delimiter(a, 1, opts)
	if err != nil {
		return value.None, err
	}
	var b strings.Builder
	for i := 0; i < vals.Len(); i++ {
		if i > 0 {
			b.WriteByte(delim)
		}
		_, v := vals.Entry(i)
		switch v.Kind() {
		case value.KindArray, value.KindFunction, value.KindObject, value.KindResource:
			return value.None, a.Errorf(0, "holds %s, which is not a CSV field", v.Kind())
		}
		f := v.ToString()
		if strings.IndexByte(f, delim) < 0 && !strings.ContainsAny(f, "\" \t\r\n") {
			b.WriteString(f)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	return value.String(b.String()), nil
}

var errCSV = errors.New("malformed CSV")

// csvRecords parses CSV text into records. Blank lines are skipped.
func csvRecords(s string, delim byte) ([][]string, error) {
	var recs [][]string
	var rec []string
	var field []byte
	i := 0
	for i < len(s) {
		// Start of a field.
		field = field[:0]
		if s[i] == '"' {
			i++
			for {
				j := strings.IndexByte(s[i:], '"')
				if j < 0 {
					return nil, errCSV
				}
				field = append(field, s[i:i+j]...)
				i += j + 1
				if i < len(s) && s[i] == '"' {
					field = append(field, '"')
					i++
					continue
				}
				break
			}
			if i < len(s) && s[i] != delim && s[i] != '\n' && s[i] != '\r' {
				return nil, errCSV
			}
		} else {
			j := i
			for j < len(s) && s[j] != delim && s[j] != '\n' && s[j] != '\r' {
				j++
			}
			field = append(field, s[i:j]...)
			i = j
		}
		rec = append(rec, string(field))
		if i < len(s) && s[i] == delim {
			i++
			if i == len(s) {
				rec = append(rec, "")
			}
			continue
		}
		// End of the record.
		if i < len(s) && s[i] == '\r' {
			i++
		}
		if i < len(s) && s[i] == '\n' {
			i++
		}
		if len(rec) > 1 || rec[0] != "" {
			recs = append(recs, rec)
		}
		rec = nil
		for i < len(s) && (s[i] == '\n' || s[i] == '\r') { // blank lines
			i++
		}
	}
	if rec != nil {
		recs = append(recs, rec)
	}
	return recs, nil
}

// column is the schema of one CSV column.
type column struct {
	kind        string // "string", "number" or "boolean"
	nullEmpty   bool
	nulls       []string
	trues, fals []string
}

func stringList(v value.Value, def []string) ([]string, bool) {
	if v.IsNone() {
		return def, true
	}
	arr := v.AsArray()
	if arr == nil {
		return nil, false
	}
	out := make([]string, 0, arr.Len())
	for i := 0; i < arr.Len(); i++ {
		_, x := arr.Entry(i)
		if x.Kind() != value.KindString {
			return nil, false
		}
		out = append(out, x.AsString())
	}
	return out, true
}

func parseSchema(a *catalog.Args, v value.Value) (map[value.Key]*column, error) {
	if v.IsNone() {
		return nil, nil
	}
	arr := v.AsArray()
	if arr == nil {
		return nil, a.Errorf(1, "has a schema that is not an array")
	}
	cols := make(map[value.Key]*column, arr.Len())
	for i := 0; i < arr.Len(); i++ {
		k, spec := arr.Entry(i)
		sa := spec.AsArray()
		if sa == nil {
			return nil, a.Errorf(1, "has a schema entry %s that is not an array", k.Value().Repr())
		}
		col := &column{kind: "string"}
		if t, ok := sa.Get(value.StrKey("type")); ok {
			col.kind = t.AsString()
			if col.kind != "string" && col.kind != "number" && col.kind != "boolean" {
				return nil, a.Errorf(1, "has an unknown schema type %s (use string, number or boolean)", t.Repr())
			}
		}
		nullable, _ := sa.Get(value.StrKey("nullable"))
		if nullable.Kind() == value.KindArray {
			var ok bool
			if col.nulls, ok = stringList(nullable, nil); !ok {
				return nil, a.Errorf(1, "has a nullable list that is not a list of strings")
			}
		} else {
			col.nullEmpty = nullable.Truthy()
		}
		var ok1, ok2 bool
		t, _ := sa.Get(value.StrKey("true"))
		f, _ := sa.Get(value.StrKey("false"))
		col.trues, ok1 = stringList(t, []string{"true"})
		col.fals, ok2 = stringList(f, []string{"false"})
		if !ok1 || !ok2 {
			return nil, a.Errorf(1, "has true/false spellings that are not lists of strings")
		}
		cols[k] = col
	}
	return cols, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (c *column) convert(s string) (value.Value, bool) {
	if c == nil {
		return value.String(s), true
	}
	if (c.nullEmpty && s == "") || contains(c.nulls, s) {
		return value.None, true
	}
	switch c.kind {
	case "number":
		f, ok := value.ParseNumber(s)
		return value.Number(f), ok
	case "boolean":
		switch {
		case contains(c.trues, s):
			return value.Bool(true), true
		case contains(c.fals, s):
			return value.Bool(false), true
		}
		return value.None, false
	}
	return value.String(s), true
}

func csvDecode(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	delim, err := delimiter(a, 1, opts)
	if err != nil {
		return value.None, err
	}
	header := catalog.OptionValue(opts, "header", value.Bool(true)).Truthy()
	schema, err := parseSchema(a, catalog.OptionValue(opts, "schema", value.None))
	if err != nil {
		return value.None, err
	}
	recs, err := csvRecords(s, delim)
	if err != nil {
		return value.None, nil
	}
	var names []value.Key
	if header && len(recs) > 0 {
		for _, n := range recs[0] {
			k, _ := value.NormalizeKey(value.String(n))
			names = append(names, k)
		}
		recs = recs[1:]
	}
	rows := make([]value.Value, 0, len(recs))
	for _, rec := range recs {
		if header && len(rec) != len(names) {
			return value.None, nil
		}
		row := value.NewArray(len(rec))
		for j, f := range rec {
			k := value.IntKey(int32(j))
			if header {
				k = names[j]
			}
			v, ok := schema[k].convert(f)
			if !ok {
				return value.None, nil
			}
			row.Set(k, v)
		}
		rows = append(rows, value.ArrayValue(row))
	}
	return value.ArrayValue(value.NewList(rows)), nil
}
