package grammar

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/parser"
)

// tokenStream is the antlr.TokenStream the parser reads. The whole file is
// lexed up front; the parser sees only the default-channel tokens (ending with
// EOF), comments are kept aside for the AST, and tokens on the error channel
// (stray bytes, already reported) are dropped.
type tokenStream struct {
	source   antlr.TokenSource
	text     *byteStream
	tokens   []antlr.Token // default channel, ending with EOF
	comments []antlr.Token
	pos      int
}

func newTokenStream(source antlr.TokenSource, text *byteStream) *tokenStream {
	s := &tokenStream{text: text}
	s.SetTokenSource(source)
	return s
}

// SetTokenSource reads every token of source.
func (s *tokenStream) SetTokenSource(source antlr.TokenSource) {
	s.source, s.pos = source, 0
	s.tokens = make([]antlr.Token, 0, s.text.Size()/5+16)
	s.comments = s.comments[:0]
	for {
		t := source.NextToken()
		switch t.GetChannel() {
		case antlr.TokenDefaultChannel:
			t.SetTokenIndex(len(s.tokens))
			s.tokens = append(s.tokens, t)
		case parser.HSLLexerCOMMENTS:
			s.comments = append(s.comments, t)
		}
		if t.GetTokenType() == antlr.TokenEOF {
			return
		}
	}
}

// LT returns the token k positions ahead (k > 0, 1 = the next) or behind
// (k < 0); past the end it returns EOF, before the start nil.
func (s *tokenStream) LT(k int) antlr.Token {
	i := s.pos + k - 1
	if k < 0 {
		i = s.pos + k
	}
	switch {
	case k == 0 || i < 0:
		return nil
	case i >= len(s.tokens):
		return s.tokens[len(s.tokens)-1]
	}
	return s.tokens[i]
}

// LA returns the type of LT(k), or 0 when there is no such token.
func (s *tokenStream) LA(k int) int {
	if t := s.LT(k); t != nil {
		return t.GetTokenType()
	}
	return 0
}

// Consume moves past the next token; it stays on EOF.
func (s *tokenStream) Consume() {
	if s.pos < len(s.tokens)-1 {
		s.pos++
	}
}

// Mark is a no-op: every token stays in memory.
func (s *tokenStream) Mark() int { return 0 }

// Release is a no-op, see Mark.
func (s *tokenStream) Release(int) {}

// Index returns the index of the next token.
func (s *tokenStream) Index() int { return s.pos }

// Seek moves to token index i, clamped to the stream.
func (s *tokenStream) Seek(i int) { s.pos = min(max(i, 0), len(s.tokens)-1) }

// Size returns the number of tokens, EOF included.
func (s *tokenStream) Size() int { return len(s.tokens) }

// GetSourceName returns the file name.
func (s *tokenStream) GetSourceName() string { return s.text.GetSourceName() }

// Reset moves back to the first token.
func (s *tokenStream) Reset() { s.pos = 0 }

// Get returns the token at index i.
func (s *tokenStream) Get(i int) antlr.Token { return s.tokens[min(max(i, 0), len(s.tokens)-1)] }

// GetTokenSource returns the lexer the tokens came from.
func (s *tokenStream) GetTokenSource() antlr.TokenSource { return s.source }

// GetAllText returns the whole source.
func (s *tokenStream) GetAllText() string { return s.text.src }

// GetTextFromInterval returns the source from the start of token iv.Start to
// the end of token iv.Stop.
func (s *tokenStream) GetTextFromInterval(iv antlr.Interval) string {
	if iv.Start < 0 || iv.Stop < iv.Start || iv.Start >= len(s.tokens) {
		return ""
	}
	return s.GetTextFromTokens(s.Get(iv.Start), s.Get(iv.Stop))
}

// GetTextFromRuleContext returns the source a rule context covers.
func (s *tokenStream) GetTextFromRuleContext(c antlr.RuleContext) string {
	return s.GetTextFromInterval(c.GetSourceInterval())
}

// GetTextFromTokens returns the source from the start of one token to the end
// of another.
func (s *tokenStream) GetTextFromTokens(start, end antlr.Token) string {
	return s.text.GetTextFromTokens(start, end)
}
