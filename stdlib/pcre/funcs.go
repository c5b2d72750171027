package pcre

import (
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

const patternType = "Regex|string"

// Register adds the pcre_* functions to c.
func Register(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "pcre_match",
		Params: []catalog.Param{
			{Name: "pattern", Type: patternType, Doc: "a Regex, or a pattern string, bare or as /pattern/flags"},
			{Name: "subject", Type: "string"},
		},
		Returns: "array",
		Doc: "Searches the subject for the first match of the pattern. The result holds the whole match " +
			"under 0, each group under its number and named groups also under their name; a group that " +
			"took no part in the match is \"\". No match gives an empty array.",
		Impl: matchFunc,
	})
	c.AddFunc(&catalog.Func{
		Name: "pcre_match_all",
		Params: []catalog.Param{
			{Name: "pattern", Type: patternType},
			{Name: "subject", Type: "string"},
		},
		Returns: "array",
		Doc: "Finds every non-overlapping match. The result is grouped by capture group: under 0 the " +
			"list of whole matches, under 1 the list of first groups, and so on (named groups also by " +
			"name). Without a match each list is empty.",
		Impl: matchAllFunc,
	})
	c.AddFunc(&catalog.Func{
		Name:    "pcre_quote",
		Params:  []catalog.Param{{Name: "string", Type: "string"}},
		Returns: "string",
		Doc:     "Puts a backslash before every character that has a meaning in a pattern, so that the result matches the string literally.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			return value.String(Quote(s)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name:    "pcre_compile",
		Params:  []catalog.Param{{Name: "pattern", Type: "string", Doc: "bare, or /pattern/flags"}},
		Returns: "Regex",
		Doc:     "Compiles a pattern once into a Regex that the other pcre_* functions, =~ and match accept. An invalid pattern raises an error.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			re, err := pattern(a, 0)
			if err != nil {
				return value.None, err
			}
			return value.ResourceValue(re), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "pcre_replace",
		Params: []catalog.Param{
			{Name: "pattern", Type: patternType},
			{Name: "replace", Type: "string|function", Doc: "a replacement with $n, ${n}, ${name} or \\n references, or a function given the match array"},
			{Name: "subject", Type: "string"},
			{Name: "limit", Type: "number", Optional: true, Doc: "the most replacements to make; 0 (the default) means no limit"},
		},
		Returns: "string",
		Doc: "Replaces the matches of the pattern in the subject. A replacement string may refer to " +
			"groups as $1, ${1}, \\1 or ${name} ($0 is the whole match; \\\\ and $$ stand for \\ and $). A " +
			"function is called with the match array, like pcre_match's, and its result (as a string) " +
			"replaces the match.",
		Impl: replaceFunc,
	})
}

// pattern returns argument i as a compiled Regex: a Regex resource as is, a
// string compiled (and cached).
func pattern(a *catalog.Args, i int) (*Regex, error) {
	v := a.Get(i)
	switch v.Kind() {
	case value.KindResource:
		if re, ok := v.AsResource().(*Regex); ok {
			return re, nil
		}
	case value.KindString:
		re, err := Parse(v.AsString())
		if err != nil {
			return nil, a.Errorf(i, "%v", err)
		}
		return re, nil
	}
	return nil, a.Errorf(i, "must be a Regex or a string, not %s", describe(v))
}

func describe(v value.Value) string {
	if v.Kind() == value.KindResource {
		return "resource<" + v.AsResource().ResourceKind() + ">"
	}
	return v.Kind().String()
}

func patternAndSubject(a *catalog.Args) (*Regex, string, error) {
	re, err := pattern(a, 0)
	if err != nil {
		return nil, "", err
	}
	s, err := a.String(1)
	return re, s, err
}

// matchArray builds pcre_match's result from the groups of one match.
func matchArray(gs []Group) *value.Array {
	arr := value.NewArray(len(gs))
	for i, g := range gs {
		arr.Set(value.IntKey(int32(i)), value.String(g.Text))
		if g.Name != "" {
			arr.Set(value.StrKey(g.Name), value.String(g.Text))
		}
	}
	return arr
}

func matchFunc(a *catalog.Args) (value.Value, error) {
	re, s, err := patternAndSubject(a)
	if err != nil {
		return value.None, err
	}
	gs, err := re.FindAt(s, 0)
	if err != nil {
		return value.None, a.Fail("%v", err)
	}
	if gs == nil {
		return value.ArrayValue(value.NewArray(0)), nil
	}
	return value.ArrayValue(matchArray(gs)), nil
}

func matchAllFunc(a *catalog.Args) (value.Value, error) {
	re, s, err := patternAndSubject(a)
	if err != nil {
		return value.None, err
	}
	all, err := re.FindAll(s)
	if err != nil {
		return value.None, a.Fail("%v", err)
	}
	lists := make([][]value.Value, re.NumGroups()+1)
	for _, gs := range all {
		for i, g := range gs {
			lists[i] = append(lists[i], value.String(g.Text))
		}
	}
	out := value.NewArray(len(lists))
	for i, l := range lists {
		out.Set(value.IntKey(int32(i)), value.ArrayValue(value.NewList(l)))
		if name := re.names[i]; name != "" {
			out.Set(value.StrKey(name), value.ArrayValue(value.NewList(append([]value.Value(nil), l...))))
		}
	}
	return value.ArrayValue(out), nil
}

func replaceFunc(a *catalog.Args) (value.Value, error) {
	re, err := pattern(a, 0)
	if err != nil {
		return value.None, err
	}
	repl := a.Get(1)
	if k := repl.Kind(); k != value.KindString && k != value.KindFunction {
		return value.None, a.Errorf(1, "must be a string or a function, not %s", describe(repl))
	}
	s, err := a.String(2)
	if err != nil {
		return value.None, err
	}
	limit := 0
	if a.Has(3) && !a.Get(3).IsNone() {
		if limit, err = a.Int(3); err != nil {
			return value.None, err
		}
		if limit < 0 {
			return value.None, a.Errorf(3, "must not be negative")
		}
	}
	n := -1
	if limit > 0 {
		n = limit
	}
	matches, err := re.FindN(s, n)
	if err != nil {
		return value.None, a.Fail("%v", err)
	}
	var b strings.Builder
	last := 0
	for _, gs := range matches {
		b.WriteString(s[last:gs[0].Offset])
		if repl.Kind() == value.KindString {
			Expand(&b, repl.AsString(), gs)
		} else {
			r, err := a.Call(repl, value.ArrayValue(matchArray(gs)))
			if err != nil {
				return value.None, err
			}
			b.WriteString(r.ToString())
		}
		last = gs[0].Offset + len(gs[0].Text)
	}
	b.WriteString(s[last:])
	return value.String(b.String()), nil
}

// Expand appends the replacement template to b, substituting group
// references: $n and \n (up to two digits), ${n} and ${name}; $$ and \\ are a
// literal $ and \. A reference to a group that does not exist or did not take
// part in the match expands to nothing.
func Expand(b *strings.Builder, tmpl string, gs []Group) {
	group := func(ref string) string {
		n := 0
		for i := 0; i < len(ref); i++ {
			if ref[i] < '0' || ref[i] > '9' {
				for _, g := range gs {
					if g.Name == ref {
						return g.Text
					}
				}
				return ""
			}
			n = n*10 + int(ref[i]-'0')
		}
		if n < len(gs) {
			return gs[n].Text
		}
		return ""
	}
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if (c != '$' && c != '\\') || i+1 >= len(tmpl) {
			b.WriteByte(c)
			continue
		}
		next := tmpl[i+1]
		switch {
		case next == c:
			b.WriteByte(c)
			i++
		case isDigit(next):
			j := i + 2
			if j < len(tmpl) && isDigit(tmpl[j]) {
				j++
			}
			b.WriteString(group(tmpl[i+1 : j]))
			i = j - 1
		case c == '$' && next == '{':
			end := strings.IndexByte(tmpl[i:], '}')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			b.WriteString(group(tmpl[i+2 : i+end]))
			i += end
		default:
			b.WriteByte(c)
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Quote escapes every character that has a meaning in a pattern (including
// '#' and the '/' delimiter, and NUL as \x00).
func Quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0:
			b.WriteString(`\x00`)
		case strings.IndexByte(`.\+*?[^]$(){}=!<>|:-#/`, c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
