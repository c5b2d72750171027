package netio

import (
	"bufio"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
)

// DefaultSocketTimeout bounds each connect, send and recv until the script
// calls settimeout().
const DefaultSocketTimeout = 30 * time.Second

// Linux errno values that errno() reports.
const (
	eBADF  = 9
	eAGAIN = 11 // also what a timed-out send or recv gives, as with SO_RCVTIMEO
	eINVAL = 22
	ePIPE  = 32
)

// Socket is an instance of the HSL Socket class.
type Socket struct {
	family, typ string // AF_INET…, SOCK_STREAM or SOCK_DGRAM
	local       net.Addr
	conn        net.Conn
	packet      net.PacketConn // a bound, unconnected datagram socket
	rd          *bufio.Reader
	peeked      []byte // a datagram that MSG_PEEK read, for the next recv
	timeout     time.Duration
	errno       int
	closed      bool
}

// ClassName implements value.Object.
func (*Socket) ClassName() string { return "Socket" }

// setErr records the errno of err and reports whether there was one.
func (s *Socket) setErr(err error) bool {
	s.errno = errnoOf(err)
	return err != nil
}

func errnoOf(err error) int {
	if err == nil {
		return 0
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		return int(en)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, os.ErrDeadlineExceeded) {
		return eAGAIN
	}
	if errors.Is(err, net.ErrClosed) {
		return eBADF
	}
	if errors.Is(err, io.ErrClosedPipe) {
		return ePIPE
	}
	return eINVAL
}

func (s *Socket) network() string {
	switch {
	case s.family == "AF_UNIX" && s.typ == "SOCK_DGRAM":
		return "unixgram"
	case s.family == "AF_UNIX":
		return "unix"
	case s.typ == "SOCK_DGRAM" && s.family == "AF_INET6":
		return "udp6"
	case s.typ == "SOCK_DGRAM":
		return "udp4"
	case s.family == "AF_INET6":
		return "tcp6"
	}
	return "tcp4"
}

// address builds the address for bind and connect.
func (s *Socket) address(host string, port int) (net.Addr, error) {
	if s.family == "AF_UNIX" {
		if s.typ == "SOCK_DGRAM" {
			return &net.UnixAddr{Name: host, Net: "unixgram"}, nil
		}
		return &net.UnixAddr{Name: host, Net: "unix"}, nil
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	if ip == nil || (ip.To4() != nil) != (s.family == "AF_INET") {
		return nil, errors.New("the address does not match the socket's family")
	}
	if s.typ == "SOCK_DGRAM" {
		return &net.UDPAddr{IP: ip, Port: port}, nil
	}
	return &net.TCPAddr{IP: ip, Port: port}, nil
}

func (s *Socket) deadline() time.Time {
	if s.timeout <= 0 {
		return time.Time{}
	}
	return time.Now().Add(s.timeout)
}

// Connect connects the socket.
func (s *Socket) Connect(host string, port int) error {
	if s.closed {
		return syscall.EBADF
	}
	if s.conn != nil {
		return syscall.EISCONN
	}
	addr, err := s.address(host, port)
	if err != nil {
		return syscall.EINVAL
	}
	d := &net.Dialer{Timeout: s.timeout, LocalAddr: s.local}
	if s.packet != nil {
		_ = s.packet.Close()
		s.packet = nil
	}
	c, err := d.Dial(s.network(), addr.String())
	if err != nil {
		return err
	}
	s.conn, s.rd = c, bufio.NewReader(c)
	return nil
}

// Bind sets the local address; a datagram socket starts listening on it.
func (s *Socket) Bind(host string, port int) error {
	if s.closed {
		return syscall.EBADF
	}
	addr, err := s.address(host, port)
	if err != nil {
		return syscall.EINVAL
	}
	s.local = addr
	if s.typ == "SOCK_DGRAM" {
		pc, err := net.ListenPacket(s.network(), addr.String())
		if err != nil {
			return err
		}
		s.packet = pc
		s.local = pc.LocalAddr()
	}
	return nil
}

// Send writes data and returns the bytes written.
func (s *Socket) Send(data []byte) (int, error) {
	if s.closed {
		return 0, syscall.EBADF
	}
	if s.conn == nil {
		return 0, syscall.ENOTCONN
	}
	_ = s.conn.SetWriteDeadline(s.deadline())
	return s.conn.Write(data)
}

// Recv reads up to n bytes; flags are MSG_PEEK, MSG_WAITALL and MSG_DONTWAIT.
func (s *Socket) Recv(n int, flags map[string]bool) ([]byte, error) {
	if s.closed {
		return nil, syscall.EBADF
	}
	if s.typ == "SOCK_DGRAM" {
		return s.recvDatagram(n, flags)
	}
	if s.conn == nil {
		return nil, syscall.ENOTCONN
	}
	_ = s.conn.SetReadDeadline(s.recvDeadline(flags))
	if n == 0 {
		return []byte{}, nil
	}
	if flags["MSG_PEEK"] {
		if s.rd.Buffered() == 0 {
			if _, err := s.rd.Peek(1); err != nil {
				return eofEmpty(err)
			}
		}
		b, _ := s.rd.Peek(min(n, s.rd.Buffered()))
		return append([]byte(nil), b...), nil
	}
	buf := make([]byte, n)
	if flags["MSG_WAITALL"] {
		k, err := io.ReadFull(s.rd, buf)
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return buf[:k], nil
		}
		if err != nil {
			return eofEmpty(err)
		}
		return buf[:k], nil
	}
	k, err := s.rd.Read(buf)
	if err != nil && k == 0 {
		return eofEmpty(err)
	}
	return buf[:k], nil
}

// maxDatagram is the largest datagram recv reads.
const maxDatagram = 65536

// recvDatagram reads one datagram and returns up to n bytes of it; as with
// recv(2), the rest of the datagram is dropped, and MSG_PEEK leaves the
// datagram for the next recv.
func (s *Socket) recvDatagram(n int, flags map[string]bool) ([]byte, error) {
	if s.peeked == nil {
		buf := make([]byte, maxDatagram)
		var k int
		var err error
		switch {
		case s.conn != nil:
			_ = s.conn.SetReadDeadline(s.recvDeadline(flags))
			k, err = s.conn.Read(buf)
		case s.packet != nil:
			_ = s.packet.SetReadDeadline(s.recvDeadline(flags))
			k, _, err = s.packet.ReadFrom(buf)
		default:
			return nil, syscall.ENOTCONN
		}
		if err != nil {
			return nil, err
		}
		s.peeked = buf[:k]
	}
	d := s.peeked
	if !flags["MSG_PEEK"] {
		s.peeked = nil
	}
	return append([]byte(nil), d[:min(n, len(d))]...), nil
}

// eofEmpty turns an orderly end of stream into an empty read, as recv(2) does.
func eofEmpty(err error) ([]byte, error) {
	if errors.Is(err, io.EOF) {
		return []byte{}, nil
	}
	return nil, err
}

func (s *Socket) recvDeadline(flags map[string]bool) time.Time {
	if flags["MSG_DONTWAIT"] {
		return time.Now().Add(time.Millisecond)
	}
	return s.deadline()
}

// Shutdown shuts down reading, writing or both of a stream connection.
func (s *Socket) Shutdown(how string) error {
	if s.closed {
		return syscall.EBADF
	}
	if s.conn == nil {
		return syscall.ENOTCONN
	}
	type halfCloser interface {
		CloseRead() error
		CloseWrite() error
	}
	hc, ok := s.conn.(halfCloser)
	if !ok {
		return syscall.EINVAL
	}
	switch how {
	case "SHUT_RD":
		return hc.CloseRead()
	case "SHUT_WR":
		return hc.CloseWrite()
	}
	// Reading first: once the write side is shut the connection may reach
	// CLOSED at once (when the peer had closed), and shutting the read side
	// of a closed connection would fail where shutdown(2) with SHUT_RDWR
	// succeeds.
	if err := hc.CloseRead(); err != nil {
		return err
	}
	return hc.CloseWrite()
}

// Close closes the socket.
func (s *Socket) Close() error {
	if s.closed {
		return syscall.EBADF
	}
	s.closed = true
	var err error
	if s.conn != nil {
		err = s.conn.Close()
	}
	if s.packet != nil {
		err = s.packet.Close()
	}
	return err
}

func registerSocket(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, f func(*Socket, *catalog.Args) (value.Value, error)) *catalog.Func {
		return &catalog.Func{Name: name, Params: params, Returns: returns, Doc: doc, Impl: func(a *catalog.Args) (value.Value, error) {
			s, ok := a.Self.Ref().(*Socket)
			if !ok {
				return value.None, a.Fail("must be called on a Socket object")
			}
			return f(s, a)
		}}
	}
	hostPort := func(a *catalog.Args) (string, int, error) {
		host, err := a.String(0)
		if err != nil {
			return "", 0, err
		}
		port := 0
		if a.Has(1) && !a.Get(1).IsNone() {
			if port, err = a.Int(1); err != nil {
				return "", 0, err
			}
			if port < 0 || port > 65535 {
				return "", 0, a.Errorf(1, "must be a port number from 0 to 65535")
			}
		}
		return host, port, nil
	}
	pAddr := catalog.Param{Name: "address", Type: "string", Doc: "an IP address of the socket's family, or a path for AF_UNIX"}
	pPort := catalog.Param{Name: "port", Type: "number", Optional: true}
	c.AddClass(&catalog.Class{
		Name: "Socket",
		Doc:  "A TCP, UDP or Unix domain socket. Methods give none on failure; errno() then tells why. Each connect, send and recv waits at most the timeout (30 seconds until settimeout()).",
		Constructor: &catalog.Func{Name: "Socket",
			Params:  []catalog.Param{{Name: "family", Type: "string", Doc: "AF_INET, AF_INET6 or AF_UNIX"}, {Name: "type", Type: "string", Doc: "SOCK_STREAM or SOCK_DGRAM"}},
			Returns: "Socket", Doc: "Creates a socket.",
			Impl: func(a *catalog.Args) (value.Value, error) {
				fam, err := a.String(0)
				if err != nil {
					return value.None, err
				}
				typ, err := a.String(1)
				if err != nil {
					return value.None, err
				}
				switch fam {
				case "AF_INET", "AF_INET6", "AF_UNIX":
				default:
					return value.None, a.Errorf(0, "must be AF_INET, AF_INET6 or AF_UNIX, not %s", catalog.Quote(fam))
				}
				switch typ {
				case "SOCK_STREAM", "SOCK_DGRAM":
				default:
					return value.None, a.Errorf(1, "must be SOCK_STREAM or SOCK_DGRAM, not %s", catalog.Quote(typ))
				}
				return value.ObjectValue(&Socket{family: fam, typ: typ, timeout: DefaultSocketTimeout}), nil
			}},
		Methods: map[string]*catalog.Func{
			"bind": m("bind", []catalog.Param{pAddr, pPort, {Name: "options", Type: "array", Optional: true, Doc: "nonlocal is not supported"}}, "Socket|none",
				"Sets the local address (and port) to connect from; a datagram socket starts receiving on it.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					host, port, err := hostPort(a)
					if err != nil {
						return value.None, err
					}
					if o, err := a.Options(2); err != nil {
						return value.None, err
					} else if o.Len() > 0 {
						return value.None, a.Errorf(2, "options are not supported (nonlocal needs privileges this implementation does not use)")
					}
					if s.setErr(s.Bind(host, port)) {
						return value.None, nil
					}
					return a.Self, nil
				}),
			"connect": m("connect", []catalog.Param{pAddr, pPort}, "Socket|none", "Connects to the address and port.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					host, port, err := hostPort(a)
					if err != nil {
						return value.None, err
					}
					if s.setErr(s.Connect(host, port)) {
						return value.None, nil
					}
					return a.Self, nil
				}),
			"send": m("send", []catalog.Param{{Name: "data", Type: "string"}}, "number|none", "Sends data; returns the number of bytes sent.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					data, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					n, err := s.Send([]byte(data))
					if s.setErr(err) {
						return value.None, nil
					}
					return value.Number(float64(n)), nil
				}),
			"recv": m("recv", []catalog.Param{{Name: "length", Type: "number"}, {Name: "flags", Type: "array|string", Optional: true, Doc: "MSG_PEEK, MSG_WAITALL, MSG_DONTWAIT"}}, "string|none",
				"Receives up to length bytes; \"\" when the peer has closed the connection.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					n, err := a.Int(0)
					if err != nil {
						return value.None, err
					}
					if n < 0 || n > 64<<20 {
						return value.None, a.Errorf(0, "must be from 0 to 64 MiB")
					}
					flags, err := recvFlags(a, 1)
					if err != nil {
						return value.None, err
					}
					b, err := s.Recv(n, flags)
					if s.setErr(err) {
						return value.None, nil
					}
					return value.String(string(b)), nil
				}),
			"settimeout": m("settimeout", []catalog.Param{{Name: "timeout", Type: "number", Doc: "seconds; 0 waits without limit"}}, "Socket",
				"Sets how long connect, send and recv may wait.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					t, err := a.Number(0)
					if err != nil {
						return value.None, err
					}
					if t < 0 {
						return value.None, a.Errorf(0, "must not be negative")
					}
					s.timeout = time.Duration(t * float64(time.Second))
					return a.Self, nil
				}),
			"shutdown": m("shutdown", []catalog.Param{{Name: "how", Type: "string", Doc: "SHUT_RD, SHUT_WR or SHUT_RDWR"}}, "Socket|none",
				"Shuts down receiving, sending or both.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					how, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					switch how {
					case "SHUT_RD", "SHUT_WR", "SHUT_RDWR":
					default:
						return value.None, a.Errorf(0, "must be SHUT_RD, SHUT_WR or SHUT_RDWR, not %s", catalog.Quote(how))
					}
					if s.setErr(s.Shutdown(how)) {
						return value.None, nil
					}
					return a.Self, nil
				}),
			"close": m("close", nil, "Socket|none", "Closes the socket.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					if s.setErr(s.Close()) {
						return value.None, nil
					}
					return a.Self, nil
				}),
			"errno": m("errno", nil, "number", "Returns the error number of the last operation (0 after a success), as on Linux: 111 connection refused, 11 timed out, …",
				func(s *Socket, a *catalog.Args) (value.Value, error) { return value.Number(float64(s.errno)), nil }),
			"toFFIValue": m("toFFIValue", nil, "FFIValue|none", "Would return the file descriptor; FFI is not supported by this implementation, so it raises an error.",
				func(s *Socket, a *catalog.Args) (value.Value, error) {
					return value.None, a.Fail("FFI is not supported by this implementation")
				}),
		},
		Statics: map[string]*catalog.Func{
			"AF": {Name: "AF", Params: []catalog.Param{{Name: "address", Type: "string"}}, Returns: "string|none",
				Doc: "Returns AF_INET or AF_INET6 for an IP address, none for anything else.",
				Impl: func(a *catalog.Args) (value.Value, error) {
					s, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					ip := net.ParseIP(strings.Trim(s, "[]"))
					switch {
					case ip == nil:
						return value.None, nil
					case ip.To4() != nil:
						return value.String("AF_INET"), nil
					}
					return value.String("AF_INET6"), nil
				}},
			"Resource": {Name: "Resource", Params: []catalog.Param{{Name: "socket", Type: "resource"}}, Returns: "Socket|none",
				Doc:  "Wraps a socket resource handed over by the MTA; no host here hands out socket resources, so it gives none.",
				Impl: func(a *catalog.Args) (value.Value, error) { return value.None, nil }},
		},
	})
	registerTLSSocket(c)
}

func recvFlags(a *catalog.Args, i int) (map[string]bool, error) {
	flags := map[string]bool{}
	v := a.Get(i)
	var names []string
	switch v.Kind() {
	case value.KindNone:
		return flags, nil
	case value.KindString:
		names = []string{v.AsString()}
	case value.KindArray:
		arr := v.AsArray()
		for j := 0; j < arr.Len(); j++ {
			_, e := arr.Entry(j)
			names = append(names, e.ToString())
		}
	default:
		return nil, a.Errorf(i, "must be a flag name or an array of them")
	}
	for _, n := range names {
		switch n {
		case "MSG_PEEK", "MSG_WAITALL", "MSG_DONTWAIT":
			flags[n] = true
		default:
			return nil, a.Errorf(i, "has an unknown flag %s (expected MSG_PEEK, MSG_WAITALL or MSG_DONTWAIT)", catalog.Quote(n))
		}
	}
	return flags, nil
}

// TLSSocket is an instance of the HSL TLSSocket class.
type TLSSocket struct {
	sock  *Socket
	conn  *tls.Conn
	names []string
	done  bool // handshake succeeded
	errno int
}

// ClassName implements value.Object.
func (*TLSSocket) ClassName() string { return "TLSSocket" }

func (t *TLSSocket) handshake() error {
	if t.done {
		return nil
	}
	_ = t.conn.SetDeadline(t.sock.deadline())
	if err := t.conn.Handshake(); err != nil {
		return err
	}
	t.done = true
	return nil
}

var tlsVersions = map[string]uint16{"TLSv1": tls.VersionTLS10, "TLSv1.1": tls.VersionTLS11, "TLSv1.2": tls.VersionTLS12, "TLSv1.3": tls.VersionTLS13}

// parseProtocols reads an OpenSSL-style protocol list ("TLSv1.2,TLSv1.3"
// or "!SSLv3,!TLSv1") into a version range.
func parseProtocols(s string) (uint16, uint16, error) {
	allowed := map[uint16]bool{tls.VersionTLS10: true, tls.VersionTLS11: true, tls.VersionTLS12: true, tls.VersionTLS13: true}
	positive := false
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == ':' }) {
		if strings.HasPrefix(p, "!") {
			if v, ok := tlsVersions[p[1:]]; ok {
				allowed[v] = false
			} else if !strings.HasPrefix(p[1:], "SSL") {
				return 0, 0, errors.New("unknown protocol " + catalog.Quote(p))
			}
			continue
		}
		v, ok := tlsVersions[p]
		if !ok {
			return 0, 0, errors.New("unknown protocol " + catalog.Quote(p))
		}
		if !positive {
			positive = true
			for k := range allowed {
				allowed[k] = false
			}
		}
		allowed[v] = true
	}
	var lo, hi uint16
	for _, v := range []uint16{tls.VersionTLS10, tls.VersionTLS11, tls.VersionTLS12, tls.VersionTLS13} {
		if allowed[v] {
			if lo == 0 {
				lo = v
			}
			hi = v
		}
	}
	if lo == 0 {
		return 0, 0, errors.New("no protocol left")
	}
	return lo, hi, nil
}

func registerTLSSocket(c *catalog.Catalog) {
	m := func(name string, params []catalog.Param, returns, doc string, f func(*TLSSocket, *catalog.Args) (value.Value, error)) *catalog.Func {
		return &catalog.Func{Name: name, Params: params, Returns: returns, Doc: doc, Impl: func(a *catalog.Args) (value.Value, error) {
			t, ok := a.Self.Ref().(*TLSSocket)
			if !ok {
				return value.None, a.Fail("must be called on a TLSSocket object")
			}
			return f(t, a)
		}}
	}
	c.AddClass(&catalog.Class{
		Name: "TLSSocket",
		Doc:  "TLS over a connected Socket. The peer is not verified unless tls_verify_ca is set.",
		Constructor: &catalog.Func{Name: "TLSSocket",
			Params: []catalog.Param{{Name: "socket", Type: "Socket", Doc: "a connected stream socket"}, {Name: "options", Type: "array"}},
			Options: []catalog.Option{
				{Name: "tls_protocols", Type: "string", Doc: "e.g. \"TLSv1.2,TLSv1.3\" or \"!TLSv1,!TLSv1.1\""},
				{Name: "tls_ciphers", Type: "string", Doc: "accepted; Go's cipher suites are used"},
				{Name: "tls_verify_name", Type: "array", Doc: "names the certificate must carry (with tls_verify_ca)"},
				{Name: "tls_verify_ca", Type: "boolean", Doc: "verify the certificate chain against the system's CAs (default false)"},
				{Name: "tls_default_ca", Type: "boolean", Doc: "accepted; the system's CAs are used"},
				{Name: "tls_sni", Type: "string|boolean", Doc: "server name to send"},
				{Name: "tls_client_cert", Type: "string|array", Doc: "a pki id \"pki:ID\" of the configuration, or [\"x509\" => …, \"privatekey\" => …, \"chain\" => […]]"},
			},
			Returns: "TLSSocket", Doc: "Prepares TLS on a connected socket; the handshake happens on handshake() or the first send or recv.",
			Impl: newTLSSocket},
		Methods: map[string]*catalog.Func{
			"handshake": m("handshake", nil, "TLSSocket|none", "Performs the handshake (and verification); none when it fails.",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) {
					if err := t.handshake(); err != nil {
						t.errno = errnoOf(err)
						return value.None, nil
					}
					t.errno = 0
					return a.Self, nil
				}),
			"send": m("send", []catalog.Param{{Name: "data", Type: "string"}}, "number|none", "Sends data over TLS; returns the bytes sent.",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) {
					data, err := a.String(0)
					if err != nil {
						return value.None, err
					}
					if err := t.handshake(); err != nil {
						t.errno = errnoOf(err)
						return value.None, nil
					}
					_ = t.conn.SetWriteDeadline(t.sock.deadline())
					n, err := t.conn.Write([]byte(data))
					if t.errno = errnoOf(err); err != nil {
						return value.None, nil
					}
					return value.Number(float64(n)), nil
				}),
			"recv": m("recv", []catalog.Param{{Name: "length", Type: "number"}}, "string|none", "Receives up to length bytes over TLS; \"\" when the peer has closed.",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) {
					n, err := a.Int(0)
					if err != nil {
						return value.None, err
					}
					if n < 0 || n > 64<<20 {
						return value.None, a.Errorf(0, "must be from 0 to 64 MiB")
					}
					if err := t.handshake(); err != nil {
						t.errno = errnoOf(err)
						return value.None, nil
					}
					_ = t.conn.SetReadDeadline(t.sock.deadline())
					buf := make([]byte, n)
					k, err := t.conn.Read(buf)
					if err != nil && k == 0 {
						if errors.Is(err, io.EOF) {
							return value.String(""), nil
						}
						t.errno = errnoOf(err)
						return value.None, nil
					}
					t.errno = 0
					return value.String(string(buf[:k])), nil
				}),
			"shutdown": m("shutdown", nil, "number|none", "Sends the TLS close notification; returns 1.",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) {
					_ = t.conn.SetWriteDeadline(t.sock.deadline())
					if err := t.conn.CloseWrite(); err != nil {
						t.errno = errnoOf(err)
						return value.None, nil
					}
					return value.Number(1), nil
				}),
			"errno": m("errno", nil, "number", "Returns the error number of the last operation (0 after a success).",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) { return value.Number(float64(t.errno)), nil }),
			"getpeerx509": m("getpeerx509", nil, "X509|none", "Returns the peer's certificate as an X509 object; none before a handshake or without one.",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) {
					if !t.done {
						return value.None, nil
					}
					certs := t.conn.ConnectionState().PeerCertificates
					if len(certs) == 0 {
						return value.None, nil
					}
					return value.ObjectValue(&classes.X509{Res: &classes.X509Resource{Cert: certs[0]}}), nil
				}),
			"toSocket": m("toSocket", nil, "Socket", "Returns the underlying Socket.",
				func(t *TLSSocket, a *catalog.Args) (value.Value, error) { return value.ObjectValue(t.sock), nil }),
		},
	})
}

func newTLSSocket(a *catalog.Args) (value.Value, error) {
	s, ok := a.Get(0).Ref().(*Socket)
	if !ok {
		return value.None, a.Errorf(0, "must be a Socket, not %s", a.Get(0).Kind())
	}
	if s.conn == nil || s.typ != "SOCK_STREAM" {
		return value.None, a.Errorf(0, "must be a connected stream socket")
	}
	opts, err := a.Options(1)
	if err != nil {
		return value.None, err
	}
	t := &TLSSocket{sock: s}
	cfg := &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS10}
	if v := catalog.OptionValue(opts, "tls_protocols", value.None); !v.IsNone() {
		lo, hi, err := parseProtocols(v.ToString())
		if err != nil {
			return value.None, a.Errorf(1, "option tls_protocols: %v", err)
		}
		cfg.MinVersion, cfg.MaxVersion = lo, hi
	}
	if v := catalog.OptionValue(opts, "tls_sni", value.None); !v.IsNone() {
		if v.Kind() == value.KindString {
			cfg.ServerName = v.AsString()
		}
	}
	if v := catalog.OptionValue(opts, "tls_verify_name", value.None); v.Kind() == value.KindArray {
		arr := v.AsArray()
		for j := 0; j < arr.Len(); j++ {
			_, n := arr.Entry(j)
			t.names = append(t.names, n.ToString())
		}
	}
	if catalog.OptionValue(opts, "tls_verify_ca", value.Bool(false)).Truthy() {
		names := t.names
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			return verifyChain(cs, rootCAs, len(names) > 0, names)
		}
	}
	if v := catalog.OptionValue(opts, "tls_client_cert", value.None); !v.IsNone() {
		cert, err := clientCert(a.Env, v)
		if err != nil {
			return value.None, a.Errorf(1, "option tls_client_cert: %v", err)
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	// Bytes already read into the socket's buffer belong to the TLS stream.
	t.conn = tls.Client(&bufferedConn{Conn: s.conn, rd: s.rd}, cfg)
	return value.ObjectValue(t), nil
}

// bufferedConn reads through the socket's buffer first.
type bufferedConn struct {
	net.Conn
	rd *bufio.Reader
}

func (b *bufferedConn) Read(p []byte) (int, error) { return b.rd.Read(p) }

// Register adds http, Socket, TLSSocket, smtp_lookup_rcpt and
// smtp_lookup_auth to c.
func Register(c *catalog.Catalog) {
	registerHTTP(c)
	registerSocket(c)
	registerSMTP(c)
}
