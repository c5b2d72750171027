package dns

import (
	"context"
	"encoding/hex"
	"net"
	"strconv"
	"strings"
	"time"

	"blitiri.com.ar/go/spf"
	mdns "github.com/miekg/dns"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// DefaultTimeout is the time a query may take when the script gives none.
const DefaultTimeout = 5 * time.Second

var types = map[string]uint16{
	"a": mdns.TypeA, "aaaa": mdns.TypeAAAA, "mx": mdns.TypeMX, "txt": mdns.TypeTXT,
	"ptr": mdns.TypePTR, "cname": mdns.TypeCNAME, "ns": mdns.TypeNS, "soa": mdns.TypeSOA,
	"tlsa": mdns.TypeTLSA,
}

var (
	optTimeout = catalog.Option{Name: "timeout", Type: "number", Doc: "seconds to wait for an answer (default 5)"}
	optServers = catalog.Option{Name: "servers", Type: "array", Doc: "name servers to ask (IP addresses, optionally with :port) instead of the system's"}
)

// Register adds dns_query and spf_query to c.
func Register(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "dns_query",
		Params: []catalog.Param{
			{Name: "host", Type: "string"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: []catalog.Option{
			{Name: "type", Type: "string", Doc: "a (default), aaaa, mx, txt, ptr, cname, ns, soa or tlsa"},
			optTimeout, optServers,
			{Name: "extended_result", Type: "boolean", Doc: "give each record as an array with its name, type, TTL and fields"},
		},
		Returns: "array",
		Doc: "Looks up DNS records. The result always has \"dnssec\" (whether the resolver validated the answer) and " +
			"either \"result\", the list of records as text (an address; \"10 mx.example.com\" for MX; the joined strings " +
			"of a TXT record; names without the final dot), or \"error\", the failure as a response code name " +
			"(\"NXDOMAIN\", or \"SERVFAIL\" also when no server answered in time). Answers are cached for their TTL.",
		Impl: dnsQuery,
	})
	c.AddFunc(&catalog.Func{
		Name: "spf_query",
		Params: []catalog.Param{
			{Name: "ip", Type: "string"},
			{Name: "helo", Type: "string"},
			{Name: "sender", Type: "string"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: []catalog.Option{optTimeout, optServers},
		Returns: "array",
		Doc: "Checks whether the IP address may send mail for the sender's domain (or the HELO name when the sender " +
			"is empty) by its SPF policy (RFC 7208). The result has \"result\": pass, fail, softfail, neutral, none, " +
			"temperror, permerror, or invalid for an IP address that cannot be parsed; and \"reason\" when the " +
			"evaluation stopped on an error.",
		Impl: spfQuery,
	})
}

// queryOptions reads the timeout and servers options.
func queryOptions(a *catalog.Args, opts *value.Array, i int) (time.Duration, []string, error) {
	timeout := DefaultTimeout
	if v := catalog.OptionValue(opts, "timeout", value.None); !v.IsNone() {
		if v.Kind() != value.KindNumber || v.AsNumber() <= 0 {
			return 0, nil, a.Errorf(i, "option timeout must be a positive number of seconds")
		}
		timeout = time.Duration(v.AsNumber() * float64(time.Second))
	}
	var servers []string
	if v := catalog.OptionValue(opts, "servers", value.None); !v.IsNone() {
		if v.Kind() != value.KindArray {
			return 0, nil, a.Errorf(i, "option servers must be an array of addresses")
		}
		arr := v.AsArray()
		for j := 0; j < arr.Len(); j++ {
			_, s := arr.Entry(j)
			if s.Kind() != value.KindString {
				return 0, nil, a.Errorf(i, "option servers must hold strings, not %s", s.Kind())
			}
			servers = append(servers, s.AsString())
		}
	}
	return timeout, servers, nil
}

func dnsQuery(a *catalog.Args) (value.Value, error) {
	host, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	timeout, servers, err := queryOptions(a, opts, 1)
	if err != nil {
		return value.None, err
	}
	typeName := "a"
	if v := catalog.OptionValue(opts, "type", value.None); !v.IsNone() {
		if v.Kind() != value.KindString {
			return value.None, a.Errorf(1, "option type must be a string")
		}
		typeName = strings.ToLower(v.AsString())
	}
	qtype, ok := types[typeName]
	if !ok {
		return value.None, a.Errorf(1, "option type %s is not one of a, aaaa, mx, txt, ptr, cname, ns, soa, tlsa", catalog.Quote(typeName))
	}
	if qtype == mdns.TypePTR {
		if ip := net.ParseIP(host); ip != nil {
			host, _ = mdns.ReverseAddr(ip.String())
		}
	}
	extended := catalog.OptionValue(opts, "extended_result", value.Bool(false)).Truthy()
	out := value.NewArray(2)
	ans, err := Query(context.Background(), host, qtype, servers, timeout)
	if err != nil {
		out.Set(value.StrKey("dnssec"), value.Bool(false))
		out.Set(value.StrKey("error"), value.String("SERVFAIL"))
		return value.ArrayValue(out), nil
	}
	out.Set(value.StrKey("dnssec"), value.Bool(ans.AD))
	if ans.Rcode != mdns.RcodeSuccess {
		name, ok := mdns.RcodeToString[ans.Rcode]
		if !ok {
			name = strconv.Itoa(ans.Rcode)
		}
		out.Set(value.StrKey("error"), value.String(name))
		return value.ArrayValue(out), nil
	}
	list := value.NewArray(len(ans.Records))
	for _, rr := range ans.Records {
		if extended {
			_ = list.Append(value.ArrayValue(recordArray(rr)))
		} else {
			_ = list.Append(value.String(recordText(rr)))
		}
	}
	out.Set(value.StrKey("result"), value.ArrayValue(list))
	return value.ArrayValue(out), nil
}

func unfqdn(s string) string {
	if len(s) > 1 {
		return strings.TrimSuffix(s, ".")
	}
	return s
}

// recordText renders the data of a record as dns_query returns it.
func recordText(rr mdns.RR) string {
	switch r := rr.(type) {
	case *mdns.A:
		return r.A.String()
	case *mdns.AAAA:
		return r.AAAA.String()
	case *mdns.MX:
		return strconv.Itoa(int(r.Preference)) + " " + unfqdn(r.Mx)
	case *mdns.TXT:
		return strings.Join(r.Txt, "")
	case *mdns.PTR:
		return unfqdn(r.Ptr)
	case *mdns.CNAME:
		return unfqdn(r.Target)
	case *mdns.NS:
		return unfqdn(r.Ns)
	case *mdns.SOA:
		return strings.Join([]string{unfqdn(r.Ns), unfqdn(r.Mbox), u32(r.Serial), u32(r.Refresh), u32(r.Retry),
			u32(r.Expire), u32(r.Minttl)}, " ")
	case *mdns.TLSA:
		return strings.Join([]string{strconv.Itoa(int(r.Usage)), strconv.Itoa(int(r.Selector)),
			strconv.Itoa(int(r.MatchingType)), strings.ToLower(r.Certificate)}, " ")
	}
	return strings.TrimPrefix(rr.String(), rr.Header().String())
}

func u32(n uint32) string { return strconv.FormatUint(uint64(n), 10) }

// recordArray renders a record for extended_result: name, type, ttl,
// value (the text of recordText) and the fields of its type.
func recordArray(rr mdns.RR) *value.Array {
	h := rr.Header()
	a := value.NewArray(8)
	set := func(k string, v value.Value) { a.Set(value.StrKey(k), v) }
	num := func(n uint32) value.Value { return value.Number(float64(n)) }
	set("name", value.String(unfqdn(h.Name)))
	set("type", value.String(mdns.TypeToString[h.Rrtype]))
	set("ttl", num(h.Ttl))
	set("value", value.String(recordText(rr)))
	switch r := rr.(type) {
	case *mdns.MX:
		set("priority", num(uint32(r.Preference)))
		set("exchange", value.String(unfqdn(r.Mx)))
	case *mdns.TXT:
		parts := value.NewArray(len(r.Txt))
		for _, t := range r.Txt {
			_ = parts.Append(value.String(t))
		}
		set("strings", value.ArrayValue(parts))
	case *mdns.SOA:
		set("mname", value.String(unfqdn(r.Ns)))
		set("rname", value.String(unfqdn(r.Mbox)))
		set("serial", num(r.Serial))
		set("refresh", num(r.Refresh))
		set("retry", num(r.Retry))
		set("expire", num(r.Expire))
		set("minimum", num(r.Minttl))
	case *mdns.TLSA:
		set("usage", num(uint32(r.Usage)))
		set("selector", num(uint32(r.Selector)))
		set("matching_type", num(uint32(r.MatchingType)))
		raw, _ := hex.DecodeString(r.Certificate)
		set("certificate", value.String(string(raw)))
	}
	return a
}

// resolver adapts Query to the interface blitiri.com.ar/go/spf uses.
type resolver struct {
	servers []string
	timeout time.Duration
}

func (r resolver) query(ctx context.Context, name string, qtype uint16) ([]mdns.RR, error) {
	a, err := Query(ctx, name, qtype, r.servers, r.timeout)
	if err != nil {
		return nil, &net.DNSError{Err: err.Error(), Name: name, IsTimeout: true, IsTemporary: true}
	}
	if err := rcodeError(a, name); err != nil {
		return nil, err
	}
	return a.Records, nil
}

func (r resolver) LookupTXT(ctx context.Context, name string) ([]string, error) {
	rrs, err := r.query(ctx, name, mdns.TypeTXT)
	var out []string
	for _, rr := range rrs {
		out = append(out, strings.Join(rr.(*mdns.TXT).Txt, ""))
	}
	return out, err
}

func (r resolver) LookupMX(ctx context.Context, name string) ([]*net.MX, error) {
	rrs, err := r.query(ctx, name, mdns.TypeMX)
	var out []*net.MX
	for _, rr := range rrs {
		mx := rr.(*mdns.MX)
		out = append(out, &net.MX{Host: mx.Mx, Pref: mx.Preference})
	}
	return out, err
}

func (r resolver) LookupIPAddr(ctx context.Context, host string) ([]net.IPAddr, error) {
	var out []net.IPAddr
	var firstErr error
	for _, t := range []uint16{mdns.TypeA, mdns.TypeAAAA} {
		rrs, err := r.query(ctx, host, t)
		if err != nil && firstErr == nil {
			firstErr = err
		}
		for _, rr := range rrs {
			switch x := rr.(type) {
			case *mdns.A:
				out = append(out, net.IPAddr{IP: x.A})
			case *mdns.AAAA:
				out = append(out, net.IPAddr{IP: x.AAAA})
			}
		}
	}
	if len(out) > 0 {
		return out, nil
	}
	return nil, firstErr
}

func (r resolver) LookupAddr(ctx context.Context, addr string) ([]string, error) {
	rev, err := mdns.ReverseAddr(addr)
	if err != nil {
		return nil, &net.DNSError{Err: err.Error(), Name: addr}
	}
	rrs, err := r.query(ctx, rev, mdns.TypePTR)
	var out []string
	for _, rr := range rrs {
		out = append(out, rr.(*mdns.PTR).Ptr)
	}
	return out, err
}

// spfLimit bounds a whole SPF evaluation (which may take up to 10 lookups
// and 2 void lookups, each within the per-query timeout).
const spfLimit = 20 * time.Second

func spfQuery(a *catalog.Args) (value.Value, error) {
	ipText, err := a.String(0)
	if err != nil {
		return value.None, err
	}
	helo, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	sender, err := a.String(2)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(3)
	if err != nil {
		return value.None, err
	}
	timeout, servers, err := queryOptions(a, opts, 3)
	if err != nil {
		return value.None, err
	}
	out := value.NewArray(2)
	ip := net.ParseIP(ipText)
	if ip == nil {
		out.Set(value.StrKey("result"), value.String("invalid"))
		out.Set(value.StrKey("reason"), value.String("the IP address cannot be parsed"))
		return value.ArrayValue(out), nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), max(spfLimit, timeout))
	defer cancel()
	res, serr := spf.CheckHostWithSender(ip, helo, sender,
		spf.WithResolver(resolver{servers: servers, timeout: timeout}), spf.WithContext(ctx))
	out.Set(value.StrKey("result"), value.String(string(res)))
	if serr != nil && (res == spf.TempError || res == spf.PermError) {
		out.Set(value.StrKey("reason"), value.String(strings.TrimPrefix(serr.Error(), "spf: ")))
	}
	return value.ArrayValue(out), nil
}
