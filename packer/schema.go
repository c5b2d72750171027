package packer

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"gopkg.in/yaml.v3"
)

//go:embed schemas
var embeddedSchemas embed.FS

// requiredSchemas are the configuration files that must be validated: for these a
// missing schema is a finding. Other files are validated when a schema exists for them.
var requiredSchemas = map[string]bool{
	"smtpd.yaml": true, "smtpd-app.yaml": true, "smtpd-policy.yaml": true,
	"smtpd-suspend.yaml": true, "smtpd-delivery.yaml": true,
}

// SchemaSet is a collection of JSON schemas, one folder per configuration version,
// each holding <name>.schema.json files (smtpd-app.schema.json validates smtpd-app.yaml).
// A SchemaSet is safe for concurrent use.
type SchemaSet struct {
	fsys  fs.FS
	where string            // for messages: "built-in schemas" or the folder
	dirs  map[string]string // configuration version -> folder in fsys

	mu       sync.Mutex
	compiled map[string]*jsonschema.Schema // folder/name -> schema
	raw      map[string]any                // schema file -> its decoded JSON, for expectedKeyword
}

// EmbeddedSchemas returns the schemas built into the packer. They are written by this
// project from the documented configuration keys of Halon 6.x; every 6.x minor version
// shares one set (packer/schemas/6).
func EmbeddedSchemas() *SchemaSet {
	sub, err := fs.Sub(embeddedSchemas, "schemas")
	if err != nil {
		// The embedded tree is part of the binary; failing here is a build defect.
		panic(err)
	}
	dirs := map[string]string{}
	for minor := 0; minor <= 11; minor++ {
		dirs["6."+strconv.Itoa(minor)] = "6"
	}
	return &SchemaSet{fsys: sub, where: "built-in schemas", dirs: dirs, compiled: map[string]*jsonschema.Schema{}, raw: map[string]any{}}
}

// LoadSchemaDir returns the schemas in dir, laid out as <version>/<name>.schema.json.
// A folder named <version>-stable serves <version> too, unless a plain <version> folder exists.
func LoadSchemaDir(dir string) (*SchemaSet, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("schema folder: %w", err)
	}
	dirs := map[string]string{}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		name := e.Name()
		if v, ok := strings.CutSuffix(name, "-stable"); ok {
			if _, plain := dirs[v]; !plain {
				dirs[v] = name
			}
			continue
		}
		dirs[name] = name
	}
	if len(dirs) == 0 {
		return nil, fmt.Errorf("schema folder %s: no version folders (expected <version>/<name>.schema.json)", dir)
	}
	return &SchemaSet{fsys: os.DirFS(dir), where: dir, dirs: dirs, compiled: map[string]*jsonschema.Schema{}, raw: map[string]any{}}, nil
}

// Versions returns the configuration versions the set knows, in version order.
func (s *SchemaSet) Versions() []string {
	vs := make([]string, 0, len(s.dirs))
	for v := range s.dirs {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return versionLess(vs[i], vs[j]) })
	return vs
}

// versionLess orders dotted versions numerically ("6.9" < "6.10"), other text bytewise.
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx == nil && erry == nil {
			return x < y
		}
		return as[i] < bs[i]
	}
	return len(as) < len(bs)
}

// errNoSchema says that a known version has no schema for a file name.
var errNoSchema = errors.New("no schema")

// errUnknownVersion says that the set has no folder for a version.
var errUnknownVersion = errors.New("unknown version")

// schemaFor returns the compiled schema validating name (e.g. "smtpd-app.yaml") at version.
// It returns errUnknownVersion or errNoSchema when the set has none; other errors mean the
// schema itself is broken.
func (s *SchemaSet) schemaFor(version, name string) (*jsonschema.Schema, error) {
	dir, ok := s.dirs[version]
	if !ok {
		return nil, errUnknownVersion
	}
	path := dir + "/" + strings.TrimSuffix(name, ".yaml") + ".schema.json"
	s.mu.Lock()
	defer s.mu.Unlock()
	if sch, ok := s.compiled[path]; ok {
		return sch, nil
	}
	if _, err := fs.Stat(s.fsys, path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, errNoSchema
		}
		return nil, fmt.Errorf("%s: %w", s.describe(path), err)
	}
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft7
	c.LoadURL = func(u string) (io.ReadCloser, error) {
		p, ok := strings.CutPrefix(u, schemaScheme)
		if !ok {
			return nil, fmt.Errorf("schema reference %s leaves the schema folder", u)
		}
		return s.fsys.Open(p)
	}
	sch, err := c.Compile(schemaScheme + path)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot compile: %v", s.describe(path), err)
	}
	s.compiled[path] = sch
	return sch, nil
}

// schemaScheme prefixes the internal URLs of schema files, so that relative $refs resolve
// inside the set and nothing is fetched from elsewhere.
const schemaScheme = "halonschema:///"

func (s *SchemaSet) describe(path string) string {
	if s.where == "built-in schemas" {
		return "built-in schema " + path
	}
	return s.where + "/" + path
}

// validate checks a converted document against the schema for its name and version and
// returns findings located in the YAML source. origin names the file a generated node
// came from (packed hooks and files) when it has no position of its own.
func (s *SchemaSet) validate(file, name, version string, doc *jsonDoc, origin func(*jsonDoc, string) (string, int, int)) ([]Diagnostic, error) {
	sch, err := s.schemaFor(version, name)
	switch {
	case errors.Is(err, errUnknownVersion):
		if !requiredSchemas[name] {
			return nil, nil
		}
		n := doc.values["/version"]
		return []Diagnostic{{File: file, Line: n.Line, Col: n.Column, Path: "version", Rule: "version",
			Message: fmt.Sprintf("unknown version %q; known versions (%s): %s", version, s.where, strings.Join(s.Versions(), ", "))}}, nil
	case errors.Is(err, errNoSchema):
		if !requiredSchemas[name] {
			return nil, nil
		}
		return []Diagnostic{{File: file, Rule: "version",
			Message: fmt.Sprintf("%s has no schema for %s at version %q", s.where, name, version)}}, nil
	case err != nil:
		return nil, err
	}
	verr := sch.Validate(doc.value)
	if verr == nil {
		return nil, nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(verr, &ve) {
		return nil, fmt.Errorf("%s: validating: %v", file, verr)
	}
	s.describePatterns(ve, doc)
	advised := map[*jsonschema.ValidationError]bool{}
	s.adviseQuotes(ve, doc, advised)
	var leaves []*jsonschema.ValidationError
	collectLeaves(ve, &leaves)
	if len(advised) > 0 {
		if err := s.recheckAsText(sch, doc, leaves, advised); err != nil {
			return nil, fmt.Errorf("%s: validating: %v", file, err)
		}
	}
	var diags []Diagnostic
	for _, l := range leaves {
		diags = append(diags, schemaDiagnostics(file, doc, l, origin)...)
	}
	return diags, nil
}

// expectedKeyword is the keyword of this project's schemas that says in words what a
// "pattern" accepts, with an example. Schemas without it (such as foreign ones given with
// --schema-dir) get the regular expression in the message instead.
const expectedKeyword = "x-expected"

// describePatterns rewrites the message of every "pattern" failure in ve whose schema
// carries expectedKeyword into "expected <description>, found <value>".
func (s *SchemaSet) describePatterns(ve *jsonschema.ValidationError, doc *jsonDoc) {
	for _, c := range ve.Causes {
		s.describePatterns(c, doc)
	}
	if len(ve.Causes) > 0 || lastToken(ve.KeywordLocation) != "pattern" {
		return
	}
	if want := s.expected(ve.AbsoluteKeywordLocation); want != "" {
		ve.Message = fmt.Sprintf("expected %s, found %s", want, foundText(doc, ve.InstanceLocation))
	}
}

// foundText shows the value at ptr for a message: a plain YAML number or boolean as
// written in the source (999, 0x1F, 1.5), anything else as JSON.
func foundText(doc *jsonDoc, ptr string) string {
	if n := doc.values[ptr]; n != nil && plainNonString(n) {
		return n.Value
	}
	found, _ := json.Marshal(valueAt(doc, ptr))
	return string(found)
}

// plainNonString reports whether n is a scalar written without quotes, block style or
// explicit tag that YAML reads as a number or a boolean.
func plainNonString(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode || n.Style != 0 {
		return false
	}
	switch n.ShortTag() {
	case "!!int", "!!float", "!!bool":
		return true
	}
	return false
}

// expected returns the expectedKeyword text next to the keyword at loc, an absolute
// keyword location such as halonschema:///6/smtpd-app.schema.json#/definitions/x/pattern,
// or "" when there is none.
func (s *SchemaSet) expected(loc string) string {
	want, _ := s.keywordHolder(loc)[expectedKeyword].(string)
	return want
}

// adviseQuotes rewrites every failure in ve of a "type" keyword that accepts strings, on a
// value written as a plain YAML number or boolean (chmod: 0660, which YAML reads as a
// number), into advice to quote the text as written. An anyOf or oneOf whose every
// alternative fails only on the type, one of them such a string type, becomes that one
// failure. Each rewritten failure is recorded in advised, with true when the place also
// takes some number or boolean (an anyOf of integer and string). It returns the rewritten
// failure that ve is or has become, or nil.
func (s *SchemaSet) adviseQuotes(ve *jsonschema.ValidationError, doc *jsonDoc, advised map[*jsonschema.ValidationError]bool) *jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		if lastToken(ve.KeywordLocation) != "type" || !s.acceptsString(ve.AbsoluteKeywordLocation) {
			return nil
		}
		advice := quoteAdvice(doc, ve.InstanceLocation)
		if advice == "" {
			return nil
		}
		ve.Message = advice
		advised[ve] = s.acceptsScalar(ve.AbsoluteKeywordLocation)
		return ve
	}
	var first *jsonschema.ValidationError
	for _, c := range ve.Causes {
		if a := s.adviseQuotes(c, doc, advised); a != nil && first == nil {
			first = a
		}
	}
	kw := lastToken(ve.KeywordLocation)
	if first == nil || (kw != "anyOf" && kw != "oneOf") {
		return nil
	}
	scalar := false
	for _, c := range ve.Causes {
		if !onlyTypeMismatch(c, ve.InstanceLocation) {
			return nil
		}
		scalar = scalar || s.typeLeavesAcceptScalar(c)
	}
	*ve = jsonschema.ValidationError{KeywordLocation: first.KeywordLocation, AbsoluteKeywordLocation: first.AbsoluteKeywordLocation,
		InstanceLocation: ve.InstanceLocation, Message: first.Message}
	advised[ve] = scalar
	return ve
}

// typeLeavesAcceptScalar reports whether one of the "type" keywords failing in ve takes
// a number or a boolean.
func (s *SchemaSet) typeLeavesAcceptScalar(ve *jsonschema.ValidationError) bool {
	if len(ve.Causes) == 0 {
		return s.acceptsScalar(ve.AbsoluteKeywordLocation)
	}
	for _, c := range ve.Causes {
		if s.typeLeavesAcceptScalar(c) {
			return true
		}
	}
	return false
}

// recheckAsText validates the document again with the value of every advised leaf (see
// adviseQuotes) replaced by its source text, as if it had been quoted, and rewrites the
// advice of those that would still fail into the failure the quoted text meets, so that
// the user is not sent round twice (chmod: 999 is not a file mode, quoted or not). For a
// place that takes only strings the message adds that the value must be quoted too; for
// one that also takes numbers it is the real failure alone (a duration such as 30s or a
// number of seconds, found 1.5), since quoting is then not what is missing.
func (s *SchemaSet) recheckAsText(sch *jsonschema.Schema, doc *jsonDoc, leaves []*jsonschema.ValidationError, advised map[*jsonschema.ValidationError]bool) error {
	saved := map[string]any{}
	for _, l := range leaves {
		if _, ok := advised[l]; !ok {
			continue
		}
		p := l.InstanceLocation
		if _, done := saved[p]; done {
			continue
		}
		if old, ok := setValueAt(doc, p, doc.values[p].Value); ok {
			saved[p] = old
		}
	}
	if len(saved) == 0 {
		return nil
	}
	verr := sch.Validate(doc.value)
	for p, old := range saved {
		setValueAt(doc, p, old)
	}
	if verr == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(verr, &ve) {
		return verr
	}
	s.describePatterns(ve, doc)
	var again []*jsonschema.ValidationError
	collectLeaves(ve, &again)
	still := map[string][]*jsonschema.ValidationError{}
	for _, a := range again {
		if _, ok := saved[a.InstanceLocation]; ok {
			still[a.InstanceLocation] = append(still[a.InstanceLocation], a)
		}
	}
	for _, l := range leaves {
		fails := still[l.InstanceLocation]
		if _, ok := advised[l]; !ok || len(fails) == 0 {
			continue
		}
		msgs := make([]string, len(fails))
		for i, f := range fails {
			msgs[i] = f.Message
		}
		l.KeywordLocation, l.AbsoluteKeywordLocation = fails[0].KeywordLocation, fails[0].AbsoluteKeywordLocation
		l.Message = strings.Join(msgs, "; ")
		if !advised[l] {
			// Only a string fits here: whatever the right value is, it needs quotes.
			n := doc.values[l.InstanceLocation]
			l.Message += fmt.Sprintf("; it must also be written in quotes: YAML reads %s as %s", n.Value, scalarKind(n))
		}
	}
	return nil
}

// scalarKind names what YAML reads a plain scalar as, for messages.
func scalarKind(n *yaml.Node) string {
	if n.ShortTag() == "!!bool" {
		return "a boolean"
	}
	return "a number"
}

// setValueAt replaces the converted value at ptr, a JSON pointer to a member or item, and
// returns the value it held. It reports false when ptr leads nowhere.
func setValueAt(doc *jsonDoc, ptr string, v any) (any, bool) {
	i := strings.LastIndexByte(ptr, '/')
	if i < 0 {
		return nil, false
	}
	tok := strings.ReplaceAll(strings.ReplaceAll(ptr[i+1:], "~1", "/"), "~0", "~")
	switch x := valueAt(doc, ptr[:i]).(type) {
	case map[string]any:
		old, ok := x[tok]
		if ok {
			x[tok] = v
		}
		return old, ok
	case []any:
		j, err := strconv.Atoi(tok)
		if err != nil || j < 0 || j >= len(x) {
			return nil, false
		}
		old := x[j]
		x[j] = v
		return old, true
	}
	return nil, false
}

// acceptsString reports whether the "type" keyword at loc allows strings.
func (s *SchemaSet) acceptsString(loc string) bool {
	switch t := s.keywordHolder(loc)["type"].(type) {
	case string:
		return t == "string"
	case []any:
		return slices.Contains(t, any("string"))
	}
	return false
}

// acceptsScalar reports whether the "type" keyword at loc allows a number or a boolean.
func (s *SchemaSet) acceptsScalar(loc string) bool {
	types := s.keywordHolder(loc)["type"]
	if t, ok := types.(string); ok {
		types = []any{t}
	}
	list, _ := types.([]any)
	return slices.ContainsFunc(list, func(t any) bool { return t == "number" || t == "integer" || t == "boolean" })
}

// quoteAdvice returns the message for a value that must be a string but was written as a
// plain YAML number or boolean, or "" for any other value. The text to quote is the
// scalar's source text, which yaml.v3 keeps as written: 0660 stays 0660, 6.10 stays 6.10.
func quoteAdvice(doc *jsonDoc, ptr string) string {
	n := doc.values[ptr]
	if n == nil || !plainNonString(n) {
		return "" // a string, null, or quoted, block or explicitly tagged: written as meant
	}
	what := "the item" // of a sequence
	if k := doc.keys[ptr]; k != nil {
		what = k.Value
	}
	// Plain numbers and booleans hold no quotes or backslashes, so the text needs no escapes.
	return fmt.Sprintf("%s must be a string: write \"%s\" in quotes", what, n.Value)
}

// keywordHolder returns the schema object that holds the keyword at loc, an absolute
// keyword location, or nil.
func (s *SchemaSet) keywordHolder(loc string) map[string]any {
	rest, ok := strings.CutPrefix(loc, schemaScheme)
	if !ok {
		return nil
	}
	file, frag, _ := strings.Cut(rest, "#")
	s.mu.Lock()
	v, ok := s.raw[file]
	if !ok {
		if data, err := fs.ReadFile(s.fsys, file); err == nil {
			if json.Unmarshal(data, &v) != nil {
				v = nil
			}
		}
		s.raw[file] = v
	}
	s.mu.Unlock()
	toks := strings.Split(strings.TrimPrefix(frag, "/"), "/")
	for _, tok := range toks[:len(toks)-1] { // up to the object holding the keyword
		if t, err := url.PathUnescape(tok); err == nil {
			tok = t
		}
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	obj, _ := v.(map[string]any)
	return obj
}

// collectLeaves gathers the errors that say what is wrong. For anyOf/oneOf it keeps only
// the alternatives whose type fitted the value, so that a wrong field inside an object is
// reported as such rather than together with "expected string".
func collectLeaves(ve *jsonschema.ValidationError, out *[]*jsonschema.ValidationError) {
	if len(ve.Causes) == 0 {
		*out = append(*out, ve)
		return
	}
	causes := ve.Causes
	if kw := lastToken(ve.KeywordLocation); kw == "anyOf" || kw == "oneOf" {
		var fitting []*jsonschema.ValidationError
		for _, c := range causes {
			if !onlyTypeMismatch(c, ve.InstanceLocation) {
				fitting = append(fitting, c)
			}
		}
		if len(fitting) == 0 {
			var msgs []string
			for _, c := range causes {
				var ls []*jsonschema.ValidationError
				collectLeaves(c, &ls)
				for _, l := range ls {
					msgs = append(msgs, l.Message)
				}
			}
			*out = append(*out, &jsonschema.ValidationError{
				KeywordLocation: ve.KeywordLocation, InstanceLocation: ve.InstanceLocation,
				Message: "matches none of the allowed forms: " + strings.Join(msgs, "; or "),
			})
			return
		}
		causes = fitting
	}
	for _, c := range causes {
		collectLeaves(c, out)
	}
}

// onlyTypeMismatch reports whether every leaf of ve is a "type" failure at loc.
func onlyTypeMismatch(ve *jsonschema.ValidationError, loc string) bool {
	if len(ve.Causes) == 0 {
		return ve.InstanceLocation == loc && lastToken(ve.KeywordLocation) == "type"
	}
	for _, c := range ve.Causes {
		if !onlyTypeMismatch(c, loc) {
			return false
		}
	}
	return true
}

func lastToken(ptr string) string {
	return ptr[strings.LastIndexByte(ptr, '/')+1:]
}

// schemaDiagnostics locates one leaf error in the YAML source.
func schemaDiagnostics(file string, doc *jsonDoc, l *jsonschema.ValidationError, origin func(*jsonDoc, string) (string, int, int)) []Diagnostic {
	ptr := l.InstanceLocation
	for p := ptr; ; p = p[:strings.LastIndexByte(p, '/')] {
		if doc.env[p] {
			// The value comes from the environment when smtpd starts; it cannot be judged now.
			return nil
		}
		if p == "" {
			break
		}
	}
	rule := lastToken(l.KeywordLocation)
	if rule == "additionalProperties" {
		if ds := unknownKeys(file, doc, ptr, l.Message, origin); len(ds) > 0 {
			return ds
		}
	}
	f, line, col := origin(doc, ptr)
	msg := l.Message
	kw := l.KeywordLocation
	if parent := strings.TrimSuffix(kw, "/"+rule); lastToken(parent) == "properties" && rule != "" {
		// A key whose schema is false: documented as not allowed at this place.
		rule, msg = "forbidden", fmt.Sprintf("key %q is not allowed here", rule)
		if kn := doc.keys[ptr]; kn != nil && kn.Line > 0 {
			line, col = kn.Line, kn.Column
		}
	}
	if i := strings.LastIndex(kw, "/propertyNames"); i >= 0 {
		// The key itself is wrong, not its value: point at the key.
		if kn := doc.keys[ptr]; kn != nil && kn.Line > 0 {
			line, col = kn.Line, kn.Column
		}
		key := strings.ReplaceAll(strings.ReplaceAll(lastToken(ptr), "~1", "/"), "~0", "~")
		msg = fmt.Sprintf("key %q: %s", key, msg)
		rule = "propertyNames"
	}
	return []Diagnostic{{File: f, Line: line, Col: col, Path: doc.paths[ptr], Rule: rule, Message: msg}}
}

// unknownKeys reports each key named in an additionalProperties failure at its own position.
func unknownKeys(file string, doc *jsonDoc, ptr, msg string, origin func(*jsonDoc, string) (string, int, int)) []Diagnostic {
	obj, ok := valueAt(doc, ptr).(map[string]any)
	if !ok {
		return nil
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var ds []Diagnostic
	for _, k := range keys {
		if !strings.Contains(msg, "'"+k+"'") {
			continue
		}
		child := ptr + "/" + escapePointer(k)
		f, line, col := origin(doc, child)
		if kn := doc.keys[child]; kn != nil && kn.Line > 0 {
			line, col = kn.Line, kn.Column
		}
		ds = append(ds, Diagnostic{File: f, Line: line, Col: col, Path: doc.paths[child], Rule: "additionalProperties",
			Message: fmt.Sprintf("unknown key %q", k)})
	}
	return ds
}

// valueAt returns the converted value at a JSON pointer, or nil.
func valueAt(doc *jsonDoc, ptr string) any {
	v := doc.value
	if ptr == "" {
		return v
	}
	for _, tok := range strings.Split(ptr[1:], "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}
