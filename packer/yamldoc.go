package packer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxExpandedNodes bounds the work of expanding aliases, so that a small file full of
// nested aliases cannot make the packer run out of memory.
const maxExpandedNodes = 1 << 18

// parseYAML parses src as exactly one YAML document whose top level is a mapping.
func parseYAML(file string, src []byte) (*yaml.Node, []Diagnostic) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, []Diagnostic{{File: file, Rule: "yaml", Message: "file is empty: expected a YAML mapping with a version key"}}
		}
		return nil, []Diagnostic{yamlErrorDiagnostic(file, err)}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return nil, []Diagnostic{{File: file, Line: extra.Line, Col: extra.Column, Rule: "yaml",
			Message: "found a second YAML document: a configuration file holds exactly one"}}
	} else if !errors.Is(err, io.EOF) {
		return nil, []Diagnostic{yamlErrorDiagnostic(file, err)}
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		line, col := doc.Line, doc.Column
		found := "nothing"
		if len(doc.Content) == 1 {
			found = kindName(doc.Content[0])
			line, col = doc.Content[0].Line, doc.Content[0].Column
		}
		return nil, []Diagnostic{{File: file, Line: line, Col: col, Rule: "yaml",
			Message: "expected a mapping at the top level, found " + found}}
	}
	return &doc, nil
}

// yamlErrorDiagnostic turns a yaml.v3 parse error ("yaml: line 3: message") into a Diagnostic.
func yamlErrorDiagnostic(file string, err error) Diagnostic {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, tail
			}
		}
	}
	if parserProblem(msg) {
		// yaml.v3 gives the line of a parser (not scanner) error counted from 0, and
		// leaves it out on the first line.
		line++
	}
	return Diagnostic{File: file, Line: line, Rule: "yaml", Message: "invalid YAML: " + msg}
}

// parserProblem reports whether msg is one of the problems yaml.v3's parser (as opposed
// to its scanner or decoder) reports.
func parserProblem(msg string) bool {
	switch msg {
	case "did not find expected ',' or ']'", "did not find expected ',' or '}'",
		"did not find expected '-' indicator", "did not find expected <document start>",
		"did not find expected <stream-start>", "did not find expected key",
		"did not find expected node content", "found duplicate %TAG directive",
		"found duplicate %YAML directive", "found incompatible YAML document",
		"found undefined tag handle":
		return true
	}
	return false
}

// kindName names the kind of a YAML node for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a sequence"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "null"
		}
		return fmt.Sprintf("the scalar %q", n.Value)
	}
	return "a document"
}

// jsonDoc is a YAML document converted to the value model of encoding/json, with an
// index from each JSON pointer back to the YAML node it came from.
type jsonDoc struct {
	value  any
	values map[string]*yaml.Node // pointer -> value node
	keys   map[string]*yaml.Node // pointer -> key node of a mapping member
	paths  map[string]string     // pointer -> display path such as servers[0].id
	env    map[string]bool       // pointers of !Env scalars (known only at run time)
}

// converter builds a jsonDoc and collects findings on the way.
type converter struct {
	file  string
	doc   *jsonDoc
	diags []Diagnostic
	count int
}

// toJSON converts the top-level node of a parsed document (see parseYAML). The document
// is nil when it is too large to convert; the diagnostics then say so.
func toJSON(file string, doc *yaml.Node) (*jsonDoc, []Diagnostic) {
	c := &converter{file: file, doc: &jsonDoc{
		values: map[string]*yaml.Node{}, keys: map[string]*yaml.Node{},
		paths: map[string]string{}, env: map[string]bool{},
	}}
	c.doc.value = c.convert(doc.Content[0], "", "", 0)
	if c.count > maxExpandedNodes {
		return nil, c.diags // incomplete: not worth validating
	}
	return c.doc, c.diags
}

func (c *converter) convert(n *yaml.Node, ptr, path string, depth int) any {
	c.count++
	if c.count > maxExpandedNodes || depth > 1000 {
		if c.count == maxExpandedNodes+1 || depth == 1001 {
			c.diags = append(c.diags, Diagnostic{File: c.file, Line: n.Line, Col: n.Column, Path: path, Rule: "yaml",
				Message: "document is too large or too deeply nested once aliases are expanded"})
		}
		return nil
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return c.convert(n.Alias, ptr, path, depth+1)
	}
	c.doc.values[ptr] = n
	c.doc.paths[ptr] = path
	switch n.Kind {
	case yaml.MappingNode:
		obj := map[string]any{}
		c.members(n, ptr, path, depth, obj, map[string]*yaml.Node{}, false)
		return obj
	case yaml.SequenceNode:
		arr := make([]any, 0, len(n.Content))
		for i, item := range n.Content {
			idx := strconv.Itoa(i)
			arr = append(arr, c.convert(item, ptr+"/"+idx, path+"["+idx+"]", depth+1))
		}
		return arr
	case yaml.ScalarNode:
		return c.scalar(n, ptr, path)
	}
	return nil
}

// members adds the members of mapping n to obj. Explicit keys win over merged ones
// ("<<"), and earlier merges win over later ones; seen records where each key was set.
func (c *converter) members(n *yaml.Node, ptr, path string, depth int, obj map[string]any, seen map[string]*yaml.Node, merged bool) {
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.AliasNode && k.Alias != nil {
			k = k.Alias
		}
		if k.Kind != yaml.ScalarNode {
			c.diags = append(c.diags, Diagnostic{File: c.file, Line: k.Line, Col: k.Column, Path: path, Rule: "yaml",
				Message: "mapping key must be a scalar, found " + kindName(k)})
			continue
		}
		if k.ShortTag() == "!!merge" {
			merges = append(merges, v)
			continue
		}
		if first, dup := seen[k.Value]; dup {
			if !merged {
				c.diags = append(c.diags, Diagnostic{File: c.file, Line: k.Line, Col: k.Column, Path: path, Rule: "yaml",
					Message: fmt.Sprintf("duplicate key %q (first defined at line %d)", k.Value, first.Line)})
			}
			continue
		}
		seen[k.Value] = k
		childPtr := ptr + "/" + escapePointer(k.Value)
		c.doc.keys[childPtr] = k
		obj[k.Value] = c.convert(v, childPtr, joinPath(path, k.Value), depth+1)
	}
	for _, m := range merges {
		if m.Kind == yaml.AliasNode && m.Alias != nil {
			m = m.Alias
		}
		sources := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			sources = m.Content
		}
		for _, s := range sources {
			if s.Kind == yaml.AliasNode && s.Alias != nil {
				s = s.Alias
			}
			if s.Kind != yaml.MappingNode {
				c.diags = append(c.diags, Diagnostic{File: c.file, Line: s.Line, Col: s.Column, Path: path, Rule: "yaml",
					Message: "a merge key (<<) takes a mapping or a sequence of mappings, found " + kindName(s)})
				continue
			}
			c.members(s, ptr, path, depth+1, obj, seen, true)
		}
	}
}

func (c *converter) scalar(n *yaml.Node, ptr, path string) any {
	switch n.ShortTag() {
	case "!!null":
		return nil
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err == nil {
			return b
		}
	case "!!int":
		// Exact, whatever the size: 0x, 0o and 0b prefixes and _ separators as YAML allows.
		if i, ok := new(big.Int).SetString(n.Value, 0); ok {
			return json.Number(i.String())
		}
		var f float64
		if err := n.Decode(&f); err == nil {
			return f
		}
	case "!!float":
		var f float64
		if err := n.Decode(&f); err == nil {
			return f
		}
	case "!Env":
		c.doc.env[ptr] = true
	}
	return n.Value
}

// escapePointer escapes one JSON pointer token (RFC 6901).
func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// joinPath appends a mapping key to a display path, quoting keys that would be ambiguous.
func joinPath(path, key string) string {
	if key == "" || strings.ContainsAny(key, ".[]\" \t\n") {
		return path + "[" + strconv.Quote(key) + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}
