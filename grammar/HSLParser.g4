// Parser grammar of the Halon Scripting Language (HSL) 6.x.
//
// Operator precedence follows docs/compatibility.md: in the `expression` rule an
// earlier alternative binds tighter. Rules that the grammar cannot state
// (non-associative comparisons, valid assignment targets, `!$x = e` taking the
// whole assignment, what may follow `cache`) are checked by the AST builder.
parser grammar HSLParser;

options { tokenVocab = HSLLexer; }

program
    : statement* EOF
    ;

statement
    : block                                                          # blockStmt
    | IF LPAREN expression RPAREN statement (ELSE statement)?        # ifStmt
    | FOR LPAREN init=expressionList? SEMI cond=expression? SEMI
          step=expressionList? RPAREN statement                      # forStmt
    | FOREACH LPAREN expression AS first=foreachTarget
          (FAT_ARROW second=foreachTarget)? RPAREN statement         # foreachStmt
    | WHILE LPAREN expression RPAREN statement                       # whileStmt
    | FOREVER statement                                              # foreverStmt
    | SWITCH LPAREN expression RPAREN LBRACE switchCase* RBRACE      # switchStmt
    | BREAK SEMI                                                     # breakStmt
    | CONTINUE SEMI                                                  # continueStmt
    | RETURN expression? SEMI                                        # returnStmt
    | TRY block CATCH LPAREN VARIABLE RPAREN block                   # tryStmt
    | THROW expression SEMI                                          # throwStmt
    | ECHO expression SEMI                                           # echoStmt
    | (INCLUDE | INCLUDE_ONCE) path SEMI                             # includeStmt
    | IMPORT LBRACE importSpec (COMMA importSpec)* COMMA? RBRACE
          FROM path SEMI                                             # importNamedStmt
    | IMPORT STAR AS IDENT FROM path SEMI                            # importStarStmt
    | IMPORT VARIABLE FROM path (WITH expression)? SEMI              # importDataStmt
    | FUNCTION IDENT LPAREN parameterList? RPAREN block               # functionDecl
    | CLASS IDENT LBRACE classMember* RBRACE                         # classDecl
    | GLOBAL VARIABLE (COMMA VARIABLE)* SEMI                         # globalStmt
    | BARRIER expression (FAT_ARROW VARIABLE)? block                 # barrierStmt
    | expression SEMI                                                # expressionStmt
    | SEMI                                                           # emptyStmt
    ;

block
    : LBRACE statement* RBRACE
    ;

// The file named by include and import: a constant string.
path
    : STRING
    | RAW_STRING
    ;

expressionList
    : expression (COMMA expression)*
    ;

foreachTarget
    : VARIABLE
    | arrayLiteral
    ;

switchCase
    : CASE expression COLON statement*                               # caseClause
    | DEFAULT COLON statement*                                       # defaultClause
    ;

importSpec
    : IDENT (AS alias=IDENT)?
    | VARIABLE (AS valias=VARIABLE)?
    ;

parameterList
    : parameter (COMMA parameter)* COMMA?
    ;

parameter
    : VARIABLE (ASSIGN expression)?
    | ELLIPSIS VARIABLE
    ;

classMember
    : modifier* VARIABLE (ASSIGN expression)? SEMI                   # classVariable
    | modifier* FUNCTION IDENT LPAREN parameterList? RPAREN block     # classFunction
    | CONSTRUCTOR LPAREN parameterList? RPAREN block                 # classConstructor
    // Not HSL: accepted so that the builder can report a misplaced statement
    // and the rest of the class body still parses.
    | statement                                                      # classStatement
    ;

modifier
    : PRIVATE
    | STATIC
    | READONLY
    ;

expression
    : expression LPAREN argumentList? RPAREN                         # callExpr
    // Subscript and slice share their start, so that choosing between them
    // needs no lookahead past the first operand.
    | expression LBRACK first=expression?
          ( slice=COLON last=expression? (COLON step=expression?)?
          | slice=DOUBLE_COLON step=expression?
          )? RBRACK                                                  # indexExpr
    | expression ARROW memberName                                    # memberExpr
    | expression DOUBLE_COLON (memberName | VARIABLE)                # staticExpr
    | expression op=(INC | DEC)                                      # postfixExpr
    | <assoc=right> expression POW expression                        # powExpr
    | op=(INC | DEC) expression                                      # prefixExpr
    | op=(MINUS | PLUS | BANG | NOT | TILDE) expression              # unaryExpr
    | CACHE arrayLiteral expression                                  # cacheExpr
    | expression op=(STAR | SLASH | PERCENT) expression              # mulExpr
    | expression op=(PLUS | MINUS) expression                        # addExpr
    | expression DOT expression                                      # concatExpr
    | expression op=(SHL | SHR | USHR) expression                    # shiftExpr
    | expression op=(LT | LE | GT | GE) expression                   # compareExpr
    | expression op=(EQ | NE | STRICT_EQ | STRICT_NE | MATCH_OP
          | NOT_MATCH_OP) expression                                 # equalityExpr
    | expression AMP expression                                      # bitAndExpr
    | expression CARET expression                                    # bitXorExpr
    | expression PIPE expression                                     # bitOrExpr
    | expression AND expression                                      # andExpr
    | expression OR expression                                       # orExpr
    | <assoc=right> expression NULLISH expression                    # nullishExpr
    | <assoc=right> expression QUESTION then=expression? COLON
          expression                                                 # ternaryExpr
    | <assoc=right> expression op=(ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN
          | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | POW_ASSIGN
          | CONCAT_ASSIGN | NULLISH_ASSIGN) expression                # assignExpr
    // Operands. They are alternatives of expression itself rather than a rule
    // of their own, which saves two parse-tree nodes per operand.
    | VARIABLE                                                       # variable
    | IDENT                                                          # name
    | STATIC                                                         # staticName
    | NUMBER                                                         # number
    | STRING                                                         # string
    | RAW_STRING                                                     # rawString
    | REGEX                                                          # regex
    | (TRUE | FALSE)                                                 # boolean
    | NONE                                                           # none
    | arrayLiteral                                                   # array
    | LPAREN expression RPAREN                                       # paren
    | FUNCTION LPAREN parameterList? RPAREN
          (CLOSURE LPAREN VARIABLE (COMMA VARIABLE)* COMMA? RPAREN)?
          block                                                      # functionLiteral
    | MATCH LPAREN expression RPAREN LBRACE matchArm (COMMA matchArm)*
          COMMA? RBRACE                                              # matchExpr
    | BUILTIN IDENT                                                  # builtinName
    | ISSET LPAREN expressionList RPAREN                             # issetExpr
    | UNSET LPAREN expressionList RPAREN                             # unsetExpr
    ;

arrayLiteral
    : LBRACK (arrayItem (COMMA arrayItem)* COMMA?)? RBRACK
    | ARRAY LPAREN (arrayItem (COMMA arrayItem)* COMMA?)? RPAREN
    ;

// `key => value` shares its start with a plain item, so that telling them
// apart needs no lookahead past the key.
arrayItem
    : ELLIPSIS expression
    | expression (FAT_ARROW expression)?
    ;

// Arguments are not a rule of their own (the AST builder splits them at the
// commas), which saves a parse-tree node per argument.
argumentList
    : ELLIPSIS? expression (COMMA ELLIPSIS? expression)* COMMA?
    ;

matchArm
    : (DEFAULT | expressionList) FAT_ARROW expression
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
