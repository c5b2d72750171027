// Package mime implements the HSL classes MIME (a builder of new messages),
// MailMessage and MIMEPart (a parsed message and the nodes of its MIME tree),
// and the import of .eml files as MailMessage objects.
//
// A parsed message keeps its original bytes: each part remembers the span of
// the source it came from, and only the pieces a script changes (a header
// block, a body, the list of children of a multipart) are written anew by
// toString(). An unchanged message serialises to exactly its input.
package mime

import (
	"bytes"
	"strconv"
	"strings"
)

// field is one header field: its raw bytes ("Name: value" with folding and
// the line ending) and its name as written.
type field struct {
	raw  []byte
	name string
}

// value returns the field's value unfolded, with surrounding blanks removed.
func (f field) value() string {
	v := f.raw[len(f.name):]
	if i := bytes.IndexByte(v, ':'); i >= 0 {
		v = v[i+1:]
	}
	s := string(v)
	if strings.ContainsAny(s, "\r\n") {
		s = strings.NewReplacer("\r\n", "", "\n", "", "\r", "").Replace(s)
	}
	return strings.Trim(s, " \t")
}

// Part is a node of a MIME tree. A part read from a message keeps its source
// bytes in src; hdrDirty, bodyDirty and treeDirty record which pieces a
// script changed and must be written anew.
type Part struct {
	src      []byte // the part as read (header, blank line, body); nil for a new part
	bodyOff  int    // offset of the body in src
	nl       string // line ending of the part ("\r\n" or "\n")
	header   []field
	body     []byte // raw (transfer-encoded) body of a leaf part
	boundary string // multipart boundary; "" for a leaf
	preamble []byte
	epilogue []byte
	children []*Part
	parent   *Part
	errors   []string

	hdrDirty, bodyDirty, treeDirty bool
}

// maxDepth bounds the nesting of multiparts that are parsed as trees; deeper
// parts are kept as opaque leaves.
const maxDepth = 64

// parsePart reads a part from src. It never fails: malformed input is kept
// as it is and reported by getErrors().
func parsePart(src []byte, depth int) *Part {
	p := &Part{src: src, nl: lineEnding(src)}
	p.bodyOff = p.parseHeader(src)
	p.body = src[p.bodyOff:]
	if depth >= maxDepth {
		return p
	}
	mt, params := p.contentType()
	if mt == "message/rfc822" && identityEncoding(p) {
		// An attached message is a part too: its parts are searchable.
		c := parsePart(p.body, depth+1)
		c.parent = p
		p.children = []*Part{c}
		return p
	}
	if !strings.HasPrefix(mt, "multipart/") {
		return p
	}
	b := params["boundary"]
	if b == "" {
		return p
	}
	p.boundary = b
	p.splitMultipart(depth)
	return p
}

// identityEncoding reports whether the body is not transfer-encoded.
func identityEncoding(p *Part) bool {
	switch p.transferEncoding() {
	case "", "7bit", "8bit", "binary":
		return true
	}
	return false
}

func lineEnding(src []byte) string {
	if i := bytes.IndexByte(src, '\n'); i > 0 && src[i-1] == '\r' {
		return "\r\n"
	} else if i >= 0 {
		return "\n"
	}
	return "\r\n"
}

// parseHeader splits the header block into fields and returns the offset of
// the body (after the blank line). Lines that are not fields are kept as
// fields without a name and reported as bad_header.
func (p *Part) parseHeader(src []byte) int {
	pos := 0
	for pos < len(src) {
		end := lineEnd(src, pos)
		line := src[pos:end]
		if isBlankLine(line) {
			return end
		}
		// A field continues on lines that start with a blank.
		for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
			end = lineEnd(src, end)
		}
		raw := src[pos:end]
		name := ""
		if i := bytes.IndexByte(line, ':'); i > 0 {
			name = strings.TrimRight(string(line[:i]), " \t")
			if !validName(name) {
				name = ""
			}
		}
		if name == "" {
			p.addError("bad_header")
		}
		p.header = append(p.header, field{raw: raw, name: name})
		pos = end
	}
	return len(src)
}

// lineEnd returns the offset just after the line starting at pos.
func lineEnd(src []byte, pos int) int {
	if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
		return pos + i + 1
	}
	return len(src)
}

func isBlankLine(line []byte) bool {
	return len(line) > 0 && (line[0] == '\n' || (line[0] == '\r' && len(line) > 1 && line[1] == '\n'))
}

func validName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' || s[i] == ':' {
			return false
		}
	}
	return true
}

func (p *Part) addError(e string) {
	for _, x := range p.errors {
		if x == e {
			return
		}
	}
	p.errors = append(p.errors, e)
}

// splitMultipart finds the delimiter lines of the body and parses the parts
// between them.
func (p *Part) splitMultipart(depth int) {
	body := p.body
	dash := "--" + p.boundary
	type span struct{ start, end int }
	var parts []span
	var partStart = -1
	preambleEnd := -1
	closed := false
	for pos := 0; pos < len(body); {
		end := lineEnd(body, pos)
		line := body[pos:end]
		if bytes.HasPrefix(line, []byte(dash)) {
			rest := bytes.TrimRight(line[len(dash):], " \t\r\n")
			isClose := string(rest) == "--"
			if len(rest) == 0 || isClose {
				if partStart >= 0 {
					parts = append(parts, span{partStart, max(partStart, trimLineEnd(body, pos))})
				} else {
					preambleEnd = pos
				}
				if isClose {
					p.epilogue = body[end:]
					closed = true
					break
				}
				partStart = end
			}
		}
		pos = end
	}
	if preambleEnd < 0 {
		// No delimiter at all: the body is not a multipart after all.
		p.boundary = ""
		p.addError("unclosed_boundary")
		return
	}
	if !closed {
		p.addError("unclosed_boundary")
		if partStart >= 0 {
			parts = append(parts, span{partStart, len(body)})
		}
	}
	p.preamble = body[:preambleEnd]
	for _, s := range parts {
		c := parsePart(body[s.start:s.end], depth+1)
		c.parent = p
		p.children = append(p.children, c)
	}
}

// trimLineEnd returns pos less the line ending that precedes it (it belongs
// to the delimiter that starts at pos).
func trimLineEnd(b []byte, pos int) int {
	if pos > 0 && b[pos-1] == '\n' {
		pos--
		if pos > 0 && b[pos-1] == '\r' {
			pos--
		}
	}
	return pos
}

// dirty reports whether the part or a descendant was changed.
func (p *Part) dirty() bool {
	if p.src == nil || p.hdrDirty || p.bodyDirty || p.treeDirty {
		return true
	}
	for _, c := range p.children {
		if c.dirty() {
			return true
		}
	}
	return false
}

// write appends the serialised part to b.
func (p *Part) write(b *bytes.Buffer) {
	if !p.dirty() {
		b.Write(p.src)
		return
	}
	if p.src != nil && !p.hdrDirty {
		b.Write(p.src[:p.bodyOff])
	} else {
		for _, f := range p.header {
			b.Write(f.raw)
		}
		b.WriteString(p.nl)
	}
	switch {
	case p.bodyDirty || (p.boundary == "" && len(p.children) == 0):
		b.Write(p.body)
		return
	case p.src != nil && !p.treeDirtyAny():
		b.Write(p.src[p.bodyOff:])
		return
	case p.boundary == "":
		// An attached message: its text is the body.
		p.children[0].write(b)
		return
	}
	b.Write(p.preamble)
	for _, c := range p.children {
		b.WriteString("--" + p.boundary + p.nl)
		c.write(b)
		b.WriteString(p.nl)
	}
	b.WriteString("--" + p.boundary + "--" + p.nl)
	b.Write(p.epilogue)
}

// Bytes returns the part serialised with every change applied.
func (p *Part) Bytes() []byte {
	if !p.dirty() {
		return p.src
	}
	var b bytes.Buffer
	p.write(&b)
	return b.Bytes()
}

// ID returns the part's position in its tree: "0" for the root, "1", "2", …
// for its children and "2.1" for the first child of the second.
func (p *Part) ID() string {
	if p.parent == nil {
		return "0"
	}
	idx := 1
	for i, c := range p.parent.children {
		if c == p {
			idx = i + 1
		}
	}
	if p.parent.parent == nil {
		return strconv.Itoa(idx)
	}
	return p.parent.ID() + "." + strconv.Itoa(idx)
}

// ByID finds the part with the given ID beneath p (p included).
func (p *Part) ByID(id string) *Part {
	if p.ID() == id {
		return p
	}
	for _, c := range p.children {
		if f := c.ByID(id); f != nil {
			return f
		}
	}
	return nil
}

// descendants returns every part beneath p, depth first, p excluded.
func (p *Part) descendants() []*Part {
	var out []*Part
	for _, c := range p.children {
		out = append(out, c)
		out = append(out, c.descendants()...)
	}
	return out
}

// clone copies the tree under p (sharing the immutable source bytes).
func (p *Part) clone(parent *Part) *Part {
	c := *p
	c.parent = parent
	c.header = append([]field(nil), p.header...)
	c.errors = append([]string(nil), p.errors...)
	c.children = nil
	for _, ch := range p.children {
		c.children = append(c.children, ch.clone(&c))
	}
	return &c
}
