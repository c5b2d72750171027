package inet

import (
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

var none = value.None

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "inet_includes", "inet_ntop", "inet_pton", "inet_reverse", "domain_includes",
		"domain_publicsuffix", "in_network", "is_subdomain")
}

func TestInetIncludes(t *testing.T) {
	Run(t, cat, "inet_includes", []Case{
		{Args: A(S("10.1.2.3"), S("10.0.0.0/8")), Want: "true"},
		{Args: A(S("11.1.2.3"), S("10.0.0.0/8")), Want: "false"},
		{Args: A(S("10.1.2.3"), S("10.1.2.3/8")), Want: "true"}, // host bits are ignored
		{Args: A(S("192.168.0.1"), S("192.168.0.1")), Want: "true"},
		{Args: A(S("192.168.0.2"), S("192.168.0.1")), Want: "false"},
		{Args: A(S("192.168.0.5"), S("192.168.0.1-192.168.0.10")), Want: "true"},
		{Args: A(S("192.168.0.11"), S("192.168.0.1-192.168.0.10")), Want: "false"},
		{Args: A(S("2001:db8::1"), S("2001:db8::/32")), Want: "true"},
		{Args: A(S("2001:db9::1"), S("2001:db8::/32")), Want: "false"},
		{Args: A(S("2001:db8::5"), S("2001:db8::1 - 2001:db8::9")), Want: "true"},
		{Args: A(S("10.0.0.1"), S("::/0")), Want: "false"},
		{Args: A(S("::1"), S("0.0.0.0/0")), Want: "false"},
		{Args: A(S("::1"), S("10.0.0.1-10.0.0.2")), Want: "false"},
		{Args: A(S("0.0.0.0"), S("0.0.0.0/0")), Want: "true"},
		{Args: A(S("nope"), S("10.0.0.0/8")), Want: "none"},
		{Args: A(S("10.0.0.1"), S("10.0.0.0/33")), Want: "none"},
		{Args: A(S("10.0.0.1"), S("10.0.0.1-::1")), Want: "none"},
		{Args: A(S("10.0.0.1"), S("")), Want: "none"},
		{Args: A(S(""), S("10.0.0.0/8")), Want: "none"},
		{Args: A(N(1), S("10.0.0.0/8")), Err: "($ip) must be a string, not number"},
		{Args: A(S("10.0.0.1"), none), Err: "($network) must be a string"},
	})
}

func TestNtopPton(t *testing.T) {
	Run(t, cat, "inet_pton", []Case{
		{Args: A(S("10.0.0.1")), Want: `"` + "\n\x00\x00\x01" + `"`},
		{Args: A(S("::1")), Want: `"` + "\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01" + `"`},
		{Args: A(S("1.2.3")), Want: "none"},
		{Args: A(S("fe80::1%eth0")), Want: "none"},
		{Args: A(S("")), Want: "none"},
		{Args: A(none), Err: "must be a string"},
	})
	Run(t, cat, "inet_ntop", []Case{
		{Args: A(S("\x7f\x00\x00\x01")), Want: `"127.0.0.1"`},
		{Args: A(S("\x20\x01\x0d\xb8\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01")), Want: `"2001:db8::1"`},
		{Args: A(S("abc")), Want: "none"},
		{Args: A(S("")), Want: "none"},
		{Args: A(N(4)), Err: "must be a string"},
	})
}

func TestInetReverse(t *testing.T) {
	Run(t, cat, "inet_reverse", []Case{
		{Args: A(S("8.8.4.4")), Want: `"4.4.8.8.in-addr.arpa"`},
		{Args: A(S("1.2.3.4"), S("bl.example")), Want: `"4.3.2.1.bl.example"`},
		{Args: A(S("1.2.3.4"), S(".bl.example")), Want: `"4.3.2.1.bl.example"`},
		{Args: A(S("1.2.3.4"), S("")), Want: `"4.3.2.1"`},
		{Args: A(S("1.2.3.4"), none), Want: `"4.3.2.1.in-addr.arpa"`},
		{Args: A(S("2001:db8::1")), Want: `"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"`},
		{Args: A(S("::1"), S("zen.example")), Want: `"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.zen.example"`},
		{Args: A(S("300.1.1.1")), Want: "none"},
		{Args: A(S("1.2.3.4"), N(1)), Err: "($zone) must be a string"},
	})
}

func TestDomainIncludes(t *testing.T) {
	Run(t, cat, "domain_includes", []Case{
		{Args: A(S("a.b.c"), S("b.c")), Want: "true"},
		{Args: A(S("b.c"), S("b.c")), Want: "true"},
		{Args: A(S("b.c"), S(".b.c")), Want: "false"},
		{Args: A(S("a.b.c"), S(".b.c")), Want: "true"},
		{Args: A(S("ab.c"), S("b.c")), Want: "false"},
		{Args: A(S("A.B.C."), S("b.c")), Want: "true"},
		{Args: A(S(""), S("b.c")), Want: "false"},
		{Args: A(S("b.c"), S("")), Want: "false"},
		{Args: A(S("a.b.c"), S("b.c"), M()), Want: "true"},
		{Args: A(S("a.b.c"), N(1)), Err: "($domain) must be a string"},
	})
}

func TestPublicSuffix(t *testing.T) {
	Run(t, cat, "domain_publicsuffix", []Case{
		{Args: A(S("www.example.co.uk")), Want: `"co.uk"`},
		{Args: A(S("example.com")), Want: `"com"`},
		{Args: A(S("com")), Want: `"com"`},
		{Args: A(S("EXAMPLE.COM.")), Want: `"com"`},
		{Args: A(S("foo.example.invalidtld")), Want: "none"},
		{Args: A(S("")), Want: "none"},
		{Args: A(S("a..com")), Want: "none"},
		{Args: A(S("xn--fiqs8s")), Want: `"xn--fiqs8s"`},
		{Args: A(S("例子.中国")), Want: `"中国"`},
		{Args: A(none), Err: "must be a string"},
	})
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat) }
