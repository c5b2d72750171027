package files

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// rootEnv is a stdtest.Env with another root path.
type rootEnv struct {
	stdtest.Env
	root string
}

func (e *rootEnv) RootPath() string { return e.root }

func cat() *catalog.Catalog {
	c := catalog.New()
	Register(c)
	return c
}

func call(t *testing.T, f *catalog.Func, self value.Value, args ...value.Value) value.Value {
	t.Helper()
	v, err := stdtest.Invoke(&rootEnv{root: "testdata/root"}, f, self, args...)
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	return v
}

func TestFileReading(t *testing.T) {
	cl := cat().Class("File")
	f := call(t, cl.Constructor, value.None, stdtest.S("file://sub/data.txt"))
	m := cl.Methods
	for _, step := range []struct {
		method string
		args   []value.Value
		want   string
	}{
		{"getPath", nil, `"sub/data.txt"`},
		{"readline", nil, `"line one"`},
		{"tell", nil, `10`},
		{"read", stdtest.A(stdtest.N(4)), `"line"`},
		{"readline", nil, `" two"`},
		{"readline", nil, `"last"`},
		{"readline", nil, `false`},
		{"read", nil, `""`},
		{"seek", stdtest.A(stdtest.N(-4), stdtest.S("SEEK_END")), `19`},
		{"read", nil, `"last"`},
		{"seek", stdtest.A(stdtest.N(-100), stdtest.S("SEEK_CUR")), `none`},
		{"seek", stdtest.A(stdtest.N(0)), `0`},
		{"read", stdtest.A(stdtest.N(100)), "\"line one\r\nline two\nlast\""},
		{"close", nil, `none`},
		{"read", nil, `none`},
		{"readline", nil, `none`},
		{"tell", nil, `none`},
	} {
		if got := call(t, m[step.method], f, step.args...).Repr(); got != step.want {
			t.Errorf("%s%v: got %s, want %s", step.method, step.args, got, step.want)
		}
	}
	if _, err := stdtest.Invoke(&rootEnv{root: "testdata/root"}, m["seek"], f, stdtest.N(0), stdtest.S("SEEK_BAD")); err == nil {
		t.Error("bad whence accepted")
	}
}

func TestConfinedToRoot(t *testing.T) {
	cl := cat().Class("File")
	env := &rootEnv{root: "testdata/root"}
	abs, _ := filepath.Abs("testdata/outside.txt")
	_ = os.Remove("testdata/root/link")
	if err := os.Symlink(abs, "testdata/root/link"); err != nil {
		t.Fatal(err)
	}
	defer os.Remove("testdata/root/link")
	for _, name := range []string{"../outside.txt", "sub/../../outside.txt", abs, "link", "missing.txt", "sub", ""} {
		if _, err := stdtest.Invoke(env, cl.Constructor, value.None, stdtest.S(name)); err == nil {
			t.Errorf("File(%q) opened", name)
		}
		if v, err := stdtest.Invoke(env, cl.Statics["read"], value.None, stdtest.S(name)); err != nil || !v.IsNone() {
			t.Errorf("File::read(%q) = %s, %v", name, v.Repr(), err)
		}
	}
	if v := call(t, cl.Statics["read"], value.None, stdtest.S("sub/data.txt")); v.AsString() != "line one\r\nline two\nlast" {
		t.Errorf("File::read: %s", v.Repr())
	}
}

func TestFileString(t *testing.T) {
	cl := cat().Class("File")
	f := call(t, cl.Statics["String"], value.None, stdtest.S("a\nb"))
	if got := call(t, cl.Methods["getPath"], f).Repr(); got != "none" {
		t.Errorf("getPath: %s", got)
	}
	g := call(t, cl.Constructor, value.None, f)
	if got := call(t, cl.Methods["read"], g).Repr(); got != "\"a\nb\"" {
		t.Errorf("copy: %s", got)
	}
	if _, err := stdtest.Invoke(&stdtest.Env{}, cl.Methods["read"], f, stdtest.N(-1)); err == nil {
		t.Error("negative length accepted")
	}
	if _, err := stdtest.Invoke(&stdtest.Env{}, cl.Methods["toFFIValue"], f); err == nil {
		t.Error("toFFIValue did not fail")
	}
}

// virtualEnv has the virtual files of a configuration besides a root path.
type virtualEnv struct {
	rootEnv
	files map[string][]byte
}

func (e *virtualEnv) VirtualFile(name string) ([]byte, bool) {
	data, ok := e.files[name]
	return data, ok
}

func TestVirtualFiles(t *testing.T) {
	cl := cat().Class("File")
	env := &virtualEnv{rootEnv: rootEnv{root: "testdata/root"}, files: map[string][]byte{
		"conf/list.txt": []byte("virtual\n"),
		"sub/data.txt":  []byte("the virtual one wins\n"),
	}}
	for _, tc := range []struct{ name, want string }{
		{"conf/list.txt", "\"virtual\n\""},
		{"file://conf/list.txt", "\"virtual\n\""},
		{"file:./conf//list.txt", "\"virtual\n\""},
		{"sub/data.txt", "\"the virtual one wins\n\""}, // before the file system, as imports do
		{"conf/missing.txt", "none"},
	} {
		got, err := stdtest.Invoke(env, cl.Statics["read"], value.None, stdtest.S(tc.name))
		if err != nil || got.Repr() != tc.want {
			t.Errorf("File::read(%q) = %s, %v; want %s", tc.name, got.Repr(), err, tc.want)
		}
	}
	f, err := stdtest.Invoke(env, cl.Constructor, value.None, stdtest.S("conf/list.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := stdtest.Invoke(env, cl.Methods["readline"], f); got.Repr() != `"virtual"` {
		t.Errorf("readline of a virtual file = %s", got.Repr())
	}
	// Without virtual files the root path is used.
	if got, _ := stdtest.Invoke(&rootEnv{root: "testdata/root"}, cl.Statics["read"], value.None, stdtest.S("conf/list.txt")); !got.IsNone() {
		t.Errorf("read without virtual files = %s, want none", got.Repr())
	}
}
