package grammar

import (
	"sort"

	"github.com/openhsl/hsl/grammar/ast"
)

// lineIndex converts byte offsets into line and column numbers.
type lineIndex struct {
	starts []int // byte offset at which each line starts
	size   int
}

func newLineIndex(src []byte) *lineIndex {
	starts := make([]int, 1, len(src)/32+1)
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{starts: starts, size: len(src)}
}

// pos returns the position of byte offset off (clamped to the source).
func (li *lineIndex) pos(off int) ast.Pos {
	if off < 0 {
		off = 0
	}
	if off > li.size {
		off = li.size
	}
	line := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > off }) - 1
	return ast.Pos{Offset: off, Line: line + 1, Col: off - li.starts[line] + 1}
}
