package netio

import (
	"fmt"
	"strings"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// maxXCLIENTLine is the longest XCLIENT command sent, without CRLF (SMTP
// command lines are at most 512 octets with it).
const maxXCLIENTLine = 510

// xclientAttrs reads the xclient key: an array of attribute name (letters,
// as NAME, ADDR, PORT, PROTO, HELO, LOGIN) => value, in its order.
func xclientAttrs(v value.Value) ([]xclientAttr, error) {
	if v.Kind() != value.KindArray {
		return nil, fmt.Errorf("must be an array of attribute => value, not %s", v.Kind())
	}
	arr := v.AsArray()
	var out []xclientAttr
	for j := 0; j < arr.Len(); j++ {
		k, e := arr.Entry(j)
		name := strings.ToUpper(k.Value().ToString())
		if name == "" || strings.TrimFunc(name, func(r rune) bool { return r >= 'A' && r <= 'Z' }) != "" {
			return nil, fmt.Errorf("has the attribute name %s; expected an array of attribute (NAME, ADDR, HELO, …) => value",
				catalog.Quote(k.Value().ToString()))
		}
		if e.Kind() == value.KindArray || e.Kind() == value.KindObject {
			return nil, fmt.Errorf("attribute %s must be a string, not %s", name, e.Kind())
		}
		out = append(out, xclientAttr{name: name, value: e.ToString()})
	}
	return out, nil
}

// xtext encodes a value as RFC 3461 xtext: "+" followed by two upper-case
// hex digits for "+", "=" and bytes outside "!" to "~".
func xtext(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '!' || c > '~' || c == '+' || c == '=' {
			fmt.Fprintf(&b, "+%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// sendXCLIENT sends the server's XCLIENT attributes (Postfix's XCLIENT
// extension) when the server offers them all, in as many commands as the
// line length needs; each 220 reply is followed by a new EHLO, as the
// session starts over.
func (s *session) sendXCLIENT() error {
	offered, ok := s.ext["XCLIENT"]
	if !ok {
		return &smtpError{msg: "the server does not offer XCLIENT", state: "XCLIENT"}
	}
	accepted := map[string]bool{}
	for _, n := range strings.Fields(strings.ToUpper(offered)) {
		accepted[n] = true
	}
	var lines []string
	line := "XCLIENT"
	for _, at := range s.srv.xclient {
		if !accepted[at.name] {
			return &smtpError{msg: fmt.Sprintf("the server does not accept the XCLIENT attribute %s (it offers %s)", at.name, offered), state: "XCLIENT"}
		}
		item := at.name + "=" + xtext(at.value)
		if len("XCLIENT ")+len(item) > maxXCLIENTLine {
			return &smtpError{msg: fmt.Sprintf("the XCLIENT attribute %s is too long for a command line", at.name), state: "XCLIENT"}
		}
		if len(line)+1+len(item) > maxXCLIENTLine {
			lines = append(lines, line)
			line = "XCLIENT"
		}
		line += " " + item
	}
	lines = append(lines, line)
	for _, l := range lines {
		if _, _, err := s.cmd(2, "XCLIENT", "%s", l); err != nil {
			return err
		}
		if err := s.hello(); err != nil {
			return err
		}
	}
	return nil
}
