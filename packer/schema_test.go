package packer

import (
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"testing"
)

func TestVersionLess(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"6.9", "6.10", true},
		{"6.10", "6.9", false},
		{"5.12", "6.0", true},
		{"6.1", "6.1.1", true},
		{"6.x", "6.y", true},
		{"6.1", "6.1", false},
	}
	for _, tc := range tests {
		if got := versionLess(tc.a, tc.b); got != tc.want {
			t.Errorf("versionLess(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestEmbeddedSchemasCompile(t *testing.T) {
	s := EmbeddedSchemas()
	for _, v := range s.Versions() {
		for name := range requiredSchemas {
			if _, err := s.schemaFor(v, name); err != nil {
				t.Errorf("%s %s: %v", v, name, err)
			}
		}
	}
	if got := strings.Join(s.Versions(), " "); got != "6.0 6.1 6.2 6.3 6.4 6.5 6.6 6.7 6.8 6.9 6.10 6.11" {
		t.Errorf("versions = %s", got)
	}
}

const requireServers = `{"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "required": ["servers"]}`

func TestSchemaDir(t *testing.T) {
	schemas := t.TempDir()
	writeTree(t, schemas, map[string]string{
		"6.9-stable/smtpd.schema.json":     requireServers,
		"6.10/smtpd.schema.json":           `{"$ref": "common.json#/definitions/strict"}`,
		"6.10/common.json":                 `{"definitions": {"strict": {"type": "object", "required": ["servers"], "properties": {"version": {"const": "6.10"}}}}}`,
		"6.10-stable/smtpd.schema.json":    `{"type": "object"}`,
		"10.0/rated.schema.json":           `{"type": "object", "required": ["key"]}`,
		"6.11/smtpd.schema.json":           `{"$ref": "https://example.invalid/x.json"}`,
		"6.12/smtpd.schema.json":           `{not json`,
		"README.md":                        "not a version",
		"6.10/smtpd-app.schema.json.orig":  "ignored",
		"6.9-stable/smtpd-app.schema.json": `{"type": "object"}`,
	})
	set, err := LoadSchemaDir(schemas)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(set.Versions(), " "); got != "6.9 6.10 6.11 6.12 10.0" {
		t.Errorf("versions = %s", got)
	}
	tests := []struct {
		name, files string // version of smtpd.yaml, extra file
		want        string // diagnostics or error
	}{
		{"stable folder", "6.9", `src/config/smtpd.yaml:1:1: error: missing properties: 'servers' [required]`},
		{"plain folder wins, relative $ref", "6.10", `src/config/smtpd.yaml:1:1: error: missing properties: 'servers' [required]`},
		{"unknown version", "6.4", `src/config/smtpd.yaml:1:10: error: version: unknown version "6.4"; known versions (` + schemas + `): 6.9, 6.10, 6.11, 6.12, 10.0 [version]`},
		{"reference outside", "6.11", "leaves the schema folder"},
		{"broken schema", "6.12", "6.12/smtpd.schema.json: cannot compile"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"src/config/smtpd.yaml": "version: \"" + tc.files + "\"\n"})
			res, err := Pack(Options{Dir: dir, Schemas: set})
			var got string
			if err != nil {
				got = err.Error()
			} else {
				for _, d := range res.Diagnostics {
					got += d.String()
				}
			}
			if !strings.Contains(got, tc.want) || (err == nil && got != tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}

	// Files other than the five smtpd ones are validated when the folder has a schema for
	// them, and silently skipped when it has none.
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/config/rated.yaml":     "version: \"10.0\"\n",
		"src/config/dlpd.yaml":      "version: \"6.10\"\n",
		"src/config/smtpd-app.yaml": "version: \"6.10\"\n",
	})
	res, err := Pack(Options{Dir: dir, Schemas: set})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, d.String())
	}
	want := `src/config/rated.yaml:1:1: error: missing properties: 'key' [required]` + "\n" +
		`src/config/smtpd-app.yaml: error: ` + schemas + ` has no schema for smtpd-app.yaml at version "6.10" [version]`
	if strings.Join(got, "\n") != want {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

func TestLoadSchemaDirErrors(t *testing.T) {
	if _, err := LoadSchemaDir(t.TempDir() + "/missing"); err == nil || !strings.Contains(err.Error(), "schema folder") {
		t.Errorf("missing folder: %v", err)
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"x.json": "{}"})
	if _, err := LoadSchemaDir(dir); err == nil || !strings.Contains(err.Error(), "no version folders") {
		t.Errorf("empty folder: %v", err)
	}
}

// TestEnvValuesNotJudged checks that !Env scalars, whose values are only known when smtpd
// starts, do not fail type checks, and that a default in the version is used.
func TestEnvValuesNotJudged(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"src/config/smtpd.yaml": `version: !Env "${VERSION:6.10}"
servers:
  - id: a
    listeners: [{port: !Env "${PORT:25}"}]
monitor:
  apikeys: [!Env "${KEY}"]
environment:
  rlimit: {nofile: many}
`})
	res, err := Pack(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].String() != "src/config/smtpd.yaml:8:20: error: environment.rlimit.nofile: expected integer, but got string [type]" {
		t.Errorf("diagnostics = %v", res.Diagnostics)
	}
}

// TestPatternMessages checks that a pattern of the built-in schemas is explained in words
// with the value found, while a schema from --schema-dir without the x-expected keyword
// shows its regular expression, and one with it is explained too.
func TestPatternMessages(t *testing.T) {
	schemas := t.TempDir()
	writeTree(t, schemas, map[string]string{
		"6.10/smtpd.schema.json": `{"properties": {"environment": {"properties": {"umask": {"type": "string", "pattern": "^[0-7]+$"}}}}}`,
		"6.11/smtpd.schema.json": `{"properties": {"environment": {"properties": {"umask": {"$ref": "defs.json#/mode~1x"}}}}}`,
		"6.11/defs.json":         `{"mode/x": {"type": "string", "pattern": "^[0-7]+$", "x-expected": "octal digits"}}`,
	})
	foreign, err := LoadSchemaDir(schemas)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		schemas *SchemaSet
		version string
		want    string
	}{
		{"built-in", nil, "6.10", `src/config/smtpd.yaml:2:22: error: environment.umask: expected an octal file mode such as "0660" or "640", found "u=rw" [pattern]`},
		{"foreign", foreign, "6.10", `src/config/smtpd.yaml:2:22: error: environment.umask: does not match pattern '^[0-7]+$' [pattern]`},
		{"foreign with keyword", foreign, "6.11", `src/config/smtpd.yaml:2:22: error: environment.umask: expected octal digits, found "u=rw" [pattern]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"src/config/smtpd.yaml": "version: \"" + tc.version + "\"\nenvironment: {umask: u=rw}\n"})
			res, err := Pack(Options{Dir: dir, Schemas: tc.schemas})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range res.Diagnostics {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// TestEmbeddedPatternsExplained checks that every pattern of the built-in schemas has an
// x-expected text, so that no finding shows a bare regular expression.
func TestEmbeddedPatternsExplained(t *testing.T) {
	var walk func(file, at string, v any)
	walk = func(file, at string, v any) {
		switch x := v.(type) {
		case map[string]any:
			if _, ok := x["pattern"].(string); ok {
				if want, _ := x[expectedKeyword].(string); want == "" {
					t.Errorf("%s#%s: pattern without %s", file, at, expectedKeyword)
				}
			}
			for k, c := range x {
				walk(file, at+"/"+k, c)
			}
		case []any:
			for i, c := range x {
				walk(file, at+"/"+strconv.Itoa(i), c)
			}
		}
	}
	entries, err := fs.ReadDir(embeddedSchemas, "schemas/6")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := fs.ReadFile(embeddedSchemas, "schemas/6/"+e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		walk(e.Name(), "", v)
	}
}

// TestNumericVersion checks that an unquoted version is reported with its source text
// (6.10, not 6.1) and that the rest of the file is still checked against that version.
func TestNumericVersion(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            []string
	}{
		{"trailing zero kept", "smtpd.yaml", "version: 6.10\n",
			[]string{`src/config/smtpd.yaml:1:10: error: version: version must be a string: write version: "6.10" [version]`}},
		{"integer", "smtpd.yaml", "version:   6\n", []string{
			`src/config/smtpd.yaml:1:12: error: version: unknown version "6"; known versions (built-in schemas): 6.0, 6.1, 6.2, 6.3, 6.4, 6.5, 6.6, 6.7, 6.8, 6.9, 6.10, 6.11 [version]`,
			`src/config/smtpd.yaml:1:12: error: version: version must be a string: write version: "6" [version]`}},
		{"rest still checked", "smtpd.yaml", "version: 6.9\nservers: [{id: a, listeners: [{port: x}]}]\n", []string{
			`src/config/smtpd.yaml:1:10: error: version: version must be a string: write version: "6.9" [version]`,
			`src/config/smtpd.yaml:2:38: error: servers[0].listeners[0].port: expected integer, but got string [type]`}},
		{"other files too", "rated.yaml", "version: 10.0\n",
			[]string{`src/config/rated.yaml:1:10: error: version: version must be a string: write version: "10.0" [version]`}},
		{"quoted is fine", "smtpd.yaml", "version: '6.10'\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"src/config/" + tc.file: tc.src})
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

// TestUnquotedScalars covers the advice to quote a plain number or boolean where the
// schema wants a string, with schemas of other shapes than the built-in ones.
func TestUnquotedScalars(t *testing.T) {
	schemas := t.TempDir()
	writeTree(t, schemas, map[string]string{
		"6.10/smtpd.schema.json": `{"properties": {"environment": {"properties": {
			"list":    {"type": ["array", "string"]},
			"either":  {"oneOf": [{"type": "object"}, {"type": "string"}]},
			"count":   {"type": "integer"},
			"numbers": {"anyOf": [{"type": "integer"}, {"type": "array"}]},
			"mode":    {"type": "string", "pattern": "^[0-7]{3,4}$"},
			"flag":    {"type": ["string", "array"], "enum": ["on", "off", "1"]},
			"word":    {"oneOf": [{"type": "object"}, {"type": "string", "maxLength": 3}]},
			"span":    {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?s?$"}]}}}}}`,
	})
	foreign, err := LoadSchemaDir(schemas)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, value, want string }{
		{"type list with string", "list: 022", `environment.list: list must be a string: write "022" in quotes [type]`},
		{"oneOf with a string form", "either: 1_000", `environment.either: either must be a string: write "1_000" in quotes [type]`},
		{"boolean", "either: false", `environment.either: either must be a string: write "false" in quotes [type]`},
		{"no string wanted", "count: 1.5", `environment.count: expected integer, but got number [type]`},
		{"no string among the forms", "numbers: 1.5", `environment.numbers: matches none of the allowed forms: expected integer, but got number; or expected array, but got number [anyOf]`},
		{"single-quoted", "list: '022'", ``},
		{"quoted text would pass the pattern", "mode: 0640", `environment.mode: mode must be a string: write "0640" in quotes [type]`},
		{"quoted text would fail the pattern", "mode: 999", `environment.mode: does not match pattern '^[0-7]{3,4}$'; it must also be written in quotes: YAML reads 999 as a number [pattern]`},
		{"quoted text would fail the enum", "flag: true", `environment.flag: value must be one of "on", "off", "1"; it must also be written in quotes: YAML reads true as a boolean [enum]`},
		{"quoted text would pass the enum", "flag: 1", `environment.flag: flag must be a string: write "1" in quotes [type]`},
		{"oneOf: quoted text too long", "word: 12345", `environment.word: length must be <= 3, but got 5; it must also be written in quotes: YAML reads 12345 as a number [maxLength]`},
		{"oneOf: quoted text fits", "word: 1e3", `environment.word: word must be a string: write "1e3" in quotes [type]`},
		{"number or string: quoted text passes", "span: 1.5", `environment.span: span must be a string: write "1.5" in quotes [type]`},
		{"number or string: quoted text fails", "span: 1e-3", `environment.span: does not match pattern '^[0-9]+(\\.[0-9]+)?s?$' [pattern]`},
		{"number or string: boolean", "span: false", `environment.span: does not match pattern '^[0-9]+(\\.[0-9]+)?s?$' [pattern]`},
		{"number or string: integer fits", "span: 0x10", ``},
		{"number or string: negative", "span: -1", `environment.span: must be >= 0 but found -1 [minimum]`},
		{"tagged", "list: !!float 2", `environment.list: expected array or string, but got number [type]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, map[string]string{"src/config/smtpd.yaml": "version: \"6.10\"\nenvironment:\n  " + tc.value + "\n"})
			res, err := Pack(Options{Dir: dir, Schemas: foreign})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range res.Diagnostics {
				got = append(got, d.String())
			}
			want := ""
			if tc.want != "" {
				want = "src/config/smtpd.yaml:3:" + strconv.Itoa(3+strings.Index(tc.value, " ")+1) + ": error: " + tc.want
			}
			if strings.Join(got, "\n") != want {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
			}
		})
	}
}
