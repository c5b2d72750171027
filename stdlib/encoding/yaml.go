package encoding

import (
	"encoding/base64"
	"errors"
	"math"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// MaxYAMLNodes bounds the number of values a YAML document may expand to
// through aliases.
const MaxYAMLNodes = 1 << 20

func registerYAML(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name:    "yaml_decode",
		Params:  []catalog.Param{{Name: "string", Type: "string"}, {Name: "options", Type: "array", Optional: true}},
		Options: []catalog.Option{{Name: "tags", Type: "array", Doc: "Maps custom tags (such as \"!Secret\") to functions; a tagged value is replaced by the function's result for it."}},
		Returns: "any|none",
		Doc:     "Decodes the first document of YAML text: mappings become keyed arrays, sequences lists and null none. Returns none for invalid YAML.",
		Impl:    yamlDecode,
	})
}

var errYAML = errors.New("invalid YAML")

type yamlDecoder struct {
	a     *catalog.Args
	tags  *value.Array
	nodes int
}

func yamlDecode(a *catalog.Args) (value.Value, error) {
	s, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	d := &yamlDecoder{a: a}
	if t := catalog.OptionValue(opts, "tags", value.None); !t.IsNone() {
		if d.tags = t.AsArray(); d.tags == nil {
			return value.None, a.Errorf(1, "has a tags option that is not an array")
		}
		for i := 0; i < d.tags.Len(); i++ {
			if _, fn := d.tags.Entry(i); fn.Kind() != value.KindFunction {
				return value.None, a.Errorf(1, "has a tag handler that is not a function")
			}
		}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s), &doc); err != nil || doc.Kind == 0 {
		return value.None, nil
	}
	v, err := d.node(&doc, 0)
	if errors.Is(err, errYAML) {
		return value.None, nil
	}
	return v, err // a tag handler's error propagates
}

func (d *yamlDecoder) node(n *yaml.Node, depth int) (value.Value, error) {
	d.nodes++
	if depth > MaxDepth || d.nodes > MaxYAMLNodes {
		return value.None, errYAML
	}
	var v value.Value
	var err error
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return value.None, nil
		}
		return d.node(n.Content[0], depth)
	case yaml.AliasNode:
		return d.node(n.Alias, depth+1)
	case yaml.SequenceNode:
		vals := make([]value.Value, len(n.Content))
		for i, c := range n.Content {
			if vals[i], err = d.node(c, depth+1); err != nil {
				return value.None, err
			}
		}
		v = value.ArrayValue(value.NewList(vals))
	case yaml.MappingNode:
		out := value.NewArray(len(n.Content) / 2)
		if err := d.mapping(out, n, depth); err != nil {
			return value.None, err
		}
		v = value.ArrayValue(out)
	case yaml.ScalarNode:
		if v, err = scalar(n); err != nil {
			return value.None, err
		}
	default:
		return value.None, errYAML
	}
	return d.tagged(n, v)
}

// mapping adds the pairs of the mapping node n to out; "<<" merge keys add
// the pairs of the referenced mappings that out does not have yet.
func (d *yamlDecoder) mapping(out *value.Array, n *yaml.Node, depth int) error {
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], n.Content[i+1]
		if kn.Kind == yaml.ScalarNode && kn.ShortTag() == "!!merge" {
			merges = append(merges, vn)
			continue
		}
		kv, err := d.node(kn, depth+1)
		if err != nil {
			return err
		}
		k, err := value.NormalizeKey(kv)
		if err != nil {
			return errYAML
		}
		v, err := d.node(vn, depth+1)
		if err != nil {
			return err
		}
		out.Set(k, v)
	}
	for _, m := range merges {
		srcs := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			srcs = m.Content
		}
		for _, src := range srcs {
			mv, err := d.node(src, depth+1)
			if err != nil {
				return err
			}
			ma := mv.AsArray()
			if ma == nil {
				return errYAML
			}
			for j := 0; j < ma.Len(); j++ {
				k, v := ma.Entry(j)
				if _, has := out.Get(k); !has {
					out.Set(k, v.Share())
				}
			}
		}
	}
	return nil
}

// tagged passes v to the handler of n's explicit tag, when there is one.
func (d *yamlDecoder) tagged(n *yaml.Node, v value.Value) (value.Value, error) {
	if d.tags == nil || n.Style&yaml.TaggedStyle == 0 {
		return v, nil
	}
	fn, ok := d.tags.Get(value.StrKey(n.Tag))
	if !ok {
		return v, nil
	}
	return d.a.Env.Call(fn, v.Share())
}

// scalar converts a scalar node by its (explicit or resolved) tag; scalars
// with a custom tag are strings.
func scalar(n *yaml.Node) (value.Value, error) {
	switch n.ShortTag() {
	case "!!null":
		return value.None, nil
	case "!!bool":
		var b bool
		if n.Decode(&b) != nil {
			return value.None, errYAML
		}
		return value.Bool(b), nil
	case "!!int":
		var i int64
		if n.Decode(&i) == nil {
			return value.Number(float64(i)), nil
		}
		var u uint64
		if n.Decode(&u) == nil {
			return value.Number(float64(u)), nil
		}
		f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
		if err != nil && !math.IsInf(f, 0) {
			return value.None, errYAML
		}
		return value.Number(f), nil
	case "!!float":
		var f float64
		if n.Decode(&f) != nil {
			return value.None, errYAML
		}
		return value.Number(f), nil
	case "!!binary":
		b, err := base64.StdEncoding.DecodeString(stripSpace(n.Value))
		if err != nil {
			return value.None, errYAML
		}
		return value.String(string(b)), nil
	}
	return value.String(n.Value), nil
}
