package grammar

import (
	"sort"

	"github.com/openhsl/hsl/grammar/ast"
)

// lineIndex converts byte offsets into line and column numbers.
type lineIndex struct {
	starts []int // byte offset at which each line starts
	size   int
	last   int // line (0-based) of the previous lookup: lookups mostly go forward
	bom    int // length of a UTF-8 byte order mark at the start, which columns of line 1 do not count
}

func newLineIndex(src []byte) *lineIndex {
	starts := make([]int, 1, len(src)/32+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	li := &lineIndex{starts: starts, size: len(src)}
	if hasBOM(src) {
		li.bom = len(utf8BOM)
	}
	return li
}

// pos returns the position of byte offset off (clamped to the source).
func (li *lineIndex) pos(off int) ast.Pos {
	off = min(max(off, 0), li.size)
	line := li.last
	switch {
	case li.onLine(line, off):
	case li.onLine(line+1, off):
		line++
	default:
		line = sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	}
	li.last = line
	col := off - li.starts[line] + 1
	if line == 0 {
		col = max(col-li.bom, 1)
	}
	return ast.Pos{Offset: off, Line: line + 1, Col: col}
}

// utf8BOM is the byte order mark that some editors put at the start of a
// UTF-8 file.
const utf8BOM = "\xEF\xBB\xBF"

// hasBOM reports whether src starts with a UTF-8 byte order mark.
func hasBOM(src []byte) bool {
	return len(src) >= len(utf8BOM) && string(src[:len(utf8BOM)]) == utf8BOM
}

// onLine reports whether offset off lies on the 0-based line.
func (li *lineIndex) onLine(line, off int) bool {
	return line < len(li.starts) && li.starts[line] <= off && (line+1 == len(li.starts) || off < li.starts[line+1])
}
