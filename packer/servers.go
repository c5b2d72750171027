package packer

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// startupName is the startup configuration, whose servers[] must each have their
// behaviour in smtpd-app.yaml.
const startupName = "smtpd.yaml"

// serverIDs checks that every server of the startup configuration (file, top mapping
// startup) has an item of the same id and type in the running configuration (top mapping
// app): smtpd takes a listening server's behaviour from there.
func serverIDs(file string, startup, app *yaml.Node) []Diagnostic {
	running := map[string]*yaml.Node{}
	if list := lookup(app, "servers"); list != nil && list.Kind == yaml.SequenceNode {
		for _, s := range list.Content {
			if id := lookup(s, "id"); isString(id) {
				if _, dup := running[id.Value]; !dup {
					running[id.Value] = deref(s)
				}
			}
		}
	}
	list := lookup(startup, "servers")
	if list == nil || list.Kind != yaml.SequenceNode {
		return nil
	}
	var diags []Diagnostic
	for i, s := range list.Content {
		id := lookup(s, "id")
		if !isString(id) {
			continue // the schema reports it
		}
		at := fmt.Sprintf("servers[%d]", i)
		r, ok := running[id.Value]
		if !ok {
			diags = append(diags, Diagnostic{File: file, Line: id.Line, Col: id.Column, Path: at + ".id", Rule: "server-id",
				Message: fmt.Sprintf("server %q has no item with this id in servers of src/config/%s", id.Value, appName)})
			continue
		}
		if st, rt := serverType(s), serverType(r); st != rt && serverTypes[st] && serverTypes[rt] {
			n := lookup(s, "type")
			if n == nil {
				n = id
			}
			diags = append(diags, Diagnostic{File: file, Line: n.Line, Col: n.Column, Path: at + ".type", Rule: "server-id",
				Message: fmt.Sprintf("server %q is of type %s here but %s in src/config/%s; the types must match", id.Value, st, rt, appName)})
		}
	}
	return diags
}

// serverTypes are the valid server types; the schemas report others.
var serverTypes = map[string]bool{"smtp": true, "http": true, "https": true, "plugin": true}

// serverType returns a server's type, smtp when it has none.
func serverType(s *yaml.Node) string {
	if t := lookup(s, "type"); isString(t) {
		return t.Value
	}
	return "smtp"
}
