// Package inet registers the HSL builtins for IP addresses and domain names:
// inet_includes, inet_ntop, inet_pton, inet_reverse, domain_includes and
// domain_publicsuffix. (The envelope and header address helpers live in
// stdlib/core.)
package inet

import (
	"net/netip"
	"strings"

	"golang.org/x/net/idna"
	"golang.org/x/net/publicsuffix"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Register adds the inet and domain builtins to c.
func Register(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "inet_includes",
		Params: []catalog.Param{
			{Name: "ip", Type: "string"},
			{Name: "network", Type: "string", Doc: "an address, a CIDR network such as 10.0.0.0/8, or a range first-last"},
		},
		Returns: "boolean|none",
		Doc: "Tells whether the IP address lies in the network, which is a single address, a CIDR network " +
			"or an inclusive range \"first-last\". An IPv4 address is never in an IPv6 network and the other way " +
			"round. Either argument not parsing gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			ip, network, err := twoStrings(a)
			if err != nil {
				return value.None, err
			}
			in, ok := Includes(ip, network)
			if !ok {
				return value.None, nil
			}
			return value.Bool(in), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name:    "inet_ntop",
		Params:  []catalog.Param{{Name: "ip", Type: "string", Doc: "4 or 16 raw bytes"}},
		Returns: "string|none",
		Doc:     "Turns a binary IP address (4 bytes for IPv4, 16 for IPv6) into its text form, such as 10.0.0.1 or 2001:db8::1. Any other length gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			b, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			addr, ok := netip.AddrFromSlice([]byte(b))
			if !ok {
				return value.None, nil
			}
			return value.String(addr.String()), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name:    "inet_pton",
		Params:  []catalog.Param{{Name: "ip", Type: "string"}},
		Returns: "string|none",
		Doc:     "Turns an IP address in text form into its binary form: 4 bytes for IPv4, 16 for IPv6. Text that is not an address gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			addr, err := netip.ParseAddr(s)
			if err != nil || addr.Zone() != "" {
				return value.None, nil
			}
			return value.String(string(addr.AsSlice())), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "inet_reverse",
		Params: []catalog.Param{
			{Name: "ip", Type: "string"},
			{Name: "zone", Type: "string", Optional: true, Doc: "the zone to append, e.g. a DNSBL; in-addr.arpa or ip6.arpa by default"},
		},
		Returns: "string|none",
		Doc: "Returns the reverse-DNS name of an IP address: its bytes (IPv4) or nibbles (IPv6) in reverse " +
			"order followed by the zone, in-addr.arpa or ip6.arpa unless another zone is given (an empty zone " +
			"adds nothing). An invalid address gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			s, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			zone, hasZone := "", a.Has(1) && !a.Get(1).IsNone()
			if hasZone {
				if zone, err = a.String(1); err != nil {
					return value.None, err
				}
			}
			addr, err := netip.ParseAddr(s)
			if err != nil || addr.Zone() != "" {
				return value.None, nil
			}
			return value.String(Reverse(addr, zone, hasZone)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name: "domain_includes",
		Params: []catalog.Param{
			{Name: "subdomain", Type: "string"},
			{Name: "domain", Type: "string", Doc: "with a leading dot, only strict subdomains match"},
			{Name: "options", Type: "array", Optional: true, Doc: "no option is defined"},
		},
		Returns: "boolean",
		Doc: "Tells whether subdomain is the domain itself or a name beneath it, ignoring ASCII case and a " +
			"trailing dot. When domain starts with a dot, the domain itself does not match, only names beneath it.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			sub, dom, err := twoStrings(a)
			if err != nil {
				return value.None, err
			}
			if _, err := a.Options(2); err != nil {
				return value.None, err
			}
			return value.Bool(DomainIncludes(sub, dom)), nil
		},
	})
	c.AddFunc(&catalog.Func{
		Name:    "domain_publicsuffix",
		Params:  []catalog.Param{{Name: "domain", Type: "string"}},
		Returns: "string|none",
		Doc: "Returns the public suffix of the domain name (such as \"co.uk\" for \"www.example.co.uk\") " +
			"according to the Public Suffix List built into this program. A name whose top-level domain is " +
			"not on the list, or that is not a valid name, gives none.",
		Impl: func(a *catalog.Args) (value.Value, error) {
			d, err := a.String(0)
			if err != nil {
				return value.None, err
			}
			suffix, ok := PublicSuffix(d)
			if !ok {
				return value.None, nil
			}
			return value.String(suffix), nil
		},
	})
	// legacy names
	c.Alias("in_network", "inet_includes")
	c.Alias("is_subdomain", "domain_includes")
}

func twoStrings(a *catalog.Args) (string, string, error) {
	x, err := a.String(0)
	if err != nil {
		return "", "", err
	}
	y, err := a.String(1)
	return x, y, err
}

// Includes reports whether ip is in network (an address, a CIDR prefix or a
// range first-last); ok is false when either does not parse.
func Includes(ip, network string) (in, ok bool) {
	addr, err := netip.ParseAddr(strings.TrimSpace(ip))
	if err != nil {
		return false, false
	}
	network = strings.TrimSpace(network)
	if first, last, isRange := strings.Cut(network, "-"); isRange {
		lo, err1 := netip.ParseAddr(strings.TrimSpace(first))
		hi, err2 := netip.ParseAddr(strings.TrimSpace(last))
		if err1 != nil || err2 != nil || lo.Is4() != hi.Is4() {
			return false, false
		}
		if lo.Is4() != addr.Is4() {
			return false, true
		}
		return lo.Compare(addr) <= 0 && addr.Compare(hi) <= 0, true
	}
	if strings.Contains(network, "/") {
		p, err := netip.ParsePrefix(network)
		if err != nil {
			return false, false
		}
		return p.Masked().Contains(addr.WithZone("")), true
	}
	n, err := netip.ParseAddr(network)
	if err != nil {
		return false, false
	}
	return n.WithZone("") == addr.WithZone(""), true
}

// Reverse returns the reverse-DNS name of addr under zone, or under the
// address family's ARPA zone when hasZone is false.
func Reverse(addr netip.Addr, zone string, hasZone bool) string {
	const hexDigits = "0123456789abcdef"
	var labels []string
	b := addr.AsSlice()
	for i := len(b) - 1; i >= 0; i-- {
		if addr.Is4() {
			labels = append(labels, value.FormatNumber(float64(b[i])))
		} else {
			labels = append(labels, hexDigits[b[i]&0xf:b[i]&0xf+1], hexDigits[b[i]>>4:b[i]>>4+1])
		}
	}
	if !hasZone {
		zone = "ip6.arpa"
		if addr.Is4() {
			zone = "in-addr.arpa"
		}
	}
	out := strings.Join(labels, ".")
	if zone = strings.TrimPrefix(zone, "."); zone != "" {
		out += "." + zone
	}
	return out
}

func normalizeDomain(d string) string {
	return strings.ToLower(strings.TrimSuffix(d, "."))
}

// DomainIncludes reports whether sub is domain or beneath it; a domain with a
// leading dot matches only names beneath it.
func DomainIncludes(sub, domain string) bool {
	strict := strings.HasPrefix(domain, ".")
	domain = normalizeDomain(strings.TrimPrefix(domain, "."))
	sub = normalizeDomain(sub)
	if domain == "" || sub == "" {
		return false
	}
	if sub == domain {
		return !strict
	}
	return strings.HasSuffix(sub, "."+domain)
}

// PublicSuffix returns the public suffix of domain; ok is false when the
// top-level domain is not on the list or the name is invalid. A name given in
// Unicode gets its suffix in Unicode.
func PublicSuffix(domain string) (string, bool) {
	d := normalizeDomain(domain)
	ascii, err := idna.Lookup.ToASCII(d)
	if err != nil || ascii == "" || strings.Contains(ascii, "..") || strings.HasPrefix(ascii, ".") {
		return "", false
	}
	suffix, icann := publicsuffix.PublicSuffix(ascii)
	if !icann && !strings.Contains(suffix, ".") {
		return "", false // only the default "*" rule matched: unknown TLD
	}
	if ascii != d {
		if u, err := idna.Lookup.ToUnicode(suffix); err == nil {
			return u, true
		}
	}
	return suffix, true
}
