// Package gendoc renders docs/stdlib.md from the builtin catalogue: every
// function and class with its signature, parameters, options keys, return
// type and doc string, grouped by the package that implements it, and a
// table of the 6.x core names showing which are registered and tested.
package gendoc

import (
	_ "embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strings"

	"github.com/openhsl/hsl/stdlib/catalog"
)

// The 6.x core names: the "core" entries of the documentation data's
// functions.json and classes.json, names only, one per line.
var (
	//go:embed functions.txt
	functionsTxt string
	//go:embed classes.txt
	classesTxt string
	//go:embed performance.md
	performanceMd string
)

// Names are the 6.x core function and class names, in the reference order.
type Names struct {
	Funcs   []string
	Classes []string
}

// ReferenceNames returns the 6.x core names stored with this package.
func ReferenceNames() Names {
	return Names{Funcs: lines(functionsTxt), Classes: lines(classesTxt)}
}

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// constructs are 6.x core names that the compiler handles as language
// constructs instead of catalogue builtins.
var constructs = map[string]bool{"array": true, "isset": true, "unset": true}

// notes explain, in our words, why a 6.x core name is not registered.
var notes = map[string]string{
	"FFIFunction":         "the callable type that `FFI->func()` returns; FFI is not supported (see stdlib-notes.md)",
	"server_concurrency":  "needs a running MTA",
	"queue_suspend":       "needs a running MTA's queue",
	"queue_policy":        "needs a running MTA's queue",
	"queue_policy_delete": "needs a running MTA's queue",
	"queue_quota":         "needs a running MTA's queue",
}

// excluded are test files that list builtin names to check the registry,
// not to test behaviour; they do not make a name count as tested.
var excluded = []string{
	"stdlib/stdlib_test.go",
	"stdlib/docs_test.go",
	"stdlib/audit_test.go",
	"stdlib/internal/gendoc/",
}

// Tested returns the names (of want) that the repository at root tests: a
// name counts as tested when a Go test file holds it as a string literal
// ("name") or an HSL conformance file under testdata/lang calls it (name().
func Tested(root string, want []string) (map[string]bool, error) {
	alt := make([]string, len(want))
	for i, n := range want {
		alt[i] = regexp.QuoteMeta(n)
	}
	names := strings.Join(alt, "|")
	goRe := regexp.MustCompile(`"(` + names + `)"`)
	hslRe := regexp.MustCompile(`(?:^|[^\w$>:])(` + names + `)\s*\(`)
	found := map[string]bool{}
	scan := func(path string, re *regexp.Regexp) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range re.FindAllSubmatch(b, -1) {
			found[string(m[1])] = true
		}
		return nil
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			switch d.Name() {
			case ".git", "node_modules":
				return filepath.SkipDir
			}
			return nil
		}
		for _, ex := range excluded {
			if rel == ex || (strings.HasSuffix(ex, "/") && strings.HasPrefix(rel, ex)) {
				return nil
			}
		}
		switch {
		case strings.HasSuffix(rel, "_test.go"):
			return scan(path, goRe)
		case strings.HasPrefix(rel, "testdata/lang/") && strings.HasSuffix(rel, ".hsl"):
			return scan(path, hslRe)
		}
		return nil
	})
	return found, err
}

// areas titles the packages of stdlib/; a package not listed is titled by
// its name.
var areas = map[string]string{
	"arrays":   "Arrays",
	"strings":  "Strings and types",
	"math":     "Mathematics",
	"encoding": "Encodings and data formats",
	"timefn":   "Time",
	"core":     "Host, mail addresses and the memory store",
	"pcre":     "Regular expressions",
	"hashing":  "Hashes and random numbers",
	"cryptofn": "Cryptography",
	"inet":     "IP addresses and domains",
	"mime":     "MIME and mail messages",
	"dkim":     "DKIM",
	"dns":      "DNS",
	"netio":    "Network",
	"files":    "Files",
	"logging":  "Logging and metrics",
	"mtaonly":  "Functions of the running MTA",
	"classes":  "Classes",
}

// pkgOf returns the name of the Go package below stdlib/ that holds the
// implementation fn.
func pkgOf(fn any) string {
	if fn == nil || reflect.ValueOf(fn).IsNil() {
		return "other"
	}
	full := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
	const marker = "/stdlib/"
	i := strings.LastIndex(full, marker)
	if i < 0 {
		return "other"
	}
	rest := full[i+len(marker):]
	if j := strings.IndexAny(rest, "./"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func classPkg(cl *catalog.Class) string {
	if cl.Constructor != nil {
		return pkgOf(cl.Constructor.Impl)
	}
	for _, name := range sortedKeys(cl.Methods) {
		return pkgOf(cl.Methods[name].Impl)
	}
	for _, name := range sortedKeys(cl.Statics) {
		return pkgOf(cl.Statics[name].Impl)
	}
	return "other"
}

func sortedKeys[T any](m map[string]T) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Render writes the Markdown of docs/stdlib.md.
func Render(c *catalog.Catalog, ref Names, tested map[string]bool) []byte {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	w("<!-- Generated by stdlib/internal/gendoc from the builtin catalogue; do not edit. -->\n")
	w("<!-- Regenerate with `go generate ./stdlib` (or `make docs`). -->\n\n")
	w("# HSL standard library\n\n")
	w("The core builtins of this implementation: the functions and classes that\n")
	w("every hook context has. Hook-context functions are in stdlib/hooks.\n")
	w("Each entry comes from the catalogue that the interpreter dispatches from and\n")
	w("the language server completes from. In signatures `[$x]` is an optional\n")
	w("parameter and `...$x` takes any number of arguments.\n\n")
	w("- [Completeness against 6.x](#completeness-against-6x)\n")

	// Group functions (primary names only) and classes by package.
	aliases := map[string][]string{} // primary name -> other names
	groupFuncs := map[string][]*catalog.Func{}
	for _, name := range c.FuncNames() {
		f := c.Func(name)
		if f.Name != name {
			aliases[f.Name] = append(aliases[f.Name], name)
			continue
		}
		p := pkgOf(f.Impl)
		groupFuncs[p] = append(groupFuncs[p], f)
	}
	groupClasses := map[string][]*catalog.Class{}
	for _, name := range c.ClassNames() {
		cl := c.Class(name)
		p := classPkg(cl)
		groupClasses[p] = append(groupClasses[p], cl)
	}
	pkgs := map[string]bool{}
	for p := range groupFuncs {
		pkgs[p] = true
	}
	for p := range groupClasses {
		pkgs[p] = true
	}
	order := packageOrder(pkgs)
	for _, p := range order {
		w("- [%s](#%s)\n", title(p), anchor(title(p)))
	}
	w("- [Performance](#performance)\n\n")

	renderCompleteness(w, c, ref, tested)

	for _, p := range order {
		w("## %s\n\n", title(p))
		w("Package `stdlib/%s`.\n\n", p)
		for _, f := range groupFuncs[p] {
			renderFunc(w, "###", f.Name, f, aliases[f.Name])
		}
		for _, cl := range groupClasses[p] {
			renderClass(w, cl)
		}
	}

	w("## Performance\n\n")
	w("%s", strings.TrimSpace(performanceMd))
	w("\n")
	return []byte(b.String())
}

// known is the order of the package sections; other packages follow in
// name order, and the classes come last.
var known = []string{"arrays", "strings", "math", "encoding", "timefn", "core", "pcre", "hashing", "cryptofn", "inet",
	"mime", "dkim", "dns", "netio", "files", "logging", "mtaonly"}

func packageOrder(pkgs map[string]bool) []string {
	var order []string
	for _, p := range known {
		if pkgs[p] {
			order = append(order, p)
		}
	}
	for _, p := range sortedKeys(pkgs) {
		if !slices.Contains(known, p) && p != "classes" {
			order = append(order, p)
		}
	}
	if pkgs["classes"] {
		order = append(order, "classes")
	}
	return order
}

func title(pkg string) string {
	if t, ok := areas[pkg]; ok {
		return t
	}
	return pkg
}

// anchor is the GitHub heading id of a Markdown heading.
func anchor(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	return b.String()
}

func renderCompleteness(w func(string, ...any), c *catalog.Catalog, ref Names, tested map[string]bool) {
	mark := func(ok bool) string {
		if ok {
			return "✓"
		}
		return "✗"
	}
	// Only what exists can be tested: a name of something missing that a
	// test happens to hold (a URL scheme "http") does not count.
	funcTested := func(n string) bool { return tested[n] && (constructs[n] || c.Func(n) != nil) }
	classTested := func(n string) bool { return tested[n] && c.Class(n) != nil }
	nf, nfTested, ncons := 0, 0, 0
	for _, n := range ref.Funcs {
		switch {
		case constructs[n]:
			ncons++
		case c.Func(n) != nil:
			nf++
		}
		if funcTested(n) {
			nfTested++
		}
	}
	nc, ncTested := 0, 0
	for _, n := range ref.Classes {
		if c.Class(n) != nil {
			nc++
		}
		if classTested(n) {
			ncTested++
		}
	}
	w("## Completeness against 6.x\n\n")
	w("The names below are the core (every-context) functions and classes of the\n")
	w("Halon 6.x documentation data. *Registered* means the catalogue has the name;\n")
	w("*construct* means the compiler handles it as a language construct. A name\n")
	w("counts as *tested* when a Go test file of the repository holds it as a string\n")
	w("literal or a conformance file in testdata/lang calls it (registry listings\n")
	w("such as stdlib/stdlib_test.go do not count).\n\n")
	w("- Functions: **%d of %d** registered, %d more are language constructs; %d of %d tested.\n",
		nf, len(ref.Funcs), ncons, nfTested, len(ref.Funcs))
	w("- Classes: **%d of %d** registered; %d of %d tested.\n\n", nc, len(ref.Classes), ncTested, len(ref.Classes))
	w("| Function | Registered | Tested | Note |\n|---|:-:|:-:|---|\n")
	for _, n := range ref.Funcs {
		reg := mark(c.Func(n) != nil)
		if constructs[n] {
			reg = "construct"
		}
		note := ""
		if c.Func(n) == nil {
			note = notes[n]
		}
		w("| `%s` | %s | %s | %s |\n", n, reg, mark(funcTested(n)), note)
	}
	w("\n| Class | Registered | Tested | Note |\n|---|:-:|:-:|---|\n")
	for _, n := range ref.Classes {
		note := ""
		if c.Class(n) == nil {
			note = notes[n]
		}
		w("| `%s` | %s | %s | %s |\n", n, mark(c.Class(n) != nil), mark(classTested(n)), note)
	}
	w("\n")
}

func renderFunc(w func(string, ...any), level, display string, f *catalog.Func, aliases []string) {
	sig := display + strings.TrimPrefix(f.Signature(), f.Name)
	w("%s `%s`\n\n", level, sig)
	if f.Doc != "" {
		w("%s\n\n", oneLine(f.Doc))
	}
	if len(aliases) > 0 {
		w("Also named: %s.\n\n", codeList(aliases))
	}
	if len(f.Contexts) > 0 {
		w("Hook contexts: %s.\n\n", codeList(f.Contexts))
	}
	if len(f.Params) > 0 {
		w("| Parameter | Type | Doc |\n|---|---|---|\n")
		for _, p := range f.Params {
			name := "$" + p.Name
			switch {
			case p.Variadic:
				name = "..." + name
			case p.Optional:
				name += " (optional)"
			}
			w("| `%s` | %s | %s |\n", name, cell(p.Type), cell(p.Doc))
		}
		w("\n")
	}
	if len(f.Options) > 0 {
		w("| Option key | Type | Doc |\n|---|---|---|\n")
		for _, o := range f.Options {
			w("| `%s` | %s | %s |\n", o.Name, cell(o.Type), cell(o.Doc))
		}
		w("\n")
	}
	if f.Returns != "" {
		w("Returns: %s.\n\n", cell(f.Returns))
	}
}

func renderClass(w func(string, ...any), cl *catalog.Class) {
	w("### class `%s`\n\n", cl.Name)
	if cl.Doc != "" {
		w("%s\n\n", oneLine(cl.Doc))
	}
	if len(cl.Contexts) > 0 {
		w("Hook contexts: %s.\n\n", codeList(cl.Contexts))
	}
	if cl.Constructor != nil {
		renderFunc(w, "####", cl.Name, cl.Constructor, nil)
	} else {
		w("It has no constructor.\n\n")
	}
	for _, name := range sortedKeys(cl.Statics) {
		renderFunc(w, "####", cl.Name+"::"+name, cl.Statics[name], nil)
	}
	for _, name := range sortedKeys(cl.Methods) {
		renderFunc(w, "####", cl.Name+"->"+name, cl.Methods[name], nil)
	}
}

func codeList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "`" + n + "`"
	}
	return strings.Join(q, ", ")
}

// oneLine joins the lines of a doc string into one paragraph.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cell makes s safe inside a Markdown table cell.
func cell(s string) string {
	s = oneLine(s)
	if s == "" {
		return ""
	}
	return strings.ReplaceAll(s, "|", "\\|")
}
