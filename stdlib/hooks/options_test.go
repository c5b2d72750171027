package hooks_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/hooks"
)

func optionNames(f *catalog.Func) string {
	var names []string
	for _, o := range f.Options {
		names = append(names, o.Name)
	}
	return strings.Join(names, " ")
}

// The option keys of each hook function, per context.
func TestOptionKeys(t *testing.T) {
	const refuse = "disconnect reply_codes"
	const queue = "hold delay reason increment_retry reset_retry transportid"
	tests := []struct{ ctx, name, keys string }{
		{"connect", "Accept", "remoteip remoteptr serverhost reason reply_codes"},
		{"connect", "Reject", "reply_codes"},
		{"connect", "Defer", "reply_codes"},
		{"disconnect", "Pass", ""},
		{"proxy", "Pass", "command next"},
		{"proxy", "Reply", "disconnect reply_codes next"},
		{"helo", "Accept", "extensions host reason"},
		{"helo", "Reject", refuse},
		{"helo", "Defer", refuse},
		{"auth", "Accept", "username reason reply_codes"},
		{"auth", "Reject", refuse},
		{"auth", "Defer", refuse},
		{"auth", "Reply", refuse},
		{"mailfrom", "Accept", "sender reason reply_codes"},
		{"mailfrom", "Reject", refuse},
		{"mailfrom", "Defer", refuse},
		{"rcptto", "Accept", "recipient transportid reason reply_codes"},
		{"rcptto", "Reject", refuse},
		{"rcptto", "Defer", refuse},
		{"eod", "Accept", ""},
		{"eod", "Reject", refuse},
		{"eod", "Defer", refuse},
		{"predelivery", "Try", "host port sender recipient helo sourceip nonlocal_source saslusername saslpassword " +
			"tls tls_sni tls_protocols tls_ciphers tls_verify_host tls_verify_name tls_default_ca tls_client_cert " +
			"xclient protocol mx_include mx_exclude jobid timeout connect_timeout plugin"},
		{"predelivery", "Queue", queue},
		{"predelivery", "Bounce", ""},
		{"predelivery", "Delete", ""},
		{"predelivery", "SetMetaData", ""},
		{"predelivery", "GetMetaData", ""},
		{"postdelivery", "Queue", queue},
		{"postdelivery", "Bounce", ""},
		{"postdelivery", "Delete", ""},
		{"postdelivery", "Default", ""},
		{"postdelivery", "SetMetaData", ""},
		{"postdelivery", "GetMetaData", ""},
	}
	seen := map[string]int{}
	for _, tc := range tests {
		seen[tc.ctx]++
		f := hooks.Catalog(tc.ctx).Func(tc.name)
		if f == nil {
			t.Errorf("%s: no %s", tc.ctx, tc.name)
			continue
		}
		if got := optionNames(f); got != tc.keys {
			t.Errorf("%s %s: options %q, want %q", tc.ctx, tc.name, got, tc.keys)
		}
	}
	// The table covers every function of every context.
	for _, ctx := range allContexts {
		if fs, _ := hooks.Definitions(ctx); seen[ctx] != len(fs) {
			t.Errorf("%s: the table has %d functions, the context %d", ctx, seen[ctx], len(fs))
		}
	}
}

// Only a function with an options parameter has option keys, and each key
// has a name, a type and a doc, once.
func TestOptionKeysWellFormed(t *testing.T) {
	check := func(where string, f *catalog.Func) {
		hasParam := slices.ContainsFunc(f.Params, func(p catalog.Param) bool { return p.Name == "options" && p.Type == "array" })
		if len(f.Options) > 0 && !hasParam {
			t.Errorf("%s: option keys without an options parameter", where)
		}
		names := map[string]bool{}
		for _, o := range f.Options {
			if o.Name == "" || o.Type == "" || o.Doc == "" || names[o.Name] {
				t.Errorf("%s: option %+v", where, o)
			}
			names[o.Name] = true
		}
	}
	for _, ctx := range allContexts {
		fs, cs := hooks.Definitions(ctx)
		for _, f := range fs {
			check(ctx+" "+f.Name, f)
		}
		for _, cl := range cs {
			for _, m := range cl.Methods {
				check(ctx+" "+cl.Name+"->"+m.Name, m)
			}
		}
	}
}

func TestEODQueueOptions(t *testing.T) {
	_, cs := hooks.Definitions("eod")
	q := cs[0].Methods["queue"]
	if got := optionNames(q); got != "metadata hold jobid quotas delay" {
		t.Errorf("EODMailMessage->queue options %q", got)
	}
	c := catalog.New()
	hooks.Register(c)
	if got := optionNames(c.Class("EODMailMessage").Methods["queue"]); got != "metadata hold jobid quotas delay" {
		t.Errorf("registered EODMailMessage->queue options %q", got)
	}
}

// Register gives a name the option keys of every context that has it, each
// key once, with the union of its types.
func TestRegisterOptionKeys(t *testing.T) {
	c := catalog.New()
	hooks.Register(c)
	tests := []struct{ name, keys string }{
		{"Accept", "remoteip remoteptr serverhost reason reply_codes extensions host username sender recipient transportid"},
		{"Reject", "reply_codes disconnect"},
		{"Reply", "disconnect reply_codes next"},
		{"Pass", "command next"},
		{"Queue", "hold delay reason increment_retry reset_retry transportid"},
		{"Default", ""},
	}
	for _, tc := range tests {
		if got := optionNames(c.Func(tc.name)); got != tc.keys {
			t.Errorf("%s: options %q, want %q", tc.name, got, tc.keys)
		}
	}
	accept := c.Func("Accept")
	i := slices.IndexFunc(accept.Options, func(o catalog.Option) bool { return o.Name == "reason" })
	if got := accept.Options[i].Type; got != "string|array" {
		t.Errorf("Accept's reason: type %s, want string|array", got)
	}
	// The union does not change the per-context descriptions.
	if got := hooks.Catalog("helo").Func("Accept").Options[2]; got.Name != "reason" || got.Type != "string" {
		t.Errorf("helo Accept's reason became %+v", got)
	}
}

// Option keys from Definitions are copies: changing them changes no later result.
func TestOptionKeysAreFresh(t *testing.T) {
	fs, _ := hooks.Definitions("rcptto")
	for _, f := range fs {
		for i := range f.Options {
			f.Options[i].Name = "changed"
		}
	}
	_, eod := hooks.Definitions("eod")
	eod[0].Methods["queue"].Options[0].Name = "changed"
	if got := optionNames(hooks.Catalog("rcptto").Func("Accept")); strings.Contains(got, "changed") {
		t.Errorf("a change leaked: %q", got)
	}
	if got := optionNames(hooks.Catalog("mailfrom").Func("Reject")); strings.Contains(got, "changed") {
		t.Errorf("a change to a shared list leaked: %q", got)
	}
	_, eod = hooks.Definitions("eod")
	if eod[0].Methods["queue"].Options[0].Name != "metadata" {
		t.Error("a change to EODMailMessage->queue's options leaked")
	}
}

// Each description states the fact that sets it apart in its hook: the
// default reply code, or what happens to the message.
func TestDocFacts(t *testing.T) {
	tests := []struct{ ctx, name, fact string }{
		{"connect", "Reject", "521"},
		{"connect", "Defer", "421"},
		{"proxy", "Reply", "250"},
		{"helo", "Reject", "554"},
		{"helo", "Defer", "450"},
		{"auth", "Reject", "535"},
		{"auth", "Defer", "454"},
		{"auth", "Reply", "334"},
		{"mailfrom", "Reject", "554"},
		{"mailfrom", "Defer", "450"},
		{"rcptto", "Reject", "554"},
		{"rcptto", "Defer", "450"},
		{"eod", "Reject", "550"},
		{"eod", "Defer", "421"},
		{"predelivery", "Try", "active queue"},
		{"predelivery", "Bounce", "postdelivery hook then runs with $arguments[\"action\"] BOUNCE"},
		{"predelivery", "Delete", "postdelivery hook then runs with $arguments[\"action\"] DELETE"},
		{"postdelivery", "Bounce", "bounces it to its sender"},
		{"postdelivery", "Delete", "without a bounce"},
	}
	for _, tc := range tests {
		if f := hooks.Catalog(tc.ctx).Func(tc.name); f == nil || !strings.Contains(f.Doc, tc.fact) {
			t.Errorf("%s %s: doc does not say %q", tc.ctx, tc.name, tc.fact)
		}
	}
	_, cs := hooks.Definitions("eod")
	if doc := cs[0].Methods["queue"].Doc; !strings.Contains(doc, `"transaction"`) || !strings.Contains(doc, `"queue"`) {
		t.Errorf("EODMailMessage->queue: doc does not name the ids it returns: %s", doc)
	}
}
