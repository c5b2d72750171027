package lsp

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"go.lsp.dev/protocol"

	"github.com/openhsl/hsl/grammar/ast"
)

// text is the contents of a file with an index of its lines, to convert
// between byte offsets (the syntax tree) and LSP positions (0-based line,
// UTF-16 code units). Lines end as the protocol says: at "\n", "\r\n" or a
// lone "\r". The parser counts lines at "\n" only, so the lines and columns
// of syntax tree positions are never used: every conversion goes through
// byte offsets.
type text struct {
	src   []byte
	lines []int // byte offset at which each line starts
}

// utf8BOM is the byte order mark some editors write at the start of a file.
const utf8BOM = "\xEF\xBB\xBF"

func newText(src []byte) *text {
	lines := make([]int, 1, len(src)/32+1)
	if bytes.HasPrefix(src, []byte(utf8BOM)) {
		// Editors do not show a byte order mark (VS Code drops it from the
		// document), so a file read from disk counts line 1 from after it.
		lines[0] = len(utf8BOM)
	}
	for i, c := range src {
		if c == '\n' || c == '\r' && (i+1 == len(src) || src[i+1] != '\n') {
			lines = append(lines, i+1)
		}
	}
	return &text{src: src, lines: lines}
}

// lineEnd returns the offset of the end of a 0-based line, before its line
// break.
func (t *text) lineEnd(line int) int {
	if line+1 < len(t.lines) {
		end := t.lines[line+1] - 1
		if t.src[end] == '\n' && end > t.lines[line] && t.src[end-1] == '\r' {
			end--
		}
		return end
	}
	return len(t.src)
}

// offset converts an LSP position into a byte offset, clamping positions
// past the end of a line or of the file.
func (t *text) offset(p protocol.Position) int {
	line := int(p.Line)
	if line >= len(t.lines) {
		return len(t.src)
	}
	off, end := t.lines[line], t.lineEnd(line)
	for units := 0; off < end; {
		r, size := utf8.DecodeRune(t.src[off:end])
		n := 1
		if r >= 0x10000 {
			n = 2
		}
		if units+n > int(p.Character) {
			break
		}
		units += n
		off += size
	}
	return off
}

// position converts a byte offset into an LSP position.
func (t *text) position(off int) protocol.Position {
	off = min(max(off, 0), len(t.src))
	line := max(sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off })-1, 0)
	units := 0
	for i := t.lines[line]; i < off; {
		r, size := utf8.DecodeRune(t.src[i:off])
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	return protocol.Position{Line: uint32(line), Character: uint32(units)}
}

// lineCol returns the 1-based line and column (in UTF-16 code units, as
// editors count) of a byte offset, for messages.
func (t *text) lineCol(off int) (int, int) {
	p := t.position(off)
	return int(p.Line) + 1, int(p.Character) + 1
}

// rangeOf converts a byte range into an LSP range.
func (t *text) rangeOf(start, end int) protocol.Range {
	return protocol.Range{Start: t.position(start), End: t.position(end)}
}

// locRange converts the extent of a node into an LSP range.
func (t *text) locRange(l ast.Loc) protocol.Range {
	return t.rangeOf(l.Start.Offset, l.End.Offset)
}

// edit replaces the bytes between two offsets and returns the new text.
func (t *text) edit(start, end int, with string) *text {
	start = min(max(start, 0), len(t.src))
	end = min(max(end, start), len(t.src))
	src := make([]byte, 0, len(t.src)-(end-start)+len(with))
	src = append(src, t.src[:start]...)
	src = append(src, with...)
	src = append(src, t.src[end:]...)
	return newText(src)
}
