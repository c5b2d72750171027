package hooks_test

import (
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

var allContexts = []string{"connect", "disconnect", "proxy", "helo", "auth", "mailfrom", "rcptto", "eod", "predelivery", "postdelivery"}

func TestContexts(t *testing.T) {
	if got := hooks.Contexts(); !slices.Equal(got, allContexts) {
		t.Fatalf("Contexts() = %v", got)
	}
	for _, ctx := range allContexts {
		if !hooks.IsContext(ctx) {
			t.Errorf("IsContext(%q) = false", ctx)
		}
		fs, _ := hooks.Definitions(ctx)
		if len(fs) == 0 {
			t.Errorf("%s: no functions", ctx)
		}
		if len(hooks.Variables(ctx)) == 0 {
			t.Errorf("%s: no variables", ctx)
		}
		if !hooks.Variables(ctx)["arguments"] {
			t.Errorf("%s: $arguments must be read-only", ctx)
		}
		c := hooks.Catalog(ctx)
		if len(c.FuncNames()) != len(fs) {
			t.Errorf("%s: Catalog has %v", ctx, c.FuncNames())
		}
	}
	for _, bad := range []string{"", "core", "Connect", "queue", "eodonce"} {
		fs, cs := hooks.Definitions(bad)
		if hooks.IsContext(bad) || fs != nil || cs != nil || hooks.Variables(bad) != nil || len(hooks.Catalog(bad).FuncNames()) != 0 {
			t.Errorf("%q is taken for a hook context", bad)
		}
	}
}

func TestDefinitionsAreFresh(t *testing.T) {
	fs, cs := hooks.Definitions("eod")
	for _, f := range fs {
		if f.Impl != nil {
			t.Errorf("%s has an Impl", f.Name)
		}
		f.Doc = "changed"
		if len(f.Params) > 0 {
			f.Params[0].Name = "changed"
		}
	}
	for _, cl := range cs {
		for _, m := range cl.Methods {
			if m.Impl != nil {
				t.Errorf("%s->%s has an Impl", cl.Name, m.Name)
			}
			m.Params[0].Name = "changed"
		}
	}
	fs, cs = hooks.Definitions("eod")
	for _, f := range fs {
		if f.Doc == "changed" || len(f.Params) > 0 && f.Params[0].Name == "changed" {
			t.Errorf("%s: a change to an earlier result leaked", f.Name)
		}
	}
	if cs[0].Methods["queue"].Params[0].Name != "sender" {
		t.Error("a change to a method of an earlier result leaked")
	}
}

// Per-context parameters that differ between contexts of the same name.
func TestPerContextParams(t *testing.T) {
	tests := []struct{ ctx, name, sig string }{
		{"connect", "Accept", "Accept([$options])"},
		{"eod", "Accept", "Accept()"},
		{"disconnect", "Pass", "Pass()"},
		{"proxy", "Pass", "Pass([$options])"},
		{"proxy", "Reply", "Reply([$reason], [$options])"},
		{"auth", "Reply", "Reply([$reply], [$options])"},
		{"predelivery", "Delete", "Delete([$options])"},
		{"postdelivery", "Delete", "Delete()"},
		{"postdelivery", "SetMetaData", "SetMetaData($metadata): none"},
		{"predelivery", "GetMetaData", "GetMetaData(): array"},
	}
	for _, tc := range tests {
		f := hooks.Catalog(tc.ctx).Func(tc.name)
		if f == nil {
			t.Errorf("%s: no %s", tc.ctx, tc.name)
			continue
		}
		if got := f.Signature(); got != tc.sig {
			t.Errorf("%s: %s, want %s", tc.ctx, got, tc.sig)
		}
		if !slices.Equal(f.Contexts, []string{tc.ctx}) {
			t.Errorf("%s: %s has contexts %v", tc.ctx, tc.name, f.Contexts)
		}
	}
}

func TestRegister(t *testing.T) {
	c := catalog.New()
	hooks.Register(c)
	tests := []struct {
		name string
		sig  string
		ctxs []string
	}{
		{"Accept", "Accept([$options])", []string{"connect", "helo", "auth", "mailfrom", "rcptto", "eod"}},
		{"Reply", "Reply([$reason], [$options])", []string{"proxy", "auth"}},
		{"Pass", "Pass([$options])", []string{"disconnect", "proxy"}},
		{"SetMetaData", "SetMetaData($metadata): none", []string{"predelivery", "postdelivery"}},
		{"Default", "Default()", []string{"postdelivery"}},
		{"Try", "Try([$options])", []string{"predelivery"}},
	}
	for _, tc := range tests {
		f := c.Func(tc.name)
		if f == nil {
			t.Errorf("no %s", tc.name)
			continue
		}
		if f.Signature() != tc.sig || !slices.Equal(f.Contexts, tc.ctxs) || f.Doc == "" || f.Impl == nil {
			t.Errorf("%s: %s in %v", tc.name, f.Signature(), f.Contexts)
		}
		if f.AvailableIn("core") || !f.AvailableIn(tc.ctxs[0]) {
			t.Errorf("%s: wrong availability", tc.name)
		}
	}
	if got := c.Func("Reply").Params[0].Type; got != "string|array" {
		t.Errorf("Reply's first parameter: type %s, want the union string|array", got)
	}
	cl := c.Class("EODMailMessage")
	if cl == nil || cl.Constructor != nil || !slices.Equal(cl.Contexts, []string{"eod"}) || cl.Methods["queue"] == nil {
		t.Fatalf("EODMailMessage: %+v", cl)
	}
	if got := cl.Methods["queue"].Signature(); got != "queue($sender, $recipient, $transportid, [$options]): array" {
		t.Errorf("queue: %s", got)
	}
}

// No hook name shadows a core builtin.
func TestNoCoreNames(t *testing.T) {
	c := catalog.New()
	hooks.Register(c)
	core := stdlib.Core()
	for _, n := range c.FuncNames() {
		if core.Func(n) != nil || core.Class(n) != nil {
			t.Errorf("%s is a core builtin", n)
		}
	}
	for _, n := range c.ClassNames() {
		if core.Func(n) != nil || core.Class(n) != nil {
			t.Errorf("class %s is a core builtin", n)
		}
	}
}

// env is a catalog.Env with a chosen context name.
type env struct{ ctx string }

func (e env) Call(value.Value, ...value.Value) (value.Value, error) { return value.None, nil }
func (e env) Stdout() io.Writer                                     { return io.Discard }
func (e env) Context() string                                       { return e.ctx }
func (e env) RootPath() string                                      { return "." }
func (e env) Where() []catalog.Frame                                { return nil }

func call(f *catalog.Func, ctx string) error {
	_, err := f.Impl(&catalog.Args{Env: env{ctx}, Func: f, Self: value.None})
	return err
}

func TestImplErrors(t *testing.T) {
	c := catalog.New()
	hooks.Register(c)
	tests := []struct {
		name, ctx, want string
	}{
		{"Accept", "core", "Accept() is available in the smtpd connect, helo, auth, mailfrom, rcptto and eod hooks, not in hsh"},
		{"Accept", "", "Accept() is available in the smtpd connect, helo, auth, mailfrom, rcptto and eod hooks, not in hsh"},
		{"Accept", "predelivery", "Accept() is available in the smtpd connect, helo, auth, mailfrom, rcptto and eod hooks, not in the predelivery hook"},
		{"Default", "core", "Default() is available in the queue postdelivery hook, not in hsh"},
		{"Queue", "core", "Queue() is available in the queue predelivery and postdelivery hooks, not in hsh"},
		{"Reply", "core", "Reply() is available in the smtpd proxy and auth hooks, not in hsh"},
		{"Pass", "disconnect", "Pass() belongs to the MTA's disconnect hook, and this host does not provide it"},
	}
	for _, tc := range tests {
		err := call(c.Func(tc.name), tc.ctx)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%s in %q: %v, want %q", tc.name, tc.ctx, err, tc.want)
		}
	}
	q := c.Class("EODMailMessage").Methods["queue"]
	if err := call(q, "core"); err == nil || err.Error() != "EODMailMessage->queue() is available in the smtpd eod hook, not in hsh" {
		t.Errorf("queue: %v", err)
	}
	// The per-context catalogs fail the same way, naming the function.
	for _, ctx := range allContexts {
		cat := hooks.Catalog(ctx)
		for _, n := range cat.FuncNames() {
			if err := call(cat.Func(n), "core"); err == nil || !strings.HasPrefix(err.Error(), n+"() ") || !strings.Contains(err.Error(), ctx) {
				t.Errorf("%s %s: %v", ctx, n, err)
			}
		}
	}
}

func TestVariables(t *testing.T) {
	smtpd := map[string]bool{"arguments": true, "connection": true, "transaction": true, "context": false}
	for _, ctx := range allContexts[:8] {
		if got := hooks.Variables(ctx); !equalMaps(got, smtpd) {
			t.Errorf("%s: %v", ctx, got)
		}
	}
	if got := hooks.Variables("predelivery"); !equalMaps(got, map[string]bool{"arguments": true, "message": true, "context": false}) {
		t.Errorf("predelivery: %v", got)
	}
	if got := hooks.Variables("postdelivery"); !equalMaps(got, map[string]bool{"arguments": true, "message": true, "context": true}) {
		t.Errorf("postdelivery: %v", got)
	}
	all := map[string]bool{"arguments": true, "connection": true, "transaction": true, "message": true, "context": false}
	if got := hooks.AnyVariables(); !equalMaps(got, all) {
		t.Errorf("AnyVariables: %v", got)
	}
	// Results are copies.
	hooks.Variables("eod")["context"] = true
	if hooks.Variables("eod")["context"] {
		t.Error("Variables returns a shared map")
	}
}

func equalMaps(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestContextsOf(t *testing.T) {
	tests := []struct {
		name  string
		ctxs  []string
		where string
	}{
		{"Accept", []string{"connect", "helo", "auth", "mailfrom", "rcptto", "eod"}, "the smtpd connect, helo, auth, mailfrom, rcptto and eod hooks"},
		{"Try", []string{"predelivery"}, "the queue predelivery hook"},
		{"EODMailMessage", []string{"eod"}, "the smtpd eod hook"},
		{"Delete", []string{"predelivery", "postdelivery"}, "the queue predelivery and postdelivery hooks"},
		{"length", nil, ""},
		{"accept", nil, ""},
	}
	for _, tc := range tests {
		got := hooks.ContextsOf(tc.name)
		if !slices.Equal(got, tc.ctxs) {
			t.Errorf("ContextsOf(%s) = %v, want %v", tc.name, got, tc.ctxs)
		}
		if got != nil && hooks.Where(got) != tc.where {
			t.Errorf("Where(%v) = %q, want %q", got, hooks.Where(got), tc.where)
		}
	}
	if got := hooks.Where([]string{"eod", "postdelivery"}); got != "the smtpd eod and queue postdelivery hooks" {
		t.Errorf("mixed: %q", got)
	}
}

func TestMerge(t *testing.T) {
	core := stdlib.Core()
	mail := core.Class("MailMessage")
	if mail == nil || len(mail.Methods) == 0 {
		t.Fatal("the core catalogue has no MailMessage methods")
	}
	registered := catalog.New()
	hooks.Register(registered)
	for _, tc := range []struct {
		name string
		hook *catalog.Catalog
	}{{"eod", hooks.Catalog("eod")}, {"any hook", registered}} {
		t.Run(tc.name, func(t *testing.T) {
			own := tc.hook.Class("EODMailMessage")
			c := hooks.Merge(core, tc.hook)
			cl := c.Class("EODMailMessage")
			if cl == nil || cl == own {
				t.Fatalf("EODMailMessage: %p, hook's own %p", cl, own)
			}
			names := map[string]bool{}
			for name, m := range mail.Methods {
				names[name] = true
				if own.Methods[name] == nil && cl.Methods[name] != m {
					t.Errorf("EODMailMessage->%s is not MailMessage's", name)
				}
			}
			for name, m := range own.Methods {
				names[name] = true
				if cl.Methods[name] != m {
					t.Errorf("EODMailMessage->%s is not the hook's own", name)
				}
			}
			if len(cl.Methods) != len(names) {
				t.Errorf("EODMailMessage has %d methods, want %d", len(cl.Methods), len(names))
			}
			if cl.Constructor != nil || len(cl.Statics) != 0 || !slices.Equal(cl.Contexts, own.Contexts) || cl.Doc != own.Doc {
				t.Errorf("EODMailMessage lost or gained a part: %+v", cl)
			}
			if len(own.Methods) != 1 || len(mail.Methods) != len(core.Class("MailMessage").Methods) || tc.hook.Class("EODMailMessage") != own {
				t.Errorf("Merge changed its arguments")
			}
			if c.Func("Accept") == nil || c.Func("str_upper") == nil || c.Class("MailMessage") != mail {
				t.Errorf("Merge lost core or hook entries")
			}
		})
	}
}

// The hook's own method wins over a MailMessage method of the same name, and
// a hook catalog without EODMailMessage is merged as it is.
func TestMergeOwnMethodWins(t *testing.T) {
	core := catalog.New()
	coreQueue := &catalog.Func{Name: "queue"}
	core.AddClass(&catalog.Class{Name: "MailMessage", Methods: map[string]*catalog.Func{"queue": coreQueue, "getHeader": {Name: "getHeader"}}})
	c := hooks.Merge(core, hooks.Catalog("eod"))
	cl := c.Class("EODMailMessage")
	if cl.Methods["queue"] == coreQueue || cl.Methods["getHeader"] == nil {
		t.Errorf("methods: %v", cl.Methods)
	}
	plain := hooks.Merge(core, hooks.Catalog("connect"))
	if plain.Class("EODMailMessage") != nil || plain.Func("Accept") == nil {
		t.Errorf("connect: EODMailMessage %v, Accept %v", plain.Class("EODMailMessage"), plain.Func("Accept"))
	}
	if noMail := hooks.Merge(catalog.New(), hooks.Catalog("eod")); len(noMail.Class("EODMailMessage").Methods) != 1 {
		t.Errorf("without a core MailMessage: %v", noMail.Class("EODMailMessage").Methods)
	}
}
