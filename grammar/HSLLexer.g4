// Lexer grammar of the Halon Scripting Language (HSL) 6.x.
//
// The lexer reads bytes, not runes: grammar.Parse feeds it a character stream in
// which every byte of the source is one symbol, so string literals stay binary-safe
// and every index is a byte offset.
//
// Raw strings ('DELIM' ... 'DELIM') need a back-reference that ANTLR lexer rules
// cannot express: this grammar only recognises the opening 'DELIM' (RAW_OPEN) and
// the token source in grammar/lexer.go scans to the matching close.
//
// Lexical errors never stop the lexer: unterminated literals have tokens of their
// own, and any other stray byte becomes an ERROR_CHAR token; the parser front end
// turns them into diagnostics.
lexer grammar HSLLexer;

channels { COMMENTS }

// Token types that only grammar/lexer.go produces.
tokens { RAW_STRING }

// Keywords. Each is listed before IDENT so that an exact match wins the tie.
ECHO         : 'echo';
IF           : 'if';
ELSE         : 'else';
FOR          : 'for';
FOREACH      : 'foreach';
AS           : 'as';
WHILE        : 'while';
FOREVER      : 'forever';
SWITCH       : 'switch';
CASE         : 'case';
DEFAULT      : 'default';
BREAK        : 'break';
CONTINUE     : 'continue';
RETURN       : 'return';
TRY          : 'try';
CATCH        : 'catch';
THROW        : 'throw';
MATCH        : 'match';
INCLUDE      : 'include';
INCLUDE_ONCE : 'include_once';
IMPORT       : 'import';
FROM         : 'from';
WITH         : 'with';
FUNCTION     : 'function';
CLOSURE      : 'closure';
CLASS        : 'class';
CONSTRUCTOR  : 'constructor';
STATIC       : 'static';
PRIVATE      : 'private';
READONLY     : 'readonly';
GLOBAL       : 'global';
BUILTIN      : 'builtin';
CACHE        : 'cache';
BARRIER      : 'barrier';
ISSET        : 'isset';
UNSET        : 'unset';
ARRAY        : 'array';
AND          : 'and';
OR           : 'or';
NOT          : 'not';
TRUE         : 'true';
FALSE        : 'false';
NONE         : 'none';

// Words HSL reserves without giving them a meaning.
RESERVED     : 'yield' | 'object';

// Words of other languages that HSL rejects; the parser front end explains them.
FOREIGN_WORD
    : 'this' | 'self' | 'public' | 'protected' | 'struct' | 'clone' | 'final'
    | 'const' | 'goto' | 'namespace' | 'new' | 'interface' | 'in' | 'extends'
    | 'print' | 'trait' | 'assert' | 'finally' | 'lambda' | 'pass' | 'destroy'
    | 'export' | 'use' | 'elseif'
    ;

// Punctuation and operators (longest match wins).
LPAREN       : '(';
RPAREN       : ')';
LBRACK       : '[';
RBRACK       : ']';
LBRACE       : '{';
RBRACE       : '}';
SEMI         : ';';
COMMA        : ',';
DOUBLE_COLON : '::';
COLON        : ':';
NULLISH_ASSIGN : '??=';
NULLISH      : '??';
QUESTION     : '?';
FAT_ARROW    : '=>';
ARROW        : '->';
ELLIPSIS     : '...';
POW_ASSIGN   : '**=';
POW          : '**';
PLUS_ASSIGN  : '+=';
MINUS_ASSIGN : '-=';
MUL_ASSIGN   : '*=';
DIV_ASSIGN   : '/=';
MOD_ASSIGN   : '%=';
CONCAT_ASSIGN: '.=';
INC          : '++';
DEC          : '--';
PLUS         : '+';
MINUS        : '-';
STAR         : '*';
SLASH        : '/';
PERCENT      : '%';
DOT          : '.';
STRICT_EQ    : '===';
STRICT_NE    : '!==';
EQ           : '==';
NE           : '!=';
MATCH_OP     : '=~';
NOT_MATCH_OP : '!~';
ASSIGN       : '=';
LE           : '<=';
GE           : '>=';
USHR         : '>>>';
SHL          : '<<';
SHR          : '>>';
LT           : '<';
GT           : '>';
BANG         : '!';
TILDE        : '~';
AMP          : '&';
PIPE         : '|';
CARET        : '^';

// Operators of other languages, lexed so that the error can name them.
FOREIGN_OP   : '&&' | '||' | '<>' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '>>>=';

// Numbers: decimal with an optional fraction, hexadecimal, octal and binary;
// '_' may stand between two digits.
NUMBER
    : DEC_DIGITS ('.' DEC_DIGITS)?
    | '0' [xX] HEX_DIGIT+ ('_' HEX_DIGIT+)*
    | '0' [oO] [0-7]+ ('_' [0-7]+)*
    | '0' [bB] [01]+ ('_' [01]+)*
    ;

// A run that starts like a number but is not one (1__0, 0x, 1.2.3, 12abc).
// NUMBER is listed first, so it wins whenever both match the same text.
BAD_NUMBER   : [0-9] [0-9a-zA-Z_]* ('.' [0-9a-zA-Z_]+)*;

VARIABLE     : '$' NAME;
IDENT        : NAME;

// Double-quoted strings; escapes and $var / ${var} interpolation are decoded by
// the AST builder, which keeps the position of every part.
STRING       : '"' ( '\\' . | ~["\\] )* '"';
UNTERMINATED_STRING : '"' ( '\\' . | ~["\\] )* '\\'?;

// The opening delimiter of a raw string; see the file comment.
RAW_OPEN     : '\'' [\u0021-\u0026\u0028-\u007e]* '\'';

// Regular-expression literals: #/pattern/flags with \/ escaping a slash.
REGEX        : '#/' ( '\\' ~[\r\n] | ~[/\\\r\n] )* '/' [imusxUX]*;
UNTERMINATED_REGEX : '#/' ( '\\' ~[\r\n] | ~[/\\\r\n] )* '\\'?;

BLOCK_COMMENT : '/*' .*? '*/' -> channel(COMMENTS);
UNTERMINATED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'*;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(COMMENTS);

// Whitespace makes no token: positions come from byte offsets, and fewer
// tokens make a faster parse.
WS           : [ \t\r\n\f]+ -> skip;

// Any other byte.
ERROR_CHAR   : .;

fragment NAME       : [a-zA-Z_] [a-zA-Z0-9_]*;
fragment DEC_DIGITS : [0-9]+ ('_' [0-9]+)*;
fragment HEX_DIGIT  : [0-9a-fA-F];
