package core

import (
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

func registerDKIM(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:   "header_dkim_decode",
		Params: []catalog.Param{{Name: "value", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{{Name: "field", Type: "boolean",
			Doc: "The input is a whole header field (Name: value); the name and colon are skipped."}},
		Returns: "array|none",
		Doc:     "Decodes a DKIM-style tag=value list (DKIM-Signature, ARC headers) into an array keyed by tag; folding whitespace is removed. Returns none for malformed lists or repeated tags.",
		Impl:    dkimDecode,
	})
}

// skipField drops a header field name and its colon.
func skipField(s string) string {
	if i := strings.IndexByte(s, ':'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func dkimDecode(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	if catalog.OptionValue(opts, "field", value.Bool(false)).Truthy() {
		s = skipField(s)
	}
	out := value.NewArray(0)
	for _, spec := range strings.Split(s, ";") {
		if strings.TrimSpace(spec) == "" {
			continue
		}
		tag, val, ok := strings.Cut(spec, "=")
		tag = strings.TrimSpace(tag)
		if !ok || !validTag(tag) {
			return value.None, nil
		}
		val = strings.TrimSpace(strings.NewReplacer("\r", "", "\n", "").Replace(val))
		if tag == "b" || tag == "bh" {
			val = strings.Join(strings.Fields(val), "")
		}
		k := value.StrKey(tag)
		if _, dup := out.Get(k); dup {
			return value.None, nil
		}
		out.Set(k, value.String(val))
	}
	return value.ArrayValue(out), nil
}

func validTag(t string) bool {
	if t == "" || !(t[0] >= 'a' && t[0] <= 'z' || t[0] >= 'A' && t[0] <= 'Z') {
		return false
	}
	for i := 1; i < len(t); i++ {
		c := t[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
