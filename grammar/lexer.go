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
	file    string
	src     *byteStream
	diags   *diag.List
	lines   *lineIndex
	slab    tokenSlab
	pending []antlr.Token // tokens already made, returned before lexing more
	prev    int           // type of the last default-channel token
	// dropName hides the name after `extends`, so that `class A extends B {`
	// reads as `class A {`.
	dropName bool
	// slow turns off the fast paths of scan (tests compare both ways).
	slow bool
	// unterminated is set when a literal or comment runs to the end of the
	// input; errors the parser then finds at the end of file follow from it.
	unterminated bool
}

func newTokenSource(file string, src *byteStream, diags *diag.List, lines *lineIndex) *tokenSource {
	lx := parser.NewHSLLexer(src)
	lx.RemoveErrorListeners()
	ts := &tokenSource{HSLLexer: lx, file: file, src: src, diags: diags, lines: lines}
	ts.slab.sizeFor(src.Size())
	lx.Virt = ts // the lexer makes its tokens with ts.Emit
	return ts
}

// Emit replaces antlr.BaseLexer.Emit, which the lexer calls at the end of
// each token: the token comes from the slab.
func (ts *tokenSource) Emit() antlr.Token {
	ttype := ts.GetType()
	t := ts.newToken(ttype, channelOf(ttype), ts.TokenStartCharIndex, ts.GetCharIndex()-1, ts.TokenStartLine, ts.TokenStartColumn)
	ts.EmitToken(t)
	return t
}

// NextToken returns the next token, post-processed as described on tokenSource.
func (ts *tokenSource) NextToken() antlr.Token {
	var t antlr.Token
	if len(ts.pending) > 0 {
		t, ts.pending = ts.pending[0], ts.pending[1:]
	} else {
		t = ts.next()
	}
	if t.GetChannel() == antlr.TokenDefaultChannel {
		if ts.dropName && t.GetTokenType() == parser.HSLLexerIDENT {
			ts.dropName = false
			return ts.retype(t, parser.HSLLexerIDENT, errorChannel)
		}
		ts.dropName = false
		ts.prev = t.GetTokenType()
	}
	return t
}

// next lexes one token and repairs it.
func (ts *tokenSource) next() antlr.Token {
	if t := ts.skipSpace(); t != nil {
		return t
	}
	if !ts.slow {
		if t := ts.scan(); t != nil {
			return t
		}
	}
	t := ts.HSLLexer.NextToken()
	switch t.GetTokenType() {
	case parser.HSLLexerRAW_OPEN:
		return ts.rawString(t)
	case parser.HSLLexerUNTERMINATED_STRING:
		ts.unterminated = true
		ts.errorAt(t.GetStart(), t.GetStart()+1, "unterminated string literal: missing closing '\"'")
		return ts.retype(t, parser.HSLLexerSTRING, antlr.TokenDefaultChannel)
	case parser.HSLLexerUNTERMINATED_REGEX:
		ts.unterminated = true
		ts.errorAt(t.GetStart(), t.GetStart()+2, "unterminated regular expression literal: missing closing '/'")
		return ts.retype(t, parser.HSLLexerREGEX, antlr.TokenDefaultChannel)
	case parser.HSLLexerUNTERMINATED_COMMENT:
		ts.unterminated = true
		ts.errorAt(t.GetStart(), t.GetStart()+2, "unterminated block comment: missing '*/'")
		return ts.retype(t, parser.HSLLexerBLOCK_COMMENT, parser.HSLLexerCOMMENTS)
	case parser.HSLLexerBAD_NUMBER:
		ts.errorAt(t.GetStart(), t.GetStop()+1, "malformed number %s", quoteToken(t.GetText()))
		return ts.retype(t, parser.HSLLexerNUMBER, antlr.TokenDefaultChannel)
	case parser.HSLLexerERROR_CHAR:
		ts.errorAt(t.GetStart(), t.GetStop()+1, "unexpected character %s", describeByte(t.GetText()))
		return ts.retype(t, parser.HSLLexerERROR_CHAR, errorChannel)
	case parser.HSLLexerFOREIGN_OP:
		return ts.foreignOp(t)
	case parser.HSLLexerFOREIGN_WORD, parser.HSLLexerRESERVED:
		if ts.prev == parser.HSLLexerARROW || ts.prev == parser.HSLLexerDOUBLE_COLON {
			return t // any word may name a member
		}
		return ts.foreignWord(t)
	}
	return t
}

// skipSpace consumes whitespace and returns the line comment that follows
// it, if any. This is what the WS and LINE_COMMENT rules match, done without
// the generated lexer's per-byte DFA steps: a third of a typical script is
// indentation and comments.
func (ts *tokenSource) skipSpace() antlr.Token {
	src := ts.src.src
	for i := ts.src.Index(); i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\r', '\n', '\f':
			ts.Interpreter.Consume(ts.src)
			continue
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				return ts.lineComment()
			}
		}
		break
	}
	return nil
}

// lineComment makes the token of a `//` comment, which runs to the end of
// the line (excluded).
func (ts *tokenSource) lineComment() antlr.Token {
	start, line, col := ts.src.Index(), ts.Interpreter.GetLine(), ts.Interpreter.GetCharPositionInLine()
	src := ts.src.src
	for c := src[ts.src.Index()]; c != '\n' && c != '\r'; c = src[ts.src.Index()] {
		ts.Interpreter.Consume(ts.src)
		if ts.src.Index() == len(src) {
			break
		}
	}
	return ts.newToken(parser.HSLLexerLINE_COMMENT, parser.HSLLexerCOMMENTS, start, ts.src.Index()-1, line, col)
}

// foreignOp reports an operator of another language and replaces it with the
// HSL operator it stands for, so that the expression around it still parses.
func (ts *tokenSource) foreignOp(t antlr.Token) antlr.Token {
	ts.errorAt(t.GetStart(), t.GetStop()+1, "%s", foreignHint(t))
	switch t.GetText() {
	case "&&":
		return ts.retype(t, parser.HSLLexerAND, antlr.TokenDefaultChannel)
	case "||":
		return ts.retype(t, parser.HSLLexerOR, antlr.TokenDefaultChannel)
	case "<>":
		return ts.retype(t, parser.HSLLexerNE, antlr.TokenDefaultChannel)
	}
	return ts.retype(t, parser.HSLLexerASSIGN, antlr.TokenDefaultChannel) // &= |= ^= <<= >>= >>>=
}

// foreignWord reports a reserved word used outside a member name and replaces
// it with what the writer most likely meant.
func (ts *tokenSource) foreignWord(t antlr.Token) antlr.Token {
	ts.errorAt(t.GetStart(), t.GetStop()+1, "%s", foreignHint(t))
	switch t.GetText() {
	case "new", "finally":
		return ts.retype(t, t.GetTokenType(), errorChannel)
	case "extends":
		ts.dropName = true
		return ts.retype(t, t.GetTokenType(), errorChannel)
	case "this":
		return ts.retype(t, parser.HSLLexerVARIABLE, antlr.TokenDefaultChannel)
	case "print":
		return ts.retype(t, parser.HSLLexerECHO, antlr.TokenDefaultChannel)
	case "elseif":
		start := t.GetStart()
		ts.pending = append(ts.pending, ts.newToken(parser.HSLLexerIF, antlr.TokenDefaultChannel, start+4, start+5, t.GetLine(), t.GetColumn()+4))
		return ts.newToken(parser.HSLLexerELSE, antlr.TokenDefaultChannel, start, start+3, t.GetLine(), t.GetColumn())
	}
	return ts.retype(t, parser.HSLLexerIDENT, antlr.TokenDefaultChannel)
}

// rawString scans from after the opening 'DELIM' to the matching 'DELIM' and
// returns one RAW_STRING token covering the whole literal.
func (ts *tokenSource) rawString(open antlr.Token) antlr.Token {
	delim := open.GetText()
	rest := ts.src.src[ts.src.Index():]
	end := strings.Index(rest, delim)
	n := end + len(delim)
	if end < 0 {
		ts.unterminated = true
		ts.errorAt(open.GetStart(), open.GetStop()+1, "unterminated raw string: missing closing %s", delim)
		n = len(rest)
	}
	for i := 0; i < n; i++ {
		ts.Interpreter.Consume(ts.src)
	}
	stop := ts.src.Index() - 1
	return ts.newToken(parser.HSLLexerRAW_STRING, antlr.TokenDefaultChannel, open.GetStart(), stop, open.GetLine(), open.GetColumn())
}

func (ts *tokenSource) retype(t antlr.Token, ttype, channel int) antlr.Token {
	return ts.newToken(ttype, channel, t.GetStart(), t.GetStop(), t.GetLine(), t.GetColumn())
}

func (ts *tokenSource) errorAt(start, end int, format string, args ...any) {
	*ts.diags = append(*ts.diags, diag.At(ast.Loc{File: ts.file, Start: ts.lines.pos(start), End: ts.lines.pos(end)}, format, args...))
}
