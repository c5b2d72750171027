package packer

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"unicode/utf8"

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

// position maps a 1-based line and byte column of the script text to the line and column
// of the YAML source src it was read from, through the escapes, line folding and
// indentation of the data scalar. When the scalar cannot be read again (see
// scalarOffsets), the position is that of the scalar itself.
func (s inlineScript) position(src []byte, line, col int) (int, int) {
	n := s.node
	if line < 1 {
		return n.Line, n.Column
	}
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(s.data[off:], '\n')
		if i < 0 {
			return n.Line, n.Column
		}
		off += i + 1
	}
	if col > 1 {
		off += col - 1
	}
	at, ok := scalarOffsets(src, n)
	if !ok || len(at) == 0 {
		return n.Line, n.Column
	}
	if off < len(at) {
		return lineCol(src, at[off])
	}
	last := at[len(at)-1] // just after the text, e.g. an unexpected end
	_, size := utf8.DecodeRune(src[last:])
	return lineCol(src, last+size)
}
