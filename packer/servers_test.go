package packer

import (
	"strings"
	"testing"
)

// TestServerIDs checks the servers of smtpd.yaml against those of smtpd-app.yaml.
func TestServerIDs(t *testing.T) {
	tests := []struct {
		name, startup, app string
		want               []string
	}{
		{"matching, default type", "servers:\n  - id: a\n    listeners: [{port: 25}]\n", "servers:\n  - {id: a, type: smtp}\n", nil},
		{"running config has more servers", "servers: [{id: a}]\n", "servers: [{id: a}, {id: b}]\n", nil},
		{"no servers at all", "environment: {}\n", "servers: [{id: a}]\n", nil},
		{"missing in the running config", "servers:\n  - id: a\n  - id: b\n    type: plugin\n", "servers: [{id: a}]\n", []string{
			`src/config/smtpd.yaml:4:9: error: servers[1].id: server "b" has no item with this id in servers of src/config/smtpd-app.yaml [server-id]`,
		}},
		{"type differs", "servers:\n  - id: a\n    type: https\n", "servers: [{id: a}]\n", []string{
			`src/config/smtpd.yaml:4:11: error: servers[0].type: server "a" is of type https here but smtp in src/config/smtpd-app.yaml; the types must match [server-id]`,
		}},
		{"type differs, only in the running config", "servers: [{id: a}]\n", "servers: [{id: a, type: plugin}]\n", []string{
			`src/config/smtpd.yaml:2:16: error: servers[0].type: server "a" is of type smtp here but plugin in src/config/smtpd-app.yaml; the types must match [server-id]`,
		}},
		{"invalid type left to the schema", "servers: [{id: a, type: smtps}]\n", "servers: [{id: a}]\n", []string{
			`src/config/smtpd.yaml:2:25: error: servers[0].type: value must be one of "smtp", "http", "https", "plugin" [enum]`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{
				"src/config/smtpd.yaml":     "version: \"6.10\"\n" + tc.startup,
				"src/config/smtpd-app.yaml": "version: \"6.10\"\n" + tc.app,
			})
			res, err := Pack(Options{Dir: dir})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range res.Diagnostics {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
