// Package packer packs a Halon configuration workspace (src/config, src/hooks, src/files)
// into the configuration files smtpd loads, and checks it: YAML syntax, JSON schemas chosen
// by each file's version, hook ids against hook scripts, and (through a ScriptChecker) the
// scripts themselves. Findings point at the source files, never at the packed output.
package packer

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// appName is the running configuration, the file hooks and files are packed into.
const appName = "smtpd-app.yaml"

// Options tells Pack what to pack and how to check it.
type Options struct {
	Dir     string        // workspace folder, the one holding src/
	Schemas *SchemaSet    // nil means EmbeddedSchemas()
	Checker ScriptChecker // nil means scripts are not parsed (hook ids are still cross-checked)
}

// Output is one packed configuration file.
type Output struct {
	Name string // file name, e.g. "smtpd-app.yaml"
	Data []byte
}

// Result is what Pack produced.
type Result struct {
	Outputs     []Output     // in name order; nil when Diagnostics hold an Error
	Diagnostics []Diagnostic // sorted by file and position
}

// HasErrors reports whether any diagnostic has Error severity.
func (r *Result) HasErrors() bool {
	for _, d := range r.Diagnostics {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Pack reads and checks the workspace in opts.Dir and returns the packed files. The
// returned error is for I/O failures and broken schemas; everything wrong with the
// workspace's content is a Diagnostic. The same input always gives the same bytes.
func Pack(opts Options) (*Result, error) {
	schemas := opts.Schemas
	if schemas == nil {
		schemas = EmbeddedSchemas()
	}
	ws, err := readWorkspace(opts.Dir)
	if err != nil {
		return nil, err
	}
	p := &packer{ws: ws, origins: map[*yaml.Node]string{}, used: map[string]bool{}}
	diags := ws.diags
	var outs []Output
	app := "" // state of smtpd-app.yaml: "", "broken" or "packed"
	var inline appScripts
	tops := map[string]*yaml.Node{} // top mappings of smtpd.yaml and smtpd-app.yaml
	startupFile, appFile := "", ""
	for _, cfg := range ws.configs {
		name := path.Base(cfg.rel)
		root, ds := parseYAML(cfg.rel, cfg.data)
		diags = append(diags, ds...)
		if root == nil {
			if name == appName {
				app = "broken"
			}
			continue
		}
		data := cfg.data
		if name == startupName {
			startupFile = cfg.rel
		}
		if name == appName {
			appFile = cfg.rel
		}
		if name == appName || name == startupName {
			tops[name] = root.Content[0]
		}
		if name == appName {
			app = "packed"
			diags = append(diags, p.packApp(cfg.rel, root.Content[0])...)
			inline = appScripts{file: cfg.rel, src: cfg.data, inline: p.inlineScripts(cfg.rel, root.Content[0])}
			if data, err = encodeYAML(root); err != nil {
				return nil, fmt.Errorf("%s: encoding packed file: %w", cfg.rel, err)
			}
		}
		doc, ds := toJSON(cfg.rel, root)
		diags = append(diags, ds...)
		if doc == nil {
			continue
		}
		version, ds := configVersion(cfg.rel, doc)
		diags = append(diags, ds...)
		if version != "" {
			ds, err := schemas.validate(cfg.rel, name, version, doc, p.originFor(cfg.rel))
			if err != nil {
				return nil, err
			}
			diags = append(diags, ds...)
		}
		outs = append(outs, Output{Name: name, Data: data})
	}
	if app != "broken" {
		diags = append(diags, p.unused(app == "packed")...)
	}
	if tops[appName] != nil {
		diags = append(diags, transportRefs(appFile, tops[appName])...)
	}
	if tops[startupName] != nil && tops[appName] != nil {
		diags = append(diags, serverIDs(startupFile, tops[startupName], tops[appName])...)
	}
	if opts.Checker != nil {
		diags = append(diags, checkScripts(opts.Checker, ws, inline)...)
	}
	res := &Result{Diagnostics: sortDiagnostics(diags)}
	if !res.HasErrors() {
		res.Outputs = outs
	}
	return res, nil
}

// WriteOutputs writes the packed files into dir, creating it if needed, and returns the
// paths written.
func WriteOutputs(dir string, outs []Output) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var written []string
	for _, o := range outs {
		p := filepath.Join(dir, o.Name)
		if err := os.WriteFile(p, o.Data, 0o644); err != nil {
			return written, err
		}
		written = append(written, p)
	}
	return written, nil
}

// configVersion returns the version that selects a file's schema. A number is reported
// but still used, as written in the source.
func configVersion(file string, doc *jsonDoc) (string, []Diagnostic) {
	n := doc.values["/version"]
	if n == nil {
		root := doc.values[""]
		return "", []Diagnostic{{File: file, Line: root.Line, Col: root.Column, Rule: "version",
			Message: `missing key "version" (for example version: "6.10"); it selects the schema the file is checked against`}}
	}
	bad := func(msg string) (string, []Diagnostic) {
		return "", []Diagnostic{{File: file, Line: n.Line, Col: n.Column, Path: "version", Rule: "version", Message: msg}}
	}
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		return bad("version must be a string such as \"6.10\", found " + kindName(n))
	}
	if n.Tag == "!Env" {
		// "${NAME:DEFAULT}": only the default can be known before smtpd starts.
		inner, ok := strings.CutPrefix(n.Value, "${")
		if inner, ok2 := strings.CutSuffix(inner, "}"); ok && ok2 {
			if _, def, ok := strings.Cut(inner, ":"); ok && def != "" {
				return def, nil
			}
		}
		return bad(fmt.Sprintf("version %q comes from the environment and has no default (${NAME:DEFAULT}); cannot choose a schema", n.Value))
	}
	if n.Value == "" {
		return bad("version is empty")
	}
	if t := n.ShortTag(); t == "!!int" || t == "!!float" {
		// YAML reads 6.10 unquoted as the number 6.1. n.Value keeps the source text, so
		// the file is still checked against the schema the author meant, and the schema
		// is not asked to repeat that the value is not a string.
		setValueAt(doc, "/version", n.Value)
		_, ds := bad(fmt.Sprintf("version must be a string: write version: %q", n.Value))
		return n.Value, ds
	}
	return n.Value, nil
}

// packer holds the state of packing one workspace.
type packer struct {
	ws      *workspace
	origins map[*yaml.Node]string // generated node -> the source file it holds
	used    map[string]bool       // "phase/id" of hook scripts referenced by a server
}

// originFor returns the locator of validation errors in file: the position of the nearest
// node that has one, or the source file of a generated node.
func (p *packer) originFor(file string) func(*jsonDoc, string) (string, int, int) {
	return func(doc *jsonDoc, ptr string) (string, int, int) {
		for {
			if n := doc.values[ptr]; n != nil {
				if n.Line > 0 {
					return file, n.Line, n.Column
				}
				if o, ok := p.origins[n]; ok {
					return o, 0, 0
				}
			}
			if ptr == "" {
				return file, 0, 0
			}
			ptr = ptr[:strings.LastIndexByte(ptr, '/')]
		}
	}
}

// hookRef is one use of a hook id in servers[].phases.
type hookRef struct {
	phase, id string
	node      *yaml.Node
	path      string
}

// hookRefs lists the hook ids the servers use, in document order.
func hookRefs(root *yaml.Node) []hookRef {
	var refs []hookRef
	servers := lookup(root, "servers")
	if servers == nil || servers.Kind != yaml.SequenceNode {
		return nil
	}
	for i, s := range servers.Content {
		phases := lookup(deref(s), "phases")
		for _, phase := range ServerPhases {
			hook := lookup(lookup(phases, phase), "hook")
			at := fmt.Sprintf("servers[%d].phases.%s.hook", i, phase)
			switch {
			case isString(hook):
				refs = append(refs, hookRef{phase, hook.Value, hook, at})
			case phase == "rcptto" && hook != nil && hook.Kind == yaml.MappingNode:
				if id := lookup(hook, "id"); isString(id) {
					refs = append(refs, hookRef{phase, id.Value, id, at + ".id"})
				}
				rd := lookup(hook, "recipientdomains")
				if rd == nil || rd.Kind != yaml.MappingNode {
					continue
				}
				for j := 0; j+1 < len(rd.Content); j += 2 {
					if v := deref(rd.Content[j+1]); isString(v) {
						refs = append(refs, hookRef{phase, v.Value, v, joinPath(at+".recipientdomains", rd.Content[j].Value)})
					}
				}
			}
		}
	}
	return refs
}

// packApp adds the hook scripts the servers use, the queue hooks and src/files to the
// scripting section of the running configuration root.
func (p *packer) packApp(file string, root *yaml.Node) []Diagnostic {
	refs := hookRefs(root)
	if len(refs) == 0 && len(p.ws.queue) == 0 && len(p.ws.files) == 0 {
		return nil
	}
	var diags []Diagnostic
	notMapping := func(where string, n *yaml.Node) []Diagnostic {
		return append(diags, Diagnostic{File: file, Line: n.Line, Col: n.Column, Path: where, Rule: "pack",
			Message: fmt.Sprintf("cannot pack scripts: %s must be a mapping, found %s", where, kindName(n))})
	}
	scripting, bad := child(root, "scripting", yaml.MappingNode)
	if bad != nil {
		return notMapping("scripting", bad)
	}
	var hooks *yaml.Node
	hooksMapping := func() bool {
		if hooks == nil {
			if hooks, bad = child(scripting, "hooks", yaml.MappingNode); bad != nil {
				diags = notMapping("scripting.hooks", bad)
				return false
			}
		}
		return true
	}
	for _, r := range refs {
		key := r.phase + "/" + r.id
		if s, ok := p.ws.hooks[r.phase][r.id]; ok {
			if p.used[key] {
				continue
			}
			p.used[key] = true
			if !hooksMapping() {
				return diags
			}
			list, bad := child(hooks, r.phase, yaml.SequenceNode)
			if bad != nil {
				return append(diags, Diagnostic{File: file, Line: bad.Line, Col: bad.Column, Path: "scripting.hooks." + r.phase,
					Rule: "pack", Message: "cannot pack hooks: expected a list, found " + kindName(bad)})
			}
			upsert(list, r.id, p.entry(r.id, s, false))
			continue
		}
		if findEntry(lookup(lookup(scripting, "hooks"), r.phase), r.id) >= 0 {
			continue // written inline in smtpd-app.yaml
		}
		diags = append(diags, Diagnostic{File: file, Line: r.node.Line, Col: r.node.Column, Path: r.path, Rule: "hook-missing",
			Message: fmt.Sprintf("hook %q not found: expected src/hooks/%s/%s.hsl", r.id, r.phase, r.id)})
	}
	for _, phase := range QueuePhases {
		s, ok := p.ws.queue[phase]
		if !ok {
			continue
		}
		if !hooksMapping() {
			return diags
		}
		v := p.scalar(string(s.data), s.rel)
		if i := keyIndex(hooks, phase); i >= 0 {
			hooks.Content[i+1] = v
		} else {
			hooks.Content = append(hooks.Content, p.scalar(phase, s.rel), v)
		}
	}
	if len(p.ws.files) > 0 {
		list, bad := child(scripting, "files", yaml.SequenceNode)
		if bad != nil {
			return append(diags, Diagnostic{File: file, Line: bad.Line, Col: bad.Column, Path: "scripting.files",
				Rule: "pack", Message: "cannot pack src/files: expected a list, found " + kindName(bad)})
		}
		for _, f := range p.ws.files {
			upsert(list, f.id, p.entry(f.id, f.source, f.binary))
		}
	}
	return diags
}

// unused reports hook scripts no server refers to. appPacked tells whether there is a
// smtpd-app.yaml at all.
func (p *packer) unused(appPacked bool) []Diagnostic {
	var diags []Diagnostic
	const where = "src/config/" + appName
	for _, phase := range ServerPhases {
		for _, id := range sortedKeys(p.ws.hooks[phase]) {
			if p.used[phase+"/"+id] {
				continue
			}
			msg := fmt.Sprintf("hook %q is not used: no server in %s has phases.%s.hook %q", id, where, phase, id)
			if !appPacked {
				msg = "hook script not packed: there is no " + where
			}
			diags = append(diags, Diagnostic{File: p.ws.hooks[phase][id].rel, Rule: "hook-unused", Message: msg})
		}
	}
	if !appPacked {
		for _, phase := range QueuePhases {
			if s, ok := p.ws.queue[phase]; ok {
				diags = append(diags, Diagnostic{File: s.rel, Rule: "hook-unused", Message: "hook script not packed: there is no " + where})
			}
		}
		if len(p.ws.files) > 0 {
			diags = append(diags, Diagnostic{File: "src/files", Rule: "pack", Message: "files not packed: there is no " + where})
		}
	}
	return diags
}

// entry builds a generated {id, data[, binary]} item for scripting.hooks.<phase> or
// scripting.files.
func (p *packer) entry(id string, s source, binary bool) *yaml.Node {
	data := string(s.data)
	if binary {
		data = base64.StdEncoding.EncodeToString(s.data)
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	m.Content = append(m.Content, p.scalar("id", s.rel), p.scalar(id, s.rel), p.scalar("data", s.rel), p.scalar(data, s.rel))
	if binary {
		m.Content = append(m.Content, p.scalar("binary", s.rel), &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		p.origins[m.Content[len(m.Content)-1]] = s.rel
	}
	p.origins[m] = s.rel
	return m
}

// scalar builds a generated string node. Multi-line text is written as a literal block
// when that is sure to read back unchanged, otherwise double-quoted with escapes.
func (p *packer) scalar(v, origin string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v}
	switch {
	case literalSafe(v):
		n.Style = yaml.LiteralStyle
	case strings.ContainsAny(v, "\n\r"):
		n.Style = yaml.DoubleQuotedStyle
	}
	p.origins[n] = origin
	return n
}

// literalSafe reports whether yaml.v3 writes v as a literal block that parses back to v.
// Its emitter gets indentation indicators wrong for text that starts with white space or
// a line break, and lines of only blanks or carriage returns do not survive a block.
func literalSafe(v string) bool {
	if !strings.Contains(v, "\n") || strings.ContainsAny(v[:1], " \t\n") || strings.ContainsRune(v, '\r') {
		return false
	}
	for _, line := range strings.Split(v, "\n") {
		if line != "" && strings.Trim(line, " \t") == "" {
			return false
		}
	}
	return true
}

// deref follows aliases.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// isString reports whether n is a plain string scalar.
func isString(n *yaml.Node) bool {
	return n != nil && n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str"
}

// keyIndex returns the index of key's key node in mapping m, or -1.
func keyIndex(m *yaml.Node, key string) int {
	if m == nil || m.Kind != yaml.MappingNode {
		return -1
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := deref(m.Content[i]); k.Kind == yaml.ScalarNode && k.Value == key {
			return i
		}
	}
	return -1
}

// lookup returns the value of key in mapping m (aliases followed), or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	m = deref(m)
	if i := keyIndex(m, key); i >= 0 {
		return deref(m.Content[i+1])
	}
	return nil
}

// child returns the value of key in mapping m, adding an empty node of the given kind when
// the key is absent or null. If the value has another kind it is returned as bad.
func child(m *yaml.Node, key string, kind yaml.Kind) (v, bad *yaml.Node) {
	i := keyIndex(m, key)
	if i < 0 {
		tag := "!!map"
		if kind == yaml.SequenceNode {
			tag = "!!seq"
		}
		v = &yaml.Node{Kind: kind, Tag: tag}
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
		return v, nil
	}
	v = deref(m.Content[i+1])
	if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null" {
		*v = yaml.Node{Kind: kind, Tag: map[yaml.Kind]string{yaml.MappingNode: "!!map", yaml.SequenceNode: "!!seq"}[kind], Line: v.Line, Column: v.Column}
		return v, nil
	}
	if v.Kind != kind {
		return nil, v
	}
	return v, nil
}

// findEntry returns the index of the {id: …} item of list with the given id, or -1.
func findEntry(list *yaml.Node, id string) int {
	if list == nil || list.Kind != yaml.SequenceNode {
		return -1
	}
	for i, item := range list.Content {
		if n := lookup(item, "id"); isString(n) && n.Value == id {
			return i
		}
	}
	return -1
}

// upsert replaces the item of list with entry's id, or appends entry.
func upsert(list *yaml.Node, id string, entry *yaml.Node) {
	if i := findEntry(list, id); i >= 0 {
		list.Content[i] = entry
		return
	}
	list.Content = append(list.Content, entry)
}

// encodeYAML serialises a document with two-space indentation.
func encodeYAML(doc *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
