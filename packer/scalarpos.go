package packer

import (
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// scalarOffsets reads the scalar n again from src, the text it was parsed from, as a YAML
// parser decodes it (escapes, line folding, block indentation), and returns for each byte
// of n.Value the byte offset in src of the source character that produced it. ok is false
// when the styles or layouts it does not follow (a block scalar with an explicit
// indentation indicator) are met, or when its reading does not give n.Value: the caller
// then has no better position than the node's.
func scalarOffsets(src []byte, n *yaml.Node) (at []int, ok bool) {
	p := nodeOffset(src, n.Line, n.Column)
	if p < 0 {
		return nil, false
	}
	p = skipProperties(src, p)
	r := &scalarReader{src: src, want: n.Value}
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0:
		if p >= len(src) || src[p] != '"' {
			return nil, false
		}
		r.flow(p+1, '"')
	case n.Style&yaml.SingleQuotedStyle != 0:
		if p >= len(src) || src[p] != '\'' {
			return nil, false
		}
		r.flow(p+1, '\'')
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		r.block(p, n.Style&yaml.FoldedStyle != 0)
	default:
		r.flow(p, 0)
	}
	if r.failed || len(r.at) != len(r.want) {
		return nil, false
	}
	return r.at, true
}

// nodeOffset returns the byte offset of 1-based line and rune column in src, or -1.
func nodeOffset(src []byte, line, col int) int {
	p := 0
	for l := 1; l < line; l++ {
		i := indexByteFrom(src, p, '\n')
		if i < 0 {
			return -1
		}
		p = i + 1
	}
	for c := 1; c < col; c++ {
		if p >= len(src) || src[p] == '\n' {
			return -1
		}
		_, size := utf8.DecodeRune(src[p:])
		p += size
	}
	return p
}

func indexByteFrom(src []byte, from int, b byte) int {
	for i := from; i < len(src); i++ {
		if src[i] == b {
			return i
		}
	}
	return -1
}

// skipProperties skips an anchor (&a) and a tag (!Env, !!str) before a node's content,
// with the blanks, line breaks and comments after them.
func skipProperties(src []byte, p int) int {
	for p < len(src) && (src[p] == '&' || src[p] == '!') {
		for p < len(src) && !isBlankOrBreak(src[p]) {
			p++
		}
	blanks:
		for p < len(src) {
			switch {
			case isBlankOrBreak(src[p]):
				p++
			case src[p] == '#':
				for p < len(src) && src[p] != '\n' {
					p++
				}
			default:
				break blanks
			}
		}
	}
	return p
}

func isBlank(b byte) bool        { return b == ' ' || b == '\t' }
func isBreak(b byte) bool        { return b == '\n' || b == '\r' }
func isBlankOrBreak(b byte) bool { return isBlank(b) || isBreak(b) }

// scalarReader collects the decoded bytes of one scalar with their source offsets, and
// stops as soon as they stray from want or cover it.
type scalarReader struct {
	src    []byte
	want   string
	at     []int
	failed bool
}

// done reports whether reading should stop: the value is complete or went wrong.
func (r *scalarReader) done() bool {
	return r.failed || len(r.at) == len(r.want)
}

// emit records the decoded bytes s, produced by the source character at offset p.
func (r *scalarReader) emit(s string, p int) {
	for i := 0; i < len(s); i++ {
		if len(r.at) >= len(r.want) || r.want[len(r.at)] != s[i] {
			r.failed = true
			return
		}
		r.at = append(r.at, p)
	}
}

// lineBreak returns the length of the line break at p (1 or 2 for \r\n), or 0.
func (r *scalarReader) lineBreak(p int) int {
	switch {
	case p+1 < len(r.src) && r.src[p] == '\r' && r.src[p+1] == '\n':
		return 2
	case p < len(r.src) && isBreak(r.src[p]):
		return 1
	}
	return 0
}

// fold reads the line break at p of a flow scalar and the empty lines after it, emits
// what they stand for (a space for a lone break, else one \n per empty line) unless
// escaped, and returns the offset of the next line's content.
func (r *scalarReader) fold(p int, escaped bool) int {
	breakAt := p
	p += r.lineBreak(p)
	var empty []int
	for {
		for p < len(r.src) && isBlank(r.src[p]) {
			p++
		}
		n := r.lineBreak(p)
		if n == 0 {
			break
		}
		empty = append(empty, p)
		p += n
	}
	if len(empty) == 0 && !escaped {
		r.emit(" ", breakAt)
	}
	for _, e := range empty {
		r.emit("\n", e)
	}
	return p
}

// flow reads a double-quoted (quote '"'), single-quoted (quote '\”) or plain (quote 0)
// scalar whose content starts at p.
func (r *scalarReader) flow(p int, quote byte) {
	for !r.done() {
		if p >= len(r.src) {
			r.failed = true
			return
		}
		c := r.src[p]
		switch {
		case isBlank(c):
			q := p
			for q < len(r.src) && isBlank(r.src[q]) {
				q++
			}
			if r.lineBreak(q) == 0 { // blanks before a line break are dropped
				for ; p < q; p++ {
					r.emit(string(r.src[p]), p)
				}
			}
			p = q
		case isBreak(c):
			p = r.fold(p, false)
		case quote == '\'' && c == '\'':
			if p+1 < len(r.src) && r.src[p+1] == '\'' {
				r.emit("'", p)
				p += 2
				continue
			}
			r.failed = true // closing quote before the value is complete
		case quote == '"' && c == '"':
			r.failed = true
		case quote == '"' && c == '\\':
			p = r.escape(p)
		default:
			_, size := utf8.DecodeRune(r.src[p:])
			r.emit(string(r.src[p:p+size]), p)
			p += size
		}
	}
}

// simpleEscapes are the one-character escapes of double-quoted YAML scalars.
var simpleEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v",
	'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '\\': "\\",
	'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// escape reads the escape sequence starting with the backslash at p; every byte it
// stands for is placed at the backslash. It returns the offset after the sequence.
func (r *scalarReader) escape(p int) int {
	if p+1 >= len(r.src) {
		r.failed = true
		return p
	}
	c := r.src[p+1]
	if s, ok := simpleEscapes[c]; ok {
		r.emit(s, p)
		return p + 2
	}
	if r.lineBreak(p+1) > 0 {
		return r.fold(p+1, true)
	}
	digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
	if digits == 0 || p+2+digits > len(r.src) {
		r.failed = true
		return p
	}
	code, err := strconv.ParseUint(string(r.src[p+2:p+2+digits]), 16, 32)
	if err != nil {
		r.failed = true
		return p
	}
	r.emit(string(rune(code)), p)
	return p + 2 + digits
}

// block reads a literal (|) or folded (>) block scalar whose indicator is at p.
func (r *scalarReader) block(p int, folded bool) {
	p++
	explicit := 0
	for p < len(r.src) && !isBlankOrBreak(r.src[p]) && r.src[p] != '#' {
		if r.src[p] >= '1' && r.src[p] <= '9' {
			explicit = int(r.src[p] - '0')
		}
		p++
	}
	indicatorCol := r.lineOffset(p)
	for p < len(r.src) && !isBreak(r.src[p]) {
		p++ // blanks and a comment
	}
	p += r.lineBreak(p)
	if explicit == 0 {
		r.body(p, r.autoIndent(p), folded)
		return
	}
	// An indentation indicator counts from the indentation of the parent node, which
	// lies left of the indicator: the one that reads the value is it.
	for parent := 0; parent < indicatorCol; parent++ {
		try := &scalarReader{src: r.src, want: r.want}
		try.body(p, parent+explicit, folded)
		if !try.failed && len(try.at) == len(try.want) {
			r.at = try.at
			return
		}
	}
	r.failed = true
}

// lineOffset returns the byte offset of p in its line.
func (r *scalarReader) lineOffset(p int) int {
	c := 0
	for p > 0 && r.src[p-1] != '\n' {
		p--
		c++
	}
	return c
}

// autoIndent returns the indentation of the first non-empty line at or after p.
func (r *scalarReader) autoIndent(p int) int {
	for p < len(r.src) {
		s := p
		for p < len(r.src) && r.src[p] == ' ' {
			p++
		}
		if n := r.lineBreak(p); n > 0 {
			p += n
			continue
		}
		return p - s
	}
	return 0
}

// body reads the lines of a block scalar, starting at p, indented by indent. A folded
// line break between two lines that do not start with a blank becomes a space (or goes
// when empty lines follow it); every other line break is kept.
func (r *scalarReader) body(p, indent int, folded bool) {
	if indent == 0 {
		r.failed = true
		return
	}
	var trailing []int // offsets of line breaks of empty lines
	p, col := r.blockBreaks(p, indent, &trailing)
	leadingBreak, leadingBlank := -1, false
	for !r.done() && p < len(r.src) && col == indent {
		trailingBlank := isBlank(r.src[p])
		if folded && leadingBreak >= 0 && !leadingBlank && !trailingBlank {
			if len(trailing) == 0 {
				r.emit(" ", leadingBreak)
			}
			leadingBreak = -1
		}
		if leadingBreak >= 0 {
			r.emit("\n", leadingBreak)
			leadingBreak = -1
		}
		for _, t := range trailing {
			r.emit("\n", t)
		}
		trailing = trailing[:0]
		leadingBlank = isBlank(r.src[p])
		for p < len(r.src) && !isBreak(r.src[p]) && !r.done() {
			_, size := utf8.DecodeRune(r.src[p:])
			r.emit(string(r.src[p:p+size]), p)
			p += size
		}
		if p >= len(r.src) || r.done() {
			break
		}
		leadingBreak = p
		p += r.lineBreak(p)
		p, col = r.blockBreaks(p, indent, &trailing)
	}
	// The final line breaks, as far as chomping kept them in the value.
	if leadingBreak >= 0 && !r.done() {
		r.emit("\n", leadingBreak)
	}
	for _, t := range trailing {
		if !r.done() {
			r.emit("\n", t)
		}
	}
}

// blockBreaks skips up to indent spaces of the line starting at p and the empty lines
// after it, adding their line breaks to trailing. It returns the offset of the next
// line's content and its column.
func (r *scalarReader) blockBreaks(p, indent int, trailing *[]int) (int, int) {
	for {
		col := 0
		for col < indent && p < len(r.src) && r.src[p] == ' ' {
			p++
			col++
		}
		n := r.lineBreak(p)
		if n == 0 {
			return p, col // content; blanks beyond indent belong to it
		}
		*trailing = append(*trailing, p)
		p += n
	}
}

// lineCol returns the 1-based line and rune column of byte offset p in src.
func lineCol(src []byte, p int) (int, int) {
	if p > len(src) {
		p = len(src)
	}
	line, start := 1, 0
	for i := 0; i < p; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(src[start:p]) + 1
}
