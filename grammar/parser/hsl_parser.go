
package parser // HSLParser

import (
	"fmt"
	"strconv"
  	"sync"

	"github.com/antlr4-go/antlr/v4"
)

// Suppress unused import errors
var _ = fmt.Printf
var _ = strconv.Itoa
var _ = sync.Once{}


type HSLParser struct {
	*antlr.BaseParser
}

var HSLParserParserStaticData struct {
  once                   sync.Once
  serializedATN          []int32
  LiteralNames           []string
  SymbolicNames          []string
  RuleNames              []string
  PredictionContextCache *antlr.PredictionContextCache
  atn                    *antlr.ATN
  decisionToDFA          []*antlr.DFA
}

func hslparserParserInit() {
  staticData := &HSLParserParserStaticData
  staticData.LiteralNames = []string{
    "", "", "'echo'", "'if'", "'else'", "'for'", "'foreach'", "'as'", "'while'", 
    "'forever'", "'switch'", "'case'", "'default'", "'break'", "'continue'", 
    "'return'", "'try'", "'catch'", "'throw'", "'match'", "'include'", "'include_once'", 
    "'import'", "'from'", "'with'", "'function'", "'closure'", "'class'", 
    "'constructor'", "'static'", "'private'", "'readonly'", "'global'", 
    "'builtin'", "'cache'", "'barrier'", "'isset'", "'unset'", "'array'", 
    "'and'", "'or'", "'not'", "'true'", "'false'", "'none'", "", "", "'('", 
    "')'", "'['", "']'", "'{'", "'}'", "';'", "','", "'::'", "':'", "'??='", 
    "'??'", "'?'", "'=>'", "'->'", "'...'", "'**='", "'**'", "'+='", "'-='", 
    "'*='", "'/='", "'%='", "'.='", "'++'", "'--'", "'+'", "'-'", "'*'", 
    "'/'", "'%'", "'.'", "'==='", "'!=='", "'=='", "'!='", "'=~'", "'!~'", 
    "'='", "'<='", "'>='", "'>>>'", "'<<'", "'>>'", "'<'", "'>'", "'!'", 
    "'~'", "'&'", "'|'", "'^'",
  }
  staticData.SymbolicNames = []string{
    "", "RAW_STRING", "ECHO", "IF", "ELSE", "FOR", "FOREACH", "AS", "WHILE", 
    "FOREVER", "SWITCH", "CASE", "DEFAULT", "BREAK", "CONTINUE", "RETURN", 
    "TRY", "CATCH", "THROW", "MATCH", "INCLUDE", "INCLUDE_ONCE", "IMPORT", 
    "FROM", "WITH", "FUNCTION", "CLOSURE", "CLASS", "CONSTRUCTOR", "STATIC", 
    "PRIVATE", "READONLY", "GLOBAL", "BUILTIN", "CACHE", "BARRIER", "ISSET", 
    "UNSET", "ARRAY", "AND", "OR", "NOT", "TRUE", "FALSE", "NONE", "RESERVED", 
    "FOREIGN_WORD", "LPAREN", "RPAREN", "LBRACK", "RBRACK", "LBRACE", "RBRACE", 
    "SEMI", "COMMA", "DOUBLE_COLON", "COLON", "NULLISH_ASSIGN", "NULLISH", 
    "QUESTION", "FAT_ARROW", "ARROW", "ELLIPSIS", "POW_ASSIGN", "POW", "PLUS_ASSIGN", 
    "MINUS_ASSIGN", "MUL_ASSIGN", "DIV_ASSIGN", "MOD_ASSIGN", "CONCAT_ASSIGN", 
    "INC", "DEC", "PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "DOT", "STRICT_EQ", 
    "STRICT_NE", "EQ", "NE", "MATCH_OP", "NOT_MATCH_OP", "ASSIGN", "LE", 
    "GE", "USHR", "SHL", "SHR", "LT", "GT", "BANG", "TILDE", "AMP", "PIPE", 
    "CARET", "FOREIGN_OP", "NUMBER", "BAD_NUMBER", "VARIABLE", "IDENT", 
    "STRING", "UNTERMINATED_STRING", "RAW_OPEN", "REGEX", "UNTERMINATED_REGEX", 
    "BLOCK_COMMENT", "UNTERMINATED_COMMENT", "LINE_COMMENT", "WS", "ERROR_CHAR",
  }
  staticData.RuleNames = []string{
    "program", "statement", "block", "path", "expressionList", "foreachTarget", 
    "switchCase", "importSpec", "parameterList", "parameter", "classMember", 
    "modifier", "expression", "arrayLiteral", "arrayItem", "argumentList", 
    "matchArm", "memberName",
  }
  staticData.PredictionContextCache = antlr.NewPredictionContextCache()
  staticData.serializedATN = []int32{
	4, 1, 112, 561, 2, 0, 7, 0, 2, 1, 7, 1, 2, 2, 7, 2, 2, 3, 7, 3, 2, 4, 7, 
	4, 2, 5, 7, 5, 2, 6, 7, 6, 2, 7, 7, 7, 2, 8, 7, 8, 2, 9, 7, 9, 2, 10, 7, 
	10, 2, 11, 7, 11, 2, 12, 7, 12, 2, 13, 7, 13, 2, 14, 7, 14, 2, 15, 7, 15, 
	2, 16, 7, 16, 2, 17, 7, 17, 1, 0, 5, 0, 38, 8, 0, 10, 0, 12, 0, 41, 9, 
	0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 53, 
	8, 1, 1, 1, 1, 1, 1, 1, 3, 1, 58, 8, 1, 1, 1, 1, 1, 3, 1, 62, 8, 1, 1, 
	1, 1, 1, 3, 1, 66, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 3, 1, 77, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 96, 8, 1, 10, 
	1, 12, 1, 99, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 
	1, 109, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 137, 8, 1, 10, 1, 12, 1, 140, 9, 1, 1, 
	1, 3, 1, 143, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 164, 
	8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 172, 8, 1, 1, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 180, 8, 1, 10, 1, 12, 1, 183, 9, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 190, 8, 1, 10, 1, 12, 1, 193, 9, 1, 1, 1, 
	1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 200, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 
	1, 1, 3, 1, 208, 8, 1, 1, 2, 1, 2, 5, 2, 212, 8, 2, 10, 2, 12, 2, 215, 
	9, 2, 1, 2, 1, 2, 1, 3, 1, 3, 1, 4, 1, 4, 1, 4, 5, 4, 224, 8, 4, 10, 4, 
	12, 4, 227, 9, 4, 1, 5, 1, 5, 3, 5, 231, 8, 5, 1, 6, 1, 6, 1, 6, 1, 6, 
	5, 6, 237, 8, 6, 10, 6, 12, 6, 240, 9, 6, 1, 6, 1, 6, 1, 6, 5, 6, 245, 
	8, 6, 10, 6, 12, 6, 248, 9, 6, 3, 6, 250, 8, 6, 1, 7, 1, 7, 1, 7, 3, 7, 
	255, 8, 7, 1, 7, 1, 7, 1, 7, 3, 7, 260, 8, 7, 3, 7, 262, 8, 7, 1, 8, 1, 
	8, 1, 8, 5, 8, 267, 8, 8, 10, 8, 12, 8, 270, 9, 8, 1, 8, 3, 8, 273, 8, 
	8, 1, 9, 1, 9, 1, 9, 3, 9, 278, 8, 9, 1, 9, 1, 9, 3, 9, 282, 8, 9, 1, 10, 
	5, 10, 285, 8, 10, 10, 10, 12, 10, 288, 9, 10, 1, 10, 1, 10, 1, 10, 3, 
	10, 293, 8, 10, 1, 10, 1, 10, 5, 10, 297, 8, 10, 10, 10, 12, 10, 300, 9, 
	10, 1, 10, 1, 10, 1, 10, 1, 10, 3, 10, 306, 8, 10, 1, 10, 1, 10, 1, 10, 
	1, 10, 1, 10, 3, 10, 313, 8, 10, 1, 10, 1, 10, 1, 10, 3, 10, 318, 8, 10, 
	1, 11, 1, 11, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 
	12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 
	1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 3, 12, 348, 8, 12, 1, 
	12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 5, 12, 356, 8, 12, 10, 12, 12, 12, 
	359, 9, 12, 1, 12, 3, 12, 362, 8, 12, 1, 12, 3, 12, 365, 8, 12, 1, 12, 
	1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 5, 12, 376, 8, 
	12, 10, 12, 12, 12, 379, 9, 12, 1, 12, 3, 12, 382, 8, 12, 1, 12, 1, 12, 
	1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 
	12, 1, 12, 3, 12, 398, 8, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 
	1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 
	12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 
	1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 
	12, 1, 12, 1, 12, 1, 12, 1, 12, 3, 12, 442, 8, 12, 1, 12, 1, 12, 1, 12, 
	1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 3, 12, 452, 8, 12, 1, 12, 1, 12, 1, 
	12, 1, 12, 3, 12, 458, 8, 12, 1, 12, 1, 12, 3, 12, 462, 8, 12, 1, 12, 1, 
	12, 3, 12, 466, 8, 12, 3, 12, 468, 8, 12, 1, 12, 1, 12, 3, 12, 472, 8, 
	12, 3, 12, 474, 8, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 1, 12, 
	1, 12, 3, 12, 484, 8, 12, 1, 12, 1, 12, 5, 12, 488, 8, 12, 10, 12, 12, 
	12, 491, 9, 12, 1, 13, 1, 13, 1, 13, 1, 13, 5, 13, 497, 8, 13, 10, 13, 
	12, 13, 500, 9, 13, 1, 13, 3, 13, 503, 8, 13, 3, 13, 505, 8, 13, 1, 13, 
	1, 13, 1, 13, 1, 13, 1, 13, 1, 13, 5, 13, 513, 8, 13, 10, 13, 12, 13, 516, 
	9, 13, 1, 13, 3, 13, 519, 8, 13, 3, 13, 521, 8, 13, 1, 13, 3, 13, 524, 
	8, 13, 1, 14, 1, 14, 1, 14, 1, 14, 1, 14, 3, 14, 531, 8, 14, 3, 14, 533, 
	8, 14, 1, 15, 3, 15, 536, 8, 15, 1, 15, 1, 15, 1, 15, 3, 15, 541, 8, 15, 
	1, 15, 5, 15, 544, 8, 15, 10, 15, 12, 15, 547, 9, 15, 1, 15, 3, 15, 550, 
	8, 15, 1, 16, 1, 16, 3, 16, 554, 8, 16, 1, 16, 1, 16, 1, 16, 1, 17, 1, 
	17, 1, 17, 0, 1, 24, 18, 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 
	26, 28, 30, 32, 34, 0, 13, 1, 0, 20, 21, 2, 0, 1, 1, 103, 103, 1, 0, 29, 
	31, 1, 0, 71, 72, 3, 0, 41, 41, 73, 74, 93, 94, 1, 0, 42, 43, 1, 0, 75, 
	77, 1, 0, 73, 74, 1, 0, 88, 90, 2, 0, 86, 87, 91, 92, 1, 0, 79, 84, 4, 
	0, 57, 57, 63, 63, 65, 70, 85, 85, 2, 0, 2, 46, 102, 102, 668, 0, 39, 1, 
	0, 0, 0, 2, 207, 1, 0, 0, 0, 4, 209, 1, 0, 0, 0, 6, 218, 1, 0, 0, 0, 8, 
	220, 1, 0, 0, 0, 10, 230, 1, 0, 0, 0, 12, 249, 1, 0, 0, 0, 14, 261, 1, 
	0, 0, 0, 16, 263, 1, 0, 0, 0, 18, 281, 1, 0, 0, 0, 20, 317, 1, 0, 0, 0, 
	22, 319, 1, 0, 0, 0, 24, 397, 1, 0, 0, 0, 26, 523, 1, 0, 0, 0, 28, 532, 
	1, 0, 0, 0, 30, 535, 1, 0, 0, 0, 32, 553, 1, 0, 0, 0, 34, 558, 1, 0, 0, 
	0, 36, 38, 3, 2, 1, 0, 37, 36, 1, 0, 0, 0, 38, 41, 1, 0, 0, 0, 39, 37, 
	1, 0, 0, 0, 39, 40, 1, 0, 0, 0, 40, 42, 1, 0, 0, 0, 41, 39, 1, 0, 0, 0, 
	42, 43, 5, 0, 0, 1, 43, 1, 1, 0, 0, 0, 44, 208, 3, 4, 2, 0, 45, 46, 5, 
	3, 0, 0, 46, 47, 5, 47, 0, 0, 47, 48, 3, 24, 12, 0, 48, 49, 5, 48, 0, 0, 
	49, 52, 3, 2, 1, 0, 50, 51, 5, 4, 0, 0, 51, 53, 3, 2, 1, 0, 52, 50, 1, 
	0, 0, 0, 52, 53, 1, 0, 0, 0, 53, 208, 1, 0, 0, 0, 54, 55, 5, 5, 0, 0, 55, 
	57, 5, 47, 0, 0, 56, 58, 3, 8, 4, 0, 57, 56, 1, 0, 0, 0, 57, 58, 1, 0, 
	0, 0, 58, 59, 1, 0, 0, 0, 59, 61, 5, 53, 0, 0, 60, 62, 3, 24, 12, 0, 61, 
	60, 1, 0, 0, 0, 61, 62, 1, 0, 0, 0, 62, 63, 1, 0, 0, 0, 63, 65, 5, 53, 
	0, 0, 64, 66, 3, 8, 4, 0, 65, 64, 1, 0, 0, 0, 65, 66, 1, 0, 0, 0, 66, 67, 
	1, 0, 0, 0, 67, 68, 5, 48, 0, 0, 68, 208, 3, 2, 1, 0, 69, 70, 5, 6, 0, 
	0, 70, 71, 5, 47, 0, 0, 71, 72, 3, 24, 12, 0, 72, 73, 5, 7, 0, 0, 73, 76, 
	3, 10, 5, 0, 74, 75, 5, 60, 0, 0, 75, 77, 3, 10, 5, 0, 76, 74, 1, 0, 0, 
	0, 76, 77, 1, 0, 0, 0, 77, 78, 1, 0, 0, 0, 78, 79, 5, 48, 0, 0, 79, 80, 
	3, 2, 1, 0, 80, 208, 1, 0, 0, 0, 81, 82, 5, 8, 0, 0, 82, 83, 5, 47, 0, 
	0, 83, 84, 3, 24, 12, 0, 84, 85, 5, 48, 0, 0, 85, 86, 3, 2, 1, 0, 86, 208, 
	1, 0, 0, 0, 87, 88, 5, 9, 0, 0, 88, 208, 3, 2, 1, 0, 89, 90, 5, 10, 0, 
	0, 90, 91, 5, 47, 0, 0, 91, 92, 3, 24, 12, 0, 92, 93, 5, 48, 0, 0, 93, 
	97, 5, 51, 0, 0, 94, 96, 3, 12, 6, 0, 95, 94, 1, 0, 0, 0, 96, 99, 1, 0, 
	0, 0, 97, 95, 1, 0, 0, 0, 97, 98, 1, 0, 0, 0, 98, 100, 1, 0, 0, 0, 99, 
	97, 1, 0, 0, 0, 100, 101, 5, 52, 0, 0, 101, 208, 1, 0, 0, 0, 102, 103, 
	5, 13, 0, 0, 103, 208, 5, 53, 0, 0, 104, 105, 5, 14, 0, 0, 105, 208, 5, 
	53, 0, 0, 106, 108, 5, 15, 0, 0, 107, 109, 3, 24, 12, 0, 108, 107, 1, 0, 
	0, 0, 108, 109, 1, 0, 0, 0, 109, 110, 1, 0, 0, 0, 110, 208, 5, 53, 0, 0, 
	111, 112, 5, 16, 0, 0, 112, 113, 3, 4, 2, 0, 113, 114, 5, 17, 0, 0, 114, 
	115, 5, 47, 0, 0, 115, 116, 5, 101, 0, 0, 116, 117, 5, 48, 0, 0, 117, 118, 
	3, 4, 2, 0, 118, 208, 1, 0, 0, 0, 119, 120, 5, 18, 0, 0, 120, 121, 3, 24, 
	12, 0, 121, 122, 5, 53, 0, 0, 122, 208, 1, 0, 0, 0, 123, 124, 5, 2, 0, 
	0, 124, 125, 3, 24, 12, 0, 125, 126, 5, 53, 0, 0, 126, 208, 1, 0, 0, 0, 
	127, 128, 7, 0, 0, 0, 128, 129, 3, 6, 3, 0, 129, 130, 5, 53, 0, 0, 130, 
	208, 1, 0, 0, 0, 131, 132, 5, 22, 0, 0, 132, 133, 5, 51, 0, 0, 133, 138, 
	3, 14, 7, 0, 134, 135, 5, 54, 0, 0, 135, 137, 3, 14, 7, 0, 136, 134, 1, 
	0, 0, 0, 137, 140, 1, 0, 0, 0, 138, 136, 1, 0, 0, 0, 138, 139, 1, 0, 0, 
	0, 139, 142, 1, 0, 0, 0, 140, 138, 1, 0, 0, 0, 141, 143, 5, 54, 0, 0, 142, 
	141, 1, 0, 0, 0, 142, 143, 1, 0, 0, 0, 143, 144, 1, 0, 0, 0, 144, 145, 
	5, 52, 0, 0, 145, 146, 5, 23, 0, 0, 146, 147, 3, 6, 3, 0, 147, 148, 5, 
	53, 0, 0, 148, 208, 1, 0, 0, 0, 149, 150, 5, 22, 0, 0, 150, 151, 5, 75, 
	0, 0, 151, 152, 5, 7, 0, 0, 152, 153, 5, 102, 0, 0, 153, 154, 5, 23, 0, 
	0, 154, 155, 3, 6, 3, 0, 155, 156, 5, 53, 0, 0, 156, 208, 1, 0, 0, 0, 157, 
	158, 5, 22, 0, 0, 158, 159, 5, 101, 0, 0, 159, 160, 5, 23, 0, 0, 160, 163, 
	3, 6, 3, 0, 161, 162, 5, 24, 0, 0, 162, 164, 3, 24, 12, 0, 163, 161, 1, 
	0, 0, 0, 163, 164, 1, 0, 0, 0, 164, 165, 1, 0, 0, 0, 165, 166, 5, 53, 0, 
	0, 166, 208, 1, 0, 0, 0, 167, 168, 5, 25, 0, 0, 168, 169, 5, 102, 0, 0, 
	169, 171, 5, 47, 0, 0, 170, 172, 3, 16, 8, 0, 171, 170, 1, 0, 0, 0, 171, 
	172, 1, 0, 0, 0, 172, 173, 1, 0, 0, 0, 173, 174, 5, 48, 0, 0, 174, 208, 
	3, 4, 2, 0, 175, 176, 5, 27, 0, 0, 176, 177, 5, 102, 0, 0, 177, 181, 5, 
	51, 0, 0, 178, 180, 3, 20, 10, 0, 179, 178, 1, 0, 0, 0, 180, 183, 1, 0, 
	0, 0, 181, 179, 1, 0, 0, 0, 181, 182, 1, 0, 0, 0, 182, 184, 1, 0, 0, 0, 
	183, 181, 1, 0, 0, 0, 184, 208, 5, 52, 0, 0, 185, 186, 5, 32, 0, 0, 186, 
	191, 5, 101, 0, 0, 187, 188, 5, 54, 0, 0, 188, 190, 5, 101, 0, 0, 189, 
	187, 1, 0, 0, 0, 190, 193, 1, 0, 0, 0, 191, 189, 1, 0, 0, 0, 191, 192, 
	1, 0, 0, 0, 192, 194, 1, 0, 0, 0, 193, 191, 1, 0, 0, 0, 194, 208, 5, 53, 
	0, 0, 195, 196, 5, 35, 0, 0, 196, 199, 3, 24, 12, 0, 197, 198, 5, 60, 0, 
	0, 198, 200, 5, 101, 0, 0, 199, 197, 1, 0, 0, 0, 199, 200, 1, 0, 0, 0, 
	200, 201, 1, 0, 0, 0, 201, 202, 3, 4, 2, 0, 202, 208, 1, 0, 0, 0, 203, 
	204, 3, 24, 12, 0, 204, 205, 5, 53, 0, 0, 205, 208, 1, 0, 0, 0, 206, 208, 
	5, 53, 0, 0, 207, 44, 1, 0, 0, 0, 207, 45, 1, 0, 0, 0, 207, 54, 1, 0, 0, 
	0, 207, 69, 1, 0, 0, 0, 207, 81, 1, 0, 0, 0, 207, 87, 1, 0, 0, 0, 207, 
	89, 1, 0, 0, 0, 207, 102, 1, 0, 0, 0, 207, 104, 1, 0, 0, 0, 207, 106, 1, 
	0, 0, 0, 207, 111, 1, 0, 0, 0, 207, 119, 1, 0, 0, 0, 207, 123, 1, 0, 0, 
	0, 207, 127, 1, 0, 0, 0, 207, 131, 1, 0, 0, 0, 207, 149, 1, 0, 0, 0, 207, 
	157, 1, 0, 0, 0, 207, 167, 1, 0, 0, 0, 207, 175, 1, 0, 0, 0, 207, 185, 
	1, 0, 0, 0, 207, 195, 1, 0, 0, 0, 207, 203, 1, 0, 0, 0, 207, 206, 1, 0, 
	0, 0, 208, 3, 1, 0, 0, 0, 209, 213, 5, 51, 0, 0, 210, 212, 3, 2, 1, 0, 
	211, 210, 1, 0, 0, 0, 212, 215, 1, 0, 0, 0, 213, 211, 1, 0, 0, 0, 213, 
	214, 1, 0, 0, 0, 214, 216, 1, 0, 0, 0, 215, 213, 1, 0, 0, 0, 216, 217, 
	5, 52, 0, 0, 217, 5, 1, 0, 0, 0, 218, 219, 7, 1, 0, 0, 219, 7, 1, 0, 0, 
	0, 220, 225, 3, 24, 12, 0, 221, 222, 5, 54, 0, 0, 222, 224, 3, 24, 12, 
	0, 223, 221, 1, 0, 0, 0, 224, 227, 1, 0, 0, 0, 225, 223, 1, 0, 0, 0, 225, 
	226, 1, 0, 0, 0, 226, 9, 1, 0, 0, 0, 227, 225, 1, 0, 0, 0, 228, 231, 5, 
	101, 0, 0, 229, 231, 3, 26, 13, 0, 230, 228, 1, 0, 0, 0, 230, 229, 1, 0, 
	0, 0, 231, 11, 1, 0, 0, 0, 232, 233, 5, 11, 0, 0, 233, 234, 3, 24, 12, 
	0, 234, 238, 5, 56, 0, 0, 235, 237, 3, 2, 1, 0, 236, 235, 1, 0, 0, 0, 237, 
	240, 1, 0, 0, 0, 238, 236, 1, 0, 0, 0, 238, 239, 1, 0, 0, 0, 239, 250, 
	1, 0, 0, 0, 240, 238, 1, 0, 0, 0, 241, 242, 5, 12, 0, 0, 242, 246, 5, 56, 
	0, 0, 243, 245, 3, 2, 1, 0, 244, 243, 1, 0, 0, 0, 245, 248, 1, 0, 0, 0, 
	246, 244, 1, 0, 0, 0, 246, 247, 1, 0, 0, 0, 247, 250, 1, 0, 0, 0, 248, 
	246, 1, 0, 0, 0, 249, 232, 1, 0, 0, 0, 249, 241, 1, 0, 0, 0, 250, 13, 1, 
	0, 0, 0, 251, 254, 5, 102, 0, 0, 252, 253, 5, 7, 0, 0, 253, 255, 5, 102, 
	0, 0, 254, 252, 1, 0, 0, 0, 254, 255, 1, 0, 0, 0, 255, 262, 1, 0, 0, 0, 
	256, 259, 5, 101, 0, 0, 257, 258, 5, 7, 0, 0, 258, 260, 5, 101, 0, 0, 259, 
	257, 1, 0, 0, 0, 259, 260, 1, 0, 0, 0, 260, 262, 1, 0, 0, 0, 261, 251, 
	1, 0, 0, 0, 261, 256, 1, 0, 0, 0, 262, 15, 1, 0, 0, 0, 263, 268, 3, 18, 
	9, 0, 264, 265, 5, 54, 0, 0, 265, 267, 3, 18, 9, 0, 266, 264, 1, 0, 0, 
	0, 267, 270, 1, 0, 0, 0, 268, 266, 1, 0, 0, 0, 268, 269, 1, 0, 0, 0, 269, 
	272, 1, 0, 0, 0, 270, 268, 1, 0, 0, 0, 271, 273, 5, 54, 0, 0, 272, 271, 
	1, 0, 0, 0, 272, 273, 1, 0, 0, 0, 273, 17, 1, 0, 0, 0, 274, 277, 5, 101, 
	0, 0, 275, 276, 5, 85, 0, 0, 276, 278, 3, 24, 12, 0, 277, 275, 1, 0, 0, 
	0, 277, 278, 1, 0, 0, 0, 278, 282, 1, 0, 0, 0, 279, 280, 5, 62, 0, 0, 280, 
	282, 5, 101, 0, 0, 281, 274, 1, 0, 0, 0, 281, 279, 1, 0, 0, 0, 282, 19, 
	1, 0, 0, 0, 283, 285, 3, 22, 11, 0, 284, 283, 1, 0, 0, 0, 285, 288, 1, 
	0, 0, 0, 286, 284, 1, 0, 0, 0, 286, 287, 1, 0, 0, 0, 287, 289, 1, 0, 0, 
	0, 288, 286, 1, 0, 0, 0, 289, 292, 5, 101, 0, 0, 290, 291, 5, 85, 0, 0, 
	291, 293, 3, 24, 12, 0, 292, 290, 1, 0, 0, 0, 292, 293, 1, 0, 0, 0, 293, 
	294, 1, 0, 0, 0, 294, 318, 5, 53, 0, 0, 295, 297, 3, 22, 11, 0, 296, 295, 
	1, 0, 0, 0, 297, 300, 1, 0, 0, 0, 298, 296, 1, 0, 0, 0, 298, 299, 1, 0, 
	0, 0, 299, 301, 1, 0, 0, 0, 300, 298, 1, 0, 0, 0, 301, 302, 5, 25, 0, 0, 
	302, 303, 5, 102, 0, 0, 303, 305, 5, 47, 0, 0, 304, 306, 3, 16, 8, 0, 305, 
	304, 1, 0, 0, 0, 305, 306, 1, 0, 0, 0, 306, 307, 1, 0, 0, 0, 307, 308, 
	5, 48, 0, 0, 308, 318, 3, 4, 2, 0, 309, 310, 5, 28, 0, 0, 310, 312, 5, 
	47, 0, 0, 311, 313, 3, 16, 8, 0, 312, 311, 1, 0, 0, 0, 312, 313, 1, 0, 
	0, 0, 313, 314, 1, 0, 0, 0, 314, 315, 5, 48, 0, 0, 315, 318, 3, 4, 2, 0, 
	316, 318, 3, 2, 1, 0, 317, 286, 1, 0, 0, 0, 317, 298, 1, 0, 0, 0, 317, 
	309, 1, 0, 0, 0, 317, 316, 1, 0, 0, 0, 318, 21, 1, 0, 0, 0, 319, 320, 7, 
	2, 0, 0, 320, 23, 1, 0, 0, 0, 321, 322, 6, 12, -1, 0, 322, 323, 7, 3, 0, 
	0, 323, 398, 3, 24, 12, 33, 324, 325, 7, 4, 0, 0, 325, 398, 3, 24, 12, 
	32, 326, 327, 5, 34, 0, 0, 327, 328, 3, 26, 13, 0, 328, 329, 3, 24, 12, 
	31, 329, 398, 1, 0, 0, 0, 330, 398, 5, 101, 0, 0, 331, 398, 5, 102, 0, 
	0, 332, 398, 5, 29, 0, 0, 333, 398, 5, 99, 0, 0, 334, 398, 5, 103, 0, 0, 
	335, 398, 5, 1, 0, 0, 336, 398, 5, 106, 0, 0, 337, 398, 7, 5, 0, 0, 338, 
	398, 5, 44, 0, 0, 339, 398, 3, 26, 13, 0, 340, 341, 5, 47, 0, 0, 341, 342, 
	3, 24, 12, 0, 342, 343, 5, 48, 0, 0, 343, 398, 1, 0, 0, 0, 344, 345, 5, 
	25, 0, 0, 345, 347, 5, 47, 0, 0, 346, 348, 3, 16, 8, 0, 347, 346, 1, 0, 
	0, 0, 347, 348, 1, 0, 0, 0, 348, 349, 1, 0, 0, 0, 349, 364, 5, 48, 0, 0, 
	350, 351, 5, 26, 0, 0, 351, 352, 5, 47, 0, 0, 352, 357, 5, 101, 0, 0, 353, 
	354, 5, 54, 0, 0, 354, 356, 5, 101, 0, 0, 355, 353, 1, 0, 0, 0, 356, 359, 
	1, 0, 0, 0, 357, 355, 1, 0, 0, 0, 357, 358, 1, 0, 0, 0, 358, 361, 1, 0, 
	0, 0, 359, 357, 1, 0, 0, 0, 360, 362, 5, 54, 0, 0, 361, 360, 1, 0, 0, 0, 
	361, 362, 1, 0, 0, 0, 362, 363, 1, 0, 0, 0, 363, 365, 5, 48, 0, 0, 364, 
	350, 1, 0, 0, 0, 364, 365, 1, 0, 0, 0, 365, 366, 1, 0, 0, 0, 366, 398, 
	3, 4, 2, 0, 367, 368, 5, 19, 0, 0, 368, 369, 5, 47, 0, 0, 369, 370, 3, 
	24, 12, 0, 370, 371, 5, 48, 0, 0, 371, 372, 5, 51, 0, 0, 372, 377, 3, 32, 
	16, 0, 373, 374, 5, 54, 0, 0, 374, 376, 3, 32, 16, 0, 375, 373, 1, 0, 0, 
	0, 376, 379, 1, 0, 0, 0, 377, 375, 1, 0, 0, 0, 377, 378, 1, 0, 0, 0, 378, 
	381, 1, 0, 0, 0, 379, 377, 1, 0, 0, 0, 380, 382, 5, 54, 0, 0, 381, 380, 
	1, 0, 0, 0, 381, 382, 1, 0, 0, 0, 382, 383, 1, 0, 0, 0, 383, 384, 5, 52, 
	0, 0, 384, 398, 1, 0, 0, 0, 385, 386, 5, 33, 0, 0, 386, 398, 5, 102, 0, 
	0, 387, 388, 5, 36, 0, 0, 388, 389, 5, 47, 0, 0, 389, 390, 3, 8, 4, 0, 
	390, 391, 5, 48, 0, 0, 391, 398, 1, 0, 0, 0, 392, 393, 5, 37, 0, 0, 393, 
	394, 5, 47, 0, 0, 394, 395, 3, 8, 4, 0, 395, 396, 5, 48, 0, 0, 396, 398, 
	1, 0, 0, 0, 397, 321, 1, 0, 0, 0, 397, 324, 1, 0, 0, 0, 397, 326, 1, 0, 
	0, 0, 397, 330, 1, 0, 0, 0, 397, 331, 1, 0, 0, 0, 397, 332, 1, 0, 0, 0, 
	397, 333, 1, 0, 0, 0, 397, 334, 1, 0, 0, 0, 397, 335, 1, 0, 0, 0, 397, 
	336, 1, 0, 0, 0, 397, 337, 1, 0, 0, 0, 397, 338, 1, 0, 0, 0, 397, 339, 
	1, 0, 0, 0, 397, 340, 1, 0, 0, 0, 397, 344, 1, 0, 0, 0, 397, 367, 1, 0, 
	0, 0, 397, 385, 1, 0, 0, 0, 397, 387, 1, 0, 0, 0, 397, 392, 1, 0, 0, 0, 
	398, 489, 1, 0, 0, 0, 399, 400, 10, 34, 0, 0, 400, 401, 5, 64, 0, 0, 401, 
	488, 3, 24, 12, 34, 402, 403, 10, 30, 0, 0, 403, 404, 7, 6, 0, 0, 404, 
	488, 3, 24, 12, 31, 405, 406, 10, 29, 0, 0, 406, 407, 7, 7, 0, 0, 407, 
	488, 3, 24, 12, 30, 408, 409, 10, 28, 0, 0, 409, 410, 5, 78, 0, 0, 410, 
	488, 3, 24, 12, 29, 411, 412, 10, 27, 0, 0, 412, 413, 7, 8, 0, 0, 413, 
	488, 3, 24, 12, 28, 414, 415, 10, 26, 0, 0, 415, 416, 7, 9, 0, 0, 416, 
	488, 3, 24, 12, 27, 417, 418, 10, 25, 0, 0, 418, 419, 7, 10, 0, 0, 419, 
	488, 3, 24, 12, 26, 420, 421, 10, 24, 0, 0, 421, 422, 5, 95, 0, 0, 422, 
	488, 3, 24, 12, 25, 423, 424, 10, 23, 0, 0, 424, 425, 5, 97, 0, 0, 425, 
	488, 3, 24, 12, 24, 426, 427, 10, 22, 0, 0, 427, 428, 5, 96, 0, 0, 428, 
	488, 3, 24, 12, 23, 429, 430, 10, 21, 0, 0, 430, 431, 5, 39, 0, 0, 431, 
	488, 3, 24, 12, 22, 432, 433, 10, 20, 0, 0, 433, 434, 5, 40, 0, 0, 434, 
	488, 3, 24, 12, 21, 435, 436, 10, 19, 0, 0, 436, 437, 5, 58, 0, 0, 437, 
	488, 3, 24, 12, 19, 438, 439, 10, 18, 0, 0, 439, 441, 5, 59, 0, 0, 440, 
	442, 3, 24, 12, 0, 441, 440, 1, 0, 0, 0, 441, 442, 1, 0, 0, 0, 442, 443, 
	1, 0, 0, 0, 443, 444, 5, 56, 0, 0, 444, 488, 3, 24, 12, 18, 445, 446, 10, 
	17, 0, 0, 446, 447, 7, 11, 0, 0, 447, 488, 3, 24, 12, 17, 448, 449, 10, 
	39, 0, 0, 449, 451, 5, 47, 0, 0, 450, 452, 3, 30, 15, 0, 451, 450, 1, 0, 
	0, 0, 451, 452, 1, 0, 0, 0, 452, 453, 1, 0, 0, 0, 453, 488, 5, 48, 0, 0, 
	454, 455, 10, 38, 0, 0, 455, 457, 5, 49, 0, 0, 456, 458, 3, 24, 12, 0, 
	457, 456, 1, 0, 0, 0, 457, 458, 1, 0, 0, 0, 458, 473, 1, 0, 0, 0, 459, 
	461, 5, 56, 0, 0, 460, 462, 3, 24, 12, 0, 461, 460, 1, 0, 0, 0, 461, 462, 
	1, 0, 0, 0, 462, 467, 1, 0, 0, 0, 463, 465, 5, 56, 0, 0, 464, 466, 3, 24, 
	12, 0, 465, 464, 1, 0, 0, 0, 465, 466, 1, 0, 0, 0, 466, 468, 1, 0, 0, 0, 
	467, 463, 1, 0, 0, 0, 467, 468, 1, 0, 0, 0, 468, 474, 1, 0, 0, 0, 469, 
	471, 5, 55, 0, 0, 470, 472, 3, 24, 12, 0, 471, 470, 1, 0, 0, 0, 471, 472, 
	1, 0, 0, 0, 472, 474, 1, 0, 0, 0, 473, 459, 1, 0, 0, 0, 473, 469, 1, 0, 
	0, 0, 473, 474, 1, 0, 0, 0, 474, 475, 1, 0, 0, 0, 475, 488, 5, 50, 0, 0, 
	476, 477, 10, 37, 0, 0, 477, 478, 5, 61, 0, 0, 478, 488, 3, 34, 17, 0, 
	479, 480, 10, 36, 0, 0, 480, 483, 5, 55, 0, 0, 481, 484, 3, 34, 17, 0, 
	482, 484, 5, 101, 0, 0, 483, 481, 1, 0, 0, 0, 483, 482, 1, 0, 0, 0, 484, 
	488, 1, 0, 0, 0, 485, 486, 10, 35, 0, 0, 486, 488, 7, 3, 0, 0, 487, 399, 
	1, 0, 0, 0, 487, 402, 1, 0, 0, 0, 487, 405, 1, 0, 0, 0, 487, 408, 1, 0, 
	0, 0, 487, 411, 1, 0, 0, 0, 487, 414, 1, 0, 0, 0, 487, 417, 1, 0, 0, 0, 
	487, 420, 1, 0, 0, 0, 487, 423, 1, 0, 0, 0, 487, 426, 1, 0, 0, 0, 487, 
	429, 1, 0, 0, 0, 487, 432, 1, 0, 0, 0, 487, 435, 1, 0, 0, 0, 487, 438, 
	1, 0, 0, 0, 487, 445, 1, 0, 0, 0, 487, 448, 1, 0, 0, 0, 487, 454, 1, 0, 
	0, 0, 487, 476, 1, 0, 0, 0, 487, 479, 1, 0, 0, 0, 487, 485, 1, 0, 0, 0, 
	488, 491, 1, 0, 0, 0, 489, 487, 1, 0, 0, 0, 489, 490, 1, 0, 0, 0, 490, 
	25, 1, 0, 0, 0, 491, 489, 1, 0, 0, 0, 492, 504, 5, 49, 0, 0, 493, 498, 
	3, 28, 14, 0, 494, 495, 5, 54, 0, 0, 495, 497, 3, 28, 14, 0, 496, 494, 
	1, 0, 0, 0, 497, 500, 1, 0, 0, 0, 498, 496, 1, 0, 0, 0, 498, 499, 1, 0, 
	0, 0, 499, 502, 1, 0, 0, 0, 500, 498, 1, 0, 0, 0, 501, 503, 5, 54, 0, 0, 
	502, 501, 1, 0, 0, 0, 502, 503, 1, 0, 0, 0, 503, 505, 1, 0, 0, 0, 504, 
	493, 1, 0, 0, 0, 504, 505, 1, 0, 0, 0, 505, 506, 1, 0, 0, 0, 506, 524, 
	5, 50, 0, 0, 507, 508, 5, 38, 0, 0, 508, 520, 5, 47, 0, 0, 509, 514, 3, 
	28, 14, 0, 510, 511, 5, 54, 0, 0, 511, 513, 3, 28, 14, 0, 512, 510, 1, 
	0, 0, 0, 513, 516, 1, 0, 0, 0, 514, 512, 1, 0, 0, 0, 514, 515, 1, 0, 0, 
	0, 515, 518, 1, 0, 0, 0, 516, 514, 1, 0, 0, 0, 517, 519, 5, 54, 0, 0, 518, 
	517, 1, 0, 0, 0, 518, 519, 1, 0, 0, 0, 519, 521, 1, 0, 0, 0, 520, 509, 
	1, 0, 0, 0, 520, 521, 1, 0, 0, 0, 521, 522, 1, 0, 0, 0, 522, 524, 5, 48, 
	0, 0, 523, 492, 1, 0, 0, 0, 523, 507, 1, 0, 0, 0, 524, 27, 1, 0, 0, 0, 
	525, 526, 5, 62, 0, 0, 526, 533, 3, 24, 12, 0, 527, 530, 3, 24, 12, 0, 
	528, 529, 5, 60, 0, 0, 529, 531, 3, 24, 12, 0, 530, 528, 1, 0, 0, 0, 530, 
	531, 1, 0, 0, 0, 531, 533, 1, 0, 0, 0, 532, 525, 1, 0, 0, 0, 532, 527, 
	1, 0, 0, 0, 533, 29, 1, 0, 0, 0, 534, 536, 5, 62, 0, 0, 535, 534, 1, 0, 
	0, 0, 535, 536, 1, 0, 0, 0, 536, 537, 1, 0, 0, 0, 537, 545, 3, 24, 12, 
	0, 538, 540, 5, 54, 0, 0, 539, 541, 5, 62, 0, 0, 540, 539, 1, 0, 0, 0, 
	540, 541, 1, 0, 0, 0, 541, 542, 1, 0, 0, 0, 542, 544, 3, 24, 12, 0, 543, 
	538, 1, 0, 0, 0, 544, 547, 1, 0, 0, 0, 545, 543, 1, 0, 0, 0, 545, 546, 
	1, 0, 0, 0, 546, 549, 1, 0, 0, 0, 547, 545, 1, 0, 0, 0, 548, 550, 5, 54, 
	0, 0, 549, 548, 1, 0, 0, 0, 549, 550, 1, 0, 0, 0, 550, 31, 1, 0, 0, 0, 
	551, 554, 5, 12, 0, 0, 552, 554, 3, 8, 4, 0, 553, 551, 1, 0, 0, 0, 553, 
	552, 1, 0, 0, 0, 554, 555, 1, 0, 0, 0, 555, 556, 5, 60, 0, 0, 556, 557, 
	3, 24, 12, 0, 557, 33, 1, 0, 0, 0, 558, 559, 7, 12, 0, 0, 559, 35, 1, 0, 
	0, 0, 67, 39, 52, 57, 61, 65, 76, 97, 108, 138, 142, 163, 171, 181, 191, 
	199, 207, 213, 225, 230, 238, 246, 249, 254, 259, 261, 268, 272, 277, 281, 
	286, 292, 298, 305, 312, 317, 347, 357, 361, 364, 377, 381, 397, 441, 451, 
	457, 461, 465, 467, 471, 473, 483, 487, 489, 498, 502, 504, 514, 518, 520, 
	523, 530, 532, 535, 540, 545, 549, 553,
}
  deserializer := antlr.NewATNDeserializer(nil)
  staticData.atn = deserializer.Deserialize(staticData.serializedATN)
  atn := staticData.atn
  staticData.decisionToDFA = make([]*antlr.DFA, len(atn.DecisionToState))
  decisionToDFA := staticData.decisionToDFA
  for index, state := range atn.DecisionToState {
    decisionToDFA[index] = antlr.NewDFA(state, index)
  }
}

// HSLParserInit initializes any static state used to implement HSLParser. By default the
// static state used to implement the parser is lazily initialized during the first call to
// NewHSLParser(). You can call this function if you wish to initialize the static state ahead
// of time.
func HSLParserInit() {
  staticData := &HSLParserParserStaticData
  staticData.once.Do(hslparserParserInit)
}

// NewHSLParser produces a new parser instance for the optional input antlr.TokenStream.
func NewHSLParser(input antlr.TokenStream) *HSLParser {
	HSLParserInit()
	this := new(HSLParser)
	this.BaseParser = antlr.NewBaseParser(input)
  staticData := &HSLParserParserStaticData
	this.Interpreter = antlr.NewParserATNSimulator(this, staticData.atn, staticData.decisionToDFA, staticData.PredictionContextCache)
	this.RuleNames = staticData.RuleNames
	this.LiteralNames = staticData.LiteralNames
	this.SymbolicNames = staticData.SymbolicNames
	this.GrammarFileName = "HSLParser.g4"

	return this
}


// HSLParser tokens.
const (
	HSLParserEOF = antlr.TokenEOF
	HSLParserRAW_STRING = 1
	HSLParserECHO = 2
	HSLParserIF = 3
	HSLParserELSE = 4
	HSLParserFOR = 5
	HSLParserFOREACH = 6
	HSLParserAS = 7
	HSLParserWHILE = 8
	HSLParserFOREVER = 9
	HSLParserSWITCH = 10
	HSLParserCASE = 11
	HSLParserDEFAULT = 12
	HSLParserBREAK = 13
	HSLParserCONTINUE = 14
	HSLParserRETURN = 15
	HSLParserTRY = 16
	HSLParserCATCH = 17
	HSLParserTHROW = 18
	HSLParserMATCH = 19
	HSLParserINCLUDE = 20
	HSLParserINCLUDE_ONCE = 21
	HSLParserIMPORT = 22
	HSLParserFROM = 23
	HSLParserWITH = 24
	HSLParserFUNCTION = 25
	HSLParserCLOSURE = 26
	HSLParserCLASS = 27
	HSLParserCONSTRUCTOR = 28
	HSLParserSTATIC = 29
	HSLParserPRIVATE = 30
	HSLParserREADONLY = 31
	HSLParserGLOBAL = 32
	HSLParserBUILTIN = 33
	HSLParserCACHE = 34
	HSLParserBARRIER = 35
	HSLParserISSET = 36
	HSLParserUNSET = 37
	HSLParserARRAY = 38
	HSLParserAND = 39
	HSLParserOR = 40
	HSLParserNOT = 41
	HSLParserTRUE = 42
	HSLParserFALSE = 43
	HSLParserNONE = 44
	HSLParserRESERVED = 45
	HSLParserFOREIGN_WORD = 46
	HSLParserLPAREN = 47
	HSLParserRPAREN = 48
	HSLParserLBRACK = 49
	HSLParserRBRACK = 50
	HSLParserLBRACE = 51
	HSLParserRBRACE = 52
	HSLParserSEMI = 53
	HSLParserCOMMA = 54
	HSLParserDOUBLE_COLON = 55
	HSLParserCOLON = 56
	HSLParserNULLISH_ASSIGN = 57
	HSLParserNULLISH = 58
	HSLParserQUESTION = 59
	HSLParserFAT_ARROW = 60
	HSLParserARROW = 61
	HSLParserELLIPSIS = 62
	HSLParserPOW_ASSIGN = 63
	HSLParserPOW = 64
	HSLParserPLUS_ASSIGN = 65
	HSLParserMINUS_ASSIGN = 66
	HSLParserMUL_ASSIGN = 67
	HSLParserDIV_ASSIGN = 68
	HSLParserMOD_ASSIGN = 69
	HSLParserCONCAT_ASSIGN = 70
	HSLParserINC = 71
	HSLParserDEC = 72
	HSLParserPLUS = 73
	HSLParserMINUS = 74
	HSLParserSTAR = 75
	HSLParserSLASH = 76
	HSLParserPERCENT = 77
	HSLParserDOT = 78
	HSLParserSTRICT_EQ = 79
	HSLParserSTRICT_NE = 80
	HSLParserEQ = 81
	HSLParserNE = 82
	HSLParserMATCH_OP = 83
	HSLParserNOT_MATCH_OP = 84
	HSLParserASSIGN = 85
	HSLParserLE = 86
	HSLParserGE = 87
	HSLParserUSHR = 88
	HSLParserSHL = 89
	HSLParserSHR = 90
	HSLParserLT = 91
	HSLParserGT = 92
	HSLParserBANG = 93
	HSLParserTILDE = 94
	HSLParserAMP = 95
	HSLParserPIPE = 96
	HSLParserCARET = 97
	HSLParserFOREIGN_OP = 98
	HSLParserNUMBER = 99
	HSLParserBAD_NUMBER = 100
	HSLParserVARIABLE = 101
	HSLParserIDENT = 102
	HSLParserSTRING = 103
	HSLParserUNTERMINATED_STRING = 104
	HSLParserRAW_OPEN = 105
	HSLParserREGEX = 106
	HSLParserUNTERMINATED_REGEX = 107
	HSLParserBLOCK_COMMENT = 108
	HSLParserUNTERMINATED_COMMENT = 109
	HSLParserLINE_COMMENT = 110
	HSLParserWS = 111
	HSLParserERROR_CHAR = 112
)

// HSLParser rules.
const (
	HSLParserRULE_program = 0
	HSLParserRULE_statement = 1
	HSLParserRULE_block = 2
	HSLParserRULE_path = 3
	HSLParserRULE_expressionList = 4
	HSLParserRULE_foreachTarget = 5
	HSLParserRULE_switchCase = 6
	HSLParserRULE_importSpec = 7
	HSLParserRULE_parameterList = 8
	HSLParserRULE_parameter = 9
	HSLParserRULE_classMember = 10
	HSLParserRULE_modifier = 11
	HSLParserRULE_expression = 12
	HSLParserRULE_arrayLiteral = 13
	HSLParserRULE_arrayItem = 14
	HSLParserRULE_argumentList = 15
	HSLParserRULE_matchArm = 16
	HSLParserRULE_memberName = 17
)

// IProgramContext is an interface to support dynamic dispatch.
type IProgramContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Get_statement returns the _statement rule contexts.
	Get_statement() IStatementContext


	// Set_statement sets the _statement rule contexts.
	Set_statement(IStatementContext)


	// GetStmts returns the stmts rule context list.
	GetStmts() []IStatementContext


	// SetStmts sets the stmts rule context list.
	SetStmts([]IStatementContext) 


	// Getter signatures
	EOF() antlr.TerminalNode
	AllStatement() []IStatementContext
	Statement(i int) IStatementContext

	// IsProgramContext differentiates from other interfaces.
	IsProgramContext()
}

type ProgramContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	_statement IStatementContext 
	stmts []IStatementContext
}

func NewEmptyProgramContext() *ProgramContext {
	var p = new(ProgramContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_program
	return p
}

func InitEmptyProgramContext(p *ProgramContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_program
}

func (*ProgramContext) IsProgramContext() {}

func NewProgramContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ProgramContext {
	var p = new(ProgramContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_program

	return p
}

func (s *ProgramContext) GetParser() antlr.Parser { return s.parser }

func (s *ProgramContext) Get_statement() IStatementContext { return s._statement }


func (s *ProgramContext) Set_statement(v IStatementContext) { s._statement = v }


func (s *ProgramContext) GetStmts() []IStatementContext { return s.stmts }


func (s *ProgramContext) SetStmts(v []IStatementContext) { s.stmts = v }


func (s *ProgramContext) EOF() antlr.TerminalNode {
	return s.GetToken(HSLParserEOF, 0)
}

func (s *ProgramContext) AllStatement() []IStatementContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IStatementContext); ok {
			len++
		}
	}

	tst := make([]IStatementContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IStatementContext); ok {
			tst[i] = t.(IStatementContext)
			i++
		}
	}

	return tst
}

func (s *ProgramContext) Statement(i int) IStatementContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}

func (s *ProgramContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ProgramContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ProgramContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterProgram(s)
	}
}

func (s *ProgramContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitProgram(s)
	}
}




func (p *HSLParser) Program() (localctx IProgramContext) {
	localctx = NewProgramContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 0, HSLParserRULE_program)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	p.SetState(39)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)


	for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 11996218032777070) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
		{
			p.SetState(36)

			var _x = p.Statement()


			localctx.(*ProgramContext)._statement = _x
		}
		localctx.(*ProgramContext).stmts = append(localctx.(*ProgramContext).stmts, localctx.(*ProgramContext)._statement)


		p.SetState(41)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
	    	goto errorExit
	    }
		_la = p.GetTokenStream().LA(1)
	}
	{
		p.SetState(42)
		p.Match(HSLParserEOF)
		if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
		}
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IStatementContext is an interface to support dynamic dispatch.
type IStatementContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsStatementContext differentiates from other interfaces.
	IsStatementContext()
}

type StatementContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyStatementContext() *StatementContext {
	var p = new(StatementContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_statement
	return p
}

func InitEmptyStatementContext(p *StatementContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_statement
}

func (*StatementContext) IsStatementContext() {}

func NewStatementContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *StatementContext {
	var p = new(StatementContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_statement

	return p
}

func (s *StatementContext) GetParser() antlr.Parser { return s.parser }

func (s *StatementContext) CopyAll(ctx *StatementContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *StatementContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *StatementContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}




type BlockStmtContext struct {
	StatementContext
	b IBlockContext 
}

func NewBlockStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BlockStmtContext {
	var p = new(BlockStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *BlockStmtContext) GetB() IBlockContext { return s.b }


func (s *BlockStmtContext) SetB(v IBlockContext) { s.b = v }

func (s *BlockStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BlockStmtContext) Block() IBlockContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}


func (s *BlockStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBlockStmt(s)
	}
}

func (s *BlockStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBlockStmt(s)
	}
}


type IfStmtContext struct {
	StatementContext
	cond IExpressionContext 
	then IStatementContext 
	els IStatementContext 
}

func NewIfStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *IfStmtContext {
	var p = new(IfStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *IfStmtContext) GetCond() IExpressionContext { return s.cond }

func (s *IfStmtContext) GetThen() IStatementContext { return s.then }

func (s *IfStmtContext) GetEls() IStatementContext { return s.els }


func (s *IfStmtContext) SetCond(v IExpressionContext) { s.cond = v }

func (s *IfStmtContext) SetThen(v IStatementContext) { s.then = v }

func (s *IfStmtContext) SetEls(v IStatementContext) { s.els = v }

func (s *IfStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *IfStmtContext) IF() antlr.TerminalNode {
	return s.GetToken(HSLParserIF, 0)
}

func (s *IfStmtContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *IfStmtContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *IfStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *IfStmtContext) AllStatement() []IStatementContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IStatementContext); ok {
			len++
		}
	}

	tst := make([]IStatementContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IStatementContext); ok {
			tst[i] = t.(IStatementContext)
			i++
		}
	}

	return tst
}

func (s *IfStmtContext) Statement(i int) IStatementContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}

func (s *IfStmtContext) ELSE() antlr.TerminalNode {
	return s.GetToken(HSLParserELSE, 0)
}


func (s *IfStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterIfStmt(s)
	}
}

func (s *IfStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitIfStmt(s)
	}
}


type ForStmtContext struct {
	StatementContext
	init IExpressionListContext 
	cond IExpressionContext 
	step IExpressionListContext 
	body IStatementContext 
}

func NewForStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ForStmtContext {
	var p = new(ForStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ForStmtContext) GetInit() IExpressionListContext { return s.init }

func (s *ForStmtContext) GetCond() IExpressionContext { return s.cond }

func (s *ForStmtContext) GetStep() IExpressionListContext { return s.step }

func (s *ForStmtContext) GetBody() IStatementContext { return s.body }


func (s *ForStmtContext) SetInit(v IExpressionListContext) { s.init = v }

func (s *ForStmtContext) SetCond(v IExpressionContext) { s.cond = v }

func (s *ForStmtContext) SetStep(v IExpressionListContext) { s.step = v }

func (s *ForStmtContext) SetBody(v IStatementContext) { s.body = v }

func (s *ForStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ForStmtContext) FOR() antlr.TerminalNode {
	return s.GetToken(HSLParserFOR, 0)
}

func (s *ForStmtContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *ForStmtContext) AllSEMI() []antlr.TerminalNode {
	return s.GetTokens(HSLParserSEMI)
}

func (s *ForStmtContext) SEMI(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, i)
}

func (s *ForStmtContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *ForStmtContext) Statement() IStatementContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}

func (s *ForStmtContext) AllExpressionList() []IExpressionListContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionListContext); ok {
			len++
		}
	}

	tst := make([]IExpressionListContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionListContext); ok {
			tst[i] = t.(IExpressionListContext)
			i++
		}
	}

	return tst
}

func (s *ForStmtContext) ExpressionList(i int) IExpressionListContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionListContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionListContext)
}

func (s *ForStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ForStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterForStmt(s)
	}
}

func (s *ForStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitForStmt(s)
	}
}


type ForeachStmtContext struct {
	StatementContext
	x IExpressionContext 
	first IForeachTargetContext 
	second IForeachTargetContext 
	body IStatementContext 
}

func NewForeachStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ForeachStmtContext {
	var p = new(ForeachStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ForeachStmtContext) GetX() IExpressionContext { return s.x }

func (s *ForeachStmtContext) GetFirst() IForeachTargetContext { return s.first }

func (s *ForeachStmtContext) GetSecond() IForeachTargetContext { return s.second }

func (s *ForeachStmtContext) GetBody() IStatementContext { return s.body }


func (s *ForeachStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *ForeachStmtContext) SetFirst(v IForeachTargetContext) { s.first = v }

func (s *ForeachStmtContext) SetSecond(v IForeachTargetContext) { s.second = v }

func (s *ForeachStmtContext) SetBody(v IStatementContext) { s.body = v }

func (s *ForeachStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ForeachStmtContext) FOREACH() antlr.TerminalNode {
	return s.GetToken(HSLParserFOREACH, 0)
}

func (s *ForeachStmtContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *ForeachStmtContext) AS() antlr.TerminalNode {
	return s.GetToken(HSLParserAS, 0)
}

func (s *ForeachStmtContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *ForeachStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ForeachStmtContext) AllForeachTarget() []IForeachTargetContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IForeachTargetContext); ok {
			len++
		}
	}

	tst := make([]IForeachTargetContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IForeachTargetContext); ok {
			tst[i] = t.(IForeachTargetContext)
			i++
		}
	}

	return tst
}

func (s *ForeachStmtContext) ForeachTarget(i int) IForeachTargetContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IForeachTargetContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IForeachTargetContext)
}

func (s *ForeachStmtContext) Statement() IStatementContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}

func (s *ForeachStmtContext) FAT_ARROW() antlr.TerminalNode {
	return s.GetToken(HSLParserFAT_ARROW, 0)
}


func (s *ForeachStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterForeachStmt(s)
	}
}

func (s *ForeachStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitForeachStmt(s)
	}
}


type WhileStmtContext struct {
	StatementContext
	cond IExpressionContext 
	body IStatementContext 
}

func NewWhileStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *WhileStmtContext {
	var p = new(WhileStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *WhileStmtContext) GetCond() IExpressionContext { return s.cond }

func (s *WhileStmtContext) GetBody() IStatementContext { return s.body }


func (s *WhileStmtContext) SetCond(v IExpressionContext) { s.cond = v }

func (s *WhileStmtContext) SetBody(v IStatementContext) { s.body = v }

func (s *WhileStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *WhileStmtContext) WHILE() antlr.TerminalNode {
	return s.GetToken(HSLParserWHILE, 0)
}

func (s *WhileStmtContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *WhileStmtContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *WhileStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *WhileStmtContext) Statement() IStatementContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}


func (s *WhileStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterWhileStmt(s)
	}
}

func (s *WhileStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitWhileStmt(s)
	}
}


type ForeverStmtContext struct {
	StatementContext
	body IStatementContext 
}

func NewForeverStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ForeverStmtContext {
	var p = new(ForeverStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ForeverStmtContext) GetBody() IStatementContext { return s.body }


func (s *ForeverStmtContext) SetBody(v IStatementContext) { s.body = v }

func (s *ForeverStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ForeverStmtContext) FOREVER() antlr.TerminalNode {
	return s.GetToken(HSLParserFOREVER, 0)
}

func (s *ForeverStmtContext) Statement() IStatementContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}


func (s *ForeverStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterForeverStmt(s)
	}
}

func (s *ForeverStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitForeverStmt(s)
	}
}


type SwitchStmtContext struct {
	StatementContext
	x IExpressionContext 
	_switchCase ISwitchCaseContext 
	cases []ISwitchCaseContext
}

func NewSwitchStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *SwitchStmtContext {
	var p = new(SwitchStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *SwitchStmtContext) GetX() IExpressionContext { return s.x }

func (s *SwitchStmtContext) Get_switchCase() ISwitchCaseContext { return s._switchCase }


func (s *SwitchStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *SwitchStmtContext) Set_switchCase(v ISwitchCaseContext) { s._switchCase = v }


func (s *SwitchStmtContext) GetCases() []ISwitchCaseContext { return s.cases }


func (s *SwitchStmtContext) SetCases(v []ISwitchCaseContext) { s.cases = v }

func (s *SwitchStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *SwitchStmtContext) SWITCH() antlr.TerminalNode {
	return s.GetToken(HSLParserSWITCH, 0)
}

func (s *SwitchStmtContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *SwitchStmtContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *SwitchStmtContext) LBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACE, 0)
}

func (s *SwitchStmtContext) RBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACE, 0)
}

func (s *SwitchStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *SwitchStmtContext) AllSwitchCase() []ISwitchCaseContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(ISwitchCaseContext); ok {
			len++
		}
	}

	tst := make([]ISwitchCaseContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(ISwitchCaseContext); ok {
			tst[i] = t.(ISwitchCaseContext)
			i++
		}
	}

	return tst
}

func (s *SwitchStmtContext) SwitchCase(i int) ISwitchCaseContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(ISwitchCaseContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(ISwitchCaseContext)
}


func (s *SwitchStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterSwitchStmt(s)
	}
}

func (s *SwitchStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitSwitchStmt(s)
	}
}


type BreakStmtContext struct {
	StatementContext
}

func NewBreakStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BreakStmtContext {
	var p = new(BreakStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}

func (s *BreakStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BreakStmtContext) BREAK() antlr.TerminalNode {
	return s.GetToken(HSLParserBREAK, 0)
}

func (s *BreakStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}


func (s *BreakStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBreakStmt(s)
	}
}

func (s *BreakStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBreakStmt(s)
	}
}


type ContinueStmtContext struct {
	StatementContext
}

func NewContinueStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ContinueStmtContext {
	var p = new(ContinueStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}

func (s *ContinueStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ContinueStmtContext) CONTINUE() antlr.TerminalNode {
	return s.GetToken(HSLParserCONTINUE, 0)
}

func (s *ContinueStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}


func (s *ContinueStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterContinueStmt(s)
	}
}

func (s *ContinueStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitContinueStmt(s)
	}
}


type ReturnStmtContext struct {
	StatementContext
	x IExpressionContext 
}

func NewReturnStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ReturnStmtContext {
	var p = new(ReturnStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ReturnStmtContext) GetX() IExpressionContext { return s.x }


func (s *ReturnStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *ReturnStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ReturnStmtContext) RETURN() antlr.TerminalNode {
	return s.GetToken(HSLParserRETURN, 0)
}

func (s *ReturnStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ReturnStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ReturnStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterReturnStmt(s)
	}
}

func (s *ReturnStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitReturnStmt(s)
	}
}


type TryStmtContext struct {
	StatementContext
	body IBlockContext 
	v antlr.Token
	handler IBlockContext 
}

func NewTryStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *TryStmtContext {
	var p = new(TryStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *TryStmtContext) GetV() antlr.Token { return s.v }


func (s *TryStmtContext) SetV(v antlr.Token) { s.v = v }


func (s *TryStmtContext) GetBody() IBlockContext { return s.body }

func (s *TryStmtContext) GetHandler() IBlockContext { return s.handler }


func (s *TryStmtContext) SetBody(v IBlockContext) { s.body = v }

func (s *TryStmtContext) SetHandler(v IBlockContext) { s.handler = v }

func (s *TryStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *TryStmtContext) TRY() antlr.TerminalNode {
	return s.GetToken(HSLParserTRY, 0)
}

func (s *TryStmtContext) CATCH() antlr.TerminalNode {
	return s.GetToken(HSLParserCATCH, 0)
}

func (s *TryStmtContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *TryStmtContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *TryStmtContext) AllBlock() []IBlockContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IBlockContext); ok {
			len++
		}
	}

	tst := make([]IBlockContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IBlockContext); ok {
			tst[i] = t.(IBlockContext)
			i++
		}
	}

	return tst
}

func (s *TryStmtContext) Block(i int) IBlockContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}

func (s *TryStmtContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}


func (s *TryStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterTryStmt(s)
	}
}

func (s *TryStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitTryStmt(s)
	}
}


type ThrowStmtContext struct {
	StatementContext
	x IExpressionContext 
}

func NewThrowStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ThrowStmtContext {
	var p = new(ThrowStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ThrowStmtContext) GetX() IExpressionContext { return s.x }


func (s *ThrowStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *ThrowStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ThrowStmtContext) THROW() antlr.TerminalNode {
	return s.GetToken(HSLParserTHROW, 0)
}

func (s *ThrowStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ThrowStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ThrowStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterThrowStmt(s)
	}
}

func (s *ThrowStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitThrowStmt(s)
	}
}


type EchoStmtContext struct {
	StatementContext
	x IExpressionContext 
}

func NewEchoStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *EchoStmtContext {
	var p = new(EchoStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *EchoStmtContext) GetX() IExpressionContext { return s.x }


func (s *EchoStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *EchoStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *EchoStmtContext) ECHO() antlr.TerminalNode {
	return s.GetToken(HSLParserECHO, 0)
}

func (s *EchoStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *EchoStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *EchoStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterEchoStmt(s)
	}
}

func (s *EchoStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitEchoStmt(s)
	}
}


type IncludeStmtContext struct {
	StatementContext
	kw antlr.Token
	file IPathContext 
}

func NewIncludeStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *IncludeStmtContext {
	var p = new(IncludeStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *IncludeStmtContext) GetKw() antlr.Token { return s.kw }


func (s *IncludeStmtContext) SetKw(v antlr.Token) { s.kw = v }


func (s *IncludeStmtContext) GetFile() IPathContext { return s.file }


func (s *IncludeStmtContext) SetFile(v IPathContext) { s.file = v }

func (s *IncludeStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *IncludeStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *IncludeStmtContext) Path() IPathContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPathContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPathContext)
}

func (s *IncludeStmtContext) INCLUDE() antlr.TerminalNode {
	return s.GetToken(HSLParserINCLUDE, 0)
}

func (s *IncludeStmtContext) INCLUDE_ONCE() antlr.TerminalNode {
	return s.GetToken(HSLParserINCLUDE_ONCE, 0)
}


func (s *IncludeStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterIncludeStmt(s)
	}
}

func (s *IncludeStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitIncludeStmt(s)
	}
}


type ImportNamedStmtContext struct {
	StatementContext
	_importSpec IImportSpecContext 
	specs []IImportSpecContext
	file IPathContext 
}

func NewImportNamedStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ImportNamedStmtContext {
	var p = new(ImportNamedStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ImportNamedStmtContext) Get_importSpec() IImportSpecContext { return s._importSpec }

func (s *ImportNamedStmtContext) GetFile() IPathContext { return s.file }


func (s *ImportNamedStmtContext) Set_importSpec(v IImportSpecContext) { s._importSpec = v }

func (s *ImportNamedStmtContext) SetFile(v IPathContext) { s.file = v }


func (s *ImportNamedStmtContext) GetSpecs() []IImportSpecContext { return s.specs }


func (s *ImportNamedStmtContext) SetSpecs(v []IImportSpecContext) { s.specs = v }

func (s *ImportNamedStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ImportNamedStmtContext) IMPORT() antlr.TerminalNode {
	return s.GetToken(HSLParserIMPORT, 0)
}

func (s *ImportNamedStmtContext) LBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACE, 0)
}

func (s *ImportNamedStmtContext) RBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACE, 0)
}

func (s *ImportNamedStmtContext) FROM() antlr.TerminalNode {
	return s.GetToken(HSLParserFROM, 0)
}

func (s *ImportNamedStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ImportNamedStmtContext) AllImportSpec() []IImportSpecContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IImportSpecContext); ok {
			len++
		}
	}

	tst := make([]IImportSpecContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IImportSpecContext); ok {
			tst[i] = t.(IImportSpecContext)
			i++
		}
	}

	return tst
}

func (s *ImportNamedStmtContext) ImportSpec(i int) IImportSpecContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IImportSpecContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IImportSpecContext)
}

func (s *ImportNamedStmtContext) Path() IPathContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPathContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPathContext)
}

func (s *ImportNamedStmtContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *ImportNamedStmtContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}


func (s *ImportNamedStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterImportNamedStmt(s)
	}
}

func (s *ImportNamedStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitImportNamedStmt(s)
	}
}


type ImportStarStmtContext struct {
	StatementContext
	ns antlr.Token
	file IPathContext 
}

func NewImportStarStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ImportStarStmtContext {
	var p = new(ImportStarStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ImportStarStmtContext) GetNs() antlr.Token { return s.ns }


func (s *ImportStarStmtContext) SetNs(v antlr.Token) { s.ns = v }


func (s *ImportStarStmtContext) GetFile() IPathContext { return s.file }


func (s *ImportStarStmtContext) SetFile(v IPathContext) { s.file = v }

func (s *ImportStarStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ImportStarStmtContext) IMPORT() antlr.TerminalNode {
	return s.GetToken(HSLParserIMPORT, 0)
}

func (s *ImportStarStmtContext) STAR() antlr.TerminalNode {
	return s.GetToken(HSLParserSTAR, 0)
}

func (s *ImportStarStmtContext) AS() antlr.TerminalNode {
	return s.GetToken(HSLParserAS, 0)
}

func (s *ImportStarStmtContext) FROM() antlr.TerminalNode {
	return s.GetToken(HSLParserFROM, 0)
}

func (s *ImportStarStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ImportStarStmtContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}

func (s *ImportStarStmtContext) Path() IPathContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPathContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPathContext)
}


func (s *ImportStarStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterImportStarStmt(s)
	}
}

func (s *ImportStarStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitImportStarStmt(s)
	}
}


type ImportDataStmtContext struct {
	StatementContext
	v antlr.Token
	file IPathContext 
	opts IExpressionContext 
}

func NewImportDataStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ImportDataStmtContext {
	var p = new(ImportDataStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ImportDataStmtContext) GetV() antlr.Token { return s.v }


func (s *ImportDataStmtContext) SetV(v antlr.Token) { s.v = v }


func (s *ImportDataStmtContext) GetFile() IPathContext { return s.file }

func (s *ImportDataStmtContext) GetOpts() IExpressionContext { return s.opts }


func (s *ImportDataStmtContext) SetFile(v IPathContext) { s.file = v }

func (s *ImportDataStmtContext) SetOpts(v IExpressionContext) { s.opts = v }

func (s *ImportDataStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ImportDataStmtContext) IMPORT() antlr.TerminalNode {
	return s.GetToken(HSLParserIMPORT, 0)
}

func (s *ImportDataStmtContext) FROM() antlr.TerminalNode {
	return s.GetToken(HSLParserFROM, 0)
}

func (s *ImportDataStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ImportDataStmtContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}

func (s *ImportDataStmtContext) Path() IPathContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IPathContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IPathContext)
}

func (s *ImportDataStmtContext) WITH() antlr.TerminalNode {
	return s.GetToken(HSLParserWITH, 0)
}

func (s *ImportDataStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ImportDataStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterImportDataStmt(s)
	}
}

func (s *ImportDataStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitImportDataStmt(s)
	}
}


type FunctionDeclContext struct {
	StatementContext
	name antlr.Token
	params IParameterListContext 
	body IBlockContext 
}

func NewFunctionDeclContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *FunctionDeclContext {
	var p = new(FunctionDeclContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *FunctionDeclContext) GetName() antlr.Token { return s.name }


func (s *FunctionDeclContext) SetName(v antlr.Token) { s.name = v }


func (s *FunctionDeclContext) GetParams() IParameterListContext { return s.params }

func (s *FunctionDeclContext) GetBody() IBlockContext { return s.body }


func (s *FunctionDeclContext) SetParams(v IParameterListContext) { s.params = v }

func (s *FunctionDeclContext) SetBody(v IBlockContext) { s.body = v }

func (s *FunctionDeclContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *FunctionDeclContext) FUNCTION() antlr.TerminalNode {
	return s.GetToken(HSLParserFUNCTION, 0)
}

func (s *FunctionDeclContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *FunctionDeclContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *FunctionDeclContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}

func (s *FunctionDeclContext) Block() IBlockContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}

func (s *FunctionDeclContext) ParameterList() IParameterListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IParameterListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IParameterListContext)
}


func (s *FunctionDeclContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterFunctionDecl(s)
	}
}

func (s *FunctionDeclContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitFunctionDecl(s)
	}
}


type ClassDeclContext struct {
	StatementContext
	name antlr.Token
	_classMember IClassMemberContext 
	members []IClassMemberContext
}

func NewClassDeclContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ClassDeclContext {
	var p = new(ClassDeclContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ClassDeclContext) GetName() antlr.Token { return s.name }


func (s *ClassDeclContext) SetName(v antlr.Token) { s.name = v }


func (s *ClassDeclContext) Get_classMember() IClassMemberContext { return s._classMember }


func (s *ClassDeclContext) Set_classMember(v IClassMemberContext) { s._classMember = v }


func (s *ClassDeclContext) GetMembers() []IClassMemberContext { return s.members }


func (s *ClassDeclContext) SetMembers(v []IClassMemberContext) { s.members = v }

func (s *ClassDeclContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ClassDeclContext) CLASS() antlr.TerminalNode {
	return s.GetToken(HSLParserCLASS, 0)
}

func (s *ClassDeclContext) LBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACE, 0)
}

func (s *ClassDeclContext) RBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACE, 0)
}

func (s *ClassDeclContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}

func (s *ClassDeclContext) AllClassMember() []IClassMemberContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IClassMemberContext); ok {
			len++
		}
	}

	tst := make([]IClassMemberContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IClassMemberContext); ok {
			tst[i] = t.(IClassMemberContext)
			i++
		}
	}

	return tst
}

func (s *ClassDeclContext) ClassMember(i int) IClassMemberContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IClassMemberContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IClassMemberContext)
}


func (s *ClassDeclContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterClassDecl(s)
	}
}

func (s *ClassDeclContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitClassDecl(s)
	}
}


type GlobalStmtContext struct {
	StatementContext
	_VARIABLE antlr.Token
	vars []antlr.Token
}

func NewGlobalStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *GlobalStmtContext {
	var p = new(GlobalStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *GlobalStmtContext) Get_VARIABLE() antlr.Token { return s._VARIABLE }


func (s *GlobalStmtContext) Set_VARIABLE(v antlr.Token) { s._VARIABLE = v }


func (s *GlobalStmtContext) GetVars() []antlr.Token { return s.vars }


func (s *GlobalStmtContext) SetVars(v []antlr.Token) { s.vars = v }

func (s *GlobalStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *GlobalStmtContext) GLOBAL() antlr.TerminalNode {
	return s.GetToken(HSLParserGLOBAL, 0)
}

func (s *GlobalStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *GlobalStmtContext) AllVARIABLE() []antlr.TerminalNode {
	return s.GetTokens(HSLParserVARIABLE)
}

func (s *GlobalStmtContext) VARIABLE(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, i)
}

func (s *GlobalStmtContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *GlobalStmtContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}


func (s *GlobalStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterGlobalStmt(s)
	}
}

func (s *GlobalStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitGlobalStmt(s)
	}
}


type BarrierStmtContext struct {
	StatementContext
	x IExpressionContext 
	v antlr.Token
	body IBlockContext 
}

func NewBarrierStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BarrierStmtContext {
	var p = new(BarrierStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *BarrierStmtContext) GetV() antlr.Token { return s.v }


func (s *BarrierStmtContext) SetV(v antlr.Token) { s.v = v }


func (s *BarrierStmtContext) GetX() IExpressionContext { return s.x }

func (s *BarrierStmtContext) GetBody() IBlockContext { return s.body }


func (s *BarrierStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *BarrierStmtContext) SetBody(v IBlockContext) { s.body = v }

func (s *BarrierStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BarrierStmtContext) BARRIER() antlr.TerminalNode {
	return s.GetToken(HSLParserBARRIER, 0)
}

func (s *BarrierStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *BarrierStmtContext) Block() IBlockContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}

func (s *BarrierStmtContext) FAT_ARROW() antlr.TerminalNode {
	return s.GetToken(HSLParserFAT_ARROW, 0)
}

func (s *BarrierStmtContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}


func (s *BarrierStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBarrierStmt(s)
	}
}

func (s *BarrierStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBarrierStmt(s)
	}
}


type ExpressionStmtContext struct {
	StatementContext
	x IExpressionContext 
}

func NewExpressionStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ExpressionStmtContext {
	var p = new(ExpressionStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}


func (s *ExpressionStmtContext) GetX() IExpressionContext { return s.x }


func (s *ExpressionStmtContext) SetX(v IExpressionContext) { s.x = v }

func (s *ExpressionStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ExpressionStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ExpressionStmtContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ExpressionStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterExpressionStmt(s)
	}
}

func (s *ExpressionStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitExpressionStmt(s)
	}
}


type EmptyStmtContext struct {
	StatementContext
}

func NewEmptyStmtContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *EmptyStmtContext {
	var p = new(EmptyStmtContext)

	InitEmptyStatementContext(&p.StatementContext)
	p.parser = parser
	p.CopyAll(ctx.(*StatementContext))

	return p
}

func (s *EmptyStmtContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *EmptyStmtContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}


func (s *EmptyStmtContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterEmptyStmt(s)
	}
}

func (s *EmptyStmtContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitEmptyStmt(s)
	}
}



func (p *HSLParser) Statement() (localctx IStatementContext) {
	localctx = NewStatementContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 2, HSLParserRULE_statement)
	var _la int

	var _alt int

	p.SetState(207)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 15, p.GetParserRuleContext()) {
	case 1:
		localctx = NewBlockStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(44)

			var _x = p.Block()


			localctx.(*BlockStmtContext).b = _x
		}


	case 2:
		localctx = NewIfStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(45)
			p.Match(HSLParserIF)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(46)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(47)

			var _x = p.expression(0)

			localctx.(*IfStmtContext).cond = _x
		}
		{
			p.SetState(48)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(49)

			var _x = p.Statement()


			localctx.(*IfStmtContext).then = _x
		}
		p.SetState(52)
		p.GetErrorHandler().Sync(p)


		if p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 1, p.GetParserRuleContext()) == 1 {
			{
				p.SetState(50)
				p.Match(HSLParserELSE)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(51)

				var _x = p.Statement()


				localctx.(*IfStmtContext).els = _x
			}

			} else if p.HasError() { // JIM
				goto errorExit
		}


	case 3:
		localctx = NewForStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 3)
		{
			p.SetState(54)
			p.Match(HSLParserFOR)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(55)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(57)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(56)

				var _x = p.ExpressionList()


				localctx.(*ForStmtContext).init = _x
			}

		}
		{
			p.SetState(59)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(61)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(60)

				var _x = p.expression(0)

				localctx.(*ForStmtContext).cond = _x
			}

		}
		{
			p.SetState(63)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(65)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(64)

				var _x = p.ExpressionList()


				localctx.(*ForStmtContext).step = _x
			}

		}
		{
			p.SetState(67)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(68)

			var _x = p.Statement()


			localctx.(*ForStmtContext).body = _x
		}


	case 4:
		localctx = NewForeachStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(69)
			p.Match(HSLParserFOREACH)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(70)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(71)

			var _x = p.expression(0)

			localctx.(*ForeachStmtContext).x = _x
		}
		{
			p.SetState(72)
			p.Match(HSLParserAS)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(73)

			var _x = p.ForeachTarget()


			localctx.(*ForeachStmtContext).first = _x
		}
		p.SetState(76)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserFAT_ARROW {
			{
				p.SetState(74)
				p.Match(HSLParserFAT_ARROW)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(75)

				var _x = p.ForeachTarget()


				localctx.(*ForeachStmtContext).second = _x
			}

		}
		{
			p.SetState(78)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(79)

			var _x = p.Statement()


			localctx.(*ForeachStmtContext).body = _x
		}


	case 5:
		localctx = NewWhileStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 5)
		{
			p.SetState(81)
			p.Match(HSLParserWHILE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(82)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(83)

			var _x = p.expression(0)

			localctx.(*WhileStmtContext).cond = _x
		}
		{
			p.SetState(84)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(85)

			var _x = p.Statement()


			localctx.(*WhileStmtContext).body = _x
		}


	case 6:
		localctx = NewForeverStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 6)
		{
			p.SetState(87)
			p.Match(HSLParserFOREVER)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(88)

			var _x = p.Statement()


			localctx.(*ForeverStmtContext).body = _x
		}


	case 7:
		localctx = NewSwitchStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 7)
		{
			p.SetState(89)
			p.Match(HSLParserSWITCH)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(90)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(91)

			var _x = p.expression(0)

			localctx.(*SwitchStmtContext).x = _x
		}
		{
			p.SetState(92)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(93)
			p.Match(HSLParserLBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(97)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for _la == HSLParserCASE || _la == HSLParserDEFAULT {
			{
				p.SetState(94)

				var _x = p.SwitchCase()


				localctx.(*SwitchStmtContext)._switchCase = _x
			}
			localctx.(*SwitchStmtContext).cases = append(localctx.(*SwitchStmtContext).cases, localctx.(*SwitchStmtContext)._switchCase)


			p.SetState(99)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}
		{
			p.SetState(100)
			p.Match(HSLParserRBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 8:
		localctx = NewBreakStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 8)
		{
			p.SetState(102)
			p.Match(HSLParserBREAK)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(103)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 9:
		localctx = NewContinueStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 9)
		{
			p.SetState(104)
			p.Match(HSLParserCONTINUE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(105)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 10:
		localctx = NewReturnStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 10)
		{
			p.SetState(106)
			p.Match(HSLParserRETURN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(108)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(107)

				var _x = p.expression(0)

				localctx.(*ReturnStmtContext).x = _x
			}

		}
		{
			p.SetState(110)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 11:
		localctx = NewTryStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 11)
		{
			p.SetState(111)
			p.Match(HSLParserTRY)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(112)

			var _x = p.Block()


			localctx.(*TryStmtContext).body = _x
		}
		{
			p.SetState(113)
			p.Match(HSLParserCATCH)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(114)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(115)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*TryStmtContext).v = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(116)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(117)

			var _x = p.Block()


			localctx.(*TryStmtContext).handler = _x
		}


	case 12:
		localctx = NewThrowStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 12)
		{
			p.SetState(119)
			p.Match(HSLParserTHROW)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(120)

			var _x = p.expression(0)

			localctx.(*ThrowStmtContext).x = _x
		}
		{
			p.SetState(121)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 13:
		localctx = NewEchoStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 13)
		{
			p.SetState(123)
			p.Match(HSLParserECHO)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(124)

			var _x = p.expression(0)

			localctx.(*EchoStmtContext).x = _x
		}
		{
			p.SetState(125)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 14:
		localctx = NewIncludeStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 14)
		{
			p.SetState(127)

			var _lt = p.GetTokenStream().LT(1)

			localctx.(*IncludeStmtContext).kw = _lt

			_la = p.GetTokenStream().LA(1)

			if !(_la == HSLParserINCLUDE || _la == HSLParserINCLUDE_ONCE) {
				var _ri = p.GetErrorHandler().RecoverInline(p)

				localctx.(*IncludeStmtContext).kw = _ri
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}
		{
			p.SetState(128)

			var _x = p.Path()


			localctx.(*IncludeStmtContext).file = _x
		}
		{
			p.SetState(129)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 15:
		localctx = NewImportNamedStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 15)
		{
			p.SetState(131)
			p.Match(HSLParserIMPORT)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(132)
			p.Match(HSLParserLBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(133)

			var _x = p.ImportSpec()


			localctx.(*ImportNamedStmtContext)._importSpec = _x
		}
		localctx.(*ImportNamedStmtContext).specs = append(localctx.(*ImportNamedStmtContext).specs, localctx.(*ImportNamedStmtContext)._importSpec)
		p.SetState(138)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 8, p.GetParserRuleContext())
		if p.HasError() {
			goto errorExit
		}
		for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
			if _alt == 1 {
				{
					p.SetState(134)
					p.Match(HSLParserCOMMA)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(135)

					var _x = p.ImportSpec()


					localctx.(*ImportNamedStmtContext)._importSpec = _x
				}
				localctx.(*ImportNamedStmtContext).specs = append(localctx.(*ImportNamedStmtContext).specs, localctx.(*ImportNamedStmtContext)._importSpec)


			}
			p.SetState(140)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 8, p.GetParserRuleContext())
			if p.HasError() {
				goto errorExit
			}
		}
		p.SetState(142)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserCOMMA {
			{
				p.SetState(141)
				p.Match(HSLParserCOMMA)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}

		}
		{
			p.SetState(144)
			p.Match(HSLParserRBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(145)
			p.Match(HSLParserFROM)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(146)

			var _x = p.Path()


			localctx.(*ImportNamedStmtContext).file = _x
		}
		{
			p.SetState(147)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 16:
		localctx = NewImportStarStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 16)
		{
			p.SetState(149)
			p.Match(HSLParserIMPORT)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(150)
			p.Match(HSLParserSTAR)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(151)
			p.Match(HSLParserAS)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(152)

			var _m = p.Match(HSLParserIDENT)

			localctx.(*ImportStarStmtContext).ns = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(153)
			p.Match(HSLParserFROM)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(154)

			var _x = p.Path()


			localctx.(*ImportStarStmtContext).file = _x
		}
		{
			p.SetState(155)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 17:
		localctx = NewImportDataStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 17)
		{
			p.SetState(157)
			p.Match(HSLParserIMPORT)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(158)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*ImportDataStmtContext).v = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(159)
			p.Match(HSLParserFROM)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(160)

			var _x = p.Path()


			localctx.(*ImportDataStmtContext).file = _x
		}
		p.SetState(163)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserWITH {
			{
				p.SetState(161)
				p.Match(HSLParserWITH)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(162)

				var _x = p.expression(0)

				localctx.(*ImportDataStmtContext).opts = _x
			}

		}
		{
			p.SetState(165)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 18:
		localctx = NewFunctionDeclContext(p, localctx)
		p.EnterOuterAlt(localctx, 18)
		{
			p.SetState(167)
			p.Match(HSLParserFUNCTION)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(168)

			var _m = p.Match(HSLParserIDENT)

			localctx.(*FunctionDeclContext).name = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(169)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(171)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserELLIPSIS || _la == HSLParserVARIABLE {
			{
				p.SetState(170)

				var _x = p.ParameterList()


				localctx.(*FunctionDeclContext).params = _x
			}

		}
		{
			p.SetState(173)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(174)

			var _x = p.Block()


			localctx.(*FunctionDeclContext).body = _x
		}


	case 19:
		localctx = NewClassDeclContext(p, localctx)
		p.EnterOuterAlt(localctx, 19)
		{
			p.SetState(175)
			p.Match(HSLParserCLASS)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(176)

			var _m = p.Match(HSLParserIDENT)

			localctx.(*ClassDeclContext).name = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(177)
			p.Match(HSLParserLBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(181)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 11996221522437998) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(178)

				var _x = p.ClassMember()


				localctx.(*ClassDeclContext)._classMember = _x
			}
			localctx.(*ClassDeclContext).members = append(localctx.(*ClassDeclContext).members, localctx.(*ClassDeclContext)._classMember)


			p.SetState(183)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}
		{
			p.SetState(184)
			p.Match(HSLParserRBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 20:
		localctx = NewGlobalStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 20)
		{
			p.SetState(185)
			p.Match(HSLParserGLOBAL)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(186)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*GlobalStmtContext)._VARIABLE = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		localctx.(*GlobalStmtContext).vars = append(localctx.(*GlobalStmtContext).vars, localctx.(*GlobalStmtContext)._VARIABLE)
		p.SetState(191)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for _la == HSLParserCOMMA {
			{
				p.SetState(187)
				p.Match(HSLParserCOMMA)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(188)

				var _m = p.Match(HSLParserVARIABLE)

				localctx.(*GlobalStmtContext)._VARIABLE = _m
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			localctx.(*GlobalStmtContext).vars = append(localctx.(*GlobalStmtContext).vars, localctx.(*GlobalStmtContext)._VARIABLE)


			p.SetState(193)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}
		{
			p.SetState(194)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 21:
		localctx = NewBarrierStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 21)
		{
			p.SetState(195)
			p.Match(HSLParserBARRIER)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(196)

			var _x = p.expression(0)

			localctx.(*BarrierStmtContext).x = _x
		}
		p.SetState(199)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserFAT_ARROW {
			{
				p.SetState(197)
				p.Match(HSLParserFAT_ARROW)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(198)

				var _m = p.Match(HSLParserVARIABLE)

				localctx.(*BarrierStmtContext).v = _m
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}

		}
		{
			p.SetState(201)

			var _x = p.Block()


			localctx.(*BarrierStmtContext).body = _x
		}


	case 22:
		localctx = NewExpressionStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 22)
		{
			p.SetState(203)

			var _x = p.expression(0)

			localctx.(*ExpressionStmtContext).x = _x
		}
		{
			p.SetState(204)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 23:
		localctx = NewEmptyStmtContext(p, localctx)
		p.EnterOuterAlt(localctx, 23)
		{
			p.SetState(206)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}

	case antlr.ATNInvalidAltNumber:
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IBlockContext is an interface to support dynamic dispatch.
type IBlockContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Get_statement returns the _statement rule contexts.
	Get_statement() IStatementContext


	// Set_statement sets the _statement rule contexts.
	Set_statement(IStatementContext)


	// GetStmts returns the stmts rule context list.
	GetStmts() []IStatementContext


	// SetStmts sets the stmts rule context list.
	SetStmts([]IStatementContext) 


	// Getter signatures
	LBRACE() antlr.TerminalNode
	RBRACE() antlr.TerminalNode
	AllStatement() []IStatementContext
	Statement(i int) IStatementContext

	// IsBlockContext differentiates from other interfaces.
	IsBlockContext()
}

type BlockContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	_statement IStatementContext 
	stmts []IStatementContext
}

func NewEmptyBlockContext() *BlockContext {
	var p = new(BlockContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_block
	return p
}

func InitEmptyBlockContext(p *BlockContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_block
}

func (*BlockContext) IsBlockContext() {}

func NewBlockContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *BlockContext {
	var p = new(BlockContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_block

	return p
}

func (s *BlockContext) GetParser() antlr.Parser { return s.parser }

func (s *BlockContext) Get_statement() IStatementContext { return s._statement }


func (s *BlockContext) Set_statement(v IStatementContext) { s._statement = v }


func (s *BlockContext) GetStmts() []IStatementContext { return s.stmts }


func (s *BlockContext) SetStmts(v []IStatementContext) { s.stmts = v }


func (s *BlockContext) LBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACE, 0)
}

func (s *BlockContext) RBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACE, 0)
}

func (s *BlockContext) AllStatement() []IStatementContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IStatementContext); ok {
			len++
		}
	}

	tst := make([]IStatementContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IStatementContext); ok {
			tst[i] = t.(IStatementContext)
			i++
		}
	}

	return tst
}

func (s *BlockContext) Statement(i int) IStatementContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}

func (s *BlockContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BlockContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *BlockContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBlock(s)
	}
}

func (s *BlockContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBlock(s)
	}
}




func (p *HSLParser) Block() (localctx IBlockContext) {
	localctx = NewBlockContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 4, HSLParserRULE_block)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(209)
		p.Match(HSLParserLBRACE)
		if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
		}
	}
	p.SetState(213)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)


	for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 11996218032777070) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
		{
			p.SetState(210)

			var _x = p.Statement()


			localctx.(*BlockContext)._statement = _x
		}
		localctx.(*BlockContext).stmts = append(localctx.(*BlockContext).stmts, localctx.(*BlockContext)._statement)


		p.SetState(215)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
	    	goto errorExit
	    }
		_la = p.GetTokenStream().LA(1)
	}
	{
		p.SetState(216)
		p.Match(HSLParserRBRACE)
		if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
		}
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IPathContext is an interface to support dynamic dispatch.
type IPathContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetT returns the t token.
	GetT() antlr.Token 


	// SetT sets the t token.
	SetT(antlr.Token) 


	// Getter signatures
	STRING() antlr.TerminalNode
	RAW_STRING() antlr.TerminalNode

	// IsPathContext differentiates from other interfaces.
	IsPathContext()
}

type PathContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	t antlr.Token
}

func NewEmptyPathContext() *PathContext {
	var p = new(PathContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_path
	return p
}

func InitEmptyPathContext(p *PathContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_path
}

func (*PathContext) IsPathContext() {}

func NewPathContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *PathContext {
	var p = new(PathContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_path

	return p
}

func (s *PathContext) GetParser() antlr.Parser { return s.parser }

func (s *PathContext) GetT() antlr.Token { return s.t }


func (s *PathContext) SetT(v antlr.Token) { s.t = v }


func (s *PathContext) STRING() antlr.TerminalNode {
	return s.GetToken(HSLParserSTRING, 0)
}

func (s *PathContext) RAW_STRING() antlr.TerminalNode {
	return s.GetToken(HSLParserRAW_STRING, 0)
}

func (s *PathContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *PathContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *PathContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterPath(s)
	}
}

func (s *PathContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitPath(s)
	}
}




func (p *HSLParser) Path() (localctx IPathContext) {
	localctx = NewPathContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 6, HSLParserRULE_path)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(218)

		var _lt = p.GetTokenStream().LT(1)

		localctx.(*PathContext).t = _lt

		_la = p.GetTokenStream().LA(1)

		if !(_la == HSLParserRAW_STRING || _la == HSLParserSTRING) {
			var _ri = p.GetErrorHandler().RecoverInline(p)

			localctx.(*PathContext).t = _ri
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IExpressionListContext is an interface to support dynamic dispatch.
type IExpressionListContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Get_expression returns the _expression rule contexts.
	Get_expression() IExpressionContext


	// Set_expression sets the _expression rule contexts.
	Set_expression(IExpressionContext)


	// GetItems returns the items rule context list.
	GetItems() []IExpressionContext


	// SetItems sets the items rule context list.
	SetItems([]IExpressionContext) 


	// Getter signatures
	AllExpression() []IExpressionContext
	Expression(i int) IExpressionContext
	AllCOMMA() []antlr.TerminalNode
	COMMA(i int) antlr.TerminalNode

	// IsExpressionListContext differentiates from other interfaces.
	IsExpressionListContext()
}

type ExpressionListContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	_expression IExpressionContext 
	items []IExpressionContext
}

func NewEmptyExpressionListContext() *ExpressionListContext {
	var p = new(ExpressionListContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_expressionList
	return p
}

func InitEmptyExpressionListContext(p *ExpressionListContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_expressionList
}

func (*ExpressionListContext) IsExpressionListContext() {}

func NewExpressionListContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ExpressionListContext {
	var p = new(ExpressionListContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_expressionList

	return p
}

func (s *ExpressionListContext) GetParser() antlr.Parser { return s.parser }

func (s *ExpressionListContext) Get_expression() IExpressionContext { return s._expression }


func (s *ExpressionListContext) Set_expression(v IExpressionContext) { s._expression = v }


func (s *ExpressionListContext) GetItems() []IExpressionContext { return s.items }


func (s *ExpressionListContext) SetItems(v []IExpressionContext) { s.items = v }


func (s *ExpressionListContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *ExpressionListContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ExpressionListContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *ExpressionListContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}

func (s *ExpressionListContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ExpressionListContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ExpressionListContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterExpressionList(s)
	}
}

func (s *ExpressionListContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitExpressionList(s)
	}
}




func (p *HSLParser) ExpressionList() (localctx IExpressionListContext) {
	localctx = NewExpressionListContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 8, HSLParserRULE_expressionList)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(220)

		var _x = p.expression(0)

		localctx.(*ExpressionListContext)._expression = _x
	}
	localctx.(*ExpressionListContext).items = append(localctx.(*ExpressionListContext).items, localctx.(*ExpressionListContext)._expression)
	p.SetState(225)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)


	for _la == HSLParserCOMMA {
		{
			p.SetState(221)
			p.Match(HSLParserCOMMA)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(222)

			var _x = p.expression(0)

			localctx.(*ExpressionListContext)._expression = _x
		}
		localctx.(*ExpressionListContext).items = append(localctx.(*ExpressionListContext).items, localctx.(*ExpressionListContext)._expression)


		p.SetState(227)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
	    	goto errorExit
	    }
		_la = p.GetTokenStream().LA(1)
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IForeachTargetContext is an interface to support dynamic dispatch.
type IForeachTargetContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetV returns the v token.
	GetV() antlr.Token 


	// SetV sets the v token.
	SetV(antlr.Token) 


	// GetPattern returns the pattern rule contexts.
	GetPattern() IArrayLiteralContext


	// SetPattern sets the pattern rule contexts.
	SetPattern(IArrayLiteralContext)


	// Getter signatures
	VARIABLE() antlr.TerminalNode
	ArrayLiteral() IArrayLiteralContext

	// IsForeachTargetContext differentiates from other interfaces.
	IsForeachTargetContext()
}

type ForeachTargetContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	v antlr.Token
	pattern IArrayLiteralContext 
}

func NewEmptyForeachTargetContext() *ForeachTargetContext {
	var p = new(ForeachTargetContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_foreachTarget
	return p
}

func InitEmptyForeachTargetContext(p *ForeachTargetContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_foreachTarget
}

func (*ForeachTargetContext) IsForeachTargetContext() {}

func NewForeachTargetContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ForeachTargetContext {
	var p = new(ForeachTargetContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_foreachTarget

	return p
}

func (s *ForeachTargetContext) GetParser() antlr.Parser { return s.parser }

func (s *ForeachTargetContext) GetV() antlr.Token { return s.v }


func (s *ForeachTargetContext) SetV(v antlr.Token) { s.v = v }


func (s *ForeachTargetContext) GetPattern() IArrayLiteralContext { return s.pattern }


func (s *ForeachTargetContext) SetPattern(v IArrayLiteralContext) { s.pattern = v }


func (s *ForeachTargetContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}

func (s *ForeachTargetContext) ArrayLiteral() IArrayLiteralContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IArrayLiteralContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IArrayLiteralContext)
}

func (s *ForeachTargetContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ForeachTargetContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ForeachTargetContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterForeachTarget(s)
	}
}

func (s *ForeachTargetContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitForeachTarget(s)
	}
}




func (p *HSLParser) ForeachTarget() (localctx IForeachTargetContext) {
	localctx = NewForeachTargetContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 10, HSLParserRULE_foreachTarget)
	p.SetState(230)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserVARIABLE:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(228)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*ForeachTargetContext).v = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserARRAY, HSLParserLBRACK:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(229)

			var _x = p.ArrayLiteral()


			localctx.(*ForeachTargetContext).pattern = _x
		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// ISwitchCaseContext is an interface to support dynamic dispatch.
type ISwitchCaseContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsSwitchCaseContext differentiates from other interfaces.
	IsSwitchCaseContext()
}

type SwitchCaseContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptySwitchCaseContext() *SwitchCaseContext {
	var p = new(SwitchCaseContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_switchCase
	return p
}

func InitEmptySwitchCaseContext(p *SwitchCaseContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_switchCase
}

func (*SwitchCaseContext) IsSwitchCaseContext() {}

func NewSwitchCaseContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *SwitchCaseContext {
	var p = new(SwitchCaseContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_switchCase

	return p
}

func (s *SwitchCaseContext) GetParser() antlr.Parser { return s.parser }

func (s *SwitchCaseContext) CopyAll(ctx *SwitchCaseContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *SwitchCaseContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *SwitchCaseContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}




type CaseClauseContext struct {
	SwitchCaseContext
	x IExpressionContext 
	_statement IStatementContext 
	stmts []IStatementContext
}

func NewCaseClauseContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *CaseClauseContext {
	var p = new(CaseClauseContext)

	InitEmptySwitchCaseContext(&p.SwitchCaseContext)
	p.parser = parser
	p.CopyAll(ctx.(*SwitchCaseContext))

	return p
}


func (s *CaseClauseContext) GetX() IExpressionContext { return s.x }

func (s *CaseClauseContext) Get_statement() IStatementContext { return s._statement }


func (s *CaseClauseContext) SetX(v IExpressionContext) { s.x = v }

func (s *CaseClauseContext) Set_statement(v IStatementContext) { s._statement = v }


func (s *CaseClauseContext) GetStmts() []IStatementContext { return s.stmts }


func (s *CaseClauseContext) SetStmts(v []IStatementContext) { s.stmts = v }

func (s *CaseClauseContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *CaseClauseContext) CASE() antlr.TerminalNode {
	return s.GetToken(HSLParserCASE, 0)
}

func (s *CaseClauseContext) COLON() antlr.TerminalNode {
	return s.GetToken(HSLParserCOLON, 0)
}

func (s *CaseClauseContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *CaseClauseContext) AllStatement() []IStatementContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IStatementContext); ok {
			len++
		}
	}

	tst := make([]IStatementContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IStatementContext); ok {
			tst[i] = t.(IStatementContext)
			i++
		}
	}

	return tst
}

func (s *CaseClauseContext) Statement(i int) IStatementContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}


func (s *CaseClauseContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterCaseClause(s)
	}
}

func (s *CaseClauseContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitCaseClause(s)
	}
}


type DefaultClauseContext struct {
	SwitchCaseContext
	_statement IStatementContext 
	stmts []IStatementContext
}

func NewDefaultClauseContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *DefaultClauseContext {
	var p = new(DefaultClauseContext)

	InitEmptySwitchCaseContext(&p.SwitchCaseContext)
	p.parser = parser
	p.CopyAll(ctx.(*SwitchCaseContext))

	return p
}


func (s *DefaultClauseContext) Get_statement() IStatementContext { return s._statement }


func (s *DefaultClauseContext) Set_statement(v IStatementContext) { s._statement = v }


func (s *DefaultClauseContext) GetStmts() []IStatementContext { return s.stmts }


func (s *DefaultClauseContext) SetStmts(v []IStatementContext) { s.stmts = v }

func (s *DefaultClauseContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *DefaultClauseContext) DEFAULT() antlr.TerminalNode {
	return s.GetToken(HSLParserDEFAULT, 0)
}

func (s *DefaultClauseContext) COLON() antlr.TerminalNode {
	return s.GetToken(HSLParserCOLON, 0)
}

func (s *DefaultClauseContext) AllStatement() []IStatementContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IStatementContext); ok {
			len++
		}
	}

	tst := make([]IStatementContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IStatementContext); ok {
			tst[i] = t.(IStatementContext)
			i++
		}
	}

	return tst
}

func (s *DefaultClauseContext) Statement(i int) IStatementContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}


func (s *DefaultClauseContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterDefaultClause(s)
	}
}

func (s *DefaultClauseContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitDefaultClause(s)
	}
}



func (p *HSLParser) SwitchCase() (localctx ISwitchCaseContext) {
	localctx = NewSwitchCaseContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 12, HSLParserRULE_switchCase)
	var _la int

	p.SetState(249)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserCASE:
		localctx = NewCaseClauseContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(232)
			p.Match(HSLParserCASE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(233)

			var _x = p.expression(0)

			localctx.(*CaseClauseContext).x = _x
		}
		{
			p.SetState(234)
			p.Match(HSLParserCOLON)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(238)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 11996218032777070) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(235)

				var _x = p.Statement()


				localctx.(*CaseClauseContext)._statement = _x
			}
			localctx.(*CaseClauseContext).stmts = append(localctx.(*CaseClauseContext).stmts, localctx.(*CaseClauseContext)._statement)


			p.SetState(240)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}


	case HSLParserDEFAULT:
		localctx = NewDefaultClauseContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(241)
			p.Match(HSLParserDEFAULT)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(242)
			p.Match(HSLParserCOLON)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(246)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 11996218032777070) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(243)

				var _x = p.Statement()


				localctx.(*DefaultClauseContext)._statement = _x
			}
			localctx.(*DefaultClauseContext).stmts = append(localctx.(*DefaultClauseContext).stmts, localctx.(*DefaultClauseContext)._statement)


			p.SetState(248)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IImportSpecContext is an interface to support dynamic dispatch.
type IImportSpecContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetName returns the name token.
	GetName() antlr.Token 

	// GetAlias returns the alias token.
	GetAlias() antlr.Token 


	// SetName sets the name token.
	SetName(antlr.Token) 

	// SetAlias sets the alias token.
	SetAlias(antlr.Token) 


	// Getter signatures
	AllIDENT() []antlr.TerminalNode
	IDENT(i int) antlr.TerminalNode
	AS() antlr.TerminalNode
	AllVARIABLE() []antlr.TerminalNode
	VARIABLE(i int) antlr.TerminalNode

	// IsImportSpecContext differentiates from other interfaces.
	IsImportSpecContext()
}

type ImportSpecContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	name antlr.Token
	alias antlr.Token
}

func NewEmptyImportSpecContext() *ImportSpecContext {
	var p = new(ImportSpecContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_importSpec
	return p
}

func InitEmptyImportSpecContext(p *ImportSpecContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_importSpec
}

func (*ImportSpecContext) IsImportSpecContext() {}

func NewImportSpecContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ImportSpecContext {
	var p = new(ImportSpecContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_importSpec

	return p
}

func (s *ImportSpecContext) GetParser() antlr.Parser { return s.parser }

func (s *ImportSpecContext) GetName() antlr.Token { return s.name }

func (s *ImportSpecContext) GetAlias() antlr.Token { return s.alias }


func (s *ImportSpecContext) SetName(v antlr.Token) { s.name = v }

func (s *ImportSpecContext) SetAlias(v antlr.Token) { s.alias = v }


func (s *ImportSpecContext) AllIDENT() []antlr.TerminalNode {
	return s.GetTokens(HSLParserIDENT)
}

func (s *ImportSpecContext) IDENT(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, i)
}

func (s *ImportSpecContext) AS() antlr.TerminalNode {
	return s.GetToken(HSLParserAS, 0)
}

func (s *ImportSpecContext) AllVARIABLE() []antlr.TerminalNode {
	return s.GetTokens(HSLParserVARIABLE)
}

func (s *ImportSpecContext) VARIABLE(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, i)
}

func (s *ImportSpecContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ImportSpecContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ImportSpecContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterImportSpec(s)
	}
}

func (s *ImportSpecContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitImportSpec(s)
	}
}




func (p *HSLParser) ImportSpec() (localctx IImportSpecContext) {
	localctx = NewImportSpecContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 14, HSLParserRULE_importSpec)
	var _la int

	p.SetState(261)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserIDENT:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(251)

			var _m = p.Match(HSLParserIDENT)

			localctx.(*ImportSpecContext).name = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(254)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserAS {
			{
				p.SetState(252)
				p.Match(HSLParserAS)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(253)

				var _m = p.Match(HSLParserIDENT)

				localctx.(*ImportSpecContext).alias = _m
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}

		}


	case HSLParserVARIABLE:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(256)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*ImportSpecContext).name = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(259)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserAS {
			{
				p.SetState(257)
				p.Match(HSLParserAS)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(258)

				var _m = p.Match(HSLParserVARIABLE)

				localctx.(*ImportSpecContext).alias = _m
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}

		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IParameterListContext is an interface to support dynamic dispatch.
type IParameterListContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Get_parameter returns the _parameter rule contexts.
	Get_parameter() IParameterContext


	// Set_parameter sets the _parameter rule contexts.
	Set_parameter(IParameterContext)


	// GetParams returns the params rule context list.
	GetParams() []IParameterContext


	// SetParams sets the params rule context list.
	SetParams([]IParameterContext) 


	// Getter signatures
	AllParameter() []IParameterContext
	Parameter(i int) IParameterContext
	AllCOMMA() []antlr.TerminalNode
	COMMA(i int) antlr.TerminalNode

	// IsParameterListContext differentiates from other interfaces.
	IsParameterListContext()
}

type ParameterListContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	_parameter IParameterContext 
	params []IParameterContext
}

func NewEmptyParameterListContext() *ParameterListContext {
	var p = new(ParameterListContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_parameterList
	return p
}

func InitEmptyParameterListContext(p *ParameterListContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_parameterList
}

func (*ParameterListContext) IsParameterListContext() {}

func NewParameterListContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ParameterListContext {
	var p = new(ParameterListContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_parameterList

	return p
}

func (s *ParameterListContext) GetParser() antlr.Parser { return s.parser }

func (s *ParameterListContext) Get_parameter() IParameterContext { return s._parameter }


func (s *ParameterListContext) Set_parameter(v IParameterContext) { s._parameter = v }


func (s *ParameterListContext) GetParams() []IParameterContext { return s.params }


func (s *ParameterListContext) SetParams(v []IParameterContext) { s.params = v }


func (s *ParameterListContext) AllParameter() []IParameterContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IParameterContext); ok {
			len++
		}
	}

	tst := make([]IParameterContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IParameterContext); ok {
			tst[i] = t.(IParameterContext)
			i++
		}
	}

	return tst
}

func (s *ParameterListContext) Parameter(i int) IParameterContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IParameterContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IParameterContext)
}

func (s *ParameterListContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *ParameterListContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}

func (s *ParameterListContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ParameterListContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ParameterListContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterParameterList(s)
	}
}

func (s *ParameterListContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitParameterList(s)
	}
}




func (p *HSLParser) ParameterList() (localctx IParameterListContext) {
	localctx = NewParameterListContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 16, HSLParserRULE_parameterList)
	var _la int

	var _alt int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(263)

		var _x = p.Parameter()


		localctx.(*ParameterListContext)._parameter = _x
	}
	localctx.(*ParameterListContext).params = append(localctx.(*ParameterListContext).params, localctx.(*ParameterListContext)._parameter)
	p.SetState(268)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 25, p.GetParserRuleContext())
	if p.HasError() {
		goto errorExit
	}
	for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
		if _alt == 1 {
			{
				p.SetState(264)
				p.Match(HSLParserCOMMA)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(265)

				var _x = p.Parameter()


				localctx.(*ParameterListContext)._parameter = _x
			}
			localctx.(*ParameterListContext).params = append(localctx.(*ParameterListContext).params, localctx.(*ParameterListContext)._parameter)


		}
		p.SetState(270)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
	    	goto errorExit
	    }
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 25, p.GetParserRuleContext())
		if p.HasError() {
			goto errorExit
		}
	}
	p.SetState(272)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)


	if _la == HSLParserCOMMA {
		{
			p.SetState(271)
			p.Match(HSLParserCOMMA)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}

	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IParameterContext is an interface to support dynamic dispatch.
type IParameterContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetV returns the v token.
	GetV() antlr.Token 

	// GetDots returns the dots token.
	GetDots() antlr.Token 


	// SetV sets the v token.
	SetV(antlr.Token) 

	// SetDots sets the dots token.
	SetDots(antlr.Token) 


	// GetDflt returns the dflt rule contexts.
	GetDflt() IExpressionContext


	// SetDflt sets the dflt rule contexts.
	SetDflt(IExpressionContext)


	// Getter signatures
	VARIABLE() antlr.TerminalNode
	ASSIGN() antlr.TerminalNode
	Expression() IExpressionContext
	ELLIPSIS() antlr.TerminalNode

	// IsParameterContext differentiates from other interfaces.
	IsParameterContext()
}

type ParameterContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	v antlr.Token
	dflt IExpressionContext 
	dots antlr.Token
}

func NewEmptyParameterContext() *ParameterContext {
	var p = new(ParameterContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_parameter
	return p
}

func InitEmptyParameterContext(p *ParameterContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_parameter
}

func (*ParameterContext) IsParameterContext() {}

func NewParameterContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ParameterContext {
	var p = new(ParameterContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_parameter

	return p
}

func (s *ParameterContext) GetParser() antlr.Parser { return s.parser }

func (s *ParameterContext) GetV() antlr.Token { return s.v }

func (s *ParameterContext) GetDots() antlr.Token { return s.dots }


func (s *ParameterContext) SetV(v antlr.Token) { s.v = v }

func (s *ParameterContext) SetDots(v antlr.Token) { s.dots = v }


func (s *ParameterContext) GetDflt() IExpressionContext { return s.dflt }


func (s *ParameterContext) SetDflt(v IExpressionContext) { s.dflt = v }


func (s *ParameterContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}

func (s *ParameterContext) ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserASSIGN, 0)
}

func (s *ParameterContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ParameterContext) ELLIPSIS() antlr.TerminalNode {
	return s.GetToken(HSLParserELLIPSIS, 0)
}

func (s *ParameterContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ParameterContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ParameterContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterParameter(s)
	}
}

func (s *ParameterContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitParameter(s)
	}
}




func (p *HSLParser) Parameter() (localctx IParameterContext) {
	localctx = NewParameterContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 18, HSLParserRULE_parameter)
	var _la int

	p.SetState(281)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserVARIABLE:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(274)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*ParameterContext).v = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(277)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserASSIGN {
			{
				p.SetState(275)
				p.Match(HSLParserASSIGN)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(276)

				var _x = p.expression(0)

				localctx.(*ParameterContext).dflt = _x
			}

		}


	case HSLParserELLIPSIS:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(279)

			var _m = p.Match(HSLParserELLIPSIS)

			localctx.(*ParameterContext).dots = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(280)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*ParameterContext).v = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IClassMemberContext is an interface to support dynamic dispatch.
type IClassMemberContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsClassMemberContext differentiates from other interfaces.
	IsClassMemberContext()
}

type ClassMemberContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyClassMemberContext() *ClassMemberContext {
	var p = new(ClassMemberContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_classMember
	return p
}

func InitEmptyClassMemberContext(p *ClassMemberContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_classMember
}

func (*ClassMemberContext) IsClassMemberContext() {}

func NewClassMemberContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ClassMemberContext {
	var p = new(ClassMemberContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_classMember

	return p
}

func (s *ClassMemberContext) GetParser() antlr.Parser { return s.parser }

func (s *ClassMemberContext) CopyAll(ctx *ClassMemberContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *ClassMemberContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ClassMemberContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}




type ClassVariableContext struct {
	ClassMemberContext
	_modifier IModifierContext 
	mods []IModifierContext
	v antlr.Token
	init IExpressionContext 
}

func NewClassVariableContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ClassVariableContext {
	var p = new(ClassVariableContext)

	InitEmptyClassMemberContext(&p.ClassMemberContext)
	p.parser = parser
	p.CopyAll(ctx.(*ClassMemberContext))

	return p
}


func (s *ClassVariableContext) GetV() antlr.Token { return s.v }


func (s *ClassVariableContext) SetV(v antlr.Token) { s.v = v }


func (s *ClassVariableContext) Get_modifier() IModifierContext { return s._modifier }

func (s *ClassVariableContext) GetInit() IExpressionContext { return s.init }


func (s *ClassVariableContext) Set_modifier(v IModifierContext) { s._modifier = v }

func (s *ClassVariableContext) SetInit(v IExpressionContext) { s.init = v }


func (s *ClassVariableContext) GetMods() []IModifierContext { return s.mods }


func (s *ClassVariableContext) SetMods(v []IModifierContext) { s.mods = v }

func (s *ClassVariableContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ClassVariableContext) SEMI() antlr.TerminalNode {
	return s.GetToken(HSLParserSEMI, 0)
}

func (s *ClassVariableContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}

func (s *ClassVariableContext) ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserASSIGN, 0)
}

func (s *ClassVariableContext) AllModifier() []IModifierContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IModifierContext); ok {
			len++
		}
	}

	tst := make([]IModifierContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IModifierContext); ok {
			tst[i] = t.(IModifierContext)
			i++
		}
	}

	return tst
}

func (s *ClassVariableContext) Modifier(i int) IModifierContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IModifierContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IModifierContext)
}

func (s *ClassVariableContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ClassVariableContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterClassVariable(s)
	}
}

func (s *ClassVariableContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitClassVariable(s)
	}
}


type ClassFunctionContext struct {
	ClassMemberContext
	_modifier IModifierContext 
	mods []IModifierContext
	name antlr.Token
	params IParameterListContext 
	body IBlockContext 
}

func NewClassFunctionContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ClassFunctionContext {
	var p = new(ClassFunctionContext)

	InitEmptyClassMemberContext(&p.ClassMemberContext)
	p.parser = parser
	p.CopyAll(ctx.(*ClassMemberContext))

	return p
}


func (s *ClassFunctionContext) GetName() antlr.Token { return s.name }


func (s *ClassFunctionContext) SetName(v antlr.Token) { s.name = v }


func (s *ClassFunctionContext) Get_modifier() IModifierContext { return s._modifier }

func (s *ClassFunctionContext) GetParams() IParameterListContext { return s.params }

func (s *ClassFunctionContext) GetBody() IBlockContext { return s.body }


func (s *ClassFunctionContext) Set_modifier(v IModifierContext) { s._modifier = v }

func (s *ClassFunctionContext) SetParams(v IParameterListContext) { s.params = v }

func (s *ClassFunctionContext) SetBody(v IBlockContext) { s.body = v }


func (s *ClassFunctionContext) GetMods() []IModifierContext { return s.mods }


func (s *ClassFunctionContext) SetMods(v []IModifierContext) { s.mods = v }

func (s *ClassFunctionContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ClassFunctionContext) FUNCTION() antlr.TerminalNode {
	return s.GetToken(HSLParserFUNCTION, 0)
}

func (s *ClassFunctionContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *ClassFunctionContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *ClassFunctionContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}

func (s *ClassFunctionContext) Block() IBlockContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}

func (s *ClassFunctionContext) AllModifier() []IModifierContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IModifierContext); ok {
			len++
		}
	}

	tst := make([]IModifierContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IModifierContext); ok {
			tst[i] = t.(IModifierContext)
			i++
		}
	}

	return tst
}

func (s *ClassFunctionContext) Modifier(i int) IModifierContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IModifierContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IModifierContext)
}

func (s *ClassFunctionContext) ParameterList() IParameterListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IParameterListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IParameterListContext)
}


func (s *ClassFunctionContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterClassFunction(s)
	}
}

func (s *ClassFunctionContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitClassFunction(s)
	}
}


type ClassConstructorContext struct {
	ClassMemberContext
	kw antlr.Token
	params IParameterListContext 
	body IBlockContext 
}

func NewClassConstructorContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ClassConstructorContext {
	var p = new(ClassConstructorContext)

	InitEmptyClassMemberContext(&p.ClassMemberContext)
	p.parser = parser
	p.CopyAll(ctx.(*ClassMemberContext))

	return p
}


func (s *ClassConstructorContext) GetKw() antlr.Token { return s.kw }


func (s *ClassConstructorContext) SetKw(v antlr.Token) { s.kw = v }


func (s *ClassConstructorContext) GetParams() IParameterListContext { return s.params }

func (s *ClassConstructorContext) GetBody() IBlockContext { return s.body }


func (s *ClassConstructorContext) SetParams(v IParameterListContext) { s.params = v }

func (s *ClassConstructorContext) SetBody(v IBlockContext) { s.body = v }

func (s *ClassConstructorContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ClassConstructorContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *ClassConstructorContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *ClassConstructorContext) CONSTRUCTOR() antlr.TerminalNode {
	return s.GetToken(HSLParserCONSTRUCTOR, 0)
}

func (s *ClassConstructorContext) Block() IBlockContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}

func (s *ClassConstructorContext) ParameterList() IParameterListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IParameterListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IParameterListContext)
}


func (s *ClassConstructorContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterClassConstructor(s)
	}
}

func (s *ClassConstructorContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitClassConstructor(s)
	}
}


type ClassStatementContext struct {
	ClassMemberContext
	s IStatementContext 
}

func NewClassStatementContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ClassStatementContext {
	var p = new(ClassStatementContext)

	InitEmptyClassMemberContext(&p.ClassMemberContext)
	p.parser = parser
	p.CopyAll(ctx.(*ClassMemberContext))

	return p
}


func (s *ClassStatementContext) GetS() IStatementContext { return s.s }


func (s *ClassStatementContext) SetS(v IStatementContext) { s.s = v }

func (s *ClassStatementContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ClassStatementContext) Statement() IStatementContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IStatementContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IStatementContext)
}


func (s *ClassStatementContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterClassStatement(s)
	}
}

func (s *ClassStatementContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitClassStatement(s)
	}
}



func (p *HSLParser) ClassMember() (localctx IClassMemberContext) {
	localctx = NewClassMemberContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 20, HSLParserRULE_classMember)
	var _la int

	p.SetState(317)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 34, p.GetParserRuleContext()) {
	case 1:
		localctx = NewClassVariableContext(p, localctx)
		p.EnterOuterAlt(localctx, 1)
		p.SetState(286)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 3758096384) != 0) {
			{
				p.SetState(283)

				var _x = p.Modifier()


				localctx.(*ClassVariableContext)._modifier = _x
			}
			localctx.(*ClassVariableContext).mods = append(localctx.(*ClassVariableContext).mods, localctx.(*ClassVariableContext)._modifier)


			p.SetState(288)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}
		{
			p.SetState(289)

			var _m = p.Match(HSLParserVARIABLE)

			localctx.(*ClassVariableContext).v = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(292)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserASSIGN {
			{
				p.SetState(290)
				p.Match(HSLParserASSIGN)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(291)

				var _x = p.expression(0)

				localctx.(*ClassVariableContext).init = _x
			}

		}
		{
			p.SetState(294)
			p.Match(HSLParserSEMI)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case 2:
		localctx = NewClassFunctionContext(p, localctx)
		p.EnterOuterAlt(localctx, 2)
		p.SetState(298)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		for ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 3758096384) != 0) {
			{
				p.SetState(295)

				var _x = p.Modifier()


				localctx.(*ClassFunctionContext)._modifier = _x
			}
			localctx.(*ClassFunctionContext).mods = append(localctx.(*ClassFunctionContext).mods, localctx.(*ClassFunctionContext)._modifier)


			p.SetState(300)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_la = p.GetTokenStream().LA(1)
		}
		{
			p.SetState(301)
			p.Match(HSLParserFUNCTION)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(302)

			var _m = p.Match(HSLParserIDENT)

			localctx.(*ClassFunctionContext).name = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(303)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(305)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserELLIPSIS || _la == HSLParserVARIABLE {
			{
				p.SetState(304)

				var _x = p.ParameterList()


				localctx.(*ClassFunctionContext).params = _x
			}

		}
		{
			p.SetState(307)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(308)

			var _x = p.Block()


			localctx.(*ClassFunctionContext).body = _x
		}


	case 3:
		localctx = NewClassConstructorContext(p, localctx)
		p.EnterOuterAlt(localctx, 3)
		{
			p.SetState(309)

			var _m = p.Match(HSLParserCONSTRUCTOR)

			localctx.(*ClassConstructorContext).kw = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(310)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(312)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserELLIPSIS || _la == HSLParserVARIABLE {
			{
				p.SetState(311)

				var _x = p.ParameterList()


				localctx.(*ClassConstructorContext).params = _x
			}

		}
		{
			p.SetState(314)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(315)

			var _x = p.Block()


			localctx.(*ClassConstructorContext).body = _x
		}


	case 4:
		localctx = NewClassStatementContext(p, localctx)
		p.EnterOuterAlt(localctx, 4)
		{
			p.SetState(316)

			var _x = p.Statement()


			localctx.(*ClassStatementContext).s = _x
		}

	case antlr.ATNInvalidAltNumber:
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IModifierContext is an interface to support dynamic dispatch.
type IModifierContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetM returns the m token.
	GetM() antlr.Token 


	// SetM sets the m token.
	SetM(antlr.Token) 


	// Getter signatures
	PRIVATE() antlr.TerminalNode
	STATIC() antlr.TerminalNode
	READONLY() antlr.TerminalNode

	// IsModifierContext differentiates from other interfaces.
	IsModifierContext()
}

type ModifierContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	m antlr.Token
}

func NewEmptyModifierContext() *ModifierContext {
	var p = new(ModifierContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_modifier
	return p
}

func InitEmptyModifierContext(p *ModifierContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_modifier
}

func (*ModifierContext) IsModifierContext() {}

func NewModifierContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ModifierContext {
	var p = new(ModifierContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_modifier

	return p
}

func (s *ModifierContext) GetParser() antlr.Parser { return s.parser }

func (s *ModifierContext) GetM() antlr.Token { return s.m }


func (s *ModifierContext) SetM(v antlr.Token) { s.m = v }


func (s *ModifierContext) PRIVATE() antlr.TerminalNode {
	return s.GetToken(HSLParserPRIVATE, 0)
}

func (s *ModifierContext) STATIC() antlr.TerminalNode {
	return s.GetToken(HSLParserSTATIC, 0)
}

func (s *ModifierContext) READONLY() antlr.TerminalNode {
	return s.GetToken(HSLParserREADONLY, 0)
}

func (s *ModifierContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ModifierContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ModifierContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterModifier(s)
	}
}

func (s *ModifierContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitModifier(s)
	}
}




func (p *HSLParser) Modifier() (localctx IModifierContext) {
	localctx = NewModifierContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 22, HSLParserRULE_modifier)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(319)

		var _lt = p.GetTokenStream().LT(1)

		localctx.(*ModifierContext).m = _lt

		_la = p.GetTokenStream().LA(1)

		if !(((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 3758096384) != 0)) {
			var _ri = p.GetErrorHandler().RecoverInline(p)

			localctx.(*ModifierContext).m = _ri
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IExpressionContext is an interface to support dynamic dispatch.
type IExpressionContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser
	// IsExpressionContext differentiates from other interfaces.
	IsExpressionContext()
}

type ExpressionContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyExpressionContext() *ExpressionContext {
	var p = new(ExpressionContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_expression
	return p
}

func InitEmptyExpressionContext(p *ExpressionContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_expression
}

func (*ExpressionContext) IsExpressionContext() {}

func NewExpressionContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ExpressionContext {
	var p = new(ExpressionContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_expression

	return p
}

func (s *ExpressionContext) GetParser() antlr.Parser { return s.parser }

func (s *ExpressionContext) CopyAll(ctx *ExpressionContext) {
	s.CopyFrom(&ctx.BaseParserRuleContext)
}

func (s *ExpressionContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ExpressionContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}





type PrefixExprContext struct {
	ExpressionContext
	op antlr.Token
	x IExpressionContext 
}

func NewPrefixExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *PrefixExprContext {
	var p = new(PrefixExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *PrefixExprContext) GetOp() antlr.Token { return s.op }


func (s *PrefixExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *PrefixExprContext) GetX() IExpressionContext { return s.x }


func (s *PrefixExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *PrefixExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *PrefixExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *PrefixExprContext) INC() antlr.TerminalNode {
	return s.GetToken(HSLParserINC, 0)
}

func (s *PrefixExprContext) DEC() antlr.TerminalNode {
	return s.GetToken(HSLParserDEC, 0)
}


func (s *PrefixExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterPrefixExpr(s)
	}
}

func (s *PrefixExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitPrefixExpr(s)
	}
}


type UnaryExprContext struct {
	ExpressionContext
	op antlr.Token
	x IExpressionContext 
}

func NewUnaryExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *UnaryExprContext {
	var p = new(UnaryExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *UnaryExprContext) GetOp() antlr.Token { return s.op }


func (s *UnaryExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *UnaryExprContext) GetX() IExpressionContext { return s.x }


func (s *UnaryExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *UnaryExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *UnaryExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *UnaryExprContext) MINUS() antlr.TerminalNode {
	return s.GetToken(HSLParserMINUS, 0)
}

func (s *UnaryExprContext) PLUS() antlr.TerminalNode {
	return s.GetToken(HSLParserPLUS, 0)
}

func (s *UnaryExprContext) BANG() antlr.TerminalNode {
	return s.GetToken(HSLParserBANG, 0)
}

func (s *UnaryExprContext) NOT() antlr.TerminalNode {
	return s.GetToken(HSLParserNOT, 0)
}

func (s *UnaryExprContext) TILDE() antlr.TerminalNode {
	return s.GetToken(HSLParserTILDE, 0)
}


func (s *UnaryExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterUnaryExpr(s)
	}
}

func (s *UnaryExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitUnaryExpr(s)
	}
}


type CacheExprContext struct {
	ExpressionContext
	opts IArrayLiteralContext 
	x IExpressionContext 
}

func NewCacheExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *CacheExprContext {
	var p = new(CacheExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *CacheExprContext) GetOpts() IArrayLiteralContext { return s.opts }

func (s *CacheExprContext) GetX() IExpressionContext { return s.x }


func (s *CacheExprContext) SetOpts(v IArrayLiteralContext) { s.opts = v }

func (s *CacheExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *CacheExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *CacheExprContext) CACHE() antlr.TerminalNode {
	return s.GetToken(HSLParserCACHE, 0)
}

func (s *CacheExprContext) ArrayLiteral() IArrayLiteralContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IArrayLiteralContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IArrayLiteralContext)
}

func (s *CacheExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *CacheExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterCacheExpr(s)
	}
}

func (s *CacheExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitCacheExpr(s)
	}
}


type VariableContext struct {
	ExpressionContext
}

func NewVariableContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *VariableContext {
	var p = new(VariableContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *VariableContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *VariableContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}


func (s *VariableContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterVariable(s)
	}
}

func (s *VariableContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitVariable(s)
	}
}


type NameContext struct {
	ExpressionContext
}

func NewNameContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *NameContext {
	var p = new(NameContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *NameContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *NameContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}


func (s *NameContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterName(s)
	}
}

func (s *NameContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitName(s)
	}
}


type StaticNameContext struct {
	ExpressionContext
}

func NewStaticNameContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *StaticNameContext {
	var p = new(StaticNameContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *StaticNameContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *StaticNameContext) STATIC() antlr.TerminalNode {
	return s.GetToken(HSLParserSTATIC, 0)
}


func (s *StaticNameContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterStaticName(s)
	}
}

func (s *StaticNameContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitStaticName(s)
	}
}


type NumberContext struct {
	ExpressionContext
}

func NewNumberContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *NumberContext {
	var p = new(NumberContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *NumberContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *NumberContext) NUMBER() antlr.TerminalNode {
	return s.GetToken(HSLParserNUMBER, 0)
}


func (s *NumberContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterNumber(s)
	}
}

func (s *NumberContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitNumber(s)
	}
}


type StringContext struct {
	ExpressionContext
}

func NewStringContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *StringContext {
	var p = new(StringContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *StringContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *StringContext) STRING() antlr.TerminalNode {
	return s.GetToken(HSLParserSTRING, 0)
}


func (s *StringContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterString(s)
	}
}

func (s *StringContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitString(s)
	}
}


type RawStringContext struct {
	ExpressionContext
}

func NewRawStringContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *RawStringContext {
	var p = new(RawStringContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *RawStringContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *RawStringContext) RAW_STRING() antlr.TerminalNode {
	return s.GetToken(HSLParserRAW_STRING, 0)
}


func (s *RawStringContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterRawString(s)
	}
}

func (s *RawStringContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitRawString(s)
	}
}


type RegexContext struct {
	ExpressionContext
}

func NewRegexContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *RegexContext {
	var p = new(RegexContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *RegexContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *RegexContext) REGEX() antlr.TerminalNode {
	return s.GetToken(HSLParserREGEX, 0)
}


func (s *RegexContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterRegex(s)
	}
}

func (s *RegexContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitRegex(s)
	}
}


type BooleanContext struct {
	ExpressionContext
}

func NewBooleanContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BooleanContext {
	var p = new(BooleanContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *BooleanContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BooleanContext) TRUE() antlr.TerminalNode {
	return s.GetToken(HSLParserTRUE, 0)
}

func (s *BooleanContext) FALSE() antlr.TerminalNode {
	return s.GetToken(HSLParserFALSE, 0)
}


func (s *BooleanContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBoolean(s)
	}
}

func (s *BooleanContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBoolean(s)
	}
}


type NoneContext struct {
	ExpressionContext
}

func NewNoneContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *NoneContext {
	var p = new(NoneContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}

func (s *NoneContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *NoneContext) NONE() antlr.TerminalNode {
	return s.GetToken(HSLParserNONE, 0)
}


func (s *NoneContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterNone(s)
	}
}

func (s *NoneContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitNone(s)
	}
}


type ArrayContext struct {
	ExpressionContext
	arr IArrayLiteralContext 
}

func NewArrayContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ArrayContext {
	var p = new(ArrayContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *ArrayContext) GetArr() IArrayLiteralContext { return s.arr }


func (s *ArrayContext) SetArr(v IArrayLiteralContext) { s.arr = v }

func (s *ArrayContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ArrayContext) ArrayLiteral() IArrayLiteralContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IArrayLiteralContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IArrayLiteralContext)
}


func (s *ArrayContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterArray(s)
	}
}

func (s *ArrayContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitArray(s)
	}
}


type ParenContext struct {
	ExpressionContext
	x IExpressionContext 
}

func NewParenContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ParenContext {
	var p = new(ParenContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *ParenContext) GetX() IExpressionContext { return s.x }


func (s *ParenContext) SetX(v IExpressionContext) { s.x = v }

func (s *ParenContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ParenContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *ParenContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *ParenContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *ParenContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterParen(s)
	}
}

func (s *ParenContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitParen(s)
	}
}


type FunctionLiteralContext struct {
	ExpressionContext
	params IParameterListContext 
	_VARIABLE antlr.Token
	vars []antlr.Token
	body IBlockContext 
}

func NewFunctionLiteralContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *FunctionLiteralContext {
	var p = new(FunctionLiteralContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *FunctionLiteralContext) Get_VARIABLE() antlr.Token { return s._VARIABLE }


func (s *FunctionLiteralContext) Set_VARIABLE(v antlr.Token) { s._VARIABLE = v }


func (s *FunctionLiteralContext) GetVars() []antlr.Token { return s.vars }


func (s *FunctionLiteralContext) SetVars(v []antlr.Token) { s.vars = v }


func (s *FunctionLiteralContext) GetParams() IParameterListContext { return s.params }

func (s *FunctionLiteralContext) GetBody() IBlockContext { return s.body }


func (s *FunctionLiteralContext) SetParams(v IParameterListContext) { s.params = v }

func (s *FunctionLiteralContext) SetBody(v IBlockContext) { s.body = v }

func (s *FunctionLiteralContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *FunctionLiteralContext) FUNCTION() antlr.TerminalNode {
	return s.GetToken(HSLParserFUNCTION, 0)
}

func (s *FunctionLiteralContext) AllLPAREN() []antlr.TerminalNode {
	return s.GetTokens(HSLParserLPAREN)
}

func (s *FunctionLiteralContext) LPAREN(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, i)
}

func (s *FunctionLiteralContext) AllRPAREN() []antlr.TerminalNode {
	return s.GetTokens(HSLParserRPAREN)
}

func (s *FunctionLiteralContext) RPAREN(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, i)
}

func (s *FunctionLiteralContext) Block() IBlockContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IBlockContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IBlockContext)
}

func (s *FunctionLiteralContext) CLOSURE() antlr.TerminalNode {
	return s.GetToken(HSLParserCLOSURE, 0)
}

func (s *FunctionLiteralContext) ParameterList() IParameterListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IParameterListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IParameterListContext)
}

func (s *FunctionLiteralContext) AllVARIABLE() []antlr.TerminalNode {
	return s.GetTokens(HSLParserVARIABLE)
}

func (s *FunctionLiteralContext) VARIABLE(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, i)
}

func (s *FunctionLiteralContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *FunctionLiteralContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}


func (s *FunctionLiteralContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterFunctionLiteral(s)
	}
}

func (s *FunctionLiteralContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitFunctionLiteral(s)
	}
}


type MatchExprContext struct {
	ExpressionContext
	x IExpressionContext 
	_matchArm IMatchArmContext 
	arms []IMatchArmContext
}

func NewMatchExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *MatchExprContext {
	var p = new(MatchExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *MatchExprContext) GetX() IExpressionContext { return s.x }

func (s *MatchExprContext) Get_matchArm() IMatchArmContext { return s._matchArm }


func (s *MatchExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *MatchExprContext) Set_matchArm(v IMatchArmContext) { s._matchArm = v }


func (s *MatchExprContext) GetArms() []IMatchArmContext { return s.arms }


func (s *MatchExprContext) SetArms(v []IMatchArmContext) { s.arms = v }

func (s *MatchExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *MatchExprContext) MATCH() antlr.TerminalNode {
	return s.GetToken(HSLParserMATCH, 0)
}

func (s *MatchExprContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *MatchExprContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *MatchExprContext) LBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACE, 0)
}

func (s *MatchExprContext) RBRACE() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACE, 0)
}

func (s *MatchExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *MatchExprContext) AllMatchArm() []IMatchArmContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IMatchArmContext); ok {
			len++
		}
	}

	tst := make([]IMatchArmContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IMatchArmContext); ok {
			tst[i] = t.(IMatchArmContext)
			i++
		}
	}

	return tst
}

func (s *MatchExprContext) MatchArm(i int) IMatchArmContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IMatchArmContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IMatchArmContext)
}

func (s *MatchExprContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *MatchExprContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}


func (s *MatchExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterMatchExpr(s)
	}
}

func (s *MatchExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitMatchExpr(s)
	}
}


type BuiltinNameContext struct {
	ExpressionContext
	name antlr.Token
}

func NewBuiltinNameContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BuiltinNameContext {
	var p = new(BuiltinNameContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *BuiltinNameContext) GetName() antlr.Token { return s.name }


func (s *BuiltinNameContext) SetName(v antlr.Token) { s.name = v }

func (s *BuiltinNameContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BuiltinNameContext) BUILTIN() antlr.TerminalNode {
	return s.GetToken(HSLParserBUILTIN, 0)
}

func (s *BuiltinNameContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}


func (s *BuiltinNameContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBuiltinName(s)
	}
}

func (s *BuiltinNameContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBuiltinName(s)
	}
}


type IssetExprContext struct {
	ExpressionContext
	list IExpressionListContext 
}

func NewIssetExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *IssetExprContext {
	var p = new(IssetExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *IssetExprContext) GetList() IExpressionListContext { return s.list }


func (s *IssetExprContext) SetList(v IExpressionListContext) { s.list = v }

func (s *IssetExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *IssetExprContext) ISSET() antlr.TerminalNode {
	return s.GetToken(HSLParserISSET, 0)
}

func (s *IssetExprContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *IssetExprContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *IssetExprContext) ExpressionList() IExpressionListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionListContext)
}


func (s *IssetExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterIssetExpr(s)
	}
}

func (s *IssetExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitIssetExpr(s)
	}
}


type UnsetExprContext struct {
	ExpressionContext
	list IExpressionListContext 
}

func NewUnsetExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *UnsetExprContext {
	var p = new(UnsetExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *UnsetExprContext) GetList() IExpressionListContext { return s.list }


func (s *UnsetExprContext) SetList(v IExpressionListContext) { s.list = v }

func (s *UnsetExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *UnsetExprContext) UNSET() antlr.TerminalNode {
	return s.GetToken(HSLParserUNSET, 0)
}

func (s *UnsetExprContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *UnsetExprContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *UnsetExprContext) ExpressionList() IExpressionListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionListContext)
}


func (s *UnsetExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterUnsetExpr(s)
	}
}

func (s *UnsetExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitUnsetExpr(s)
	}
}


type PowExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewPowExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *PowExprContext {
	var p = new(PowExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *PowExprContext) GetOp() antlr.Token { return s.op }


func (s *PowExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *PowExprContext) GetX() IExpressionContext { return s.x }

func (s *PowExprContext) GetY() IExpressionContext { return s.y }


func (s *PowExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *PowExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *PowExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *PowExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *PowExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *PowExprContext) POW() antlr.TerminalNode {
	return s.GetToken(HSLParserPOW, 0)
}


func (s *PowExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterPowExpr(s)
	}
}

func (s *PowExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitPowExpr(s)
	}
}


type MulExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewMulExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *MulExprContext {
	var p = new(MulExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *MulExprContext) GetOp() antlr.Token { return s.op }


func (s *MulExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *MulExprContext) GetX() IExpressionContext { return s.x }

func (s *MulExprContext) GetY() IExpressionContext { return s.y }


func (s *MulExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *MulExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *MulExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *MulExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *MulExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *MulExprContext) STAR() antlr.TerminalNode {
	return s.GetToken(HSLParserSTAR, 0)
}

func (s *MulExprContext) SLASH() antlr.TerminalNode {
	return s.GetToken(HSLParserSLASH, 0)
}

func (s *MulExprContext) PERCENT() antlr.TerminalNode {
	return s.GetToken(HSLParserPERCENT, 0)
}


func (s *MulExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterMulExpr(s)
	}
}

func (s *MulExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitMulExpr(s)
	}
}


type AddExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewAddExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *AddExprContext {
	var p = new(AddExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *AddExprContext) GetOp() antlr.Token { return s.op }


func (s *AddExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *AddExprContext) GetX() IExpressionContext { return s.x }

func (s *AddExprContext) GetY() IExpressionContext { return s.y }


func (s *AddExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *AddExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *AddExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *AddExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *AddExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *AddExprContext) PLUS() antlr.TerminalNode {
	return s.GetToken(HSLParserPLUS, 0)
}

func (s *AddExprContext) MINUS() antlr.TerminalNode {
	return s.GetToken(HSLParserMINUS, 0)
}


func (s *AddExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterAddExpr(s)
	}
}

func (s *AddExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitAddExpr(s)
	}
}


type ConcatExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewConcatExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ConcatExprContext {
	var p = new(ConcatExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *ConcatExprContext) GetOp() antlr.Token { return s.op }


func (s *ConcatExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *ConcatExprContext) GetX() IExpressionContext { return s.x }

func (s *ConcatExprContext) GetY() IExpressionContext { return s.y }


func (s *ConcatExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *ConcatExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *ConcatExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ConcatExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *ConcatExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ConcatExprContext) DOT() antlr.TerminalNode {
	return s.GetToken(HSLParserDOT, 0)
}


func (s *ConcatExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterConcatExpr(s)
	}
}

func (s *ConcatExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitConcatExpr(s)
	}
}


type ShiftExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewShiftExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *ShiftExprContext {
	var p = new(ShiftExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *ShiftExprContext) GetOp() antlr.Token { return s.op }


func (s *ShiftExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *ShiftExprContext) GetX() IExpressionContext { return s.x }

func (s *ShiftExprContext) GetY() IExpressionContext { return s.y }


func (s *ShiftExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *ShiftExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *ShiftExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ShiftExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *ShiftExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ShiftExprContext) SHL() antlr.TerminalNode {
	return s.GetToken(HSLParserSHL, 0)
}

func (s *ShiftExprContext) SHR() antlr.TerminalNode {
	return s.GetToken(HSLParserSHR, 0)
}

func (s *ShiftExprContext) USHR() antlr.TerminalNode {
	return s.GetToken(HSLParserUSHR, 0)
}


func (s *ShiftExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterShiftExpr(s)
	}
}

func (s *ShiftExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitShiftExpr(s)
	}
}


type CompareExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewCompareExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *CompareExprContext {
	var p = new(CompareExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *CompareExprContext) GetOp() antlr.Token { return s.op }


func (s *CompareExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *CompareExprContext) GetX() IExpressionContext { return s.x }

func (s *CompareExprContext) GetY() IExpressionContext { return s.y }


func (s *CompareExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *CompareExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *CompareExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *CompareExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *CompareExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *CompareExprContext) LT() antlr.TerminalNode {
	return s.GetToken(HSLParserLT, 0)
}

func (s *CompareExprContext) LE() antlr.TerminalNode {
	return s.GetToken(HSLParserLE, 0)
}

func (s *CompareExprContext) GT() antlr.TerminalNode {
	return s.GetToken(HSLParserGT, 0)
}

func (s *CompareExprContext) GE() antlr.TerminalNode {
	return s.GetToken(HSLParserGE, 0)
}


func (s *CompareExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterCompareExpr(s)
	}
}

func (s *CompareExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitCompareExpr(s)
	}
}


type EqualityExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewEqualityExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *EqualityExprContext {
	var p = new(EqualityExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *EqualityExprContext) GetOp() antlr.Token { return s.op }


func (s *EqualityExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *EqualityExprContext) GetX() IExpressionContext { return s.x }

func (s *EqualityExprContext) GetY() IExpressionContext { return s.y }


func (s *EqualityExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *EqualityExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *EqualityExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *EqualityExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *EqualityExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *EqualityExprContext) EQ() antlr.TerminalNode {
	return s.GetToken(HSLParserEQ, 0)
}

func (s *EqualityExprContext) NE() antlr.TerminalNode {
	return s.GetToken(HSLParserNE, 0)
}

func (s *EqualityExprContext) STRICT_EQ() antlr.TerminalNode {
	return s.GetToken(HSLParserSTRICT_EQ, 0)
}

func (s *EqualityExprContext) STRICT_NE() antlr.TerminalNode {
	return s.GetToken(HSLParserSTRICT_NE, 0)
}

func (s *EqualityExprContext) MATCH_OP() antlr.TerminalNode {
	return s.GetToken(HSLParserMATCH_OP, 0)
}

func (s *EqualityExprContext) NOT_MATCH_OP() antlr.TerminalNode {
	return s.GetToken(HSLParserNOT_MATCH_OP, 0)
}


func (s *EqualityExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterEqualityExpr(s)
	}
}

func (s *EqualityExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitEqualityExpr(s)
	}
}


type BitAndExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewBitAndExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BitAndExprContext {
	var p = new(BitAndExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *BitAndExprContext) GetOp() antlr.Token { return s.op }


func (s *BitAndExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *BitAndExprContext) GetX() IExpressionContext { return s.x }

func (s *BitAndExprContext) GetY() IExpressionContext { return s.y }


func (s *BitAndExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *BitAndExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *BitAndExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BitAndExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *BitAndExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *BitAndExprContext) AMP() antlr.TerminalNode {
	return s.GetToken(HSLParserAMP, 0)
}


func (s *BitAndExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBitAndExpr(s)
	}
}

func (s *BitAndExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBitAndExpr(s)
	}
}


type BitXorExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewBitXorExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BitXorExprContext {
	var p = new(BitXorExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *BitXorExprContext) GetOp() antlr.Token { return s.op }


func (s *BitXorExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *BitXorExprContext) GetX() IExpressionContext { return s.x }

func (s *BitXorExprContext) GetY() IExpressionContext { return s.y }


func (s *BitXorExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *BitXorExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *BitXorExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BitXorExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *BitXorExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *BitXorExprContext) CARET() antlr.TerminalNode {
	return s.GetToken(HSLParserCARET, 0)
}


func (s *BitXorExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBitXorExpr(s)
	}
}

func (s *BitXorExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBitXorExpr(s)
	}
}


type BitOrExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewBitOrExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *BitOrExprContext {
	var p = new(BitOrExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *BitOrExprContext) GetOp() antlr.Token { return s.op }


func (s *BitOrExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *BitOrExprContext) GetX() IExpressionContext { return s.x }

func (s *BitOrExprContext) GetY() IExpressionContext { return s.y }


func (s *BitOrExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *BitOrExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *BitOrExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *BitOrExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *BitOrExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *BitOrExprContext) PIPE() antlr.TerminalNode {
	return s.GetToken(HSLParserPIPE, 0)
}


func (s *BitOrExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterBitOrExpr(s)
	}
}

func (s *BitOrExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitBitOrExpr(s)
	}
}


type AndExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewAndExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *AndExprContext {
	var p = new(AndExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *AndExprContext) GetOp() antlr.Token { return s.op }


func (s *AndExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *AndExprContext) GetX() IExpressionContext { return s.x }

func (s *AndExprContext) GetY() IExpressionContext { return s.y }


func (s *AndExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *AndExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *AndExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *AndExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *AndExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *AndExprContext) AND() antlr.TerminalNode {
	return s.GetToken(HSLParserAND, 0)
}


func (s *AndExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterAndExpr(s)
	}
}

func (s *AndExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitAndExpr(s)
	}
}


type OrExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewOrExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *OrExprContext {
	var p = new(OrExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *OrExprContext) GetOp() antlr.Token { return s.op }


func (s *OrExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *OrExprContext) GetX() IExpressionContext { return s.x }

func (s *OrExprContext) GetY() IExpressionContext { return s.y }


func (s *OrExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *OrExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *OrExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *OrExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *OrExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *OrExprContext) OR() antlr.TerminalNode {
	return s.GetToken(HSLParserOR, 0)
}


func (s *OrExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterOrExpr(s)
	}
}

func (s *OrExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitOrExpr(s)
	}
}


type NullishExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewNullishExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *NullishExprContext {
	var p = new(NullishExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *NullishExprContext) GetOp() antlr.Token { return s.op }


func (s *NullishExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *NullishExprContext) GetX() IExpressionContext { return s.x }

func (s *NullishExprContext) GetY() IExpressionContext { return s.y }


func (s *NullishExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *NullishExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *NullishExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *NullishExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *NullishExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *NullishExprContext) NULLISH() antlr.TerminalNode {
	return s.GetToken(HSLParserNULLISH, 0)
}


func (s *NullishExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterNullishExpr(s)
	}
}

func (s *NullishExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitNullishExpr(s)
	}
}


type TernaryExprContext struct {
	ExpressionContext
	cond IExpressionContext 
	then IExpressionContext 
	els IExpressionContext 
}

func NewTernaryExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *TernaryExprContext {
	var p = new(TernaryExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *TernaryExprContext) GetCond() IExpressionContext { return s.cond }

func (s *TernaryExprContext) GetThen() IExpressionContext { return s.then }

func (s *TernaryExprContext) GetEls() IExpressionContext { return s.els }


func (s *TernaryExprContext) SetCond(v IExpressionContext) { s.cond = v }

func (s *TernaryExprContext) SetThen(v IExpressionContext) { s.then = v }

func (s *TernaryExprContext) SetEls(v IExpressionContext) { s.els = v }

func (s *TernaryExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *TernaryExprContext) QUESTION() antlr.TerminalNode {
	return s.GetToken(HSLParserQUESTION, 0)
}

func (s *TernaryExprContext) COLON() antlr.TerminalNode {
	return s.GetToken(HSLParserCOLON, 0)
}

func (s *TernaryExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *TernaryExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}


func (s *TernaryExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterTernaryExpr(s)
	}
}

func (s *TernaryExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitTernaryExpr(s)
	}
}


type AssignExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
	y IExpressionContext 
}

func NewAssignExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *AssignExprContext {
	var p = new(AssignExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *AssignExprContext) GetOp() antlr.Token { return s.op }


func (s *AssignExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *AssignExprContext) GetX() IExpressionContext { return s.x }

func (s *AssignExprContext) GetY() IExpressionContext { return s.y }


func (s *AssignExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *AssignExprContext) SetY(v IExpressionContext) { s.y = v }

func (s *AssignExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *AssignExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *AssignExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *AssignExprContext) ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserASSIGN, 0)
}

func (s *AssignExprContext) PLUS_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserPLUS_ASSIGN, 0)
}

func (s *AssignExprContext) MINUS_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserMINUS_ASSIGN, 0)
}

func (s *AssignExprContext) MUL_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserMUL_ASSIGN, 0)
}

func (s *AssignExprContext) DIV_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserDIV_ASSIGN, 0)
}

func (s *AssignExprContext) MOD_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserMOD_ASSIGN, 0)
}

func (s *AssignExprContext) POW_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserPOW_ASSIGN, 0)
}

func (s *AssignExprContext) CONCAT_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserCONCAT_ASSIGN, 0)
}

func (s *AssignExprContext) NULLISH_ASSIGN() antlr.TerminalNode {
	return s.GetToken(HSLParserNULLISH_ASSIGN, 0)
}


func (s *AssignExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterAssignExpr(s)
	}
}

func (s *AssignExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitAssignExpr(s)
	}
}


type CallExprContext struct {
	ExpressionContext
	fn IExpressionContext 
	args IArgumentListContext 
}

func NewCallExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *CallExprContext {
	var p = new(CallExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *CallExprContext) GetFn() IExpressionContext { return s.fn }

func (s *CallExprContext) GetArgs() IArgumentListContext { return s.args }


func (s *CallExprContext) SetFn(v IExpressionContext) { s.fn = v }

func (s *CallExprContext) SetArgs(v IArgumentListContext) { s.args = v }

func (s *CallExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *CallExprContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *CallExprContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *CallExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *CallExprContext) ArgumentList() IArgumentListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IArgumentListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IArgumentListContext)
}


func (s *CallExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterCallExpr(s)
	}
}

func (s *CallExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitCallExpr(s)
	}
}


type IndexExprContext struct {
	ExpressionContext
	x IExpressionContext 
	first IExpressionContext 
	slice antlr.Token
	last IExpressionContext 
	colon2 antlr.Token
	step IExpressionContext 
}

func NewIndexExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *IndexExprContext {
	var p = new(IndexExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *IndexExprContext) GetSlice() antlr.Token { return s.slice }

func (s *IndexExprContext) GetColon2() antlr.Token { return s.colon2 }


func (s *IndexExprContext) SetSlice(v antlr.Token) { s.slice = v }

func (s *IndexExprContext) SetColon2(v antlr.Token) { s.colon2 = v }


func (s *IndexExprContext) GetX() IExpressionContext { return s.x }

func (s *IndexExprContext) GetFirst() IExpressionContext { return s.first }

func (s *IndexExprContext) GetLast() IExpressionContext { return s.last }

func (s *IndexExprContext) GetStep() IExpressionContext { return s.step }


func (s *IndexExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *IndexExprContext) SetFirst(v IExpressionContext) { s.first = v }

func (s *IndexExprContext) SetLast(v IExpressionContext) { s.last = v }

func (s *IndexExprContext) SetStep(v IExpressionContext) { s.step = v }

func (s *IndexExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *IndexExprContext) LBRACK() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACK, 0)
}

func (s *IndexExprContext) RBRACK() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACK, 0)
}

func (s *IndexExprContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *IndexExprContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *IndexExprContext) AllCOLON() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOLON)
}

func (s *IndexExprContext) COLON(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOLON, i)
}

func (s *IndexExprContext) DOUBLE_COLON() antlr.TerminalNode {
	return s.GetToken(HSLParserDOUBLE_COLON, 0)
}


func (s *IndexExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterIndexExpr(s)
	}
}

func (s *IndexExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitIndexExpr(s)
	}
}


type MemberExprContext struct {
	ExpressionContext
	x IExpressionContext 
	name IMemberNameContext 
}

func NewMemberExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *MemberExprContext {
	var p = new(MemberExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *MemberExprContext) GetX() IExpressionContext { return s.x }

func (s *MemberExprContext) GetName() IMemberNameContext { return s.name }


func (s *MemberExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *MemberExprContext) SetName(v IMemberNameContext) { s.name = v }

func (s *MemberExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *MemberExprContext) ARROW() antlr.TerminalNode {
	return s.GetToken(HSLParserARROW, 0)
}

func (s *MemberExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *MemberExprContext) MemberName() IMemberNameContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IMemberNameContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IMemberNameContext)
}


func (s *MemberExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterMemberExpr(s)
	}
}

func (s *MemberExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitMemberExpr(s)
	}
}


type StaticExprContext struct {
	ExpressionContext
	x IExpressionContext 
	name IMemberNameContext 
	v antlr.Token
}

func NewStaticExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *StaticExprContext {
	var p = new(StaticExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *StaticExprContext) GetV() antlr.Token { return s.v }


func (s *StaticExprContext) SetV(v antlr.Token) { s.v = v }


func (s *StaticExprContext) GetX() IExpressionContext { return s.x }

func (s *StaticExprContext) GetName() IMemberNameContext { return s.name }


func (s *StaticExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *StaticExprContext) SetName(v IMemberNameContext) { s.name = v }

func (s *StaticExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *StaticExprContext) DOUBLE_COLON() antlr.TerminalNode {
	return s.GetToken(HSLParserDOUBLE_COLON, 0)
}

func (s *StaticExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *StaticExprContext) MemberName() IMemberNameContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IMemberNameContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IMemberNameContext)
}

func (s *StaticExprContext) VARIABLE() antlr.TerminalNode {
	return s.GetToken(HSLParserVARIABLE, 0)
}


func (s *StaticExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterStaticExpr(s)
	}
}

func (s *StaticExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitStaticExpr(s)
	}
}


type PostfixExprContext struct {
	ExpressionContext
	x IExpressionContext 
	op antlr.Token
}

func NewPostfixExprContext(parser antlr.Parser, ctx antlr.ParserRuleContext) *PostfixExprContext {
	var p = new(PostfixExprContext)

	InitEmptyExpressionContext(&p.ExpressionContext)
	p.parser = parser
	p.CopyAll(ctx.(*ExpressionContext))

	return p
}


func (s *PostfixExprContext) GetOp() antlr.Token { return s.op }


func (s *PostfixExprContext) SetOp(v antlr.Token) { s.op = v }


func (s *PostfixExprContext) GetX() IExpressionContext { return s.x }


func (s *PostfixExprContext) SetX(v IExpressionContext) { s.x = v }

func (s *PostfixExprContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *PostfixExprContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *PostfixExprContext) INC() antlr.TerminalNode {
	return s.GetToken(HSLParserINC, 0)
}

func (s *PostfixExprContext) DEC() antlr.TerminalNode {
	return s.GetToken(HSLParserDEC, 0)
}


func (s *PostfixExprContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterPostfixExpr(s)
	}
}

func (s *PostfixExprContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitPostfixExpr(s)
	}
}



func (p *HSLParser) Expression() (localctx IExpressionContext) {
	return p.expression(0)
}

func (p *HSLParser) expression(_p int) (localctx IExpressionContext) {
	var _parentctx antlr.ParserRuleContext = p.GetParserRuleContext()

	_parentState := p.GetState()
	localctx = NewExpressionContext(p, p.GetParserRuleContext(), _parentState)
	var _prevctx IExpressionContext = localctx
	var _ antlr.ParserRuleContext = _prevctx // TODO: To prevent unused variable warning.
	_startState := 24
	p.EnterRecursionRule(localctx, 24, HSLParserRULE_expression, _p)
	var _la int

	var _alt int

	p.EnterOuterAlt(localctx, 1)
	p.SetState(397)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserINC, HSLParserDEC:
		localctx = NewPrefixExprContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx

		{
			p.SetState(322)

			var _lt = p.GetTokenStream().LT(1)

			localctx.(*PrefixExprContext).op = _lt

			_la = p.GetTokenStream().LA(1)

			if !(_la == HSLParserINC || _la == HSLParserDEC) {
				var _ri = p.GetErrorHandler().RecoverInline(p)

				localctx.(*PrefixExprContext).op = _ri
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}
		{
			p.SetState(323)

			var _x = p.expression(33)

			localctx.(*PrefixExprContext).x = _x
		}


	case HSLParserNOT, HSLParserPLUS, HSLParserMINUS, HSLParserBANG, HSLParserTILDE:
		localctx = NewUnaryExprContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(324)

			var _lt = p.GetTokenStream().LT(1)

			localctx.(*UnaryExprContext).op = _lt

			_la = p.GetTokenStream().LA(1)

			if !(((int64((_la - 41)) & ^0x3f) == 0 && ((int64(1) << (_la - 41)) & 13510811767013377) != 0)) {
				var _ri = p.GetErrorHandler().RecoverInline(p)

				localctx.(*UnaryExprContext).op = _ri
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}
		{
			p.SetState(325)

			var _x = p.expression(32)

			localctx.(*UnaryExprContext).x = _x
		}


	case HSLParserCACHE:
		localctx = NewCacheExprContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(326)
			p.Match(HSLParserCACHE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(327)

			var _x = p.ArrayLiteral()


			localctx.(*CacheExprContext).opts = _x
		}
		{
			p.SetState(328)

			var _x = p.expression(31)

			localctx.(*CacheExprContext).x = _x
		}


	case HSLParserVARIABLE:
		localctx = NewVariableContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(330)
			p.Match(HSLParserVARIABLE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserIDENT:
		localctx = NewNameContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(331)
			p.Match(HSLParserIDENT)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserSTATIC:
		localctx = NewStaticNameContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(332)
			p.Match(HSLParserSTATIC)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserNUMBER:
		localctx = NewNumberContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(333)
			p.Match(HSLParserNUMBER)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserSTRING:
		localctx = NewStringContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(334)
			p.Match(HSLParserSTRING)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserRAW_STRING:
		localctx = NewRawStringContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(335)
			p.Match(HSLParserRAW_STRING)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserREGEX:
		localctx = NewRegexContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(336)
			p.Match(HSLParserREGEX)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserTRUE, HSLParserFALSE:
		localctx = NewBooleanContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(337)
			_la = p.GetTokenStream().LA(1)

			if !(_la == HSLParserTRUE || _la == HSLParserFALSE) {
				p.GetErrorHandler().RecoverInline(p)
			} else {
				p.GetErrorHandler().ReportMatch(p)
				p.Consume()
			}
		}


	case HSLParserNONE:
		localctx = NewNoneContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(338)
			p.Match(HSLParserNONE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserARRAY, HSLParserLBRACK:
		localctx = NewArrayContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(339)

			var _x = p.ArrayLiteral()


			localctx.(*ArrayContext).arr = _x
		}


	case HSLParserLPAREN:
		localctx = NewParenContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(340)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(341)

			var _x = p.expression(0)

			localctx.(*ParenContext).x = _x
		}
		{
			p.SetState(342)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserFUNCTION:
		localctx = NewFunctionLiteralContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(344)
			p.Match(HSLParserFUNCTION)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(345)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(347)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserELLIPSIS || _la == HSLParserVARIABLE {
			{
				p.SetState(346)

				var _x = p.ParameterList()


				localctx.(*FunctionLiteralContext).params = _x
			}

		}
		{
			p.SetState(349)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(364)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserCLOSURE {
			{
				p.SetState(350)
				p.Match(HSLParserCLOSURE)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(351)
				p.Match(HSLParserLPAREN)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(352)

				var _m = p.Match(HSLParserVARIABLE)

				localctx.(*FunctionLiteralContext)._VARIABLE = _m
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			localctx.(*FunctionLiteralContext).vars = append(localctx.(*FunctionLiteralContext).vars, localctx.(*FunctionLiteralContext)._VARIABLE)
			p.SetState(357)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 36, p.GetParserRuleContext())
			if p.HasError() {
				goto errorExit
			}
			for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
				if _alt == 1 {
					{
						p.SetState(353)
						p.Match(HSLParserCOMMA)
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}
					{
						p.SetState(354)

						var _m = p.Match(HSLParserVARIABLE)

						localctx.(*FunctionLiteralContext)._VARIABLE = _m
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}
					localctx.(*FunctionLiteralContext).vars = append(localctx.(*FunctionLiteralContext).vars, localctx.(*FunctionLiteralContext)._VARIABLE)


				}
				p.SetState(359)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
			    	goto errorExit
			    }
				_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 36, p.GetParserRuleContext())
				if p.HasError() {
					goto errorExit
				}
			}
			p.SetState(361)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)


			if _la == HSLParserCOMMA {
				{
					p.SetState(360)
					p.Match(HSLParserCOMMA)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}

			}
			{
				p.SetState(363)
				p.Match(HSLParserRPAREN)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}

		}
		{
			p.SetState(366)

			var _x = p.Block()


			localctx.(*FunctionLiteralContext).body = _x
		}


	case HSLParserMATCH:
		localctx = NewMatchExprContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(367)
			p.Match(HSLParserMATCH)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(368)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(369)

			var _x = p.expression(0)

			localctx.(*MatchExprContext).x = _x
		}
		{
			p.SetState(370)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(371)
			p.Match(HSLParserLBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(372)

			var _x = p.MatchArm()


			localctx.(*MatchExprContext)._matchArm = _x
		}
		localctx.(*MatchExprContext).arms = append(localctx.(*MatchExprContext).arms, localctx.(*MatchExprContext)._matchArm)
		p.SetState(377)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 39, p.GetParserRuleContext())
		if p.HasError() {
			goto errorExit
		}
		for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
			if _alt == 1 {
				{
					p.SetState(373)
					p.Match(HSLParserCOMMA)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(374)

					var _x = p.MatchArm()


					localctx.(*MatchExprContext)._matchArm = _x
				}
				localctx.(*MatchExprContext).arms = append(localctx.(*MatchExprContext).arms, localctx.(*MatchExprContext)._matchArm)


			}
			p.SetState(379)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
		    	goto errorExit
		    }
			_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 39, p.GetParserRuleContext())
			if p.HasError() {
				goto errorExit
			}
		}
		p.SetState(381)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserCOMMA {
			{
				p.SetState(380)
				p.Match(HSLParserCOMMA)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}

		}
		{
			p.SetState(383)
			p.Match(HSLParserRBRACE)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserBUILTIN:
		localctx = NewBuiltinNameContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(385)
			p.Match(HSLParserBUILTIN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(386)

			var _m = p.Match(HSLParserIDENT)

			localctx.(*BuiltinNameContext).name = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserISSET:
		localctx = NewIssetExprContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(387)
			p.Match(HSLParserISSET)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(388)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(389)

			var _x = p.ExpressionList()


			localctx.(*IssetExprContext).list = _x
		}
		{
			p.SetState(390)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserUNSET:
		localctx = NewUnsetExprContext(p, localctx)
		p.SetParserRuleContext(localctx)
		_prevctx = localctx
		{
			p.SetState(392)
			p.Match(HSLParserUNSET)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(393)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(394)

			var _x = p.ExpressionList()


			localctx.(*UnsetExprContext).list = _x
		}
		{
			p.SetState(395)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	p.GetParserRuleContext().SetStop(p.GetTokenStream().LT(-1))
	p.SetState(489)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 52, p.GetParserRuleContext())
	if p.HasError() {
		goto errorExit
	}
	for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
		if _alt == 1 {
			if p.GetParseListeners() != nil {
				p.TriggerExitRuleEvent()
			}
			_prevctx = localctx
			p.SetState(487)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}

			switch p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 51, p.GetParserRuleContext()) {
			case 1:
				localctx = NewPowExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*PowExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(399)

				if !(p.Precpred(p.GetParserRuleContext(), 34)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 34)", ""))
					goto errorExit
				}
				{
					p.SetState(400)

					var _m = p.Match(HSLParserPOW)

					localctx.(*PowExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(401)

					var _x = p.expression(34)

					localctx.(*PowExprContext).y = _x
				}


			case 2:
				localctx = NewMulExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*MulExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(402)

				if !(p.Precpred(p.GetParserRuleContext(), 30)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 30)", ""))
					goto errorExit
				}
				{
					p.SetState(403)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*MulExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(((int64((_la - 75)) & ^0x3f) == 0 && ((int64(1) << (_la - 75)) & 7) != 0)) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*MulExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}
				{
					p.SetState(404)

					var _x = p.expression(31)

					localctx.(*MulExprContext).y = _x
				}


			case 3:
				localctx = NewAddExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*AddExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(405)

				if !(p.Precpred(p.GetParserRuleContext(), 29)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 29)", ""))
					goto errorExit
				}
				{
					p.SetState(406)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*AddExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(_la == HSLParserPLUS || _la == HSLParserMINUS) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*AddExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}
				{
					p.SetState(407)

					var _x = p.expression(30)

					localctx.(*AddExprContext).y = _x
				}


			case 4:
				localctx = NewConcatExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*ConcatExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(408)

				if !(p.Precpred(p.GetParserRuleContext(), 28)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 28)", ""))
					goto errorExit
				}
				{
					p.SetState(409)

					var _m = p.Match(HSLParserDOT)

					localctx.(*ConcatExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(410)

					var _x = p.expression(29)

					localctx.(*ConcatExprContext).y = _x
				}


			case 5:
				localctx = NewShiftExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*ShiftExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(411)

				if !(p.Precpred(p.GetParserRuleContext(), 27)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 27)", ""))
					goto errorExit
				}
				{
					p.SetState(412)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*ShiftExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(((int64((_la - 88)) & ^0x3f) == 0 && ((int64(1) << (_la - 88)) & 7) != 0)) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*ShiftExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}
				{
					p.SetState(413)

					var _x = p.expression(28)

					localctx.(*ShiftExprContext).y = _x
				}


			case 6:
				localctx = NewCompareExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*CompareExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(414)

				if !(p.Precpred(p.GetParserRuleContext(), 26)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 26)", ""))
					goto errorExit
				}
				{
					p.SetState(415)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*CompareExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(((int64((_la - 86)) & ^0x3f) == 0 && ((int64(1) << (_la - 86)) & 99) != 0)) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*CompareExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}
				{
					p.SetState(416)

					var _x = p.expression(27)

					localctx.(*CompareExprContext).y = _x
				}


			case 7:
				localctx = NewEqualityExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*EqualityExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(417)

				if !(p.Precpred(p.GetParserRuleContext(), 25)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 25)", ""))
					goto errorExit
				}
				{
					p.SetState(418)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*EqualityExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(((int64((_la - 79)) & ^0x3f) == 0 && ((int64(1) << (_la - 79)) & 63) != 0)) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*EqualityExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}
				{
					p.SetState(419)

					var _x = p.expression(26)

					localctx.(*EqualityExprContext).y = _x
				}


			case 8:
				localctx = NewBitAndExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*BitAndExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(420)

				if !(p.Precpred(p.GetParserRuleContext(), 24)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 24)", ""))
					goto errorExit
				}
				{
					p.SetState(421)

					var _m = p.Match(HSLParserAMP)

					localctx.(*BitAndExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(422)

					var _x = p.expression(25)

					localctx.(*BitAndExprContext).y = _x
				}


			case 9:
				localctx = NewBitXorExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*BitXorExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(423)

				if !(p.Precpred(p.GetParserRuleContext(), 23)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 23)", ""))
					goto errorExit
				}
				{
					p.SetState(424)

					var _m = p.Match(HSLParserCARET)

					localctx.(*BitXorExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(425)

					var _x = p.expression(24)

					localctx.(*BitXorExprContext).y = _x
				}


			case 10:
				localctx = NewBitOrExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*BitOrExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(426)

				if !(p.Precpred(p.GetParserRuleContext(), 22)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 22)", ""))
					goto errorExit
				}
				{
					p.SetState(427)

					var _m = p.Match(HSLParserPIPE)

					localctx.(*BitOrExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(428)

					var _x = p.expression(23)

					localctx.(*BitOrExprContext).y = _x
				}


			case 11:
				localctx = NewAndExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*AndExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(429)

				if !(p.Precpred(p.GetParserRuleContext(), 21)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 21)", ""))
					goto errorExit
				}
				{
					p.SetState(430)

					var _m = p.Match(HSLParserAND)

					localctx.(*AndExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(431)

					var _x = p.expression(22)

					localctx.(*AndExprContext).y = _x
				}


			case 12:
				localctx = NewOrExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*OrExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(432)

				if !(p.Precpred(p.GetParserRuleContext(), 20)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 20)", ""))
					goto errorExit
				}
				{
					p.SetState(433)

					var _m = p.Match(HSLParserOR)

					localctx.(*OrExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(434)

					var _x = p.expression(21)

					localctx.(*OrExprContext).y = _x
				}


			case 13:
				localctx = NewNullishExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*NullishExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(435)

				if !(p.Precpred(p.GetParserRuleContext(), 19)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 19)", ""))
					goto errorExit
				}
				{
					p.SetState(436)

					var _m = p.Match(HSLParserNULLISH)

					localctx.(*NullishExprContext).op = _m
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(437)

					var _x = p.expression(19)

					localctx.(*NullishExprContext).y = _x
				}


			case 14:
				localctx = NewTernaryExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*TernaryExprContext).cond = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(438)

				if !(p.Precpred(p.GetParserRuleContext(), 18)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 18)", ""))
					goto errorExit
				}
				{
					p.SetState(439)
					p.Match(HSLParserQUESTION)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				p.SetState(441)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)


				if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
					{
						p.SetState(440)

						var _x = p.expression(0)

						localctx.(*TernaryExprContext).then = _x
					}

				}
				{
					p.SetState(443)
					p.Match(HSLParserCOLON)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(444)

					var _x = p.expression(18)

					localctx.(*TernaryExprContext).els = _x
				}


			case 15:
				localctx = NewAssignExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*AssignExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(445)

				if !(p.Precpred(p.GetParserRuleContext(), 17)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 17)", ""))
					goto errorExit
				}
				{
					p.SetState(446)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*AssignExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(((int64((_la - 57)) & ^0x3f) == 0 && ((int64(1) << (_la - 57)) & 268451649) != 0)) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*AssignExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}
				{
					p.SetState(447)

					var _x = p.expression(17)

					localctx.(*AssignExprContext).y = _x
				}


			case 16:
				localctx = NewCallExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*CallExprContext).fn = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(448)

				if !(p.Precpred(p.GetParserRuleContext(), 39)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 39)", ""))
					goto errorExit
				}
				{
					p.SetState(449)
					p.Match(HSLParserLPAREN)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				p.SetState(451)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)


				if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 4612423198595088386) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
					{
						p.SetState(450)

						var _x = p.ArgumentList()


						localctx.(*CallExprContext).args = _x
					}

				}
				{
					p.SetState(453)
					p.Match(HSLParserRPAREN)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}


			case 17:
				localctx = NewIndexExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*IndexExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(454)

				if !(p.Precpred(p.GetParserRuleContext(), 38)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 38)", ""))
					goto errorExit
				}
				{
					p.SetState(455)
					p.Match(HSLParserLBRACK)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				p.SetState(457)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				_la = p.GetTokenStream().LA(1)


				if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
					{
						p.SetState(456)

						var _x = p.expression(0)

						localctx.(*IndexExprContext).first = _x
					}

				}
				p.SetState(473)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}
				switch p.GetTokenStream().LA(1) {
				case HSLParserCOLON:
					{
						p.SetState(459)

						var _m = p.Match(HSLParserCOLON)

						localctx.(*IndexExprContext).slice = _m
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}
					p.SetState(461)
					p.GetErrorHandler().Sync(p)
					if p.HasError() {
						goto errorExit
					}
					_la = p.GetTokenStream().LA(1)


					if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
						{
							p.SetState(460)

							var _x = p.expression(0)

							localctx.(*IndexExprContext).last = _x
						}

					}
					p.SetState(467)
					p.GetErrorHandler().Sync(p)
					if p.HasError() {
						goto errorExit
					}
					_la = p.GetTokenStream().LA(1)


					if _la == HSLParserCOLON {
						{
							p.SetState(463)

							var _m = p.Match(HSLParserCOLON)

							localctx.(*IndexExprContext).colon2 = _m
							if p.HasError() {
									// Recognition error - abort rule
									goto errorExit
							}
						}
						p.SetState(465)
						p.GetErrorHandler().Sync(p)
						if p.HasError() {
							goto errorExit
						}
						_la = p.GetTokenStream().LA(1)


						if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
							{
								p.SetState(464)

								var _x = p.expression(0)

								localctx.(*IndexExprContext).step = _x
							}

						}

					}


				case HSLParserDOUBLE_COLON:
					{
						p.SetState(469)

						var _m = p.Match(HSLParserDOUBLE_COLON)

						localctx.(*IndexExprContext).slice = _m
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}
					p.SetState(471)
					p.GetErrorHandler().Sync(p)
					if p.HasError() {
						goto errorExit
					}
					_la = p.GetTokenStream().LA(1)


					if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 737180167700482) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
						{
							p.SetState(470)

							var _x = p.expression(0)

							localctx.(*IndexExprContext).step = _x
						}

					}


				case HSLParserRBRACK:



				default:
				}
				{
					p.SetState(475)
					p.Match(HSLParserRBRACK)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}


			case 18:
				localctx = NewMemberExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*MemberExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(476)

				if !(p.Precpred(p.GetParserRuleContext(), 37)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 37)", ""))
					goto errorExit
				}
				{
					p.SetState(477)
					p.Match(HSLParserARROW)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				{
					p.SetState(478)

					var _x = p.MemberName()


					localctx.(*MemberExprContext).name = _x
				}


			case 19:
				localctx = NewStaticExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*StaticExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(479)

				if !(p.Precpred(p.GetParserRuleContext(), 36)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 36)", ""))
					goto errorExit
				}
				{
					p.SetState(480)
					p.Match(HSLParserDOUBLE_COLON)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}
				p.SetState(483)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
					goto errorExit
				}

				switch p.GetTokenStream().LA(1) {
				case HSLParserECHO, HSLParserIF, HSLParserELSE, HSLParserFOR, HSLParserFOREACH, HSLParserAS, HSLParserWHILE, HSLParserFOREVER, HSLParserSWITCH, HSLParserCASE, HSLParserDEFAULT, HSLParserBREAK, HSLParserCONTINUE, HSLParserRETURN, HSLParserTRY, HSLParserCATCH, HSLParserTHROW, HSLParserMATCH, HSLParserINCLUDE, HSLParserINCLUDE_ONCE, HSLParserIMPORT, HSLParserFROM, HSLParserWITH, HSLParserFUNCTION, HSLParserCLOSURE, HSLParserCLASS, HSLParserCONSTRUCTOR, HSLParserSTATIC, HSLParserPRIVATE, HSLParserREADONLY, HSLParserGLOBAL, HSLParserBUILTIN, HSLParserCACHE, HSLParserBARRIER, HSLParserISSET, HSLParserUNSET, HSLParserARRAY, HSLParserAND, HSLParserOR, HSLParserNOT, HSLParserTRUE, HSLParserFALSE, HSLParserNONE, HSLParserRESERVED, HSLParserFOREIGN_WORD, HSLParserIDENT:
					{
						p.SetState(481)

						var _x = p.MemberName()


						localctx.(*StaticExprContext).name = _x
					}


				case HSLParserVARIABLE:
					{
						p.SetState(482)

						var _m = p.Match(HSLParserVARIABLE)

						localctx.(*StaticExprContext).v = _m
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}



				default:
					p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
					goto errorExit
				}


			case 20:
				localctx = NewPostfixExprContext(p, NewExpressionContext(p, _parentctx, _parentState))
				localctx.(*PostfixExprContext).x = _prevctx


				p.PushNewRecursionContext(localctx, _startState, HSLParserRULE_expression)
				p.SetState(485)

				if !(p.Precpred(p.GetParserRuleContext(), 35)) {
					p.SetError(antlr.NewFailedPredicateException(p, "p.Precpred(p.GetParserRuleContext(), 35)", ""))
					goto errorExit
				}
				{
					p.SetState(486)

					var _lt = p.GetTokenStream().LT(1)

					localctx.(*PostfixExprContext).op = _lt

					_la = p.GetTokenStream().LA(1)

					if !(_la == HSLParserINC || _la == HSLParserDEC) {
						var _ri = p.GetErrorHandler().RecoverInline(p)

						localctx.(*PostfixExprContext).op = _ri
					} else {
						p.GetErrorHandler().ReportMatch(p)
						p.Consume()
					}
				}

			case antlr.ATNInvalidAltNumber:
				goto errorExit
			}

		}
		p.SetState(491)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
	    	goto errorExit
	    }
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 52, p.GetParserRuleContext())
		if p.HasError() {
			goto errorExit
		}
	}



	errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.UnrollRecursionContexts(_parentctx)
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IArrayLiteralContext is an interface to support dynamic dispatch.
type IArrayLiteralContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Get_arrayItem returns the _arrayItem rule contexts.
	Get_arrayItem() IArrayItemContext


	// Set_arrayItem sets the _arrayItem rule contexts.
	Set_arrayItem(IArrayItemContext)


	// GetItems returns the items rule context list.
	GetItems() []IArrayItemContext


	// SetItems sets the items rule context list.
	SetItems([]IArrayItemContext) 


	// Getter signatures
	LBRACK() antlr.TerminalNode
	RBRACK() antlr.TerminalNode
	AllArrayItem() []IArrayItemContext
	ArrayItem(i int) IArrayItemContext
	AllCOMMA() []antlr.TerminalNode
	COMMA(i int) antlr.TerminalNode
	ARRAY() antlr.TerminalNode
	LPAREN() antlr.TerminalNode
	RPAREN() antlr.TerminalNode

	// IsArrayLiteralContext differentiates from other interfaces.
	IsArrayLiteralContext()
}

type ArrayLiteralContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	_arrayItem IArrayItemContext 
	items []IArrayItemContext
}

func NewEmptyArrayLiteralContext() *ArrayLiteralContext {
	var p = new(ArrayLiteralContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_arrayLiteral
	return p
}

func InitEmptyArrayLiteralContext(p *ArrayLiteralContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_arrayLiteral
}

func (*ArrayLiteralContext) IsArrayLiteralContext() {}

func NewArrayLiteralContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ArrayLiteralContext {
	var p = new(ArrayLiteralContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_arrayLiteral

	return p
}

func (s *ArrayLiteralContext) GetParser() antlr.Parser { return s.parser }

func (s *ArrayLiteralContext) Get_arrayItem() IArrayItemContext { return s._arrayItem }


func (s *ArrayLiteralContext) Set_arrayItem(v IArrayItemContext) { s._arrayItem = v }


func (s *ArrayLiteralContext) GetItems() []IArrayItemContext { return s.items }


func (s *ArrayLiteralContext) SetItems(v []IArrayItemContext) { s.items = v }


func (s *ArrayLiteralContext) LBRACK() antlr.TerminalNode {
	return s.GetToken(HSLParserLBRACK, 0)
}

func (s *ArrayLiteralContext) RBRACK() antlr.TerminalNode {
	return s.GetToken(HSLParserRBRACK, 0)
}

func (s *ArrayLiteralContext) AllArrayItem() []IArrayItemContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IArrayItemContext); ok {
			len++
		}
	}

	tst := make([]IArrayItemContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IArrayItemContext); ok {
			tst[i] = t.(IArrayItemContext)
			i++
		}
	}

	return tst
}

func (s *ArrayLiteralContext) ArrayItem(i int) IArrayItemContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IArrayItemContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IArrayItemContext)
}

func (s *ArrayLiteralContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *ArrayLiteralContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}

func (s *ArrayLiteralContext) ARRAY() antlr.TerminalNode {
	return s.GetToken(HSLParserARRAY, 0)
}

func (s *ArrayLiteralContext) LPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserLPAREN, 0)
}

func (s *ArrayLiteralContext) RPAREN() antlr.TerminalNode {
	return s.GetToken(HSLParserRPAREN, 0)
}

func (s *ArrayLiteralContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ArrayLiteralContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ArrayLiteralContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterArrayLiteral(s)
	}
}

func (s *ArrayLiteralContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitArrayLiteral(s)
	}
}




func (p *HSLParser) ArrayLiteral() (localctx IArrayLiteralContext) {
	localctx = NewArrayLiteralContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 26, HSLParserRULE_arrayLiteral)
	var _la int

	var _alt int

	p.SetState(523)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserLBRACK:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(492)
			p.Match(HSLParserLBRACK)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(504)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 4612423198595088386) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(493)

				var _x = p.ArrayItem()


				localctx.(*ArrayLiteralContext)._arrayItem = _x
			}
			localctx.(*ArrayLiteralContext).items = append(localctx.(*ArrayLiteralContext).items, localctx.(*ArrayLiteralContext)._arrayItem)
			p.SetState(498)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 53, p.GetParserRuleContext())
			if p.HasError() {
				goto errorExit
			}
			for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
				if _alt == 1 {
					{
						p.SetState(494)
						p.Match(HSLParserCOMMA)
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}
					{
						p.SetState(495)

						var _x = p.ArrayItem()


						localctx.(*ArrayLiteralContext)._arrayItem = _x
					}
					localctx.(*ArrayLiteralContext).items = append(localctx.(*ArrayLiteralContext).items, localctx.(*ArrayLiteralContext)._arrayItem)


				}
				p.SetState(500)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
			    	goto errorExit
			    }
				_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 53, p.GetParserRuleContext())
				if p.HasError() {
					goto errorExit
				}
			}
			p.SetState(502)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)


			if _la == HSLParserCOMMA {
				{
					p.SetState(501)
					p.Match(HSLParserCOMMA)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}

			}

		}
		{
			p.SetState(506)
			p.Match(HSLParserRBRACK)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserARRAY:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(507)
			p.Match(HSLParserARRAY)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(508)
			p.Match(HSLParserLPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		p.SetState(520)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if ((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 4612423198595088386) != 0) || ((int64((_la - 71)) & ^0x3f) == 0 && ((int64(1) << (_la - 71)) & 42156949519) != 0) {
			{
				p.SetState(509)

				var _x = p.ArrayItem()


				localctx.(*ArrayLiteralContext)._arrayItem = _x
			}
			localctx.(*ArrayLiteralContext).items = append(localctx.(*ArrayLiteralContext).items, localctx.(*ArrayLiteralContext)._arrayItem)
			p.SetState(514)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 56, p.GetParserRuleContext())
			if p.HasError() {
				goto errorExit
			}
			for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
				if _alt == 1 {
					{
						p.SetState(510)
						p.Match(HSLParserCOMMA)
						if p.HasError() {
								// Recognition error - abort rule
								goto errorExit
						}
					}
					{
						p.SetState(511)

						var _x = p.ArrayItem()


						localctx.(*ArrayLiteralContext)._arrayItem = _x
					}
					localctx.(*ArrayLiteralContext).items = append(localctx.(*ArrayLiteralContext).items, localctx.(*ArrayLiteralContext)._arrayItem)


				}
				p.SetState(516)
				p.GetErrorHandler().Sync(p)
				if p.HasError() {
			    	goto errorExit
			    }
				_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 56, p.GetParserRuleContext())
				if p.HasError() {
					goto errorExit
				}
			}
			p.SetState(518)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)


			if _la == HSLParserCOMMA {
				{
					p.SetState(517)
					p.Match(HSLParserCOMMA)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}

			}

		}
		{
			p.SetState(522)
			p.Match(HSLParserRPAREN)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IArrayItemContext is an interface to support dynamic dispatch.
type IArrayItemContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetDots returns the dots token.
	GetDots() antlr.Token 


	// SetDots sets the dots token.
	SetDots(antlr.Token) 


	// GetX returns the x rule contexts.
	GetX() IExpressionContext

	// GetY returns the y rule contexts.
	GetY() IExpressionContext


	// SetX sets the x rule contexts.
	SetX(IExpressionContext)

	// SetY sets the y rule contexts.
	SetY(IExpressionContext)


	// Getter signatures
	ELLIPSIS() antlr.TerminalNode
	AllExpression() []IExpressionContext
	Expression(i int) IExpressionContext
	FAT_ARROW() antlr.TerminalNode

	// IsArrayItemContext differentiates from other interfaces.
	IsArrayItemContext()
}

type ArrayItemContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	dots antlr.Token
	x IExpressionContext 
	y IExpressionContext 
}

func NewEmptyArrayItemContext() *ArrayItemContext {
	var p = new(ArrayItemContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_arrayItem
	return p
}

func InitEmptyArrayItemContext(p *ArrayItemContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_arrayItem
}

func (*ArrayItemContext) IsArrayItemContext() {}

func NewArrayItemContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ArrayItemContext {
	var p = new(ArrayItemContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_arrayItem

	return p
}

func (s *ArrayItemContext) GetParser() antlr.Parser { return s.parser }

func (s *ArrayItemContext) GetDots() antlr.Token { return s.dots }


func (s *ArrayItemContext) SetDots(v antlr.Token) { s.dots = v }


func (s *ArrayItemContext) GetX() IExpressionContext { return s.x }

func (s *ArrayItemContext) GetY() IExpressionContext { return s.y }


func (s *ArrayItemContext) SetX(v IExpressionContext) { s.x = v }

func (s *ArrayItemContext) SetY(v IExpressionContext) { s.y = v }


func (s *ArrayItemContext) ELLIPSIS() antlr.TerminalNode {
	return s.GetToken(HSLParserELLIPSIS, 0)
}

func (s *ArrayItemContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *ArrayItemContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ArrayItemContext) FAT_ARROW() antlr.TerminalNode {
	return s.GetToken(HSLParserFAT_ARROW, 0)
}

func (s *ArrayItemContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ArrayItemContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ArrayItemContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterArrayItem(s)
	}
}

func (s *ArrayItemContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitArrayItem(s)
	}
}




func (p *HSLParser) ArrayItem() (localctx IArrayItemContext) {
	localctx = NewArrayItemContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 28, HSLParserRULE_arrayItem)
	var _la int

	p.SetState(532)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserELLIPSIS:
		p.EnterOuterAlt(localctx, 1)
		{
			p.SetState(525)

			var _m = p.Match(HSLParserELLIPSIS)

			localctx.(*ArrayItemContext).dots = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}
		{
			p.SetState(526)

			var _x = p.expression(0)

			localctx.(*ArrayItemContext).x = _x
		}


	case HSLParserRAW_STRING, HSLParserMATCH, HSLParserFUNCTION, HSLParserSTATIC, HSLParserBUILTIN, HSLParserCACHE, HSLParserISSET, HSLParserUNSET, HSLParserARRAY, HSLParserNOT, HSLParserTRUE, HSLParserFALSE, HSLParserNONE, HSLParserLPAREN, HSLParserLBRACK, HSLParserINC, HSLParserDEC, HSLParserPLUS, HSLParserMINUS, HSLParserBANG, HSLParserTILDE, HSLParserNUMBER, HSLParserVARIABLE, HSLParserIDENT, HSLParserSTRING, HSLParserREGEX:
		p.EnterOuterAlt(localctx, 2)
		{
			p.SetState(527)

			var _x = p.expression(0)

			localctx.(*ArrayItemContext).x = _x
		}
		p.SetState(530)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
			goto errorExit
		}
		_la = p.GetTokenStream().LA(1)


		if _la == HSLParserFAT_ARROW {
			{
				p.SetState(528)
				p.Match(HSLParserFAT_ARROW)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			{
				p.SetState(529)

				var _x = p.expression(0)

				localctx.(*ArrayItemContext).y = _x
			}

		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}


errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IArgumentListContext is an interface to support dynamic dispatch.
type IArgumentListContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Get_expression returns the _expression rule contexts.
	Get_expression() IExpressionContext


	// Set_expression sets the _expression rule contexts.
	Set_expression(IExpressionContext)


	// GetArgs returns the args rule context list.
	GetArgs() []IExpressionContext


	// SetArgs sets the args rule context list.
	SetArgs([]IExpressionContext) 


	// Getter signatures
	AllExpression() []IExpressionContext
	Expression(i int) IExpressionContext
	AllELLIPSIS() []antlr.TerminalNode
	ELLIPSIS(i int) antlr.TerminalNode
	AllCOMMA() []antlr.TerminalNode
	COMMA(i int) antlr.TerminalNode

	// IsArgumentListContext differentiates from other interfaces.
	IsArgumentListContext()
}

type ArgumentListContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	_expression IExpressionContext 
	args []IExpressionContext
}

func NewEmptyArgumentListContext() *ArgumentListContext {
	var p = new(ArgumentListContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_argumentList
	return p
}

func InitEmptyArgumentListContext(p *ArgumentListContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_argumentList
}

func (*ArgumentListContext) IsArgumentListContext() {}

func NewArgumentListContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *ArgumentListContext {
	var p = new(ArgumentListContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_argumentList

	return p
}

func (s *ArgumentListContext) GetParser() antlr.Parser { return s.parser }

func (s *ArgumentListContext) Get_expression() IExpressionContext { return s._expression }


func (s *ArgumentListContext) Set_expression(v IExpressionContext) { s._expression = v }


func (s *ArgumentListContext) GetArgs() []IExpressionContext { return s.args }


func (s *ArgumentListContext) SetArgs(v []IExpressionContext) { s.args = v }


func (s *ArgumentListContext) AllExpression() []IExpressionContext {
	children := s.GetChildren()
	len := 0
	for _, ctx := range children {
		if _, ok := ctx.(IExpressionContext); ok {
			len++
		}
	}

	tst := make([]IExpressionContext, len)
	i := 0
	for _, ctx := range children {
		if t, ok := ctx.(IExpressionContext); ok {
			tst[i] = t.(IExpressionContext)
			i++
		}
	}

	return tst
}

func (s *ArgumentListContext) Expression(i int) IExpressionContext {
	var t antlr.RuleContext;
	j := 0
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			if j == i {
				t = ctx.(antlr.RuleContext);
				break
			}
			j++
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *ArgumentListContext) AllELLIPSIS() []antlr.TerminalNode {
	return s.GetTokens(HSLParserELLIPSIS)
}

func (s *ArgumentListContext) ELLIPSIS(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserELLIPSIS, i)
}

func (s *ArgumentListContext) AllCOMMA() []antlr.TerminalNode {
	return s.GetTokens(HSLParserCOMMA)
}

func (s *ArgumentListContext) COMMA(i int) antlr.TerminalNode {
	return s.GetToken(HSLParserCOMMA, i)
}

func (s *ArgumentListContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *ArgumentListContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *ArgumentListContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterArgumentList(s)
	}
}

func (s *ArgumentListContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitArgumentList(s)
	}
}




func (p *HSLParser) ArgumentList() (localctx IArgumentListContext) {
	localctx = NewArgumentListContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 30, HSLParserRULE_argumentList)
	var _la int

	var _alt int

	p.EnterOuterAlt(localctx, 1)
	p.SetState(535)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)


	if _la == HSLParserELLIPSIS {
		{
			p.SetState(534)
			p.Match(HSLParserELLIPSIS)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}

	}
	{
		p.SetState(537)

		var _x = p.expression(0)

		localctx.(*ArgumentListContext)._expression = _x
	}
	localctx.(*ArgumentListContext).args = append(localctx.(*ArgumentListContext).args, localctx.(*ArgumentListContext)._expression)
	p.SetState(545)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 64, p.GetParserRuleContext())
	if p.HasError() {
		goto errorExit
	}
	for _alt != 2 && _alt != antlr.ATNInvalidAltNumber {
		if _alt == 1 {
			{
				p.SetState(538)
				p.Match(HSLParserCOMMA)
				if p.HasError() {
						// Recognition error - abort rule
						goto errorExit
				}
			}
			p.SetState(540)
			p.GetErrorHandler().Sync(p)
			if p.HasError() {
				goto errorExit
			}
			_la = p.GetTokenStream().LA(1)


			if _la == HSLParserELLIPSIS {
				{
					p.SetState(539)
					p.Match(HSLParserELLIPSIS)
					if p.HasError() {
							// Recognition error - abort rule
							goto errorExit
					}
				}

			}
			{
				p.SetState(542)

				var _x = p.expression(0)

				localctx.(*ArgumentListContext)._expression = _x
			}
			localctx.(*ArgumentListContext).args = append(localctx.(*ArgumentListContext).args, localctx.(*ArgumentListContext)._expression)


		}
		p.SetState(547)
		p.GetErrorHandler().Sync(p)
		if p.HasError() {
	    	goto errorExit
	    }
		_alt = p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), 64, p.GetParserRuleContext())
		if p.HasError() {
			goto errorExit
		}
	}
	p.SetState(549)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}
	_la = p.GetTokenStream().LA(1)


	if _la == HSLParserCOMMA {
		{
			p.SetState(548)
			p.Match(HSLParserCOMMA)
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}

	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IMatchArmContext is an interface to support dynamic dispatch.
type IMatchArmContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// GetDflt returns the dflt token.
	GetDflt() antlr.Token 


	// SetDflt sets the dflt token.
	SetDflt(antlr.Token) 


	// GetValues returns the values rule contexts.
	GetValues() IExpressionListContext

	// GetResult returns the result rule contexts.
	GetResult() IExpressionContext


	// SetValues sets the values rule contexts.
	SetValues(IExpressionListContext)

	// SetResult sets the result rule contexts.
	SetResult(IExpressionContext)


	// Getter signatures
	FAT_ARROW() antlr.TerminalNode
	Expression() IExpressionContext
	DEFAULT() antlr.TerminalNode
	ExpressionList() IExpressionListContext

	// IsMatchArmContext differentiates from other interfaces.
	IsMatchArmContext()
}

type MatchArmContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
	dflt antlr.Token
	values IExpressionListContext 
	result IExpressionContext 
}

func NewEmptyMatchArmContext() *MatchArmContext {
	var p = new(MatchArmContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_matchArm
	return p
}

func InitEmptyMatchArmContext(p *MatchArmContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_matchArm
}

func (*MatchArmContext) IsMatchArmContext() {}

func NewMatchArmContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *MatchArmContext {
	var p = new(MatchArmContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_matchArm

	return p
}

func (s *MatchArmContext) GetParser() antlr.Parser { return s.parser }

func (s *MatchArmContext) GetDflt() antlr.Token { return s.dflt }


func (s *MatchArmContext) SetDflt(v antlr.Token) { s.dflt = v }


func (s *MatchArmContext) GetValues() IExpressionListContext { return s.values }

func (s *MatchArmContext) GetResult() IExpressionContext { return s.result }


func (s *MatchArmContext) SetValues(v IExpressionListContext) { s.values = v }

func (s *MatchArmContext) SetResult(v IExpressionContext) { s.result = v }


func (s *MatchArmContext) FAT_ARROW() antlr.TerminalNode {
	return s.GetToken(HSLParserFAT_ARROW, 0)
}

func (s *MatchArmContext) Expression() IExpressionContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionContext)
}

func (s *MatchArmContext) DEFAULT() antlr.TerminalNode {
	return s.GetToken(HSLParserDEFAULT, 0)
}

func (s *MatchArmContext) ExpressionList() IExpressionListContext {
	var t antlr.RuleContext;
	for _, ctx := range s.GetChildren() {
		if _, ok := ctx.(IExpressionListContext); ok {
			t = ctx.(antlr.RuleContext);
			break
		}
	}

	if t == nil {
		return nil
	}

	return t.(IExpressionListContext)
}

func (s *MatchArmContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *MatchArmContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *MatchArmContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterMatchArm(s)
	}
}

func (s *MatchArmContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitMatchArm(s)
	}
}




func (p *HSLParser) MatchArm() (localctx IMatchArmContext) {
	localctx = NewMatchArmContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 32, HSLParserRULE_matchArm)
	p.EnterOuterAlt(localctx, 1)
	p.SetState(553)
	p.GetErrorHandler().Sync(p)
	if p.HasError() {
		goto errorExit
	}

	switch p.GetTokenStream().LA(1) {
	case HSLParserDEFAULT:
		{
			p.SetState(551)

			var _m = p.Match(HSLParserDEFAULT)

			localctx.(*MatchArmContext).dflt = _m
			if p.HasError() {
					// Recognition error - abort rule
					goto errorExit
			}
		}


	case HSLParserRAW_STRING, HSLParserMATCH, HSLParserFUNCTION, HSLParserSTATIC, HSLParserBUILTIN, HSLParserCACHE, HSLParserISSET, HSLParserUNSET, HSLParserARRAY, HSLParserNOT, HSLParserTRUE, HSLParserFALSE, HSLParserNONE, HSLParserLPAREN, HSLParserLBRACK, HSLParserINC, HSLParserDEC, HSLParserPLUS, HSLParserMINUS, HSLParserBANG, HSLParserTILDE, HSLParserNUMBER, HSLParserVARIABLE, HSLParserIDENT, HSLParserSTRING, HSLParserREGEX:
		{
			p.SetState(552)

			var _x = p.ExpressionList()


			localctx.(*MatchArmContext).values = _x
		}



	default:
		p.SetError(antlr.NewNoViableAltException(p, nil, nil, nil, nil, nil))
		goto errorExit
	}
	{
		p.SetState(555)
		p.Match(HSLParserFAT_ARROW)
		if p.HasError() {
				// Recognition error - abort rule
				goto errorExit
		}
	}
	{
		p.SetState(556)

		var _x = p.expression(0)

		localctx.(*MatchArmContext).result = _x
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


// IMemberNameContext is an interface to support dynamic dispatch.
type IMemberNameContext interface {
	antlr.ParserRuleContext

	// GetParser returns the parser.
	GetParser() antlr.Parser

	// Getter signatures
	IDENT() antlr.TerminalNode
	ECHO() antlr.TerminalNode
	IF() antlr.TerminalNode
	ELSE() antlr.TerminalNode
	FOR() antlr.TerminalNode
	FOREACH() antlr.TerminalNode
	AS() antlr.TerminalNode
	WHILE() antlr.TerminalNode
	FOREVER() antlr.TerminalNode
	SWITCH() antlr.TerminalNode
	CASE() antlr.TerminalNode
	DEFAULT() antlr.TerminalNode
	BREAK() antlr.TerminalNode
	CONTINUE() antlr.TerminalNode
	RETURN() antlr.TerminalNode
	TRY() antlr.TerminalNode
	CATCH() antlr.TerminalNode
	THROW() antlr.TerminalNode
	MATCH() antlr.TerminalNode
	INCLUDE() antlr.TerminalNode
	INCLUDE_ONCE() antlr.TerminalNode
	IMPORT() antlr.TerminalNode
	FROM() antlr.TerminalNode
	WITH() antlr.TerminalNode
	FUNCTION() antlr.TerminalNode
	CLOSURE() antlr.TerminalNode
	CLASS() antlr.TerminalNode
	CONSTRUCTOR() antlr.TerminalNode
	STATIC() antlr.TerminalNode
	PRIVATE() antlr.TerminalNode
	READONLY() antlr.TerminalNode
	GLOBAL() antlr.TerminalNode
	BUILTIN() antlr.TerminalNode
	CACHE() antlr.TerminalNode
	BARRIER() antlr.TerminalNode
	ISSET() antlr.TerminalNode
	UNSET() antlr.TerminalNode
	ARRAY() antlr.TerminalNode
	AND() antlr.TerminalNode
	OR() antlr.TerminalNode
	NOT() antlr.TerminalNode
	TRUE() antlr.TerminalNode
	FALSE() antlr.TerminalNode
	NONE() antlr.TerminalNode
	RESERVED() antlr.TerminalNode
	FOREIGN_WORD() antlr.TerminalNode

	// IsMemberNameContext differentiates from other interfaces.
	IsMemberNameContext()
}

type MemberNameContext struct {
	antlr.BaseParserRuleContext
	parser antlr.Parser
}

func NewEmptyMemberNameContext() *MemberNameContext {
	var p = new(MemberNameContext)
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_memberName
	return p
}

func InitEmptyMemberNameContext(p *MemberNameContext)  {
	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, nil, -1)
	p.RuleIndex = HSLParserRULE_memberName
}

func (*MemberNameContext) IsMemberNameContext() {}

func NewMemberNameContext(parser antlr.Parser, parent antlr.ParserRuleContext, invokingState int) *MemberNameContext {
	var p = new(MemberNameContext)

	antlr.InitBaseParserRuleContext(&p.BaseParserRuleContext, parent, invokingState)

	p.parser = parser
	p.RuleIndex = HSLParserRULE_memberName

	return p
}

func (s *MemberNameContext) GetParser() antlr.Parser { return s.parser }

func (s *MemberNameContext) IDENT() antlr.TerminalNode {
	return s.GetToken(HSLParserIDENT, 0)
}

func (s *MemberNameContext) ECHO() antlr.TerminalNode {
	return s.GetToken(HSLParserECHO, 0)
}

func (s *MemberNameContext) IF() antlr.TerminalNode {
	return s.GetToken(HSLParserIF, 0)
}

func (s *MemberNameContext) ELSE() antlr.TerminalNode {
	return s.GetToken(HSLParserELSE, 0)
}

func (s *MemberNameContext) FOR() antlr.TerminalNode {
	return s.GetToken(HSLParserFOR, 0)
}

func (s *MemberNameContext) FOREACH() antlr.TerminalNode {
	return s.GetToken(HSLParserFOREACH, 0)
}

func (s *MemberNameContext) AS() antlr.TerminalNode {
	return s.GetToken(HSLParserAS, 0)
}

func (s *MemberNameContext) WHILE() antlr.TerminalNode {
	return s.GetToken(HSLParserWHILE, 0)
}

func (s *MemberNameContext) FOREVER() antlr.TerminalNode {
	return s.GetToken(HSLParserFOREVER, 0)
}

func (s *MemberNameContext) SWITCH() antlr.TerminalNode {
	return s.GetToken(HSLParserSWITCH, 0)
}

func (s *MemberNameContext) CASE() antlr.TerminalNode {
	return s.GetToken(HSLParserCASE, 0)
}

func (s *MemberNameContext) DEFAULT() antlr.TerminalNode {
	return s.GetToken(HSLParserDEFAULT, 0)
}

func (s *MemberNameContext) BREAK() antlr.TerminalNode {
	return s.GetToken(HSLParserBREAK, 0)
}

func (s *MemberNameContext) CONTINUE() antlr.TerminalNode {
	return s.GetToken(HSLParserCONTINUE, 0)
}

func (s *MemberNameContext) RETURN() antlr.TerminalNode {
	return s.GetToken(HSLParserRETURN, 0)
}

func (s *MemberNameContext) TRY() antlr.TerminalNode {
	return s.GetToken(HSLParserTRY, 0)
}

func (s *MemberNameContext) CATCH() antlr.TerminalNode {
	return s.GetToken(HSLParserCATCH, 0)
}

func (s *MemberNameContext) THROW() antlr.TerminalNode {
	return s.GetToken(HSLParserTHROW, 0)
}

func (s *MemberNameContext) MATCH() antlr.TerminalNode {
	return s.GetToken(HSLParserMATCH, 0)
}

func (s *MemberNameContext) INCLUDE() antlr.TerminalNode {
	return s.GetToken(HSLParserINCLUDE, 0)
}

func (s *MemberNameContext) INCLUDE_ONCE() antlr.TerminalNode {
	return s.GetToken(HSLParserINCLUDE_ONCE, 0)
}

func (s *MemberNameContext) IMPORT() antlr.TerminalNode {
	return s.GetToken(HSLParserIMPORT, 0)
}

func (s *MemberNameContext) FROM() antlr.TerminalNode {
	return s.GetToken(HSLParserFROM, 0)
}

func (s *MemberNameContext) WITH() antlr.TerminalNode {
	return s.GetToken(HSLParserWITH, 0)
}

func (s *MemberNameContext) FUNCTION() antlr.TerminalNode {
	return s.GetToken(HSLParserFUNCTION, 0)
}

func (s *MemberNameContext) CLOSURE() antlr.TerminalNode {
	return s.GetToken(HSLParserCLOSURE, 0)
}

func (s *MemberNameContext) CLASS() antlr.TerminalNode {
	return s.GetToken(HSLParserCLASS, 0)
}

func (s *MemberNameContext) CONSTRUCTOR() antlr.TerminalNode {
	return s.GetToken(HSLParserCONSTRUCTOR, 0)
}

func (s *MemberNameContext) STATIC() antlr.TerminalNode {
	return s.GetToken(HSLParserSTATIC, 0)
}

func (s *MemberNameContext) PRIVATE() antlr.TerminalNode {
	return s.GetToken(HSLParserPRIVATE, 0)
}

func (s *MemberNameContext) READONLY() antlr.TerminalNode {
	return s.GetToken(HSLParserREADONLY, 0)
}

func (s *MemberNameContext) GLOBAL() antlr.TerminalNode {
	return s.GetToken(HSLParserGLOBAL, 0)
}

func (s *MemberNameContext) BUILTIN() antlr.TerminalNode {
	return s.GetToken(HSLParserBUILTIN, 0)
}

func (s *MemberNameContext) CACHE() antlr.TerminalNode {
	return s.GetToken(HSLParserCACHE, 0)
}

func (s *MemberNameContext) BARRIER() antlr.TerminalNode {
	return s.GetToken(HSLParserBARRIER, 0)
}

func (s *MemberNameContext) ISSET() antlr.TerminalNode {
	return s.GetToken(HSLParserISSET, 0)
}

func (s *MemberNameContext) UNSET() antlr.TerminalNode {
	return s.GetToken(HSLParserUNSET, 0)
}

func (s *MemberNameContext) ARRAY() antlr.TerminalNode {
	return s.GetToken(HSLParserARRAY, 0)
}

func (s *MemberNameContext) AND() antlr.TerminalNode {
	return s.GetToken(HSLParserAND, 0)
}

func (s *MemberNameContext) OR() antlr.TerminalNode {
	return s.GetToken(HSLParserOR, 0)
}

func (s *MemberNameContext) NOT() antlr.TerminalNode {
	return s.GetToken(HSLParserNOT, 0)
}

func (s *MemberNameContext) TRUE() antlr.TerminalNode {
	return s.GetToken(HSLParserTRUE, 0)
}

func (s *MemberNameContext) FALSE() antlr.TerminalNode {
	return s.GetToken(HSLParserFALSE, 0)
}

func (s *MemberNameContext) NONE() antlr.TerminalNode {
	return s.GetToken(HSLParserNONE, 0)
}

func (s *MemberNameContext) RESERVED() antlr.TerminalNode {
	return s.GetToken(HSLParserRESERVED, 0)
}

func (s *MemberNameContext) FOREIGN_WORD() antlr.TerminalNode {
	return s.GetToken(HSLParserFOREIGN_WORD, 0)
}

func (s *MemberNameContext) GetRuleContext() antlr.RuleContext {
	return s
}

func (s *MemberNameContext) ToStringTree(ruleNames []string, recog antlr.Recognizer) string {
	return antlr.TreesStringTree(s, ruleNames, recog)
}


func (s *MemberNameContext) EnterRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.EnterMemberName(s)
	}
}

func (s *MemberNameContext) ExitRule(listener antlr.ParseTreeListener) {
	if listenerT, ok := listener.(HSLParserListener); ok {
		listenerT.ExitMemberName(s)
	}
}




func (p *HSLParser) MemberName() (localctx IMemberNameContext) {
	localctx = NewMemberNameContext(p, p.GetParserRuleContext(), p.GetState())
	p.EnterRule(localctx, 34, HSLParserRULE_memberName)
	var _la int

	p.EnterOuterAlt(localctx, 1)
	{
		p.SetState(558)
		_la = p.GetTokenStream().LA(1)

		if !(((int64(_la) & ^0x3f) == 0 && ((int64(1) << _la) & 140737488355324) != 0) || _la == HSLParserIDENT) {
			p.GetErrorHandler().RecoverInline(p)
		} else {
			p.GetErrorHandler().ReportMatch(p)
			p.Consume()
		}
	}



errorExit:
	if p.HasError() {
		v := p.GetError()
		localctx.SetException(v)
		p.GetErrorHandler().ReportError(p, v)
		p.GetErrorHandler().Recover(p, v)
		p.SetError(nil)
	}
	p.ExitRule()
	return localctx
	goto errorExit // Trick to prevent compiler error if the label is not used
}


func (p *HSLParser) Sempred(localctx antlr.RuleContext, ruleIndex, predIndex int) bool {
	switch ruleIndex {
	case 12:
			var t *ExpressionContext = nil
			if localctx != nil { t = localctx.(*ExpressionContext) }
			return p.Expression_Sempred(t, predIndex)


	default:
		panic("No predicate with index: " + fmt.Sprint(ruleIndex))
	}
}

func (p *HSLParser) Expression_Sempred(localctx antlr.RuleContext, predIndex int) bool {
	switch predIndex {
	case 0:
			return p.Precpred(p.GetParserRuleContext(), 34)

	case 1:
			return p.Precpred(p.GetParserRuleContext(), 30)

	case 2:
			return p.Precpred(p.GetParserRuleContext(), 29)

	case 3:
			return p.Precpred(p.GetParserRuleContext(), 28)

	case 4:
			return p.Precpred(p.GetParserRuleContext(), 27)

	case 5:
			return p.Precpred(p.GetParserRuleContext(), 26)

	case 6:
			return p.Precpred(p.GetParserRuleContext(), 25)

	case 7:
			return p.Precpred(p.GetParserRuleContext(), 24)

	case 8:
			return p.Precpred(p.GetParserRuleContext(), 23)

	case 9:
			return p.Precpred(p.GetParserRuleContext(), 22)

	case 10:
			return p.Precpred(p.GetParserRuleContext(), 21)

	case 11:
			return p.Precpred(p.GetParserRuleContext(), 20)

	case 12:
			return p.Precpred(p.GetParserRuleContext(), 19)

	case 13:
			return p.Precpred(p.GetParserRuleContext(), 18)

	case 14:
			return p.Precpred(p.GetParserRuleContext(), 17)

	case 15:
			return p.Precpred(p.GetParserRuleContext(), 39)

	case 16:
			return p.Precpred(p.GetParserRuleContext(), 38)

	case 17:
			return p.Precpred(p.GetParserRuleContext(), 37)

	case 18:
			return p.Precpred(p.GetParserRuleContext(), 36)

	case 19:
			return p.Precpred(p.GetParserRuleContext(), 35)

	default:
		panic("No predicate with index: " + fmt.Sprint(predIndex))
	}
}

