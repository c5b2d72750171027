package packer

import (
	"bytes"
	"encoding/base64"
	"fmt"

	"gopkg.in/yaml.v3"
)

// inlineScript is a script or file written in smtpd-app.yaml itself rather than under
// src/: an item of scripting.files, an item of scripting.hooks.<phase>, or the string
// scripting.hooks.predelivery or .postdelivery. smtpd loads these as it loads packed ones,
// so they are checked and can be included like them.
type inlineScript struct {
	name    string     // checker path: the file id, or a name of the form file#path for a hook
	context string     // hook phase; "" for an item of scripting.files
	data    []byte     // the text (decoded when binary)
	binary  bool       // a binary item of scripting.files: never compiled
	node    *yaml.Node // the data scalar, for positions
}

// inlineScripts lists the items of root's scripting section (root is the top mapping of
// file, an smtpd-app.yaml) that the packer did not generate.
func (p *packer) inlineScripts(file string, root *yaml.Node) []inlineScript {
	var out []inlineScript
	scripting := lookup(root, "scripting")
	if files := lookup(scripting, "files"); files != nil && files.Kind == yaml.SequenceNode {
		for _, item := range files.Content {
			item = deref(item)
			if _, generated := p.origins[item]; generated {
				continue
			}
			id, data := lookup(item, "id"), lookup(item, "data")
			if !isString(id) || !isString(data) {
				continue // the schema reports it
			}
			s := inlineScript{name: id.Value, data: []byte(data.Value), node: data}
			if b := lookup(item, "binary"); b != nil && b.ShortTag() == "!!bool" && b.Value == "true" {
				raw, err := base64.StdEncoding.DecodeString(data.Value)
				if err != nil {
					continue
				}
				s.data, s.binary = raw, true
			}
			out = append(out, s)
		}
	}
	hooks := lookup(scripting, "hooks")
	for _, phase := range ServerPhases {
		list := lookup(hooks, phase)
		if list == nil || list.Kind != yaml.SequenceNode {
			continue
		}
		for i, item := range list.Content {
			item = deref(item)
			if _, generated := p.origins[item]; generated {
				continue
			}
			if data := lookup(item, "data"); isString(data) {
				name := fmt.Sprintf("%s#scripting.hooks.%s[%d]", file, phase, i)
				out = append(out, inlineScript{name: name, context: phase, data: []byte(data.Value), node: data})
			}
		}
	}
	for _, phase := range QueuePhases {
		if data := lookup(hooks, phase); isString(data) {
			if _, generated := p.origins[data]; !generated {
				name := fmt.Sprintf("%s#scripting.hooks.%s", file, phase)
				out = append(out, inlineScript{name: name, context: phase, data: []byte(data.Value), node: data})
			}
		}
	}
	return out
}

// position maps a 1-based line and column of the script text to the YAML source src it
// was read from. Literal blocks (|) map line by line; one-line scalars map by column when
// they hold no escapes; otherwise the position is that of the scalar itself.
func (s inlineScript) position(src []byte, line, col int) (int, int) {
	n := s.node
	if line < 1 {
		return n.Line, n.Column
	}
	switch {
	case n.Style&yaml.LiteralStyle != 0:
		lines := bytes.Split(src, []byte("\n"))
		indent := -1
		for l := n.Line; l < len(lines); l++ { // lines[l] is source line l+1
			if t := bytes.TrimLeft(lines[l], " "); len(bytes.TrimSpace(t)) > 0 {
				indent = len(lines[l]) - len(t)
				break
			}
		}
		if indent < 0 || n.Line+line > len(lines) {
			return n.Line, n.Column
		}
		return n.Line + line, indent + col
	case line == 1 && !bytes.ContainsAny(s.data, "\n\r"):
		switch {
		case n.Style&(yaml.FoldedStyle|yaml.FlowStyle) != 0:
		case n.Style&yaml.DoubleQuotedStyle != 0 && !bytes.ContainsRune(s.data, '\\') && !bytes.ContainsRune(s.data, '"'):
			return n.Line, n.Column + col
		case n.Style&yaml.SingleQuotedStyle != 0 && !bytes.ContainsRune(s.data, '\''):
			return n.Line, n.Column + col
		case n.Style == 0:
			return n.Line, n.Column + col - 1
		}
	}
	return n.Line, n.Column
}
