package packer

import (
	"strings"
	"testing"
)

func TestTransportRefs(t *testing.T) {
	tests := []struct {
		name, app string
		want      []string
	}{
		{"defined in another group", `
servers: [{id: a, transport: b}]
transportgroups:
  - {id: g1, dsn: {transport: b}, transports: [{id: a}]}
  - {id: g2, transports: [{id: b}]}
`, nil},
		{"group id is not a transport id", `
servers: [{id: a, transport: g1}]
transportgroups: [{id: g1, transports: [{id: mx}]}]
`, []string{`2:30: servers[0].transport: transport "g1" not found: expected the id of an item of transportgroups[].transports[]: mx`}},
		{"transport id from the environment", `
servers: [{id: a, transport: anything}]
transportgroups: [{id: g1, transports: [{id: !Env "${T:mx}"}]}]
`, nil},
		{"reference from the environment", `
servers: [{id: a, transport: !Env "${T}"}]
transportgroups: [{id: g1, transports: [{id: mx}]}]
`, nil},
		{"wrong types left to the schema", `
servers: [{id: a, transport: 5}, {id: b, transport: [x]}]
transportgroups: [{id: g1, dsn: 7, transports: [{id: 5}]}]
`, nil},
		{"no groups", `
servers: [{id: a, transport: mx}]
`, []string{`2:30: servers[0].transport: transport "mx" not found: the file defines no transports (transportgroups[].transports[])`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, ds := parseYAML("app.yaml", []byte(tc.app))
			if len(ds) > 0 {
				t.Fatal(ds)
			}
			var got []string
			for _, d := range transportRefs("app.yaml", root.Content[0]) {
				got = append(got, strings.TrimSuffix(strings.TrimPrefix(d.String(), "app.yaml:"), " [transport-missing]"))
				got[len(got)-1] = strings.Replace(got[len(got)-1], " error:", "", 1)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
