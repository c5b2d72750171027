package repl

import (
	"errors"
	"sort"
	"strings"

	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// mapping converts positions in the program that a Session runs back to
// positions in the input as typed: the program is the input with text
// inserted (the call that prints a lone expression's value), and no inserted
// text holds a newline, so only columns move.
type mapping struct {
	file string
	ins  []insertion
}

// insertion is text of n bytes inserted at a line and column of the program.
type insertion struct{ line, col, n int }

func newMapping(file string) *mapping { return &mapping{file: file} }

// edit is text to insert before the byte at a position of the input.
type edit struct {
	at   ast.Pos
	text string
}

// instrument returns src with the edits applied (in order of their
// positions; edits at one position keep their order) and records the
// insertions.
func (m *mapping) instrument(src string, edits []edit) string {
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].at.Offset < edits[j].at.Offset })
	var b strings.Builder
	shift := map[int]int{} // bytes inserted so far, per line
	last := 0
	for _, e := range edits {
		if e.text == "" {
			continue
		}
		b.WriteString(src[last:e.at.Offset])
		m.ins = append(m.ins, insertion{line: e.at.Line, col: e.at.Col + shift[e.at.Line], n: len(e.text)})
		shift[e.at.Line] += len(e.text)
		b.WriteString(e.text)
		last = e.at.Offset
	}
	b.WriteString(src[last:])
	return b.String()
}

// col maps a column of the program on a line back to the input; a column
// inside inserted text maps to the place of the insertion.
func (m *mapping) col(line, col int) int {
	orig := col
	for _, in := range m.ins {
		if in.line != line {
			continue
		}
		switch {
		case col >= in.col+in.n:
			orig -= in.n
		case col >= in.col:
			orig -= col - in.col
		}
	}
	return orig
}

// pos maps a position of file.
func (m *mapping) pos(file string, p ast.Pos) ast.Pos {
	if file != m.file || !p.IsValid() {
		return p
	}
	off := p.Offset
	for _, in := range m.ins {
		if in.line < p.Line {
			off -= in.n
		}
	}
	col := m.col(p.Line, p.Col)
	return ast.Pos{Offset: off - (p.Col - col), Line: p.Line, Col: col}
}

// diags maps the positions of diagnostics.
func (m *mapping) diags(l diag.List) diag.List {
	out := make(diag.List, len(l))
	for i, d := range l {
		d.Start, d.End = m.pos(d.File, d.Start), m.pos(d.File, d.End)
		out[i] = d
	}
	return out
}

// runtime maps the positions of a runtime error and its stack trace.
func (m *mapping) runtime(err error) error {
	var exc *catalog.Exception
	var thrown *catalog.Thrown
	switch {
	case errors.As(err, &thrown):
		exc = thrown.Exc
	case errors.As(err, &exc):
	default:
		return err
	}
	if exc == nil {
		return err
	}
	if exc.File == m.file {
		exc.Col = m.col(exc.Line, exc.Col)
	}
	for i, f := range exc.Trace {
		if f.File == m.file {
			exc.Trace[i].Col = m.col(f.Line, f.Col)
		}
	}
	return err
}
