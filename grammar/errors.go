package grammar

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/grammar/parser"
)

// syntaxErrors collects parser errors as diagnostics phrased in HSL terms.
// ANTLR's own messages name token types ("mismatched input … expecting {…}");
// ours say what was expected and what was found.
type syntaxErrors struct {
	*antlr.DefaultErrorListener
	file   string
	lines  *lineIndex
	tokens *tokenStream
	diags  *diag.List
	seen   map[int]bool // offsets already reported
	// skipEOF drops errors found at the end of file: an unterminated literal
	// swallowed the rest of the input and has been reported already.
	skipEOF bool
}

// SyntaxError implements antlr.ErrorListener.
func (se *syntaxErrors) SyntaxError(rec antlr.Recognizer, offending any, _, _ int, _ string, e antlr.RecognitionException) {
	tok, ok := offending.(antlr.Token)
	if !ok || se.skipEOF && tok.GetTokenType() == antlr.TokenEOF {
		return
	}
	p, _ := rec.(antlr.Parser)
	var expected *antlr.IntervalSet
	if p != nil {
		expected = p.GetExpectedTokens()
	}
	msg, start, end := se.describe(tok, expected, e)
	if se.seen[start] {
		return
	}
	se.seen[start] = true
	*se.diags = append(*se.diags, diag.Diagnostic{
		File: se.file, Start: se.lines.pos(start), End: se.lines.pos(end), Message: msg,
	})
}

// describe builds the message and its byte extent.
func (se *syntaxErrors) describe(tok antlr.Token, expected *antlr.IntervalSet, e antlr.RecognitionException) (string, int, int) {
	start, end := tok.GetStart(), tok.GetStop()+1
	if tok.GetTokenType() == antlr.TokenEOF {
		start, end = tok.GetStart(), tok.GetStart()
	}
	if hint := foreignHint(tok); hint != "" {
		return hint, start, end
	}
	found := describeToken(tok)
	prev := se.previous(tok)
	names := expectedNames(expected)
	if msg := misplacedHint(tok, prev, expected); msg != "" {
		return msg, start, end
	}
	if _, noAlt := e.(*antlr.NoViableAltException); noAlt || len(names) == 0 {
		if tok.GetTokenType() == antlr.TokenEOF {
			return "unexpected end of file", start, end
		}
		return "unexpected " + found, start, end
	}
	want := joinAlternatives(names)
	if len(names) == 1 && isCloser(names[0]) && prev != nil {
		// A missing ';' or closing bracket: point just after the previous
		// token when the next one is on a later line, where the fix goes.
		where := "after " + describeAfter(prev)
		if prev.GetLine() < tok.GetLine() || tok.GetTokenType() == antlr.TokenEOF {
			start = prev.GetStop() + 1
			end = start
		}
		return fmt.Sprintf("expected %s %s, found %s", want, where, found), start, end
	}
	return fmt.Sprintf("expected %s, found %s", want, found), start, end
}

// misplacedHint explains a keyword that cannot stand where it was found.
func misplacedHint(tok, prev antlr.Token, expected *antlr.IntervalSet) string {
	tt := tok.GetTokenType()
	if prev != nil && isKeyword(tt) {
		switch prev.GetTokenType() {
		case parser.HSLParserFUNCTION:
			return fmt.Sprintf("'%s' is a reserved word and cannot name a function", tok.GetText())
		case parser.HSLParserCLASS:
			return fmt.Sprintf("'%s' is a reserved word and cannot name a class", tok.GetText())
		}
	}
	if expected == nil || inSet(expected, tt) {
		return ""
	}
	switch tt {
	case parser.HSLParserCASE, parser.HSLParserDEFAULT:
		if !inSet(expected, parser.HSLParserCASE) {
			return fmt.Sprintf("'%s' outside a switch", tok.GetText())
		}
	case parser.HSLParserELSE:
		return "'else' without an 'if'"
	case parser.HSLParserCATCH:
		return "'catch' without a 'try'"
	case parser.HSLParserRBRACE:
		if !inSet(expected, parser.HSLParserRBRACE) && inSet(expected, antlr.TokenEOF) {
			return "unexpected '}': no block is open here"
		}
	}
	return ""
}

// inSet reports whether token type t is in set.
func inSet(set *antlr.IntervalSet, t int) bool {
	for _, iv := range set.GetIntervals() {
		if t >= iv.Start && t < iv.Stop {
			return true
		}
	}
	return false
}

// isKeyword reports whether a token type is a reserved word.
func isKeyword(t int) bool {
	lits := parser.HSLLexerLexerStaticData.LiteralNames
	if t <= 0 || t >= len(lits) || len(lits[t]) < 3 {
		return false
	}
	c := lits[t][1]
	return c >= 'a' && c <= 'z'
}

// previous returns the default-channel token before tok, or nil.
func (se *syntaxErrors) previous(tok antlr.Token) antlr.Token {
	if i := tok.GetTokenIndex(); i > 0 && i < se.tokens.Size() {
		return se.tokens.Get(i - 1)
	}
	return nil
}

// expressionStarts are the tokens that can begin an expression; when most of
// them are expected the message says "expression" instead of listing them.
var expressionStarts = map[int]bool{
	parser.HSLParserVARIABLE: true, parser.HSLParserIDENT: true, parser.HSLParserNUMBER: true,
	parser.HSLParserSTRING: true, parser.HSLParserRAW_STRING: true, parser.HSLParserREGEX: true,
	parser.HSLParserTRUE: true, parser.HSLParserFALSE: true, parser.HSLParserNONE: true,
	parser.HSLParserLBRACK: true, parser.HSLParserARRAY: true, parser.HSLParserLPAREN: true,
	parser.HSLParserFUNCTION: true, parser.HSLParserMATCH: true, parser.HSLParserBUILTIN: true,
	parser.HSLParserISSET: true, parser.HSLParserUNSET: true, parser.HSLParserCACHE: true,
	parser.HSLParserMINUS: true, parser.HSLParserPLUS: true, parser.HSLParserBANG: true,
	parser.HSLParserNOT: true, parser.HSLParserTILDE: true, parser.HSLParserINC: true,
	parser.HSLParserDEC: true, parser.HSLParserSTATIC: true,
}

// statementKeywords begin statements; when they are expected the message says
// "statement".
var statementKeywords = map[int]bool{
	parser.HSLParserIF: true, parser.HSLParserFOR: true, parser.HSLParserFOREACH: true,
	parser.HSLParserWHILE: true, parser.HSLParserFOREVER: true, parser.HSLParserSWITCH: true,
	parser.HSLParserBREAK: true, parser.HSLParserCONTINUE: true, parser.HSLParserRETURN: true,
	parser.HSLParserTRY: true, parser.HSLParserTHROW: true, parser.HSLParserECHO: true,
	parser.HSLParserINCLUDE: true, parser.HSLParserINCLUDE_ONCE: true, parser.HSLParserIMPORT: true,
	parser.HSLParserCLASS: true, parser.HSLParserGLOBAL: true, parser.HSLParserBARRIER: true,
	parser.HSLParserLBRACE: true, parser.HSLParserSEMI: true,
}

// binaryOperators follow a complete expression; they are folded into "operator".
var binaryOperators = map[int]bool{
	parser.HSLParserPLUS: true, parser.HSLParserMINUS: true, parser.HSLParserSTAR: true,
	parser.HSLParserSLASH: true, parser.HSLParserPERCENT: true, parser.HSLParserPOW: true,
	parser.HSLParserDOT: true, parser.HSLParserEQ: true, parser.HSLParserNE: true,
	parser.HSLParserSTRICT_EQ: true, parser.HSLParserSTRICT_NE: true, parser.HSLParserLT: true,
	parser.HSLParserLE: true, parser.HSLParserGT: true, parser.HSLParserGE: true,
	parser.HSLParserMATCH_OP: true, parser.HSLParserNOT_MATCH_OP: true, parser.HSLParserAND: true,
	parser.HSLParserOR: true, parser.HSLParserAMP: true, parser.HSLParserPIPE: true,
	parser.HSLParserCARET: true, parser.HSLParserSHL: true, parser.HSLParserSHR: true,
	parser.HSLParserUSHR: true, parser.HSLParserNULLISH: true, parser.HSLParserQUESTION: true,
	parser.HSLParserASSIGN: true, parser.HSLParserPLUS_ASSIGN: true, parser.HSLParserMINUS_ASSIGN: true,
	parser.HSLParserMUL_ASSIGN: true, parser.HSLParserDIV_ASSIGN: true, parser.HSLParserMOD_ASSIGN: true,
	parser.HSLParserPOW_ASSIGN: true, parser.HSLParserCONCAT_ASSIGN: true,
	parser.HSLParserNULLISH_ASSIGN: true, parser.HSLParserINC: true, parser.HSLParserDEC: true,
	parser.HSLParserARROW: true, parser.HSLParserDOUBLE_COLON: true,
}

// expectedNames turns an expected-token set into a short list of HSL words.
func expectedNames(set *antlr.IntervalSet) []string {
	if set == nil {
		return nil
	}
	var types []int
	for _, iv := range set.GetIntervals() {
		for t := iv.Start; t < iv.Stop; t++ {
			types = append(types, t)
		}
	}
	has := map[int]bool{}
	for _, t := range types {
		has[t] = true
	}
	count := func(m map[int]bool) int {
		n := 0
		for t := range m {
			if has[t] {
				n++
			}
		}
		return n
	}
	exprs := count(expressionStarts) >= 6
	stmts := exprs && count(statementKeywords) >= 6
	ops := count(binaryOperators) >= 6
	var names []string
	seen := map[string]bool{}
	addName := func(s string) {
		if !seen[s] {
			seen[s] = true
			names = append(names, s)
		}
	}
	for _, t := range types {
		switch {
		case stmts && (statementKeywords[t] || expressionStarts[t]):
			addName("statement")
		case exprs && expressionStarts[t]:
			addName("expression")
		case ops && binaryOperators[t]:
			addName("operator")
		case t == antlr.TokenEOF:
			addName("end of file")
		case stmts && (t == parser.HSLParserFUNCTION || t == parser.HSLParserCLASS):
		default:
			addName(tokenName(t))
		}
	}
	// "statement" and "expression" read best last.
	sort.SliceStable(names, func(i, j int) bool { return rank(names[i]) < rank(names[j]) })
	return names
}

func rank(name string) int {
	switch name {
	case "operator":
		return 1
	case "expression", "statement":
		return 2
	case "end of file":
		return 3
	}
	return 0
}

func isCloser(name string) bool {
	switch name {
	case "';'", "')'", "']'", "'}'":
		return true
	}
	return false
}

// joinAlternatives renders ["a", "b", "c"] as "a, b or c", keeping it short.
func joinAlternatives(names []string) string {
	if len(names) > 5 {
		names = append(names[:4:4], "…")
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// tokenName names a token type as source text: keywords and punctuation quoted,
// literal classes in words.
func tokenName(t int) string {
	switch t {
	case parser.HSLParserVARIABLE:
		return "variable"
	case parser.HSLParserIDENT:
		return "name"
	case parser.HSLParserNUMBER:
		return "number"
	case parser.HSLParserSTRING, parser.HSLParserRAW_STRING:
		return "string"
	case parser.HSLParserREGEX:
		return "regular expression"
	}
	lits := parser.HSLLexerLexerStaticData.LiteralNames
	if t > 0 && t < len(lits) && lits[t] != "" {
		return lits[t]
	}
	return "token"
}

// describeToken names the token that was found.
func describeToken(t antlr.Token) string {
	switch t.GetTokenType() {
	case antlr.TokenEOF:
		return "end of file"
	case parser.HSLParserSTRING, parser.HSLParserRAW_STRING:
		return "string " + quoteToken(t.GetText())
	case parser.HSLParserNUMBER:
		return "number " + t.GetText()
	case parser.HSLParserVARIABLE:
		return "variable " + t.GetText()
	case parser.HSLParserREGEX:
		return "regular expression " + quoteToken(t.GetText())
	case parser.HSLParserIDENT:
		return "name " + quoteToken(t.GetText())
	}
	return quoteToken(t.GetText())
}

// describeAfter names the token a missing closer should follow.
func describeAfter(t antlr.Token) string {
	switch t.GetTokenType() {
	case parser.HSLParserVARIABLE, parser.HSLParserIDENT, parser.HSLParserNUMBER,
		parser.HSLParserSTRING, parser.HSLParserRAW_STRING, parser.HSLParserREGEX,
		parser.HSLParserTRUE, parser.HSLParserFALSE, parser.HSLParserNONE,
		parser.HSLParserRPAREN, parser.HSLParserRBRACK, parser.HSLParserINC, parser.HSLParserDEC:
		return "expression"
	}
	return quoteToken(t.GetText())
}

// quoteToken quotes source text for a message, shortening long text.
func quoteToken(s string) string {
	if len(s) > 24 {
		s = s[:21] + "..."
	}
	if strings.ContainsAny(s, "\n\r\t") || !isPrintable(s) {
		return strconv.Quote(s)
	}
	return "'" + s + "'"
}

func isPrintable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return false
		}
	}
	return true
}

// describeByte names a stray byte.
func describeByte(s string) string {
	if len(s) == 1 && (s[0] < 0x20 || s[0] >= 0x7f) {
		return fmt.Sprintf("byte 0x%02X", s[0])
	}
	return quoteToken(s)
}

// foreignHint explains words and operators of other languages.
func foreignHint(t antlr.Token) string {
	text := t.GetText()
	switch t.GetTokenType() {
	case parser.HSLParserFOREIGN_OP:
		switch text {
		case "&&":
			return "'&&' is not an HSL operator: use 'and'"
		case "||":
			return "'||' is not an HSL operator: use 'or'"
		case "<>":
			return "'<>' is not an HSL operator: use '!='"
		}
		return fmt.Sprintf("'%s' is not an HSL operator: write the operation out, as $x = $x %s …", text, strings.TrimSuffix(text, "="))
	case parser.HSLParserFOREIGN_WORD:
		switch text {
		case "new":
			return "'new' is not an HSL keyword: create an object by calling its class, as Name(…)"
		case "elseif":
			return "'elseif' is not an HSL keyword: use 'else if'"
		case "this":
			return "'this' is not an HSL keyword: the current object is $this"
		case "extends":
			return "HSL classes have no inheritance: 'extends' is not allowed"
		case "finally":
			return "HSL has no 'finally': try has a single catch block"
		}
		return fmt.Sprintf("'%s' is a reserved word in HSL and cannot be used here", text)
	case parser.HSLParserRESERVED:
		return fmt.Sprintf("'%s' is a reserved word in HSL and cannot be used here", text)
	}
	return ""
}

// tokenLoc returns the extent of a token.
func (b *builder) tokenLoc(t antlr.Token) ast.Loc {
	if t == nil || t.GetStart() < 0 {
		return ast.Loc{File: b.file}
	}
	return ast.Loc{File: b.file, Start: b.lines.pos(t.GetStart()), End: b.lines.pos(t.GetStop() + 1)}
}
