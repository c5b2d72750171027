// Package dns implements the HSL builtins dns_query and spf_query on a stub
// resolver built with github.com/miekg/dns, with a cache of answers shared
// by every execution in the process. SPF is evaluated by
// blitiri.com.ar/go/spf over the same resolver.
package dns

import (
	"context"
	"errors"
	"net"
	"strings"
	"sync"
	"time"

	mdns "github.com/miekg/dns"
)

// Servers, when not empty, replaces the name servers of /etc/resolv.conf
// for every query that does not name its own (hosts and tests set it).
// Each entry is an IP address, optionally with a port ("127.0.0.1:5353").
var Servers []string

var (
	confOnce    sync.Once
	confServers []string
)

// defaultServers returns Servers, else the name servers of /etc/resolv.conf,
// else the loopback resolver.
func defaultServers() []string {
	if len(Servers) > 0 {
		return Servers
	}
	confOnce.Do(func() {
		if c, err := mdns.ClientConfigFromFile("/etc/resolv.conf"); err == nil {
			for _, s := range c.Servers {
				confServers = append(confServers, net.JoinHostPort(s, c.Port))
			}
		}
		if len(confServers) == 0 {
			confServers = []string{"127.0.0.1:53"}
		}
	})
	return confServers
}

// withPort adds port 53 to an address that has none.
func withPort(s string) string {
	if _, _, err := net.SplitHostPort(s); err == nil {
		return s
	}
	return net.JoinHostPort(strings.Trim(s, "[]"), "53")
}

// Answer is the outcome of one query.
type Answer struct {
	Rcode   int        // DNS response code (mdns.RcodeSuccess, …)
	Records []mdns.RR  // answer records of the asked type and name chain
	AD      bool       // the resolver validated the answer with DNSSEC
	expires time.Time  // when the cache must forget it
	key     queryKey   // cache key
	done    chan error // closed when a query in flight finishes
}

// ErrTimeout is returned when no server answered in time.
var ErrTimeout = errors.New("timeout")

type queryKey struct {
	name    string
	qtype   uint16
	servers string
}

// Cache holds answers until their TTL runs out. It is safe for concurrent
// use; concurrent queries for the same key share one exchange.
type Cache struct {
	mu      sync.Mutex
	entries map[queryKey]*Answer
	max     int
}

// maxCacheEntries bounds the cache; when full it is emptied.
const maxCacheEntries = 20000

// negativeTTL is how long an answer without records is kept at most.
const negativeTTL = 300 * time.Second

// shared is the process-wide cache.
var shared = &Cache{entries: map[queryKey]*Answer{}, max: maxCacheEntries}

// FlushCache empties the shared cache.
func FlushCache() {
	shared.mu.Lock()
	shared.entries = map[queryKey]*Answer{}
	shared.mu.Unlock()
}

// Query asks for the records of a name and type, from the cache when it has
// a live answer. servers may be nil for the default ones. An error means no
// server gave an answer (timeout, refused connection).
func Query(ctx context.Context, name string, qtype uint16, servers []string, timeout time.Duration) (*Answer, error) {
	if len(servers) == 0 {
		servers = defaultServers()
	}
	fq := mdns.Fqdn(strings.ToLower(name))
	key := queryKey{name: fq, qtype: qtype, servers: strings.Join(servers, ",")}
	c := shared
	for {
		c.mu.Lock()
		a, ok := c.entries[key]
		if ok && a.done != nil {
			// Another execution is asking the same question: wait for it.
			c.mu.Unlock()
			select {
			case <-a.done:
				continue
			case <-ctx.Done():
				return nil, ErrTimeout
			}
		}
		if ok && time.Now().Before(a.expires) {
			c.mu.Unlock()
			return a, nil
		}
		break
	}
	pending := &Answer{key: key, done: make(chan error)}
	if len(c.entries) >= c.max {
		c.entries = map[queryKey]*Answer{}
	}
	c.entries[key] = pending
	c.mu.Unlock()

	a, err := exchange(ctx, fq, qtype, servers, timeout)
	c.mu.Lock()
	if err != nil {
		delete(c.entries, key)
	} else {
		a.key = key
		c.entries[key] = a
	}
	c.mu.Unlock()
	close(pending.done)
	return a, err
}

// exchange sends the query to each server in turn until one answers; a
// truncated UDP answer is asked again over TCP.
func exchange(ctx context.Context, fq string, qtype uint16, servers []string, timeout time.Duration) (*Answer, error) {
	m := new(mdns.Msg)
	m.SetQuestion(fq, qtype)
	m.RecursionDesired = true
	m.SetEdns0(1232, true)
	m.AuthenticatedData = true
	deadline := time.Now().Add(timeout)
	ctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	var lastErr error = ErrTimeout
	for i, s := range servers {
		left := time.Until(deadline)
		if left <= 0 {
			break
		}
		// Share the time left among the servers not yet asked, so that a
		// dead first server does not use all of it.
		cl := &mdns.Client{Net: "udp", Timeout: left / time.Duration(len(servers)-i)}
		r, _, err := cl.ExchangeContext(ctx, m, withPort(s))
		if err == nil && r.Truncated {
			cl.Net = "tcp"
			r, _, err = cl.ExchangeContext(ctx, m, withPort(s))
		}
		if err != nil {
			lastErr = err
			continue
		}
		if r.Rcode == mdns.RcodeServerFailure || r.Rcode == mdns.RcodeRefused {
			lastErr = nil
			if s == servers[len(servers)-1] {
				return answerOf(r, fq, qtype), nil
			}
			continue
		}
		return answerOf(r, fq, qtype), nil
	}
	var ne net.Error
	if errors.As(lastErr, &ne) && ne.Timeout() || errors.Is(lastErr, context.DeadlineExceeded) {
		return nil, ErrTimeout
	}
	return nil, lastErr
}

// answerOf keeps the records of the asked type (following CNAMEs in the
// answer) and sets the cache lifetime from their TTLs.
func answerOf(r *mdns.Msg, fq string, qtype uint16) *Answer {
	a := &Answer{Rcode: r.Rcode, AD: r.AuthenticatedData}
	ttl := uint32(negativeTTL / time.Second)
	names := map[string]bool{strings.ToLower(fq): true}
	// Follow the CNAME chain, in any order of the records.
	for changed := true; changed; {
		changed = false
		for _, rr := range r.Answer {
			if c, ok := rr.(*mdns.CNAME); ok && names[strings.ToLower(c.Hdr.Name)] && !names[strings.ToLower(c.Target)] {
				names[strings.ToLower(c.Target)] = true
				changed = true
				if qtype == mdns.TypeCNAME {
					break
				}
			}
		}
	}
	for _, rr := range r.Answer {
		h := rr.Header()
		if h.Rrtype != qtype || !names[strings.ToLower(h.Name)] {
			continue
		}
		a.Records = append(a.Records, rr)
		if h.Ttl < ttl {
			ttl = h.Ttl
		}
	}
	if r.Rcode == mdns.RcodeServerFailure {
		ttl = 0
	}
	a.expires = time.Now().Add(time.Duration(ttl) * time.Second)
	return a
}

// LookupTXT returns the TXT records of a name, each record's strings joined,
// for DKIM key lookups. A timeout or SERVFAIL is a temporary error.
func LookupTXT(ctx context.Context, name string, timeout time.Duration) ([]string, error) {
	a, err := Query(ctx, name, mdns.TypeTXT, nil, timeout)
	if err != nil {
		return nil, &net.DNSError{Err: err.Error(), Name: name, IsTimeout: true, IsTemporary: true}
	}
	if err := rcodeError(a, name); err != nil {
		return nil, err
	}
	var out []string
	for _, rr := range a.Records {
		out = append(out, strings.Join(rr.(*mdns.TXT).Txt, ""))
	}
	return out, nil
}

// rcodeError turns a failure response code into a *net.DNSError.
func rcodeError(a *Answer, name string) error {
	switch a.Rcode {
	case mdns.RcodeSuccess:
		return nil
	case mdns.RcodeNameError:
		return &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
	case mdns.RcodeServerFailure:
		return &net.DNSError{Err: "server failure", Name: name, IsTemporary: true}
	}
	return &net.DNSError{Err: mdns.RcodeToString[a.Rcode], Name: name}
}
