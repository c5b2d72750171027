package mime

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime/quotedprintable"
	"strings"
)

// IsMultipart reports whether the part has children.
func (p *Part) IsMultipart() bool { return p.boundary != "" }

// RawBody returns the body as it is transferred (still encoded).
func (p *Part) RawBody() []byte {
	if len(p.children) > 0 && !p.bodyDirty && p.treeDirtyAny() {
		var b bytes.Buffer
		p.write(&b)
		out := b.Bytes()
		return out[p.headerLen():]
	}
	return p.body
}

func (p *Part) treeDirtyAny() bool {
	if p.treeDirty {
		return true
	}
	for _, c := range p.children {
		if c.dirty() {
			return true
		}
	}
	return false
}

// headerLen is the length of the serialised header block with its blank line.
func (p *Part) headerLen() int {
	if p.src != nil && !p.hdrDirty {
		return p.bodyOff
	}
	n := len(p.nl)
	for _, f := range p.header {
		n += len(f.raw)
	}
	return n
}

// transferEncoding returns the lower-case Content-Transfer-Encoding.
func (p *Part) transferEncoding() string {
	v, _ := p.Header("Content-Transfer-Encoding")
	return strings.ToLower(strings.TrimSpace(v))
}

// Body returns the body decoded by its transfer encoding. Broken encoded
// data is decoded as far as it goes.
func (p *Part) Body(decode bool) []byte {
	raw := p.RawBody()
	if !decode {
		return raw
	}
	switch p.transferEncoding() {
	case "base64":
		return decodeBase64(raw)
	case "quoted-printable":
		out, _ := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(raw)))
		return out
	}
	return raw
}

// decodeBase64 decodes base64 text, skipping characters outside the
// alphabet and stopping at the padding, as mail readers do.
func decodeBase64(raw []byte) []byte {
	clean := make([]byte, 0, len(raw))
	for _, c := range raw {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '=':
			goto done
		}
	}
done:
	n := len(clean) - len(clean)%4 + rem(len(clean)%4)
	out, _ := base64.RawStdEncoding.DecodeString(string(clean[:n]))
	return out
}

// rem is how many of a trailing group of n base64 characters can be
// decoded (a single dangling character cannot).
func rem(n int) int {
	if n == 1 {
		return 0
	}
	return n
}

// SetBody replaces the body of a leaf part with data, choosing 7bit,
// quoted-printable or base64 (or the given encoding) and setting
// Content-Transfer-Encoding to match.
func (p *Part) SetBody(data []byte, encoding string) bool {
	if p.boundary != "" {
		return false
	}
	if encoding == "" {
		encoding = chooseEncoding(data)
	}
	enc, ok := encodeBody(data, encoding, p.nl)
	if !ok {
		return false
	}
	p.body = enc
	p.bodyDirty = true
	p.children = nil // an attached message is replaced by the data
	p.SetHeader("Content-Transfer-Encoding", encoding, -1, false)
	return true
}

// chooseEncoding picks 7bit for short-lined ASCII text, quoted-printable
// for text with some non-ASCII bytes, and base64 for binary data (control
// characters) and text that is mostly non-ASCII.
func chooseEncoding(data []byte) string {
	high, lineLen, long := 0, 0, false
	for i, c := range data {
		switch {
		case c == '\n':
			if lineLen > 998 {
				long = true
			}
			lineLen = 0
			continue
		case c == '\r' && i+1 < len(data) && data[i+1] == '\n':
			continue
		case c < ' ' && c != '\t' || c == 0x7f:
			return "base64" // binary data
		case c >= 0x80:
			high++
		}
		lineLen++
	}
	if lineLen > 998 {
		long = true
	}
	switch {
	case high == 0 && !long:
		return "7bit"
	case high*3 <= len(data):
		return "quoted-printable"
	}
	return "base64"
}

// encodeBody encodes data for a transfer encoding, with nl line endings.
func encodeBody(data []byte, encoding, nl string) ([]byte, bool) {
	switch encoding {
	case "7bit", "8bit", "binary":
		if nl == "\r\n" {
			return toCRLF(data), true
		}
		return data, true
	case "quoted-printable":
		var b bytes.Buffer
		w := quotedprintable.NewWriter(&b)
		_, _ = w.Write(data)
		_ = w.Close()
		out := b.Bytes()
		if nl == "\n" {
			out = bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n"))
		}
		return out, true
	case "base64":
		enc := base64.StdEncoding.EncodeToString(data)
		var b strings.Builder
		for len(enc) > 76 {
			b.WriteString(enc[:76])
			b.WriteString(nl)
			enc = enc[76:]
		}
		if enc != "" {
			b.WriteString(enc)
			b.WriteString(nl)
		}
		return []byte(b.String()), true
	}
	return nil, false
}

// toCRLF turns bare LF line endings into CRLF.
func toCRLF(data []byte) []byte {
	if !bytes.Contains(data, []byte("\n")) {
		return data
	}
	var b bytes.Buffer
	for i, c := range data {
		if c == '\n' && (i == 0 || data[i-1] != '\r') {
			b.WriteByte('\r')
		}
		b.WriteByte(c)
	}
	return b.Bytes()
}

// Preamble returns the text before the first part of a multipart.
func (p *Part) Preamble() ([]byte, bool) {
	if p.boundary == "" {
		return nil, false
	}
	return trimTrailingNL(p.preamble), true
}

// Epilogue returns the text after the last part of a multipart.
func (p *Part) Epilogue() ([]byte, bool) {
	if p.boundary == "" {
		return nil, false
	}
	return p.epilogue, true
}

func trimTrailingNL(b []byte) []byte {
	return b[:trimLineEnd(b, len(b))]
}

// SetPreamble replaces the text before the first part of a multipart.
func (p *Part) SetPreamble(s string) bool {
	if p.boundary == "" {
		return false
	}
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += p.nl
	}
	p.preamble = []byte(s)
	p.treeDirty = true
	return true
}

// SetEpilogue replaces the text after the last part of a multipart.
func (p *Part) SetEpilogue(s string) bool {
	if p.boundary == "" {
		return false
	}
	p.epilogue = []byte(s)
	p.treeDirty = true
	return true
}

// Remove takes the part out of its parent. The root cannot be removed.
func (p *Part) Remove() bool {
	par := p.parent
	if par == nil {
		return false
	}
	for i, c := range par.children {
		if c == p {
			par.children = append(par.children[:i], par.children[i+1:]...)
			par.treeDirty = true
			p.parent = nil
			if par.boundary == "" {
				// The message attached to a message/rfc822 part: the body goes.
				par.body, par.bodyDirty = nil, true
			}
			return true
		}
	}
	return false
}

// insertSibling puts n before (after=false) or after p in p's parent. When
// p is the root or has no multipart parent, p's content moves into a new
// multipart of type mtype that holds both.
func (p *Part) insertSibling(n *Part, after bool, mtype string) {
	par := p.parent
	if par == nil || par.boundary == "" {
		p.wrapInMultipart(mtype)
		par = p
		p = p.children[0]
	}
	for i, c := range par.children {
		if c == p {
			at := i
			if after {
				at++
			}
			par.children = append(par.children[:at], append([]*Part{n}, par.children[at:]...)...)
			break
		}
	}
	n.parent = par
	par.treeDirty = true
}

// wrapInMultipart turns a root part into a multipart whose one child holds
// the part's content headers and body.
func (p *Part) wrapInMultipart(mtype string) {
	child := &Part{nl: p.nl, parent: p, boundary: p.boundary, preamble: p.preamble,
		epilogue: p.epilogue, children: p.children, body: p.RawBody()}
	for _, c := range child.children {
		c.parent = child
	}
	var keep []field
	for _, f := range p.header {
		if l := strings.ToLower(f.name); strings.HasPrefix(l, "content-") {
			child.header = append(child.header, f)
		} else {
			keep = append(keep, f)
		}
	}
	p.header = keep
	p.boundary = newBoundary()
	p.preamble, p.epilogue = nil, nil
	p.children = []*Part{child}
	p.hdrDirty, p.treeDirty = true, true
	p.SetHeader("MIME-Version", "1.0", -1, false)
	p.SetHeader("Content-Type", mtype+"; boundary=\""+p.boundary+"\"", -1, false)
}

// Replace puts n in p's place. Replacing the root replaces the whole content.
func (p *Part) Replace(n *Part) {
	par := p.parent
	if par == nil {
		keep := *n
		*p = keep
		p.parent = nil
		for _, c := range p.children {
			c.parent = p
		}
		p.src = nil
		return
	}
	for i, c := range par.children {
		if c == p {
			par.children[i] = n
			n.parent = par
			par.treeDirty = true
			p.parent = nil
			return
		}
	}
}
