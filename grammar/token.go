package grammar

import (
	"fmt"

	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/parser"
)

// token is the parser's token: a smaller antlr.Token than antlr.CommonToken,
// allocated in slabs (see tokenSlab) so that a file's tokens cost a handful of
// allocations instead of one each. Its text is read from the source on demand.
type token struct {
	ttype, channel int32
	start, stop    int32 // byte offsets, stop inclusive
	index          int32
	line, column   int32
	text           *string // set only by SetText
	src            *tokenSource
}

// tokenSlab hands out tokens from preallocated chunks. The first chunk is
// sized from the source (about one token per five bytes), so a short script
// does not pay for a full chunk; later chunks have slabSize tokens.
type tokenSlab struct {
	free []token
	next int // size of the next chunk; 0 means slabSize
}

const slabSize = 512

// sizeFor sets the first chunk's size for a source of n bytes.
func (s *tokenSlab) sizeFor(n int) { s.next = min(max(n/5, 16), slabSize) }

func (s *tokenSlab) alloc() *token {
	if len(s.free) == 0 {
		size := s.next
		if size == 0 {
			size = slabSize
		}
		s.free = make([]token, size)
		s.next = slabSize
	}
	t := &s.free[0]
	s.free = s.free[1:]
	return t
}

// newToken makes a token covering the bytes start..stop (inclusive).
func (ts *tokenSource) newToken(ttype, channel, start, stop, line, column int) *token {
	t := ts.slab.alloc()
	*t = token{ttype: int32(ttype), channel: int32(channel), start: int32(start), stop: int32(stop),
		index: -1, line: int32(line), column: int32(column), src: ts}
	return t
}

// channelOf returns the channel of a token type made by the generated lexer.
func channelOf(ttype int) int {
	if ttype == parser.HSLLexerBLOCK_COMMENT || ttype == parser.HSLLexerLINE_COMMENT {
		return parser.HSLLexerCOMMENTS
	}
	return antlr.TokenDefaultChannel
}

// GetSource implements antlr.Token.
func (t *token) GetSource() *antlr.TokenSourceCharStreamPair {
	return t.src.GetTokenSourceCharStreamPair()
}

// GetTokenType implements antlr.Token.
func (t *token) GetTokenType() int { return int(t.ttype) }

// GetChannel implements antlr.Token.
func (t *token) GetChannel() int { return int(t.channel) }

// GetStart implements antlr.Token.
func (t *token) GetStart() int { return int(t.start) }

// GetStop implements antlr.Token.
func (t *token) GetStop() int { return int(t.stop) }

// GetLine implements antlr.Token.
func (t *token) GetLine() int { return int(t.line) }

// GetColumn implements antlr.Token.
func (t *token) GetColumn() int { return int(t.column) }

// GetText implements antlr.Token: the source bytes of the token.
func (t *token) GetText() string {
	if t.text != nil {
		return *t.text
	}
	if t.ttype == antlr.TokenEOF {
		return "<EOF>"
	}
	return t.src.src.GetText(int(t.start), int(t.stop))
}

// SetText implements antlr.Token.
func (t *token) SetText(s string) { t.text = &s }

// GetTokenIndex implements antlr.Token.
func (t *token) GetTokenIndex() int { return int(t.index) }

// SetTokenIndex implements antlr.Token.
func (t *token) SetTokenIndex(v int) { t.index = int32(v) }

// GetTokenSource implements antlr.Token.
func (t *token) GetTokenSource() antlr.TokenSource { return t.src }

// GetInputStream implements antlr.Token.
func (t *token) GetInputStream() antlr.CharStream { return t.src.src }

// String implements antlr.Token, for debugging.
func (t *token) String() string {
	return fmt.Sprintf("[@%d,%d:%d=%q,<%d>,%d:%d]", t.index, t.start, t.stop, t.GetText(), t.ttype, t.line, t.column)
}
