package mime

import (
	"io"
	"mime"
	"strings"

	"github.com/emersion/go-message/charset"

	"github.com/openhsl/hsl/stdlib/encoding"
)

// wordDecoder decodes RFC 2047 encoded words in any charset go-message knows.
var wordDecoder = &mime.WordDecoder{CharsetReader: func(cs string, r io.Reader) (io.Reader, error) {
	return charset.Reader(encoding.WordCharset(cs), r)
}}

// decodeWords decodes the encoded words of a header value; a value that
// cannot be decoded is returned as it is.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		return s
	}
	out, err := wordDecoder.DecodeHeader(s)
	if err != nil {
		return s
	}
	return out
}

// fieldsNamed returns the indexes of the header fields with the given name
// (ASCII case-insensitive), from the top.
func (p *Part) fieldsNamed(name string) []int {
	var idx []int
	for i, f := range p.header {
		if f.name != "" && strings.EqualFold(f.name, name) {
			idx = append(idx, i)
		}
	}
	return idx
}

// HeaderValues returns the values of the fields with the given name, from
// the top, unfolded and optionally decoded.
func (p *Part) HeaderValues(name string, decode bool) []string {
	var out []string
	for _, i := range p.fieldsNamed(name) {
		v := p.header[i].value()
		if decode {
			v = decodeWords(v)
		}
		out = append(out, v)
	}
	return out
}

// Header returns the first value of a field, or "" and false.
func (p *Part) Header(name string) (string, bool) {
	idx := p.fieldsNamed(name)
	if len(idx) == 0 {
		return "", false
	}
	return p.header[idx[0]].value(), true
}

// HeaderNames returns the names of all fields from the top, in lower case.
func (p *Part) HeaderNames() []string {
	var out []string
	for _, f := range p.header {
		if f.name != "" {
			out = append(out, strings.ToLower(f.name))
		}
	}
	return out
}

// newField builds a field; with encode, non-ASCII text becomes encoded
// words and long values are folded.
func (p *Part) newField(name, val string, encode bool) field {
	if encode {
		val = encodeValue(val)
		return field{raw: []byte(fold(name+": "+val, p.nl)), name: name}
	}
	// Without encode the value is written as given, with its line breaks
	// normalised to the part's line ending.
	val = strings.NewReplacer("\r\n", p.nl, "\n", p.nl).Replace(val)
	return field{raw: []byte(name + ": " + val + p.nl), name: name}
}

// encodeValue turns a value with non-ASCII or control bytes into encoded words.
func encodeValue(v string) string {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c >= 0x80 || (c < ' ' && c != '\t') {
			return mime.QEncoding.Encode("utf-8", strings.ToValidUTF8(v, "\uFFFD"))
		}
	}
	return v
}

// fold breaks a field line at blanks so that lines stay within 78 bytes
// where possible, and ends it with nl.
func fold(line, nl string) string {
	const limit = 78
	var b strings.Builder
	for len(line) > limit {
		cut := strings.LastIndexAny(line[:limit], " \t")
		if cut <= 0 {
			next := strings.IndexAny(line[limit:], " \t")
			if next < 0 {
				break
			}
			cut = limit + next
		}
		if strings.TrimLeft(line[:cut], " \t") == "" {
			break
		}
		b.WriteString(line[:cut])
		b.WriteString(nl)
		line = line[cut:]
	}
	b.WriteString(line)
	b.WriteString(nl)
	return b.String()
}

// AddHeader adds a field at the top of the header.
func (p *Part) AddHeader(name, val string, encode bool) {
	p.header = append([]field{p.newField(name, val, encode)}, p.header...)
	p.hdrDirty = true
}

// SetHeader replaces the fields of the name (or only the index-th when
// index >= 0) with one holding val; when there is none it adds one at the
// top (index < 0 only). It returns the number of fields changed.
func (p *Part) SetHeader(name, val string, index int, encode bool) int {
	idx := p.fieldsNamed(name)
	f := p.newField(name, val, encode)
	switch {
	case index >= 0:
		if index >= len(idx) {
			return 0
		}
		p.header[idx[index]] = f
		p.hdrDirty = true
		return 1
	case len(idx) == 0:
		p.AddHeader(name, val, encode)
		return 1
	}
	// The first keeps its place; the others go.
	p.header[idx[0]] = f
	for k := len(idx) - 1; k >= 1; k-- {
		p.header = append(p.header[:idx[k]], p.header[idx[k]+1:]...)
	}
	p.hdrDirty = true
	return len(idx)
}

// DelHeader deletes the fields of the name (or only the index-th when
// index >= 0) and returns how many went.
func (p *Part) DelHeader(name string, index int) int {
	idx := p.fieldsNamed(name)
	if index >= 0 {
		if index >= len(idx) {
			return 0
		}
		idx = idx[index : index+1]
	}
	for k := len(idx) - 1; k >= 0; k-- {
		p.header = append(p.header[:idx[k]], p.header[idx[k]+1:]...)
	}
	if len(idx) > 0 {
		p.hdrDirty = true
	}
	return len(idx)
}

// RenameHeader renames every field of the name, keeping its value bytes.
func (p *Part) RenameHeader(name, newname string) int {
	idx := p.fieldsNamed(name)
	for _, i := range idx {
		f := p.header[i]
		raw := append([]byte(newname), f.raw[len(f.name):]...)
		p.header[i] = field{raw: raw, name: newname}
	}
	if len(idx) > 0 {
		p.hdrDirty = true
	}
	return len(idx)
}

// contentType returns the lower-case media type and its parameters; a part
// without a valid Content-Type is text/plain (or message/rfc822 inside a
// multipart/digest), as RFC 2045 says.
func (p *Part) contentType() (string, map[string]string) {
	v, ok := p.Header("Content-Type")
	if !ok {
		if p.parent != nil {
			if mt, _ := p.parent.contentType(); mt == "multipart/digest" {
				return "message/rfc822", map[string]string{}
			}
		}
		return "text/plain", map[string]string{}
	}
	mt, params := parseParams(v)
	if mt == "" || !strings.Contains(mt, "/") {
		return "text/plain", params
	}
	return mt, params
}

// parseParams parses a "value; name=param" header (RFC 2045 and RFC 2231).
// Malformed parameters are skipped rather than failing the whole value.
func parseParams(v string) (string, map[string]string) {
	mt, params, err := mime.ParseMediaType(v)
	if err != nil && mt == "" {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(v, ";", 2)[0]))
	}
	if params == nil {
		params = map[string]string{}
	}
	return mt, params
}

// Type returns the media type (e.g. "text/plain") from Content-Type, or ""
// when the part has no Content-Type field.
func (p *Part) Type() string {
	if _, ok := p.Header("Content-Type"); !ok {
		return ""
	}
	mt, _ := p.contentType()
	return mt
}

// TypeParameter returns a parameter of Content-Type.
func (p *Part) TypeParameter(name string) (string, bool) {
	if _, ok := p.Header("Content-Type"); !ok {
		return "", false
	}
	_, params := p.contentType()
	v, ok := params[strings.ToLower(name)]
	return v, ok
}

// FileName returns the filename parameter of Content-Disposition, else the
// name parameter of Content-Type, with encoded words decoded.
func (p *Part) FileName() (string, bool) {
	if v, ok := p.Header("Content-Disposition"); ok {
		if _, params := parseParams(v); params["filename"] != "" {
			return decodeWords(params["filename"]), true
		}
	}
	if name, ok := p.TypeParameter("name"); ok && name != "" {
		return decodeWords(name), true
	}
	return "", false
}
