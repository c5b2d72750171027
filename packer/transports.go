package packer

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// transportRefs checks that every transport id the running configuration (file, top
// mapping app) refers to, in servers[].transport and transportgroups[].dsn.transport, is
// the id of an item of transportgroups[].transports[] in the same file. Values that are
// not plain strings (such as !Env ones) are left to the schema or to run time.
func transportRefs(file string, app *yaml.Node) []Diagnostic {
	defined := map[string]bool{}
	var ids []string
	groups := lookup(app, "transportgroups")
	if groups != nil && groups.Kind == yaml.SequenceNode {
		for _, g := range groups.Content {
			list := lookup(g, "transports")
			if list == nil || list.Kind != yaml.SequenceNode {
				continue
			}
			for _, t := range list.Content {
				id := lookup(t, "id")
				if id != nil && id.Tag == "!Env" {
					return nil // an id only known when smtpd starts: nothing can be said
				}
				if isString(id) {
					if !defined[id.Value] {
						defined[id.Value] = true
						ids = append(ids, id.Value)
					}
				}
			}
		}
	}
	known := "the file defines no transports (transportgroups[].transports[])"
	if len(ids) > 0 {
		known = "expected the id of an item of transportgroups[].transports[]: " + strings.Join(ids, ", ")
	}
	var diags []Diagnostic
	check := func(n *yaml.Node, at string) {
		if isString(n) && !defined[n.Value] {
			diags = append(diags, Diagnostic{File: file, Line: n.Line, Col: n.Column, Path: at, Rule: "transport-missing",
				Message: fmt.Sprintf("transport %q not found: %s", n.Value, known)})
		}
	}
	if servers := lookup(app, "servers"); servers != nil && servers.Kind == yaml.SequenceNode {
		for i, s := range servers.Content {
			check(lookup(s, "transport"), fmt.Sprintf("servers[%d].transport", i))
		}
	}
	if groups != nil && groups.Kind == yaml.SequenceNode {
		for i, g := range groups.Content {
			check(lookup(lookup(g, "dsn"), "transport"), fmt.Sprintf("transportgroups[%d].dsn.transport", i))
		}
	}
	return diags
}
