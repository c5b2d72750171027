package dns

import (
	"context"
	"net"
	"strings"
	"time"

	mdns "github.com/miekg/dns"
)

// MX is one mail exchanger of a domain.
type MX struct {
	Host       string // without the final dot; "." for a null MX (RFC 7505)
	Preference uint16
}

// LookupMX returns the MX records of a domain in the order of the answer,
// from the default servers and the shared cache (as dns_query uses them).
// A domain that does not exist gives a *net.DNSError with IsNotFound; no
// answer in time or SERVFAIL one with IsTemporary. A domain without MX
// records gives an empty list and no error.
func LookupMX(ctx context.Context, domain string, timeout time.Duration) ([]MX, error) {
	a, err := Query(ctx, domain, mdns.TypeMX, nil, timeout)
	if err != nil {
		return nil, &net.DNSError{Err: err.Error(), Name: domain, IsTimeout: true, IsTemporary: true}
	}
	if err := rcodeError(a, domain); err != nil {
		return nil, err
	}
	out := make([]MX, 0, len(a.Records))
	for _, rr := range a.Records {
		mx := rr.(*mdns.MX)
		out = append(out, MX{Host: unfqdn(strings.ToLower(mx.Mx)), Preference: mx.Preference})
	}
	return out, nil
}

// LookupIP returns the IPv4 then the IPv6 addresses of a name, from the
// default servers and the shared cache. It fails only when neither
// question got an answer or the name does not exist; a name without
// addresses gives an empty list.
func LookupIP(ctx context.Context, name string, timeout time.Duration) ([]net.IP, error) {
	var out []net.IP
	var firstErr error
	answered := false
	for _, qtype := range []uint16{mdns.TypeA, mdns.TypeAAAA} {
		a, err := Query(ctx, name, qtype, nil, timeout)
		if err == nil {
			err = rcodeError(a, name)
		} else {
			err = &net.DNSError{Err: err.Error(), Name: name, IsTimeout: true, IsTemporary: true}
		}
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		answered = true
		for _, rr := range a.Records {
			switch r := rr.(type) {
			case *mdns.A:
				out = append(out, r.A)
			case *mdns.AAAA:
				out = append(out, r.AAAA)
			}
		}
	}
	if !answered {
		return nil, firstErr
	}
	return out, nil
}
