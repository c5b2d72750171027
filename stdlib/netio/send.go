package netio

import (
	"bytes"
	"errors"
	"net"
	"strconv"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Send delivers data over SMTP or LMTP for the send() methods of MIME and
// MailMessage: arguments si, ri and vi of the call are the sender, the
// list of recipients and the server array. The result has "result" (the
// last reply: "state", "code", "enhanced", "reason") when the server
// answered, or "error" ("temporary", "reason") when it could not be asked,
// plus "connection", "tls" and, with tls_capture_peer_cert, "peercert".
func Send(a *catalog.Args, data []byte, si, ri, vi int) (value.Value, error) {
	sender, err := readAddress(a, si)
	if err != nil {
		return value.None, err
	}
	list, err := a.Array(ri)
	if err != nil {
		return value.None, err
	}
	var rcpts []string
	for j := 0; j < list.Len(); j++ {
		_, v := list.Entry(j)
		r, err := addressOf(v)
		if err != nil {
			return value.None, a.Errorf(ri, "%v", err)
		}
		rcpts = append(rcpts, r)
	}
	if len(rcpts) == 0 {
		return value.None, a.Errorf(ri, "must name at least one recipient")
	}
	srv, err := readServer(a, vi)
	if err != nil {
		return value.None, err
	}
	domain := ""
	if srv.host == "" {
		// One MX lookup serves one domain.
		domain = domainOf(rcpts[0])
		for _, r := range rcpts[1:] {
			if d := domainOf(r); d != domain {
				return value.None, a.Errorf(vi, "has no host, and the recipients are of different domains (%s, %s): an MX lookup is for one domain",
					catalog.Quote(domain), catalog.Quote(d))
			}
		}
		if domain == "" {
			return value.None, a.Errorf(vi, "needs a host, or recipients with a domain to look up MX hosts for")
		}
	}
	out := value.NewArray(4)
	s, err := connect(srv, domain)
	if err != nil {
		var se *smtpError
		var re *routeError
		if errors.As(err, &se) && se.code > 0 {
			out.Set(value.StrKey("result"), replyArray(se.state, se.code, se.msg))
		} else {
			e := value.NewArray(2)
			e.Set(value.StrKey("temporary"), value.Bool(!errors.As(err, &re) || re.temporary))
			e.Set(value.StrKey("reason"), value.String(err.Error()))
			out.Set(value.StrKey("error"), value.ArrayValue(e))
		}
		return value.ArrayValue(out), nil
	}
	defer s.close()
	out.Set(value.StrKey("connection"), connectionArray(s.conn, s.name))
	out.Set(value.StrKey("tls"), value.Bool(s.tls))
	if srv.capturePeer && len(s.peer) > 0 {
		out.Set(value.StrKey("peercert"), peerCertArray(s.peer))
	}
	state, code, msg, err := s.transaction(sender, rcpts, data)
	if err != nil {
		var se *smtpError
		if !errors.As(err, &se) {
			e := value.NewArray(2)
			e.Set(value.StrKey("temporary"), value.Bool(true))
			e.Set(value.StrKey("reason"), value.String(err.Error()))
			out.Set(value.StrKey("error"), value.ArrayValue(e))
			return value.ArrayValue(out), nil
		}
		code, msg = se.code, se.msg
	}
	out.Set(value.StrKey("result"), replyArray(state, code, msg))
	return value.ArrayValue(out), nil
}

// transaction runs AUTH (when configured), MAIL, RCPT and DATA. It returns
// the state and reply that ended it.
func (s *session) transaction(sender string, rcpts []string, data []byte) (string, int, string, error) {
	if s.srv.user != "" {
		if err := s.auth(s.srv.user, s.srv.pass); err != nil {
			return "AUTH", 0, "", err
		}
	}
	if _, _, err := s.cmd(2, "MAIL", "MAIL FROM:<%s>", sender); err != nil {
		return "MAIL", 0, "", err
	}
	for _, r := range rcpts {
		if _, _, err := s.cmd(2, "RCPT", "RCPT TO:<%s>", r); err != nil {
			return "RCPT", 0, "", err
		}
	}
	if _, _, err := s.cmd(3, "DATA", "DATA"); err != nil {
		return "DATA", 0, "", err
	}
	w := s.text.DotWriter()
	if _, err := w.Write(data); err != nil {
		return "EOD", 0, "", err
	}
	if !bytes.HasSuffix(data, []byte("\n")) {
		_, _ = w.Write([]byte("\r\n"))
	}
	if err := w.Close(); err != nil {
		return "EOD", 0, "", err
	}
	s.state = "EOD"
	// LMTP answers once per recipient; the first refusal (or the last
	// acceptance) is the result.
	replies := 1
	if s.srv.lmtp {
		replies = len(rcpts)
	}
	var code int
	var msg string
	for i := 0; i < replies; i++ {
		c, m, err := s.reply(2)
		if err != nil {
			return "EOD", 0, "", err
		}
		code, msg = c, m
	}
	return "EOD", code, msg, nil
}

// addressOf reads a recipient given as a string or [localpart, domain].
func addressOf(v value.Value) (string, error) {
	if v.Kind() == value.KindString {
		return v.AsString(), nil
	}
	if v.Kind() != value.KindArray {
		return "", errors.New("recipients must be strings or [\"localpart\" => …, \"domain\" => …] arrays")
	}
	arr := v.AsArray()
	lp, ok1 := arr.Get(value.StrKey("localpart"))
	dom, ok2 := arr.Get(value.StrKey("domain"))
	if !ok1 || !ok2 {
		return "", errors.New("a recipient array needs localpart and domain")
	}
	if dom.ToString() == "" {
		return lp.ToString(), nil
	}
	return lp.ToString() + "@" + dom.ToString(), nil
}

// replyArray renders a reply: state, code, enhanced status (a list of
// three numbers, when the text starts with one) and the reason lines.
func replyArray(state string, code int, msg string) value.Value {
	r := value.NewArray(4)
	r.Set(value.StrKey("state"), value.String(state))
	r.Set(value.StrKey("code"), value.Number(float64(code)))
	lines := strings.Split(msg, "\n")
	enhanced := value.NewArray(3)
	if f := strings.Fields(lines[0]); len(f) > 0 {
		if parts := strings.Split(f[0], "."); len(parts) == 3 {
			ok := true
			var nums []float64
			for _, p := range parts {
				n, err := strconv.Atoi(p)
				if err != nil {
					ok = false
					break
				}
				nums = append(nums, float64(n))
			}
			if ok {
				for _, n := range nums {
					_ = enhanced.Append(value.Number(n))
				}
				for i := range lines {
					if f := strings.Fields(lines[i]); len(f) > 0 && f[0] == strings.Fields(lines[0])[0] {
						lines[i] = strings.TrimSpace(strings.TrimPrefix(lines[i], f[0]))
					}
				}
			}
		}
	}
	r.Set(value.StrKey("enhanced"), value.ArrayValue(enhanced))
	reason := value.NewArray(len(lines))
	for _, l := range lines {
		_ = reason.Append(value.String(l))
	}
	r.Set(value.StrKey("reason"), value.ArrayValue(reason))
	return value.ArrayValue(r)
}

// connectionArray gives the local and remote address of a connection and
// remotemx, the host connected to (an MX host, or the host key).
func connectionArray(c net.Conn, name string) value.Value {
	a := value.NewArray(3)
	if la, ok := c.LocalAddr().(*net.TCPAddr); ok {
		a.Set(value.StrKey("localip"), value.String(la.IP.String()))
	}
	if ra, ok := c.RemoteAddr().(*net.TCPAddr); ok {
		a.Set(value.StrKey("remoteip"), value.String(ra.IP.String()))
	}
	a.Set(value.StrKey("remotemx"), value.String(name))
	return value.ArrayValue(a)
}
