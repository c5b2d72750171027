package grammar

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/parser"
)

// scan lexes variables and complete double-quoted strings, common and long
// tokens, without the generated lexer, whose automaton costs a lock and a
// table walk per byte. It returns nil for anything else; the
// generated lexer then takes over. The tokens are exactly those the lexer
// rules produce (TestFastLexer and FuzzLexer compare the two).
func (ts *tokenSource) scan() antlr.Token {
	src := ts.src.src
	start := ts.src.Index()
	if start >= len(src) {
		return nil
	}
	end, ttype := start, 0
	switch c := src[start]; {
	case c == '$':
		if start+1 >= len(src) || !isNameStart(src[start+1]) {
			return nil
		}
		end, ttype = nameEnd(src, start+1), parser.HSLLexerVARIABLE
	case c == '"':
		end = stringEnd(src, start)
		if end < 0 {
			return nil // unterminated: the lexer rule reports it
		}
		ttype = parser.HSLLexerSTRING
	default:
		return nil
	}
	line, col := ts.Interpreter.GetLine(), ts.Interpreter.GetCharPositionInLine()
	for ts.src.Index() < end {
		ts.Interpreter.Consume(ts.src)
	}
	return ts.newToken(ttype, antlr.TokenDefaultChannel, start, end-1, line, col)
}

// nameEnd returns the end of the run of name bytes starting at i.
func nameEnd(src string, i int) int {
	for i < len(src) && isNameChar(src[i]) {
		i++
	}
	return i
}

// stringEnd returns the offset after the closing quote of the string that
// starts at i, or -1 when it is not closed.
func stringEnd(src string, i int) int {
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}
