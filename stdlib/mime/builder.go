package mime

import (
	"bytes"
	"strings"
	"time"
)

// Builder is an instance of the HSL MIME class: a message or part being
// built from scratch. Nothing is serialised until Bytes is called.
type Builder struct {
	headers     []field
	typ         string
	boundary    string
	body        []byte
	parts       []*Builder
	filename    string
	disposition string
	signers     []func([]byte) ([]byte, error)
}

// ClassName implements value.Object.
func (*Builder) ClassName() string { return "MIME" }

// NewBuilder returns an empty text/plain part.
func NewBuilder() *Builder { return &Builder{typ: "text/plain"} }

const crlf = "\r\n"

// AddHeader appends a header field.
func (b *Builder) AddHeader(name, val string, encode bool) {
	p := &Part{nl: crlf}
	b.headers = append(b.headers, p.newField(name, val, encode))
}

// SetDate adds a Date field for t.
func (b *Builder) SetDate(t time.Time) {
	b.AddHeader("Date", t.Format(time.RFC1123Z), false)
}

func (b *Builder) hasHeader(name string) bool {
	for _, f := range b.headers {
		if strings.EqualFold(f.name, name) {
			return true
		}
	}
	return false
}

// headerValue returns the value of the first added field of the name,
// trimmed, or "".
func (b *Builder) headerValue(name string) string {
	for _, f := range b.headers {
		if strings.EqualFold(f.name, name) {
			return f.value()
		}
	}
	return ""
}

// Bytes serialises the part (top is true for a whole message, which gets a
// MIME-Version field) and applies the DKIM signers in order.
func (b *Builder) Bytes(top bool) ([]byte, error) {
	var out bytes.Buffer
	b.write(&out, top)
	data := out.Bytes()
	for _, sign := range b.signers {
		field, err := sign(data)
		if err != nil {
			return nil, err
		}
		data = append(field, data...)
	}
	return data, nil
}

// AddSigner registers a function that returns a header field to put on top
// of the serialised message.
func (b *Builder) AddSigner(f func([]byte) ([]byte, error)) { b.signers = append(b.signers, f) }

func (b *Builder) write(out *bytes.Buffer, top bool) {
	for _, f := range b.headers {
		out.Write(f.raw)
	}
	if top && !b.hasHeader("MIME-Version") {
		out.WriteString("MIME-Version: 1.0" + crlf)
	}
	multipart := len(b.parts) > 0 || strings.HasPrefix(b.typ, "multipart/")
	boundary := b.boundary
	if multipart && boundary == "" {
		boundary = newBoundary()
	}
	if !b.hasHeader("Content-Type") {
		ct := b.typ
		switch {
		case multipart:
			ct += "; boundary=\"" + boundary + "\""
		case strings.HasPrefix(ct, "text/"):
			ct += "; charset=utf-8"
		}
		out.WriteString(fold("Content-Type: "+ct, crlf))
	}
	encoding := ""
	switch {
	case multipart:
	case b.hasHeader("Content-Transfer-Encoding"):
		// A Content-Transfer-Encoding the script added says how the body is
		// to be written: base64 and quoted-printable are applied to the data
		// (Halon's S/MIME module adds "base64" and sets raw DER), any other
		// value leaves it as it is.
		switch e := strings.ToLower(b.headerValue("Content-Transfer-Encoding")); e {
		case "base64", "quoted-printable":
			encoding = e
		}
	default:
		// Like Halon 6, new bodies are always quoted-printable or base64.
		encoding = chooseEncoding(b.body)
		switch {
		case encoding == "quoted-printable" && !strings.HasPrefix(b.typ, "text/"):
			encoding = "base64"
		case encoding == "7bit":
			encoding = "quoted-printable"
		}
		out.WriteString("Content-Transfer-Encoding: " + encoding + crlf)
	}
	if (b.filename != "" || b.disposition != "") && !b.hasHeader("Content-Disposition") {
		d := b.disposition
		if d == "" {
			d = "attachment"
		}
		if b.filename != "" {
			d += "; " + filenameParam(b.filename)
		}
		out.WriteString(fold("Content-Disposition: "+d, crlf))
	}
	out.WriteString(crlf)
	if !multipart {
		if encoding == "" {
			out.Write(toCRLF(b.body))
			return
		}
		enc, _ := encodeBody(b.body, encoding, crlf)
		out.Write(enc)
		return
	}
	if len(b.body) > 0 {
		out.Write(toCRLF(b.body))
		if !bytes.HasSuffix(b.body, []byte("\n")) {
			out.WriteString(crlf)
		}
	}
	for _, p := range b.parts {
		out.WriteString("--" + boundary + crlf)
		p.write(out, false)
		out.WriteString(crlf)
	}
	out.WriteString("--" + boundary + "--" + crlf)
}

// filenameParam renders filename="…", with RFC 2231 encoding for non-ASCII.
func filenameParam(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 || name[i] < ' ' {
			var b strings.Builder
			b.WriteString("filename*=utf-8''")
			for j := 0; j < len(name); j++ {
				c := name[j]
				if c < 0x80 && c > ' ' && !strings.ContainsRune("*'%\"();:,/=?<>@[]\\", rune(c)) {
					b.WriteByte(c)
				} else {
					b.WriteString("%" + strings.ToUpper(hexByte(c)))
				}
			}
			return b.String()
		}
	}
	return "filename=\"" + strings.NewReplacer("\\", "\\\\", "\"", "\\\"").Replace(name) + "\""
}

func hexByte(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}
