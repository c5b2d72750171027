// Parser grammar of the Halon Scripting Language (HSL) 6.x.
//
// Operator precedence follows docs/compatibility.md: in the `expression` rule an
// earlier alternative binds tighter. Rules that the grammar cannot state
// (non-associative comparisons, valid assignment targets, `!$x = e` taking the
// whole assignment, what may follow `cache`) are checked by the AST builder.
//
// The parser runs without building a parse tree (children lists and a node per
// token cost a third of the parse): the AST builder reads the labelled elements
// below, which the generated contexts keep either way. Every element the builder
// needs therefore has a label; a single-token operand is its context's start
// token.
parser grammar HSLParser;

options { tokenVocab = HSLLexer; }

program
    : stmts+=statement* EOF
    ;

statement
    : b=block                                                        # blockStmt
    | IF LPAREN cond=expression RPAREN then=statement
          (ELSE els=statement)?                                      # ifStmt
    | FOR LPAREN init=expressionList? SEMI cond=expression? SEMI
          step=expressionList? RPAREN body=statement                 # forStmt
    | FOREACH LPAREN x=expression AS first=foreachTarget
          (FAT_ARROW second=foreachTarget)? RPAREN body=statement    # foreachStmt
    | WHILE LPAREN cond=expression RPAREN body=statement             # whileStmt
    | FOREVER body=statement                                         # foreverStmt
    | SWITCH LPAREN x=expression RPAREN LBRACE cases+=switchCase*
          RBRACE                                                     # switchStmt
    | BREAK SEMI                                                     # breakStmt
    | CONTINUE SEMI                                                  # continueStmt
    | RETURN x=expression? SEMI                                      # returnStmt
    | TRY body=block CATCH LPAREN v=VARIABLE RPAREN handler=block    # tryStmt
    | THROW x=expression SEMI                                        # throwStmt
    | ECHO x=expression SEMI                                         # echoStmt
    | kw=(INCLUDE | INCLUDE_ONCE) file=path SEMI                     # includeStmt
    | IMPORT LBRACE specs+=importSpec (COMMA specs+=importSpec)* COMMA?
          RBRACE FROM file=path SEMI                                 # importNamedStmt
    | IMPORT STAR AS ns=IDENT FROM file=path SEMI                    # importStarStmt
    | IMPORT v=VARIABLE FROM file=path (WITH opts=expression)? SEMI  # importDataStmt
    | FUNCTION name=IDENT LPAREN params=parameterList? RPAREN
          body=block                                                 # functionDecl
    | CLASS name=IDENT LBRACE members+=classMember* RBRACE           # classDecl
    | GLOBAL vars+=VARIABLE (COMMA vars+=VARIABLE)* SEMI             # globalStmt
    | BARRIER x=expression (FAT_ARROW v=VARIABLE)? body=block         # barrierStmt
    | x=expression SEMI                                              # expressionStmt
    | SEMI                                                           # emptyStmt
    ;

block
    : LBRACE stmts+=statement* RBRACE
    ;

// The file named by include and import: a constant string.
path
    : t=(STRING | RAW_STRING)
    ;

expressionList
    : items+=expression (COMMA items+=expression)*
    ;

foreachTarget
    : v=VARIABLE
    | pattern=arrayLiteral
    ;

switchCase
    : CASE x=expression COLON stmts+=statement*                      # caseClause
    | DEFAULT COLON stmts+=statement*                                # defaultClause
    ;

importSpec
    : name=IDENT (AS alias=IDENT)?
    | name=VARIABLE (AS alias=VARIABLE)?
    ;

parameterList
    : params+=parameter (COMMA params+=parameter)* COMMA?
    ;

parameter
    : v=VARIABLE (ASSIGN dflt=expression)?
    | dots=ELLIPSIS v=VARIABLE
    ;

classMember
    : mods+=modifier* v=VARIABLE (ASSIGN init=expression)? SEMI       # classVariable
    | mods+=modifier* FUNCTION name=IDENT LPAREN params=parameterList?
          RPAREN body=block                                          # classFunction
    | kw=CONSTRUCTOR LPAREN params=parameterList? RPAREN body=block  # classConstructor
    // Not HSL: accepted so that the builder can report a misplaced statement
    // and the rest of the class body still parses.
    | s=statement                                                    # classStatement
    ;

modifier
    : m=(PRIVATE | STATIC | READONLY)
    ;

expression
    : fn=expression LPAREN args=argumentList? RPAREN                 # callExpr
    // Subscript and slice share their start, so that choosing between them
    // needs no lookahead past the first operand.
    | x=expression LBRACK first=expression?
          ( slice=COLON last=expression? (colon2=COLON step=expression?)?
          | slice=DOUBLE_COLON step=expression?
          )? RBRACK                                                  # indexExpr
    | x=expression ARROW name=memberName                             # memberExpr
    | x=expression DOUBLE_COLON (name=memberName | v=VARIABLE)       # staticExpr
    | x=expression op=(INC | DEC)                                    # postfixExpr
    | <assoc=right> x=expression op=POW y=expression                 # powExpr
    | op=(INC | DEC) x=expression                                    # prefixExpr
    | op=(MINUS | PLUS | BANG | NOT | TILDE) x=expression            # unaryExpr
    | CACHE opts=arrayLiteral x=expression                           # cacheExpr
    | x=expression op=(STAR | SLASH | PERCENT) y=expression          # mulExpr
    | x=expression op=(PLUS | MINUS) y=expression                    # addExpr
    | x=expression op=DOT y=expression                               # concatExpr
    | x=expression op=(SHL | SHR | USHR) y=expression                # shiftExpr
    | x=expression op=(LT | LE | GT | GE) y=expression               # compareExpr
    | x=expression op=(EQ | NE | STRICT_EQ | STRICT_NE | MATCH_OP
          | NOT_MATCH_OP) y=expression                               # equalityExpr
    | x=expression op=AMP y=expression                               # bitAndExpr
    | x=expression op=CARET y=expression                             # bitXorExpr
    | x=expression op=PIPE y=expression                              # bitOrExpr
    | x=expression op=AND y=expression                               # andExpr
    | x=expression op=OR y=expression                                # orExpr
    | <assoc=right> x=expression op=NULLISH y=expression             # nullishExpr
    | <assoc=right> cond=expression QUESTION then=expression? COLON
          els=expression                                             # ternaryExpr
    | <assoc=right> x=expression op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN
          | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | POW_ASSIGN
          | CONCAT_ASSIGN | NULLISH_ASSIGN) y=expression              # assignExpr
    // Operands. They are alternatives of expression itself rather than a rule
    // of their own, which saves a context per operand.
    | VARIABLE                                                       # variable
    | IDENT                                                          # name
    | STATIC                                                         # staticName
    | NUMBER                                                         # number
    | STRING                                                         # string
    | RAW_STRING                                                     # rawString
    | REGEX                                                          # regex
    | (TRUE | FALSE)                                                 # boolean
    | NONE                                                           # none
    | arr=arrayLiteral                                               # array
    | LPAREN x=expression RPAREN                                     # paren
    | FUNCTION LPAREN params=parameterList? RPAREN
          (CLOSURE LPAREN vars+=VARIABLE (COMMA vars+=VARIABLE)* COMMA?
          RPAREN)? body=block                                        # functionLiteral
    | MATCH LPAREN x=expression RPAREN LBRACE arms+=matchArm
          (COMMA arms+=matchArm)* COMMA? RBRACE                      # matchExpr
    | BUILTIN name=IDENT                                             # builtinName
    | ISSET LPAREN list=expressionList RPAREN                        # issetExpr
    | UNSET LPAREN list=expressionList RPAREN                        # unsetExpr
    ;

arrayLiteral
    : LBRACK (items+=arrayItem (COMMA items+=arrayItem)* COMMA?)? RBRACK
    | ARRAY LPAREN (items+=arrayItem (COMMA items+=arrayItem)* COMMA?)? RPAREN
    ;

// `key => value` shares its start with a plain item, so that telling them
// apart needs no lookahead past the key.
arrayItem
    : dots=ELLIPSIS x=expression
    | x=expression (FAT_ARROW y=expression)?
    ;

// Arguments are not a rule of their own, which saves a context per argument;
// the builder finds a spread `...` as the token before the argument.
argumentList
    : ELLIPSIS? args+=expression (COMMA ELLIPSIS? args+=expression)* COMMA?
    ;

matchArm
    : (dflt=DEFAULT | values=expressionList) FAT_ARROW result=expression
    ;

// Names after -> and :: may be any word, keywords included.
memberName
    : IDENT | ECHO | IF | ELSE | FOR | FOREACH | AS | WHILE | FOREVER | SWITCH
    | CASE | DEFAULT | BREAK | CONTINUE | RETURN | TRY | CATCH | THROW | MATCH
    | INCLUDE | INCLUDE_ONCE | IMPORT | FROM | WITH | FUNCTION | CLOSURE | CLASS
    | CONSTRUCTOR | STATIC | PRIVATE | READONLY | GLOBAL | BUILTIN | CACHE
    | BARRIER | ISSET | UNSET | ARRAY | AND | OR | NOT | TRUE | FALSE | NONE
    | RESERVED | FOREIGN_WORD
    ;
