package hooks_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

// The 6.x documentation data (functions.json, classes.json, variables.json)
// lives in shared/reference beside the repository, not in it. These tests
// compare the package with it when it is there and are skipped otherwise.

type refParam struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type refFunc struct {
	Name       string `json:"name"`
	Parameters struct {
		Required []refParam `json:"required"`
		Optional []refParam `json:"optional"`
	} `json:"parameters"`
	ReturnType string    `json:"returnType"`
	Methods    []refFunc `json:"methods"`
}

type refVar struct {
	Name   string   `json:"name"`
	Detail string   `json:"detail"`
	Keys   []refKey `json:"keys"`
}

// refKey is one key of a context variable, with the keys of its value.
type refKey struct {
	Name string   `json:"name"`
	Type string   `json:"type"`
	Keys []refKey `json:"keys"`
}

// flatten lists keys and their children as dotted paths.
func flatten(prefix string, keys []refKey, out []hooks.Key) []hooks.Key {
	for _, k := range keys {
		out = append(out, hooks.Key{Path: prefix + k.Name, Type: k.Type})
		out = flatten(prefix+k.Name+".", k.Keys, out)
	}
	return out
}

// referenceDir finds shared/reference/halon-6x-docs-data beside the
// repository root (the folder holding go.mod), or skips the test.
func referenceDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	ref := filepath.Join(filepath.Dir(dir), "shared", "reference", "halon-6x-docs-data")
	if _, err := os.Stat(filepath.Join(ref, "functions.json")); err != nil {
		t.Skipf("no reference data at %s", ref)
	}
	return ref
}

func readJSON[T any](t *testing.T, dir, name string) map[string][]T {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string][]T
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// checkParams compares a function's parameters with the reference's.
func checkParams(t *testing.T, where string, f *catalog.Func, ref refFunc) {
	t.Helper()
	var want []catalog.Param
	for _, p := range ref.Parameters.Required {
		want = append(want, catalog.Param{Name: p.Name, Type: strings.ReplaceAll(p.Type, " or ", "|")})
	}
	for _, p := range ref.Parameters.Optional {
		want = append(want, catalog.Param{Name: p.Name, Type: strings.ReplaceAll(p.Type, " or ", "|"), Optional: true})
	}
	if len(f.Params) != len(want) {
		t.Errorf("%s: %s, reference has %d parameters", where, f.Signature(), len(want))
		return
	}
	for i, p := range f.Params {
		if p.Name != want[i].Name || p.Type != want[i].Type || p.Optional != want[i].Optional || p.Variadic {
			t.Errorf("%s: parameter %d is %+v, reference %+v", where, i+1, p, want[i])
		}
	}
	if ref.ReturnType != "" && f.Returns != ref.ReturnType {
		t.Errorf("%s: returns %q, reference %q", where, f.Returns, ref.ReturnType)
	}
}

func TestFunctionsMatchReference(t *testing.T) {
	ref := readJSON[refFunc](t, referenceDir(t), "functions.json")
	registered := catalog.New()
	hooks.Register(registered)
	wantContexts := map[string][]string{}
	for _, ctx := range hooks.Contexts() {
		list, ok := ref[ctx]
		if !ok {
			t.Errorf("context %s is not in the reference", ctx)
		}
		fs, _ := hooks.Definitions(ctx)
		var got, want []string
		for _, f := range fs {
			got = append(got, f.Name)
		}
		for _, r := range list {
			want = append(want, r.Name)
			wantContexts[r.Name] = append(wantContexts[r.Name], ctx)
			f := hooks.Catalog(ctx).Func(r.Name)
			if f == nil {
				continue
			}
			checkParams(t, ctx+" "+r.Name, f, r)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: functions %v, reference %v", ctx, got, want)
		}
	}
	for k := range ref {
		if k != "core" && !hooks.IsContext(k) {
			t.Errorf("reference context %s is unknown", k)
		}
	}
	// Register puts each function in exactly the contexts that list it.
	for name, ctxs := range wantContexts {
		f := registered.Func(name)
		if f == nil || !slices.Equal(f.Contexts, ctxs) {
			t.Errorf("%s: registered for %v, reference %v", name, f.Contexts, ctxs)
		}
	}
	if n := len(registered.FuncNames()); n != len(wantContexts) {
		t.Errorf("Register adds %d functions, reference has %d names", n, len(wantContexts))
	}
	// None of them is a core function.
	for _, r := range ref["core"] {
		if registered.Func(r.Name) != nil {
			t.Errorf("%s is core", r.Name)
		}
	}
}

func TestClassesMatchReference(t *testing.T) {
	ref := readJSON[refFunc](t, referenceDir(t), "classes.json")
	registered := catalog.New()
	hooks.Register(registered)
	seen := 0
	for _, ctx := range hooks.Contexts() {
		_, cs := hooks.Definitions(ctx)
		var got, want []string
		for _, c := range cs {
			got = append(got, c.Name)
		}
		for _, r := range ref[ctx] {
			want = append(want, r.Name)
			cl := registered.Class(r.Name)
			if cl == nil {
				continue
			}
			seen++
			if !slices.Contains(cl.Contexts, ctx) {
				t.Errorf("%s: not registered for %s", r.Name, ctx)
			}
			if len(cl.Methods) != len(r.Methods) {
				t.Errorf("%s: %d methods, reference %d", r.Name, len(cl.Methods), len(r.Methods))
			}
			for _, m := range r.Methods {
				if f := cl.Methods[m.Name]; f == nil {
					t.Errorf("%s: no method %s", r.Name, m.Name)
				} else {
					checkParams(t, r.Name+"->"+m.Name, f, m)
				}
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: classes %v, reference %v", ctx, got, want)
		}
	}
	if n := len(registered.ClassNames()); n != seen {
		t.Errorf("Register adds %d classes, reference has %d", n, seen)
	}
}

func TestVariablesMatchReference(t *testing.T) {
	ref := readJSON[refVar](t, referenceDir(t), "variables.json")
	for _, ctx := range hooks.Contexts() {
		want := map[string]bool{}
		for _, v := range ref[ctx] {
			want[strings.TrimPrefix(v.Name, "$")] = slices.Contains(strings.Fields(v.Detail), "readonly")
		}
		if got := hooks.Variables(ctx); !equalMaps(got, want) {
			t.Errorf("%s: %v, reference %v", ctx, got, want)
		}
	}
	if len(ref["core"]) != 0 {
		t.Errorf("the reference has core variables: %v", ref["core"])
	}
}

func TestKeysMatchReference(t *testing.T) {
	ref := readJSON[refVar](t, referenceDir(t), "variables.json")
	byPath := func(a, b hooks.Key) int { return strings.Compare(a.Path, b.Path) }
	for _, ctx := range hooks.Contexts() {
		for _, v := range ref[ctx] {
			name := strings.TrimPrefix(v.Name, "$")
			want := flatten("", v.Keys, nil)
			got := hooks.Keys(ctx, name)
			for i := range got {
				got[i].Doc = "" // the descriptions are our own, not the reference's
			}
			slices.SortFunc(want, byPath)
			slices.SortFunc(got, byPath)
			if !slices.Equal(got, want) {
				t.Errorf("%s $%s:\n got  %v\n want %v", ctx, name, got, want)
			}
		}
	}
}
