package netio

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	"github.com/openhsl/hsl/stdlib/classes"
)

// Defaults of the SMTP probes.
const (
	DefaultSMTPConnectTimeout = 30 * time.Second
	DefaultSMTPTimeout        = 30 * time.Second
)

// smtpServer is the server argument of smtp_lookup_*.
type smtpServer struct {
	host           string // empty: the MX hosts of the recipient domain
	port           int
	helo           string
	lmtp           bool
	tls            string // disabled, optional, optional_verify, require, require_verify
	sni            string
	sniAuto        bool // tls_sni true: the name of the host connected to
	verifyNames    []string
	verifyHost     bool             // tls_verify_host
	clientCert     *tls.Certificate // tls_client_cert; nil for none
	minTLS, maxTLS uint16           // tls_protocols
	sourceIP       net.IP
	user, pass     string
	timeout        time.Duration            // per reply, for states without their own
	timeouts       map[string]time.Duration // per SMTP state (timeout as an array)
	connectTimeout time.Duration
	mxInclude      []string // mx_include: only MX hosts matching one of these
	mxExclude      []string // mx_exclude: no MX host matching one of these
	xclient        []xclientAttr
	capturePeer    bool // tls_capture_peer_cert
}

// xclientAttr is one attribute of the xclient key, its name upper-cased.
type xclientAttr struct{ name, value string }

// smtpStates are the SMTP states that name the reply awaited, as the
// timeout array of a server and send()'s result use them.
var smtpStates = []string{"BANNER", "HELO", "EHLO", "LHLO", "STARTTLS", "AUTH-PLAIN", "AUTH-LOGIN",
	"AUTH-LOGIN-USER", "AUTH", "XCLIENT", "MAIL", "RCPT", "DATA", "EOD", "RSET"}

// timeoutFor is the time allowed for the reply of a state.
func (srv *smtpServer) timeoutFor(state string) time.Duration {
	if t, ok := srv.timeouts[state]; ok {
		return t
	}
	return srv.timeout
}

var serverDoc = "a server array: host (default: the MX hosts of the recipient domain, in preference order; smtp_lookup_auth needs one), port (25, for each MX host too), helo, protocol (smtp or lmtp), tls (disabled " +
	"(default), optional, optional_verify, require or require_verify), tls_sni, tls_verify_host, tls_verify_name, " +
	"tls_protocols, tls_ciphers (ignored), tls_default_ca (ignored), " +
	"tls_client_cert (a pki id \"pki:ID\", or [\"x509\" => …, \"privatekey\" => …]), sourceip, " +
	"saslusername, saslpassword, timeout (seconds per reply, default 30; or an array of SMTP state => seconds), " +
	"connect_timeout (default 30), mx_include and mx_exclude (host names, or *.domain for one label, that " +
	"the MX hosts tried must match or must not match), " +
	"xclient (an array of XCLIENT attribute => value, sent after EHLO and STARTTLS), " +
	"tls_capture_peer_cert (true: the result has \"peercert\" => [\"x509\" => X509Resource, \"chain\" => [X509Resource, …]] when TLS was used); " +
	"sourceipid and nonlocal_source need the MTA's configuration and raise an error"

func readServer(a *catalog.Args, i int) (*smtpServer, error) {
	v := a.Get(i)
	if v.Kind() == value.KindString {
		return nil, a.Errorf(i, "names a transport (%s); transports come from the MTA configuration, so pass %s", catalog.Quote(v.AsString()), serverDoc)
	}
	arr, err := a.Array(i)
	if err != nil {
		return nil, err
	}
	s := &smtpServer{port: 25, tls: "disabled", timeout: DefaultSMTPTimeout, connectTimeout: DefaultSMTPConnectTimeout}
	get := func(k string) (value.Value, bool) { return arr.Get(value.StrKey(k)) }
	for j := 0; j < arr.Len(); j++ {
		k, _ := arr.Entry(j)
		switch k.Str() {
		case "host", "port", "helo", "protocol", "tls", "tls_sni", "tls_verify_name", "tls_verify_host", "tls_client_cert",
			"tls_protocols", "tls_ciphers", "tls_default_ca", "sourceip", "saslusername", "saslpassword", "timeout",
			"connect_timeout", "mx_include", "mx_exclude", "xclient", "tls_capture_peer_cert":
		case "sourceipid":
			return nil, a.Errorf(i, "key \"sourceipid\" is not supported: it names a source address id of the MTA's configuration, "+
				"which scripts outside the MTA do not have (give the address itself as sourceip)")
		case "nonlocal_source":
			return nil, a.Errorf(i, "key \"nonlocal_source\" is not supported: binding a non-local address needs the MTA's "+
				"configuration and privileges this implementation does not use (give a local address as sourceip)")
		default:
			return nil, a.Errorf(i, "has an unknown key %s (expected %s)", catalog.Quote(k.Value().ToString()), serverDoc)
		}
	}
	if h, ok := get("host"); ok {
		if s.host = h.ToString(); s.host == "" {
			return nil, a.Errorf(i, "has an empty host (leave host out to look up the MX hosts of the recipient domain)")
		}
	}
	if v, ok := get("port"); ok {
		if v.Kind() != value.KindNumber || v.AsNumber() < 1 || v.AsNumber() > 65535 {
			return nil, a.Errorf(i, "port must be a number from 1 to 65535")
		}
		s.port = int(v.AsNumber())
	}
	if v, ok := get("helo"); ok {
		s.helo = v.ToString()
	}
	if s.helo == "" {
		s.helo, _ = os.Hostname()
		if s.helo == "" {
			s.helo = "localhost"
		}
	}
	if v, ok := get("protocol"); ok {
		switch strings.ToLower(v.ToString()) {
		case "smtp":
		case "lmtp":
			s.lmtp = true
		default:
			return nil, a.Errorf(i, "protocol must be smtp or lmtp, not %s", catalog.Quote(v.ToString()))
		}
	}
	if v, ok := get("tls"); ok {
		s.tls = strings.ToLower(v.ToString())
		switch s.tls {
		case "disabled", "optional", "optional_verify", "require", "require_verify":
		default:
			return nil, a.Errorf(i, "tls must be disabled, optional, optional_verify, require or require_verify, not %s", catalog.Quote(s.tls))
		}
	}
	if v, ok := get("tls_sni"); ok {
		if v.Kind() == value.KindBool {
			s.sniAuto = v.AsBool()
		} else {
			s.sni = v.ToString()
		}
	}
	if v, ok := get("tls_verify_name"); ok && v.Kind() == value.KindArray {
		names := v.AsArray()
		for j := 0; j < names.Len(); j++ {
			_, n := names.Entry(j)
			s.verifyNames = append(s.verifyNames, n.ToString())
		}
	}
	if v, ok := get("tls_verify_host"); ok {
		s.verifyHost = v.Truthy()
	}
	if v, ok := get("tls_protocols"); ok {
		if s.minTLS, s.maxTLS, err = parseProtocols(v.ToString()); err != nil {
			return nil, a.Errorf(i, "tls_protocols: %v", err)
		}
	}
	if v, ok := get("tls_client_cert"); ok {
		cert, err := clientCert(a.Env, v)
		if err != nil {
			return nil, a.Errorf(i, "tls_client_cert: %v", err)
		}
		s.clientCert = &cert
	}
	if v, ok := get("sourceip"); ok {
		if s.sourceIP = net.ParseIP(v.ToString()); s.sourceIP == nil {
			return nil, a.Errorf(i, "sourceip must be an IP address")
		}
	}
	for _, k := range []string{"mx_include", "mx_exclude"} {
		v, ok := get(k)
		if !ok {
			continue
		}
		pats, err := hostPatterns(v)
		if err != nil {
			return nil, a.Errorf(i, "%s %v", k, err)
		}
		if k == "mx_include" {
			s.mxInclude = pats
		} else {
			s.mxExclude = pats
		}
	}
	if v, ok := get("tls_capture_peer_cert"); ok {
		s.capturePeer = v.Truthy()
	}
	if v, ok := get("xclient"); ok {
		if s.xclient, err = xclientAttrs(v); err != nil {
			return nil, a.Errorf(i, "xclient %v", err)
		}
	}
	if v, ok := get("saslusername"); ok {
		s.user = v.ToString()
	}
	if v, ok := get("saslpassword"); ok {
		s.pass = v.ToString()
	}
	seconds := func(key string, v value.Value) (time.Duration, error) {
		if v.Kind() != value.KindNumber || v.AsNumber() <= 0 {
			return 0, a.Errorf(i, "%s must be a positive number of seconds", key)
		}
		return time.Duration(v.AsNumber() * float64(time.Second)), nil
	}
	if v, ok := get("connect_timeout"); ok {
		if s.connectTimeout, err = seconds("connect_timeout", v); err != nil {
			return nil, err
		}
	}
	if v, ok := get("timeout"); ok && v.Kind() == value.KindArray {
		s.timeouts = map[string]time.Duration{}
		arr := v.AsArray()
		for j := 0; j < arr.Len(); j++ {
			k, t := arr.Entry(j)
			state := strings.ToUpper(k.Value().ToString())
			if !slices.Contains(smtpStates, state) {
				return nil, a.Errorf(i, "timeout has an unknown SMTP state %s (expected one of %s)",
					catalog.Quote(k.Value().ToString()), strings.Join(smtpStates, ", "))
			}
			if s.timeouts[state], err = seconds("timeout "+state, t); err != nil {
				return nil, err
			}
		}
	} else if ok {
		if s.timeout, err = seconds("timeout", v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// readAddress reads an address given as a string or as [localpart, domain]
// (a list, or an array with those keys).
func readAddress(a *catalog.Args, i int) (string, error) {
	v := a.Get(i)
	if v.Kind() == value.KindString {
		return v.AsString(), nil
	}
	arr, err := a.Array(i)
	if err != nil {
		return "", a.Errorf(i, "must be an address string or [localpart, domain], not %s", v.Kind())
	}
	lp, ok1 := arr.Get(value.StrKey("localpart"))
	dom, ok2 := arr.Get(value.StrKey("domain"))
	if !ok1 || !ok2 {
		lp, ok1 = arr.Get(value.IntKey(0))
		dom, ok2 = arr.Get(value.IntKey(1))
	}
	if !ok1 || !ok2 {
		return "", a.Errorf(i, "must hold a localpart and a domain")
	}
	if dom.ToString() == "" {
		return lp.ToString(), nil
	}
	return lp.ToString() + "@" + dom.ToString(), nil
}

// smtpError is a reply that ended a probe.
type smtpError struct {
	code   int
	msg    string
	state  string // the SMTP state that got the reply
	onRcpt bool
}

func (e *smtpError) Error() string {
	if e.code == 0 {
		return e.msg // no reply: the client gave up
	}
	return fmt.Sprintf("%d %s", e.code, e.msg)
}

// session is one SMTP/LMTP conversation.
type session struct {
	srv   *smtpServer
	conn  net.Conn
	text  *textproto.Conn
	ext   map[string]string
	tls   bool
	peer  []*x509.Certificate // the chain the server sent, when TLS is on
	state string              // the SMTP state whose reply is awaited
	name  string              // the host connected to: the host key or an MX host
}

// dialSMTP connects to addr (an address or a host name) and opens the
// session up to STARTTLS; name is the host name that TLS names refer to.
func dialSMTP(srv *smtpServer, name, addr string) (*session, error) {
	d := &net.Dialer{Timeout: srv.connectTimeout}
	if srv.sourceIP != nil {
		d.LocalAddr = &net.TCPAddr{IP: srv.sourceIP}
	}
	conn, err := d.Dial("tcp", net.JoinHostPort(strings.Trim(addr, "[]"), strconv.Itoa(srv.port)))
	if err != nil {
		return nil, err
	}
	s := &session{srv: srv, conn: conn, text: textproto.NewConn(conn), state: "BANNER", name: name}
	if _, _, err := s.reply(220); err != nil {
		s.close()
		return nil, err
	}
	if err := s.hello(); err != nil {
		s.close()
		return nil, err
	}
	if err := s.startTLS(); err != nil {
		s.close()
		return nil, err
	}
	if len(srv.xclient) > 0 {
		if err := s.sendXCLIENT(); err != nil {
			s.close()
			return nil, err
		}
	}
	return s, nil
}

// cmd sends a command and reads the reply, which must have the code class
// of want (2 for 2xx, 3 for 3xx); state names the command for its timeout.
func (s *session) cmd(want int, state, format string, args ...any) (int, string, error) {
	s.state = state
	_ = s.conn.SetDeadline(time.Now().Add(s.srv.timeoutFor(state)))
	if err := s.text.PrintfLine(format, args...); err != nil {
		return 0, "", err
	}
	return s.reply(want)
}

// reply reads the reply of the current state.
func (s *session) reply(want int) (int, string, error) {
	_ = s.conn.SetDeadline(time.Now().Add(s.srv.timeoutFor(s.state)))
	code, msg, err := s.text.ReadResponse(want)
	var perr *textproto.Error
	if errors.As(err, &perr) {
		return code, msg, &smtpError{code: perr.Code, msg: perr.Msg, state: s.state}
	}
	return code, msg, err
}

func (s *session) hello() error {
	verb := "EHLO"
	if s.srv.lmtp {
		verb = "LHLO"
	}
	_, msg, err := s.cmd(2, verb, "%s %s", verb, s.srv.helo)
	if err != nil {
		var se *smtpError
		if s.srv.lmtp || !errors.As(err, &se) {
			return err
		}
		if _, _, err := s.cmd(2, "HELO", "HELO %s", s.srv.helo); err != nil {
			return err
		}
		s.ext = map[string]string{}
		return nil
	}
	s.ext = map[string]string{}
	for _, line := range strings.Split(msg, "\n")[1:] {
		k, v, _ := strings.Cut(strings.TrimSpace(line), " ")
		s.ext[strings.ToUpper(k)] = v
	}
	return nil
}

func (s *session) startTLS() error {
	mode := s.srv.tls
	if mode == "disabled" {
		return nil
	}
	_, offered := s.ext["STARTTLS"]
	if !offered {
		if strings.HasPrefix(mode, "require") {
			return &smtpError{code: 0, msg: "the server does not offer STARTTLS"}
		}
		return nil
	}
	if _, _, err := s.cmd(2, "STARTTLS", "STARTTLS"); err != nil {
		if strings.HasPrefix(mode, "require") {
			return err
		}
		return nil
	}
	sni := s.srv.sni
	if s.srv.sniAuto {
		sni = strings.Trim(s.name, "[]")
	}
	cfg := &tls.Config{InsecureSkipVerify: true, ServerName: sni, MinVersion: s.srv.minTLS, MaxVersion: s.srv.maxTLS}
	if cfg.MinVersion == 0 {
		cfg.MinVersion = tls.VersionTLS10
	}
	if s.srv.clientCert != nil {
		cfg.Certificates = []tls.Certificate{*s.srv.clientCert}
	}
	if strings.HasSuffix(mode, "_verify") {
		// The chain is verified; the name only with tls_verify_host
		// (the host) or tls_verify_name (those names).
		names := s.srv.verifyNames
		if len(names) == 0 && s.srv.verifyHost {
			names = []string{strings.Trim(s.name, "[]")}
		}
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			return verifyChain(cs, rootCAs, len(names) > 0, names)
		}
	}
	tc := tls.Client(s.conn, cfg)
	_ = tc.SetDeadline(time.Now().Add(s.srv.timeoutFor("STARTTLS")))
	if err := tc.Handshake(); err != nil {
		return err
	}
	s.conn, s.text, s.tls = tc, textproto.NewConn(tc), true
	s.peer = tc.ConnectionState().PeerCertificates
	return s.hello()
}

// auth logs in with PLAIN, or LOGIN when only that is offered.
func (s *session) auth(user, pass string) error {
	mechs := strings.Fields(strings.ToUpper(s.ext["AUTH"]))
	has := func(m string) bool {
		for _, x := range mechs {
			if x == m {
				return true
			}
		}
		return false
	}
	switch {
	case has("PLAIN") || !has("LOGIN"):
		resp := base64.StdEncoding.EncodeToString([]byte("\x00" + user + "\x00" + pass))
		_, _, err := s.cmd(2, "AUTH-PLAIN", "AUTH PLAIN %s", resp)
		return err
	}
	if _, _, err := s.cmd(3, "AUTH-LOGIN", "AUTH LOGIN"); err != nil {
		return err
	}
	if _, _, err := s.cmd(3, "AUTH-LOGIN-USER", "%s", base64.StdEncoding.EncodeToString([]byte(user))); err != nil {
		return err
	}
	_, _, err := s.cmd(2, "AUTH", "%s", base64.StdEncoding.EncodeToString([]byte(pass)))
	return err
}

func (s *session) close() {
	_ = s.conn.SetDeadline(time.Now().Add(time.Second))
	_ = s.text.PrintfLine("QUIT")
	_, _, _ = s.text.ReadResponse(2)
	_ = s.conn.Close()
}

// peerCertArray renders the server's certificate as the MTA's peercert:
// ["x509" => the leaf, "chain" => the certificates sent after it], as
// X509Resources for the X509 class.
func peerCertArray(certs []*x509.Certificate) value.Value {
	out := value.NewArray(2)
	out.Set(value.StrKey("x509"), value.ResourceValue(&classes.X509Resource{Cert: certs[0]}))
	chain := value.NewArray(len(certs) - 1)
	for _, c := range certs[1:] {
		_ = chain.Append(value.ResourceValue(&classes.X509Resource{Cert: c}))
	}
	out.Set(value.StrKey("chain"), value.ArrayValue(chain))
	return value.ArrayValue(out)
}

// probeResult maps an outcome to 1 (accepted), 0 (refused with a 5xx reply
// to the command that asked, as verdict tells) or -1 (anything else: a
// temporary refusal, a refusal earlier in the session, no answer).
func probeResult(err error, verdict func(*smtpError) bool) int {
	if err == nil {
		return 1
	}
	var se *smtpError
	if errors.As(err, &se) && se.code >= 500 && se.code < 600 && verdict(se) {
		return 0
	}
	return -1
}

func registerSMTP(c *catalog.Catalog) {
	c.AddFunc(&catalog.Func{
		Name: "smtp_lookup_rcpt",
		Params: []catalog.Param{
			{Name: "server", Type: "array", Doc: serverDoc},
			{Name: "sender", Type: "string|array"},
			{Name: "recipient", Type: "string|array"},
			{Name: "options", Type: "array", Optional: true},
		},
		Options: []catalog.Option{{Name: "extended_result", Type: "boolean",
			Doc: "return [\"result\", \"error_code\", \"error_message\", \"on_rcptto\", \"tls\"] instead of a number: the deciding " +
				"reply's code (0 when no reply came) and text, whether it answered RCPT TO, whether TLS was used; plus " +
				"\"peercert\" with the server's tls_capture_peer_cert"}},
		Returns: "number|array",
		Doc: "Asks an SMTP or LMTP server whether it accepts a recipient (MAIL FROM and RCPT TO, then QUIT): 1 when it " +
			"does, 0 when it refuses the recipient with a 5xx reply, -1 on a temporary refusal or any failure to ask.",
		Impl: lookupRcpt,
	})
	c.AddFunc(&catalog.Func{
		Name: "smtp_lookup_auth",
		Params: []catalog.Param{
			{Name: "server", Type: "array", Doc: serverDoc},
			{Name: "username", Type: "string"},
			{Name: "password", Type: "string"},
		},
		Returns: "number",
		Doc:     "Tries to log in to an SMTP server (AUTH PLAIN, or LOGIN): 1 when it accepts, 0 when it refuses the login with a 5xx reply, -1 otherwise.",
		Impl:    lookupAuth,
	})
}

func lookupRcpt(a *catalog.Args) (value.Value, error) {
	srv, err := readServer(a, 0)
	if err != nil {
		return value.None, err
	}
	sender, err := readAddress(a, 1)
	if err != nil {
		return value.None, err
	}
	rcpt, err := readAddress(a, 2)
	if err != nil {
		return value.None, err
	}
	opts, err := a.Options(3)
	if err != nil {
		return value.None, err
	}
	domain := domainOf(rcpt)
	if srv.host == "" && domain == "" {
		return value.None, a.Errorf(0, "needs a host, or a recipient with a domain to look up MX hosts for")
	}
	usedTLS := false
	var peer []*x509.Certificate
	// The reply that decided: the RCPT reply when the recipient was asked.
	code, msg := 0, ""
	err = func() error {
		s, err := connect(srv, domain)
		if err != nil {
			return err
		}
		defer s.close()
		usedTLS, peer = s.tls, s.peer
		if srv.user != "" {
			if err := s.auth(srv.user, srv.pass); err != nil {
				return err
			}
		}
		if _, _, err := s.cmd(2, "MAIL", "MAIL FROM:<%s>", sender); err != nil {
			return err
		}
		code, msg, err = s.cmd(2, "RCPT", "RCPT TO:<%s>", rcpt)
		var se *smtpError
		if errors.As(err, &se) {
			se.onRcpt = true
		}
		return err
	}()
	res := probeResult(err, func(se *smtpError) bool { return se.onRcpt })
	if !catalog.OptionValue(opts, "extended_result", value.Bool(false)).Truthy() {
		return value.Number(float64(res)), nil
	}
	// Every documented key is always there: error_code is the reply code
	// (0 when no reply came), error_message its text (or why none came),
	// on_rcptto whether it answered RCPT TO.
	onRcpt := err == nil
	if err != nil {
		var se *smtpError
		code, msg = 0, err.Error()
		if errors.As(err, &se) {
			code, msg, onRcpt = se.code, se.msg, se.onRcpt
		}
	}
	out := value.NewArray(5)
	out.Set(value.StrKey("result"), value.Number(float64(res)))
	out.Set(value.StrKey("error_code"), value.Number(float64(code)))
	out.Set(value.StrKey("error_message"), value.String(msg))
	out.Set(value.StrKey("on_rcptto"), value.Bool(onRcpt))
	out.Set(value.StrKey("tls"), value.Bool(usedTLS))
	if srv.capturePeer && len(peer) > 0 {
		out.Set(value.StrKey("peercert"), peerCertArray(peer))
	}
	return value.ArrayValue(out), nil
}

func lookupAuth(a *catalog.Args) (value.Value, error) {
	srv, err := readServer(a, 0)
	if err != nil {
		return value.None, err
	}
	user, err := a.String(1)
	if err != nil {
		return value.None, err
	}
	pass, err := a.String(2)
	if err != nil {
		return value.None, err
	}
	if srv.host == "" {
		return value.None, a.Errorf(0, "needs a host (there is no recipient domain to look up MX hosts for)")
	}
	s, err := connect(srv, "")
	if err != nil {
		return value.Number(-1), nil
	}
	defer s.close()
	// Errors here all come from the AUTH exchange.
	return value.Number(float64(probeResult(s.auth(user, pass), func(*smtpError) bool { return true }))), nil
}
