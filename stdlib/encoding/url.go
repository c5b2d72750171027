package encoding

import (
	"net/url"
	"strconv"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

func registerURL(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:    "url_parse",
		Params:  []catalog.Param{{Name: "url", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Returns: "array|none",
		Doc:     "Splits an absolute URL into the keys schema, username, password, hostname, port (a number), path, query and fragment; parts that are absent are left out. Returns none when the text is not a URL with a scheme.",
		Impl:    urlParse,
	})
}

func urlParse(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	if _, err := a.Options(1); err != nil {
		return value.None, err
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return value.None, nil
	}
	out := value.NewArray(8)
	set := func(k, v string) {
		if v != "" {
			out.Set(value.StrKey(k), value.String(v))
		}
	}
	set("schema", u.Scheme)
	if u.User != nil {
		out.Set(value.StrKey("username"), value.String(u.User.Username()))
		if p, ok := u.User.Password(); ok {
			out.Set(value.StrKey("password"), value.String(p))
		}
	}
	set("hostname", u.Hostname())
	if p := u.Port(); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n > 65535 {
			return value.None, nil
		}
		out.Set(value.StrKey("port"), value.Number(float64(n)))
	}
	path := u.EscapedPath()
	if u.Opaque != "" {
		path = u.Opaque
	}
	set("path", path)
	if u.ForceQuery || u.RawQuery != "" {
		out.Set(value.StrKey("query"), value.String(u.RawQuery))
	}
	if u.Fragment != "" {
		set("fragment", u.EscapedFragment())
	}
	return value.ArrayValue(out), nil
}
