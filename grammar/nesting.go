package grammar

import (
	"github.com/antlr4-go/antlr/v4"
	"github.com/openhsl/hsl/grammar/parser"
)

// Nesting limits. The parser is recursive, and its error recovery costs time
// in proportion to the nesting depth at each error, so unbounded nesting
// could exhaust the stack or take quadratic time on a broken file. No real
// script comes near these limits.
const (
	maxBrackets = 256  // ( [ { open at once
	maxNesting  = 2048 // brackets plus constructs that nest without them
)

// tooDeep scans the parser's tokens before parsing and returns the first one
// that goes past a nesting limit, with a message, or nil.
//
// Besides brackets, it counts the tokens that make the parser recurse without
// a bracket: statement heads (`if`, `else`, `while`, …), `cache` and
// right-associative operators (assignment, `**`, `??`, `?`) form chains that end at a `;`, `,`
// or `}` of their own bracket level (unless `else` follows, which continues
// an if-chain), so a long file of plain statements counts nothing; prefix
// operators nest as far as a run of them goes.
func tooDeep(tokens []antlr.Token) (antlr.Token, string) {
	chain := []int{0} // chain tokens open at each bracket level
	total := 0        // sum of chain
	run := 0          // prefix operators in a row
	for i, t := range tokens {
		level := len(chain) - 1
		tt := t.GetTokenType()
		if prefix(tt, tokens, i) {
			run++
			if level+total+run > maxNesting {
				return t, "constructs nested more than 2048 levels deep"
			}
			continue
		}
		run = 0
		switch tt {
		case parser.HSLParserLPAREN, parser.HSLParserLBRACK, parser.HSLParserLBRACE:
			chain = append(chain, 0)
			if len(chain)-1 > maxBrackets {
				return t, "brackets nested more than 256 levels deep"
			}
		case parser.HSLParserRPAREN, parser.HSLParserRBRACK, parser.HSLParserRBRACE:
			if level > 0 {
				total -= chain[level]
				chain = chain[:level]
				level--
			}
			if tt == parser.HSLParserRBRACE && !followedBy(tokens, i, parser.HSLParserELSE) {
				total -= chain[level]
				chain[level] = 0
			}
		case parser.HSLParserSEMI, parser.HSLParserCOMMA:
			if !followedBy(tokens, i, parser.HSLParserELSE) {
				total -= chain[level]
				chain[level] = 0
			}
		default:
			if !chains(tt) {
				continue
			}
			chain[level]++
			total++
			if level+total > maxNesting {
				return t, "constructs nested more than 2048 levels deep"
			}
		}
	}
	return nil, ""
}

func followedBy(tokens []antlr.Token, i, ttype int) bool {
	return i+1 < len(tokens) && tokens[i+1].GetTokenType() == ttype
}

// chains reports whether a token makes the parser recurse until the end of
// the statement or expression.
func chains(tt int) bool {
	switch tt {
	case parser.HSLParserIF, parser.HSLParserELSE, parser.HSLParserWHILE, parser.HSLParserFOR,
		parser.HSLParserFOREACH, parser.HSLParserFOREVER, parser.HSLParserCACHE, parser.HSLParserPOW, parser.HSLParserNULLISH,
		parser.HSLParserQUESTION, parser.HSLParserASSIGN, parser.HSLParserPLUS_ASSIGN,
		parser.HSLParserMINUS_ASSIGN, parser.HSLParserMUL_ASSIGN, parser.HSLParserDIV_ASSIGN,
		parser.HSLParserMOD_ASSIGN, parser.HSLParserPOW_ASSIGN, parser.HSLParserCONCAT_ASSIGN,
		parser.HSLParserNULLISH_ASSIGN:
		return true
	}
	return false
}

// prefix reports whether the token at i is a prefix operator.
func prefix(tt int, tokens []antlr.Token, i int) bool {
	switch tt {
	case parser.HSLParserBANG, parser.HSLParserTILDE, parser.HSLParserNOT:
		return true
	case parser.HSLParserMINUS, parser.HSLParserPLUS, parser.HSLParserINC, parser.HSLParserDEC:
		return i == 0 || !endsOperand(tokens[i-1].GetTokenType())
	}
	return false
}

// endsOperand reports whether a token can end an operand, so that a '-' or
// '+' after it is binary.
func endsOperand(tt int) bool {
	switch tt {
	case parser.HSLParserVARIABLE, parser.HSLParserIDENT, parser.HSLParserNUMBER, parser.HSLParserSTRING,
		parser.HSLParserRAW_STRING, parser.HSLParserREGEX, parser.HSLParserTRUE, parser.HSLParserFALSE,
		parser.HSLParserNONE, parser.HSLParserSTATIC, parser.HSLParserRPAREN, parser.HSLParserRBRACK,
		parser.HSLParserRBRACE, parser.HSLParserINC, parser.HSLParserDEC:
		return true
	}
	return false
}
