package pcre

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/internal/stdtest"
)

// goFunc is an HSL function value backed by Go, for callback tests.
type goFunc func(args ...value.Value) (value.Value, error)

func (goFunc) FuncName() string { return "callback" }

type fakeEnv struct{}

func (fakeEnv) Call(fn value.Value, args ...value.Value) (value.Value, error) {
	return fn.AsFunction().(goFunc)(args...)
}
func (fakeEnv) Stdout() io.Writer      { return io.Discard }
func (fakeEnv) Context() string        { return "core" }
func (fakeEnv) RootPath() string       { return "." }
func (fakeEnv) Where() []catalog.Frame { return nil }

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

func call(t testing.TB, name string, args ...value.Value) (value.Value, error) {
	t.Helper()
	f := cat.Func(name)
	if f == nil {
		t.Fatalf("%s is not registered", name)
	}
	if len(args) < f.MinArgs() || (f.MaxArgs() >= 0 && len(args) > f.MaxArgs()) {
		t.Fatalf("%s: bad arity %d in test", name, len(args))
	}
	return f.Impl(&catalog.Args{Env: fakeEnv{}, Func: f, Values: args})
}

var s = value.String

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern, subject, want string
	}{
		{`/(\w+)@(\w+)/`, "mail joe@example now", `[0=>"joe@example",1=>"joe",2=>"example"]`},
		{`no`, "yes", `[]`},
		{`/ABC/i`, "xabcx", `[0=>"abc"]`},
		{`/^b$/m`, "a\nb\nc", `[0=>"b"]`},
		{`/^b$/`, "a\nb\nc", `[]`},
		{`/a$/`, "a\n", `[0=>"a"]`},  // $ matches before a final newline
		{`/a$/`, "a\n\n", `[]`},      // but not before others
		{`/a\Z/`, "a\n", `[0=>"a"]`}, //
		{`/a\z/`, "a\n", `[]`},       //
		{`/a$/m`, "a\nb", `[0=>"a"]`},
		{`/[$]/`, "$", `[0=>"$"]`},
		{`/\$/`, "$", `[0=>"$"]`},
		{`/a.c/`, "a\nc", `[]`},
		{`/a.c/s`, "a\nc", "[0=>\"a\nc\"]"},
		{`/a b c/x`, "abc", `[0=>"abc"]`},
		{"/a # comment (\n b/x", "ab", `[0=>"ab"]`},
		{`/a+/U`, "aaa", `[0=>"a"]`},
		{`/a+?/U`, "aaa", `[0=>"aaa"]`},
		{`/a{1,3}/U`, "aaa", `[0=>"a"]`},
		{`/a{1,3}?/`, "aaa", `[0=>"a"]`},
		{`/(?<user>[^@]+)@(.+)/`, "joe@x.org", `[0=>"joe@x.org",1=>"joe","user"=>"joe",2=>"x.org"]`},
		{`/(a)(?P<b>b)(c)/`, "abc", `[0=>"abc",1=>"a",2=>"b","b"=>"b",3=>"c"]`},
		{`/(?'q'x)\k'q'\k<q>\k{q}(?P=q)\g{q}\g1\g{-1}/`, "xxxxxxxx", `[0=>"xxxxxxxx",1=>"x","q"=>"x"]`},
		{`/(\w)\1/`, "abccd", `[0=>"cc",1=>"c"]`},
		{`/(?<=\$)\d+/`, "cost $42", `[0=>"42"]`},
		{`/(?<!\$)\b\d+/`, "$42 17", `[0=>"17"]`},
		{`/foo(?=bar)/`, "foobaz foobar", `[0=>"foo"]`},
		{`/(a)|(b)/`, "b", `[0=>"b",1=>"",2=>"b"]`},
		{`/\Qa.b\E+/`, "a.bbb axb", `[0=>"a.bbb"]`},
		{`/[[:digit:]]+/`, "ab123", `[0=>"123"]`},
		{`/\x{41}\x42/`, "AB", `[0=>"AB"]`},
		{`/\h+\R/`, "a \t\r\nb", "[0=>\" \t\r\n\"]"},
		{`/\N+/`, "ab\ncd", `[0=>"ab"]`},
		{`/(b)?(?(1)a|c)/`, "bac", `[0=>"ba",1=>"b"]`},
		{`/(?<x>a)?(?(x)b|c)/`, "ab", `[0=>"ab",1=>"a","x"=>"a"]`},
		{`/[]a]+/`, "]a]", `[0=>"]a]"]`},
		{`/\d+/`, "٣3", `[0=>"3"]`},
		{`#/x`, "#/x", `[0=>"#/x"]`}, // not wrapped in slashes: a bare pattern
		{`/a\/b/`, "a/b", `[0=>"a/b"]`},
		{``, "abc", `[0=>""]`},
	}
	for _, tc := range tests {
		got, err := call(t, "pcre_match", s(tc.pattern), s(tc.subject))
		if err != nil {
			t.Errorf("pcre_match(%q, %q): %v", tc.pattern, tc.subject, err)
			continue
		}
		if got.Repr() != tc.want {
			t.Errorf("pcre_match(%q, %q) = %s, want %s", tc.pattern, tc.subject, got.Repr(), tc.want)
		}
	}
}

func TestByteAndUTF8Modes(t *testing.T) {
	tests := []struct {
		pattern, subject, want string
	}{
		{`/^.$/`, "é", `[]`},                           // two bytes without u
		{`/^..$/`, "é", `[0=>"é"]`},                    // each byte is a character
		{`/^.$/u`, "é", `[0=>"é"]`},                    // one character with u
		{`/(.)b/u`, "äb", `[0=>"äb",1=>"ä"]`},          // group text and offsets in bytes
		{`/\w+/`, "café", `[0=>"caf"]`},                // \w is ASCII, as in PCRE without UCP
		{`/\w+/u`, "café", `[0=>"caf"]`},               //
		{`/\x{e9}/u`, "é", `[0=>"é"]`},                 // code point
		{`/\xc3\xa9/`, "é", `[0=>"é"]`},                // bytes
		{"/\xff+/", "a\xff\xffb", "[0=>\"\xff\xff\"]"}, // binary pattern and subject
		{`/b/`, "a\x00b", `[0=>"b"]`},
		{`/./u`, "\xffa", "[0=>\"\xff\"]"}, // an invalid byte counts as one character
	}
	for _, tc := range tests {
		got, err := call(t, "pcre_match", s(tc.pattern), s(tc.subject))
		if err != nil {
			t.Errorf("pcre_match(%q, %q): %v", tc.pattern, tc.subject, err)
			continue
		}
		if got.Repr() != tc.want {
			t.Errorf("pcre_match(%q, %q) = %s, want %s", tc.pattern, tc.subject, got.Repr(), tc.want)
		}
	}
	re, err := Compile(`b+`, "u")
	if err != nil {
		t.Fatal(err)
	}
	gs, err := re.FindAt("ääbb", 0)
	if err != nil || gs[0].Offset != 4 {
		t.Errorf("byte offset in UTF-8 mode = %v, %v; want 4", gs, err)
	}
	gs, _ = re.FindAt("bäbb", 1)
	if gs[0].Offset != 3 {
		t.Errorf("FindAt from byte 1 = %d, want 3", gs[0].Offset)
	}
}

func TestMatchAll(t *testing.T) {
	tests := []struct {
		pattern, subject, want string
	}{
		{`/(\d)(\w)/`, "1a 2b 3c", `[0=>[0=>"1a",1=>"2b",2=>"3c"],1=>[0=>"1",1=>"2",2=>"3"],2=>[0=>"a",1=>"b",2=>"c"]]`},
		{`/(?<n>\d)/`, "a1b2", `[0=>[0=>"1",1=>"2"],1=>[0=>"1",1=>"2"],"n"=>[0=>"1",1=>"2"]]`},
		{`/(\d)/`, "none", `[0=>[],1=>[]]`},
		{`/x*/`, "ab", `[0=>[0=>"",1=>"",2=>""]]`},
		{`/./u`, "äö", `[0=>[0=>"ä",1=>"ö"]]`},
	}
	for _, tc := range tests {
		got, err := call(t, "pcre_match_all", s(tc.pattern), s(tc.subject))
		if err != nil {
			t.Errorf("pcre_match_all(%q, %q): %v", tc.pattern, tc.subject, err)
			continue
		}
		if got.Repr() != tc.want {
			t.Errorf("pcre_match_all(%q, %q) = %s, want %s", tc.pattern, tc.subject, got.Repr(), tc.want)
		}
	}
}

func TestReplace(t *testing.T) {
	tests := []struct {
		pattern, repl, subject string
		limit                  float64
		want                   string
	}{
		{`/(\w+)@/`, "<$1>@", "joe@x", 0, "<joe>@x"},
		{`/(\w+)@/`, `<\1>@`, "joe@x", 0, "<joe>@x"},
		{`/(\w+)@/`, `<${1}0>@`, "joe@x", 0, "<joe0>@x"},
		{`/(?<u>\w+)@/`, `<${u}>@`, "joe@x", 0, "<joe>@x"},
		{`/a/`, "$0$0", "banana", 0, "baanaanaa"},
		{`/a/`, "o", "banana", 2, "bonona"},
		{`/a/`, `$$1 \\ $9 $x`, "a", 0, `$1 \  $x`},
		{`/x*/`, "-", "abc", 0, "-a-b-c-"},
		{`/é/u`, "e", "café!", 0, "cafe!"},
		{`/nomatch/`, "x", "abc", 0, "abc"},
		{`//`, "", "", 0, ""},
		{`/(a)(b)?/`, "[$2]", "a", 0, "[]"},
	}
	for _, tc := range tests {
		got, err := call(t, "pcre_replace", s(tc.pattern), s(tc.repl), s(tc.subject), value.Number(tc.limit))
		if err != nil {
			t.Errorf("pcre_replace(%q, %q, %q): %v", tc.pattern, tc.repl, tc.subject, err)
			continue
		}
		if got.AsString() != tc.want {
			t.Errorf("pcre_replace(%q, %q, %q) = %q, want %q", tc.pattern, tc.repl, tc.subject, got.AsString(), tc.want)
		}
	}

	upper := goFunc(func(args ...value.Value) (value.Value, error) {
		m := args[0].AsArray()
		g, _ := m.Get(value.IntKey(1))
		return s(strings.ToUpper(g.AsString())), nil
	})
	got, err := call(t, "pcre_replace", s(`/@(\w+)/`), value.FunctionValue(upper), s("a@b c@d"))
	if err != nil || got.AsString() != "aB cD" {
		t.Errorf("callback replace = %q, %v", got.AsString(), err)
	}
	number := goFunc(func(args ...value.Value) (value.Value, error) { return value.Number(7), nil })
	got, _ = call(t, "pcre_replace", s(`/\d/`), value.FunctionValue(number), s("a1"))
	if got.AsString() != "a7" {
		t.Errorf("callback returning a number = %q", got.AsString())
	}
	boom := errors.New("boom")
	fail := goFunc(func(args ...value.Value) (value.Value, error) { return value.None, boom })
	if _, err := call(t, "pcre_replace", s(`/\d/`), value.FunctionValue(fail), s("1")); !errors.Is(err, boom) {
		t.Errorf("callback error not passed on: %v", err)
	}
}

func TestQuoteAndCompile(t *testing.T) {
	special := "a.b*c?d+(e)[f]{g}^$|\\/#:-=!<> \x00"
	q, _ := call(t, "pcre_quote", s(special))
	m, err := call(t, "pcre_match", s("/^"+q.AsString()+"$/"), s(special))
	if err != nil || m.AsArray().Len() != 1 {
		t.Errorf("quoted pattern %q does not match its source: %s, %v", q.AsString(), m.Repr(), err)
	}
	if q, _ := call(t, "pcre_quote", s("")); q.AsString() != "" {
		t.Errorf("pcre_quote(\"\") = %q", q.AsString())
	}

	re, err := call(t, "pcre_compile", s(`/(B)/i`))
	if err != nil {
		t.Fatal(err)
	}
	if re.Kind() != value.KindResource || re.AsResource().ResourceKind() != "Regex" {
		t.Fatalf("pcre_compile returned %s", re.Repr())
	}
	m, _ = call(t, "pcre_match", re, s("abc"))
	if m.Repr() != `[0=>"b",1=>"b"]` {
		t.Errorf("match with compiled Regex = %s", m.Repr())
	}
	r, _ := call(t, "pcre_replace", re, s("[$1]"), s("abc"))
	if r.AsString() != "a[b]c" {
		t.Errorf("replace with compiled Regex = %q", r.AsString())
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		args []value.Value
		want string
	}{
		{"pcre_match", []value.Value{s("/(a/"), s("a")}, "invalid regular expression"},
		{"pcre_match", []value.Value{s("/a/q"), s("a")}, ""}, // q is no flag: a bare pattern
		{"pcre_compile", []value.Value{s("/[a/")}, "missing terminating ]"},
		{"pcre_compile", []value.Value{s(`/\y/`)}, `unrecognized character follows \`},
		{"pcre_compile", []value.Value{s(`/(?R)/`)}, "recursion"},
		{"pcre_compile", []value.Value{s(`/(?(1)a|b)/`)}, "undefined group"},
		{"pcre_compile", []value.Value{s(`/a*+/`)}, "invalid regular expression"},
		{"pcre_compile", []value.Value{s(`/\k<nope>/`)}, "non-existent subpattern"},
		{"pcre_compile", []value.Value{s(`/(?<a>x)(?<a>y)/`)}, "same name"},
		{"pcre_compile", []value.Value{s(`/\x{100}/`)}, "too large"},
		{"pcre_compile", []value.Value{s("/\xff/u")}, "not valid UTF-8"},
		{"pcre_compile", []value.Value{s(`/a\/`)}, `\ at end of pattern`},
		{"pcre_match", []value.Value{value.Number(1), s("a")}, "must be a Regex or a string, not number"},
		{"pcre_match", []value.Value{value.None, s("a")}, "not none"},
		{"pcre_match", []value.Value{s("a"), value.Number(1)}, "($subject) must be a string"},
		{"pcre_match_all", []value.Value{s("a"), value.None}, "must be a string"},
		{"pcre_replace", []value.Value{s("a"), value.Number(1), s("a")}, "must be a string or a function"},
		{"pcre_replace", []value.Value{s("a"), s("b"), s("a"), value.Number(-1)}, "must not be negative"},
		{"pcre_replace", []value.Value{s("a"), s("b"), s("a"), value.Number(1.5)}, "integer"},
		{"pcre_quote", []value.Value{value.None}, "must be a string"},
		{"pcre_compile", []value.Value{value.ArrayValue(value.NewArray(0))}, "must be a Regex or a string"},
	}
	for _, tc := range tests {
		_, err := call(t, tc.name, tc.args...)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s(%v): unexpected error %v", tc.name, tc.args, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s(%v): error %v, want it to contain %q", tc.name, tc.args, err, tc.want)
		}
	}
}

func TestCatastrophicPatternTimesOut(t *testing.T) {
	saved := MatchTimeout
	MatchTimeout = 50 * time.Millisecond
	defer func() { MatchTimeout = saved }()
	re, err := Compile(`^(a+)+$`, "")
	if err != nil {
		t.Fatal(err)
	}
	subject := strings.Repeat("a", 40) + "!"
	if _, err := re.MatchString(subject); err == nil || !strings.Contains(err.Error(), "match failed") {
		t.Errorf("catastrophic match: err = %v, want a timeout error", err)
	}
	_, err = call(t, "pcre_match", value.ResourceValue(re), s(subject))
	if err == nil || !strings.Contains(err.Error(), "pcre_match()") {
		t.Errorf("pcre_match on a catastrophic pattern: err = %v", err)
	}
}

func TestParseCacheIsBounded(t *testing.T) {
	for i := 0; i < cacheLimit+10; i++ {
		if _, err := Parse("/x" + strings.Repeat("a", i%50) + value.FormatNumber(float64(i)) + "/"); err != nil {
			t.Fatal(err)
		}
	}
	if n := cacheSize.Load(); n > cacheLimit {
		t.Errorf("cache holds %d patterns, limit %d", n, cacheLimit)
	}
}

func BenchmarkPcreMatchCached(b *testing.B) {
	pat, subj := s(`/([\w.]+)@([\w.]+)$/`), s("someone.else@example.org")
	if _, err := call(b, "pcre_match", pat, subj); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := call(b, "pcre_match", pat, subj); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNoPanic(t *testing.T) { stdtest.NoPanic(t, cat) }
