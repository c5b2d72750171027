package netio

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"slices"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/dns"
)

// routeError is a failure to find where to deliver: the domain, its MX
// hosts or their addresses. Temporary tells whether asking again later
// may help (no DNS answer) or not (no such domain, a null MX).
type routeError struct {
	msg       string
	temporary bool
}

func (e *routeError) Error() string { return e.msg }

// shuffle puts MX hosts of equal preference in random order; tests replace it.
var shuffle = rand.Shuffle

// domainOf is the domain of an address, lower-cased; "" when it has none.
func domainOf(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(addr[at+1:], "."))
}

// connect opens a session with the server's host or, without one, with the
// mail exchangers of domain (RFC 5321 §5.1): the MX hosts in preference
// order, each address of each in turn until one answers; the domain itself
// when it has no MX records. An address literal ("[192.0.2.1]") is
// connected to directly.
func connect(srv *smtpServer, domain string) (*session, error) {
	if srv.host != "" {
		return dialSMTP(srv, srv.host, srv.host)
	}
	if strings.HasPrefix(domain, "[") && strings.HasSuffix(domain, "]") {
		lit := strings.TrimPrefix(domain[1:len(domain)-1], "ipv6:")
		if net.ParseIP(lit) == nil {
			return nil, &routeError{msg: fmt.Sprintf("the address literal %s is not an IP address", domain)}
		}
		return dialSMTP(srv, domain, lit)
	}
	hosts, err := mxHosts(domain, srv.mxInclude, srv.mxExclude)
	if err != nil {
		return nil, err
	}
	var last error
	for _, h := range hosts {
		ips, err := dns.LookupIP(context.Background(), h, dns.DefaultTimeout)
		if err != nil {
			last = &routeError{msg: fmt.Sprintf("no address for MX host %s: %v", h, err), temporary: true}
			continue
		}
		if len(ips) == 0 {
			last = &routeError{msg: fmt.Sprintf("MX host %s has no address", h)}
			continue
		}
		for _, ip := range ips {
			s, err := dialSMTP(srv, h, ip.String())
			if err == nil {
				return s, nil
			}
			last = fmt.Errorf("%s [%s]: %w", h, ip, err)
		}
	}
	return nil, last
}

// mxHosts looks up the MX hosts of a domain and orders them, or gives the
// domain itself when it has none; filters are the server's mx_include
// and mx_exclude.
func mxHosts(domain string, include, exclude []string) ([]string, error) {
	mxs, err := dns.LookupMX(context.Background(), domain, dns.DefaultTimeout)
	if err != nil {
		var de *net.DNSError
		if errors.As(err, &de) && de.IsNotFound {
			return nil, &routeError{msg: fmt.Sprintf("the domain %s does not exist", domain)}
		}
		return nil, &routeError{msg: fmt.Sprintf("MX lookup of %s: %v", domain, err), temporary: true}
	}
	if len(mxs) == 1 && mxs[0].Host == "." {
		return nil, &routeError{msg: fmt.Sprintf("the domain %s accepts no mail (null MX)", domain)}
	}
	hosts := []string{domain}
	if len(mxs) > 0 {
		hosts = orderMX(mxs)
	}
	kept := slices.DeleteFunc(slices.Clone(hosts), func(h string) bool {
		return len(include) > 0 && !matchesAny(h, include) || matchesAny(h, exclude)
	})
	if len(kept) == 0 {
		return nil, &routeError{msg: fmt.Sprintf("mx_include/mx_exclude leave none of the MX hosts of %s (%s)", domain, strings.Join(hosts, ", "))}
	}
	return kept, nil
}

// hostPatterns reads mx_include or mx_exclude: a list of host names, each
// perhaps starting with a "*" label that stands for exactly one label.
func hostPatterns(v value.Value) ([]string, error) {
	if v.Kind() != value.KindArray {
		return nil, fmt.Errorf("must be an array of host names, not %s", v.Kind())
	}
	arr := v.AsArray()
	var out []string
	for j := 0; j < arr.Len(); j++ {
		_, e := arr.Entry(j)
		if e.Kind() != value.KindString {
			return nil, fmt.Errorf("must hold host names (strings), not %s", e.Kind())
		}
		p := strings.ToLower(strings.TrimSuffix(e.AsString(), "."))
		rest := strings.TrimPrefix(p, "*.")
		if p == "" || rest == "" || strings.Contains(rest, "*") {
			return nil, fmt.Errorf("has %s; expected a host name, or *.domain (\"*\" only as the whole first label)", catalog.Quote(e.AsString()))
		}
		out = append(out, p)
	}
	return out, nil
}

// matchesAny tells whether a host name matches one of the patterns: the
// same name (ignoring case), or "*.rest" for one label followed by rest.
func matchesAny(host string, patterns []string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, p := range patterns {
		if rest, ok := strings.CutPrefix(p, "*."); ok {
			label, tail, found := strings.Cut(host, ".")
			if found && label != "" && tail == rest {
				return true
			}
		} else if host == p {
			return true
		}
	}
	return false
}

// orderMX sorts MX records by preference, shuffles those of equal
// preference and drops null MX records among real ones.
func orderMX(mxs []dns.MX) []string {
	mxs = slices.DeleteFunc(slices.Clone(mxs), func(m dns.MX) bool { return m.Host == "." })
	slices.SortStableFunc(mxs, func(a, b dns.MX) int { return int(a.Preference) - int(b.Preference) })
	out := make([]string, 0, len(mxs))
	for i := 0; i < len(mxs); {
		j := i
		for j < len(mxs) && mxs[j].Preference == mxs[i].Preference {
			j++
		}
		group := mxs[i:j]
		shuffle(len(group), func(x, y int) { group[x], group[y] = group[y], group[x] })
		for _, m := range group {
			out = append(out, m.Host)
		}
		i = j
	}
	return out
}
