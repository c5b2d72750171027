package grammar

import (
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/grammar/parser"
)

// errorChannel carries tokens the parser must not see (stray bytes).
const errorChannel = 3

// tokenSource wraps the generated lexer. It completes raw strings, whose closing
// delimiter ANTLR cannot match, reports lexical errors as diagnostics and repairs
// the token stream (an unterminated literal still reaches the parser as a
// literal) so that one bad token does not cascade into parse errors.
type tokenSource struct {
	*parser.HSLLexer
	file  string
	src   *byteStream
	diags *diag.List
	lines *lineIndex
}

func newTokenSource(file string, src *byteStream, diags *diag.List, lines *lineIndex) *tokenSource {
	lx := parser.NewHSLLexer(src)
	lx.RemoveErrorListeners()
	return &tokenSource{HSLLexer: lx, file: file, src: src, diags: diags, lines: lines}
}

// NextToken returns the next token, post-processed as described on tokenSource.
func (ts *tokenSource) NextToken() antlr.Token {
	t := ts.HSLLexer.NextToken()
	switch t.GetTokenType() {
	case parser.HSLLexerRAW_OPEN:
		return ts.rawString(t)
	case parser.HSLLexerUNTERMINATED_STRING:
		ts.errorAt(t.GetStart(), t.GetStart()+1, "unterminated string literal: missing closing '\"'")
		return ts.retype(t, parser.HSLLexerSTRING, antlr.TokenDefaultChannel)
	case parser.HSLLexerUNTERMINATED_REGEX:
		ts.errorAt(t.GetStart(), t.GetStart()+2, "unterminated regular expression literal: missing closing '/'")
		return ts.retype(t, parser.HSLLexerREGEX, antlr.TokenDefaultChannel)
	case parser.HSLLexerUNTERMINATED_COMMENT:
		ts.errorAt(t.GetStart(), t.GetStart()+2, "unterminated block comment: missing '*/'")
		return ts.retype(t, parser.HSLLexerBLOCK_COMMENT, parser.HSLLexerCOMMENTS)
	case parser.HSLLexerBAD_NUMBER:
		ts.errorAt(t.GetStart(), t.GetStop()+1, "malformed number %s", quoteToken(t.GetText()))
		return ts.retype(t, parser.HSLLexerNUMBER, antlr.TokenDefaultChannel)
	case parser.HSLLexerERROR_CHAR:
		ts.errorAt(t.GetStart(), t.GetStop()+1, "unexpected character %s", describeByte(t.GetText()))
		return ts.retype(t, parser.HSLLexerERROR_CHAR, errorChannel)
	}
	return t
}

// rawString scans from after the opening 'DELIM' to the matching 'DELIM' and
// returns one RAW_STRING token covering the whole literal.
func (ts *tokenSource) rawString(open antlr.Token) antlr.Token {
	delim := open.GetText()
	rest := ts.src.src[ts.src.Index():]
	end := strings.Index(rest, delim)
	n := end + len(delim)
	if end < 0 {
		ts.errorAt(open.GetStart(), open.GetStop()+1, "unterminated raw string: missing closing %s", delim)
		n = len(rest)
	}
	for i := 0; i < n; i++ {
		ts.Interpreter.Consume(ts.src)
	}
	stop := ts.src.Index() - 1
	return ts.GetTokenFactory().Create(ts.GetTokenSourceCharStreamPair(), parser.HSLLexerRAW_STRING,
		"", antlr.TokenDefaultChannel, open.GetStart(), stop, open.GetLine(), open.GetColumn())
}

func (ts *tokenSource) retype(t antlr.Token, ttype, channel int) antlr.Token {
	return ts.GetTokenFactory().Create(ts.GetTokenSourceCharStreamPair(), ttype, "", channel,
		t.GetStart(), t.GetStop(), t.GetLine(), t.GetColumn())
}

func (ts *tokenSource) errorAt(start, end int, format string, args ...any) {
	*ts.diags = append(*ts.diags, diag.At(ast.Loc{File: ts.file, Start: ts.lines.pos(start), End: ts.lines.pos(end)}, format, args...))
}
