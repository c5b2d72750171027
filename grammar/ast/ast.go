// Package ast defines the typed syntax tree of HSL programs.
//
// Every node records where it starts and ends (byte offset, line and column, all
// of the source file the node came from) and the name of that file, so that
// nodes pasted in by `include` still point at their own file. The tree is built
// by package grammar; the ANTLR parse tree never leaves that package.
package ast

// Pos is a position in a source file. Line and Col are 1-based; Col counts bytes.
// Offset is the 0-based byte offset. The zero Pos means "no position".
type Pos struct {
	Offset int
	Line   int
	Col    int
}

// IsValid reports whether p holds a real position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Before reports whether p comes strictly before q in the same file.
func (p Pos) Before(q Pos) bool { return p.Offset < q.Offset }

// Loc is the extent of a node: the file it belongs to, its first byte (Start)
// and the position just after its last byte (End).
type Loc struct {
	File  string
	Start Pos
	End   Pos
}

// Span returns the location itself; embedding Loc gives every node this method.
func (l Loc) Span() Loc { return l }

// Contains reports whether the byte offset off lies within l (End excluded).
func (l Loc) Contains(off int) bool { return off >= l.Start.Offset && off < l.End.Offset }

// Node is any node of the tree.
type Node interface {
	Span() Loc
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Comment is a `// …` or `/* … */` comment; Text includes the delimiters.
type Comment struct {
	Loc
	Text  string
	Block bool
}

// File is one parsed source file.
type File struct {
	Loc
	Name     string
	Stmts    []Stmt
	Comments []*Comment // every comment of the file, in source order
}

// ----- Statements -----

// Block is `{ stmts }`. It does not open a scope.
type Block struct {
	Loc
	Stmts []Stmt
}

// ExprStmt is an expression used as a statement.
type ExprStmt struct {
	Loc
	X Expr
}

// EchoStmt is `echo expr;`.
type EchoStmt struct {
	Loc
	X Expr
}

// IfStmt is `if (Cond) Then [else Else]`.
type IfStmt struct {
	Loc
	Cond Expr
	Then Stmt
	Else Stmt // nil without else
}

// ForStmt is `for (Init; Cond; Step) Body`; every part may be empty.
type ForStmt struct {
	Loc
	Init []Expr
	Cond Expr // nil: always true
	Step []Expr
	Body Stmt
}

// ForeachStmt is `foreach (X as Value) Body` or `foreach (X as Key => Value) Body`.
// Key and Value are a *Variable or an *ArrayLit destructuring pattern.
type ForeachStmt struct {
	Loc
	X     Expr
	Key   Expr // nil without a key
	Value Expr
	Body  Stmt
}

// WhileStmt is `while (Cond) Body`.
type WhileStmt struct {
	Loc
	Cond Expr
	Body Stmt
}

// ForeverStmt is `forever Body`.
type ForeverStmt struct {
	Loc
	Body Stmt
}

// SwitchStmt is `switch (X) { cases }`.
type SwitchStmt struct {
	Loc
	X     Expr
	Cases []*CaseClause
}

// CaseClause is `case Value: Body` or, with a nil Value, `default: Body`.
type CaseClause struct {
	Loc
	Value Expr
	Body  []Stmt
}

// BreakStmt is `break;`.
type BreakStmt struct{ Loc }

// ContinueStmt is `continue;`.
type ContinueStmt struct{ Loc }

// ReturnStmt is `return [X];`.
type ReturnStmt struct {
	Loc
	X Expr // nil for a bare return
}

// TryStmt is `try Body catch (Var) Catch`.
type TryStmt struct {
	Loc
	Body  *Block
	Var   *Variable
	Catch *Block
}

// ThrowStmt is `throw X;`.
type ThrowStmt struct {
	Loc
	X Expr
}

// IncludeStmt is `include "Path";` or `include_once "Path";`.
type IncludeStmt struct {
	Loc
	Path     *StringLit
	Once     bool
	Resolved *File // set by the resolver when it loads the file
}

// ImportKind tells the three forms of import apart.
type ImportKind int

// The import forms.
const (
	ImportNamed ImportKind = iota // import { a, $b as $c } from "path";
	ImportStar                    // import * as ns from "path";
	ImportData                    // import $v from "file.json" [with options];
)

// ImportSpec is one name in `import { … }`: a function or class (Name is an
// identifier) or a variable (Name starts with "$"). Alias is "" without `as`.
type ImportSpec struct {
	Loc
	Name  string
	Alias string
}

// IsVariable reports whether the spec imports a variable.
func (s *ImportSpec) IsVariable() bool { return len(s.Name) > 0 && s.Name[0] == '$' }

// LocalName is the name the importing file sees.
func (s *ImportSpec) LocalName() string {
	if s.Alias != "" {
		return s.Alias
	}
	return s.Name
}

// ImportStmt is any of the import forms.
type ImportStmt struct {
	Loc
	Kind      ImportKind
	Specs     []*ImportSpec // ImportNamed
	Namespace string        // ImportStar
	Var       *Variable     // ImportData
	Options   Expr          // ImportData: the `with` expression, or nil
	Path      *StringLit
}

// Param is one function parameter.
type Param struct {
	Loc
	Name     string // without "$"
	NameLoc  Loc    // where Name is written, after the "$"; zero when the name is missing
	Default  Expr   // nil when required
	Variadic bool
}

// FuncDecl is a named function declaration.
type FuncDecl struct {
	Loc
	Doc    *Comment // the comment right above the declaration, if any
	Name   *Ident
	Params []*Param
	Body   *Block
}

// ClassDecl is `class Name { members }`.
type ClassDecl struct {
	Loc
	Doc         *Comment
	Name        *Ident
	Vars        []*ClassVar
	Funcs       []*ClassFunc
	Constructor *ClassFunc // nil without a constructor
}

// ClassVar is an instance or static variable declaration inside a class.
type ClassVar struct {
	Loc
	Name     string // without "$"
	NameLoc  Loc    // where Name is written, after the "$"; zero when the name is missing
	Init     Expr   // nil: none
	Private  bool
	Static   bool
	Readonly bool
}

// ClassFunc is a method, static function or the constructor.
type ClassFunc struct {
	Loc
	Doc     *Comment
	Name    *Ident // "constructor" for the constructor
	Params  []*Param
	Body    *Block
	Private bool
	Static  bool
}

// GlobalStmt is `global $a, $b;`.
type GlobalStmt struct {
	Loc
	Vars []*Variable
}

// BarrierStmt is `barrier Name [=> $Var] Body`.
type BarrierStmt struct {
	Loc
	Name Expr
	Var  *Variable // nil without a shared variable
	Body *Block
}

// EmptyStmt is a lone `;`.
type EmptyStmt struct{ Loc }

// BadStmt stands where a statement could not be parsed.
type BadStmt struct{ Loc }

// ----- Expressions -----

// Ident is a bare name: a function or class name, or a name after -> and ::.
type Ident struct {
	Loc
	Name string
}

// Variable is `$name` (Name excludes the "$").
type Variable struct {
	Loc
	Name string
}

// StaticName is the word `static` before `::` inside a class.
type StaticName struct{ Loc }

// NumberLit is a number literal; Raw is its source text.
type NumberLit struct {
	Loc
	Value float64
	Raw   string
}

// StringLit is a string literal without interpolation: a double-quoted string
// with only escapes, or a raw string. Value holds the decoded bytes.
type StringLit struct {
	Loc
	Value string
	Raw   bool // written as a raw 'DELIM'…'DELIM' string
}

// StringPart is one piece of an interpolated string: literal text, or a variable.
type StringPart struct {
	Loc
	Text string    // decoded text when Var is nil
	Var  *Variable // the interpolated variable, or nil
}

// InterpString is a double-quoted string that interpolates variables.
type InterpString struct {
	Loc
	Parts []*StringPart
}

// RegexLit is `#/Pattern/Flags`; Pattern has `\/` already turned into `/`.
type RegexLit struct {
	Loc
	Pattern string
	Flags   string
}

// BoolLit is `true` or `false`.
type BoolLit struct {
	Loc
	Value bool
}

// NoneLit is `none`.
type NoneLit struct{ Loc }

// ArrayItem is one element of an array literal: `Value`, `Key => Value` or `...Value`.
type ArrayItem struct {
	Loc
	Key    Expr // nil without a key
	Value  Expr
	Spread bool
}

// ArrayLit is `[ items ]` or `array( items )`. As an assignment target it is a
// destructuring pattern.
type ArrayLit struct {
	Loc
	Items []*ArrayItem
}

// ParenExpr is `( X )`.
type ParenExpr struct {
	Loc
	X Expr
}

// UnaryExpr is a prefix operator: "-", "+", "!", "not", "~".
type UnaryExpr struct {
	Loc
	Op string
	X  Expr
}

// IncDecExpr is `++x`, `--x`, `x++` or `x--`.
type IncDecExpr struct {
	Loc
	Op     string // "++" or "--"
	Prefix bool
	X      Expr
}

// BinaryExpr is a binary operator, including `and`, `or`, `??`, `=~` and `!~`.
type BinaryExpr struct {
	Loc
	Op    string
	OpPos Pos
	X, Y  Expr
}

// AssignExpr is `Target Op Value` with Op one of = += -= *= /= %= **= .= ??=.
type AssignExpr struct {
	Loc
	Op     string
	Target Expr
	Value  Expr
}

// TernaryExpr is `Cond ? Then : Else`, or `Cond ?: Else` when Then is nil.
type TernaryExpr struct {
	Loc
	Cond, Then, Else Expr
}

// Arg is one call argument; Spread marks `...X`.
type Arg struct {
	Loc
	X      Expr
	Spread bool
}

// CallExpr is `Fun(args)`.
type CallExpr struct {
	Loc
	Fun  Expr
	Args []*Arg
}

// IndexExpr is `X[Index]`, or `X[]` (append target) when Index is nil.
type IndexExpr struct {
	Loc
	X     Expr
	Index Expr
}

// SliceExpr is `X[First:Last:Step]`; any part may be nil.
type SliceExpr struct {
	Loc
	X                 Expr
	First, Last, Step Expr
	HasStep           bool
}

// MemberExpr is `X->Name`.
type MemberExpr struct {
	Loc
	X    Expr
	Name *Ident
}

// StaticExpr is `X::Name` (a static function or namespace member) or `X::$Name`
// (a static variable, Var true).
type StaticExpr struct {
	Loc
	X       Expr
	Name    string // without "$"
	NameLoc Loc    // where Name is written, after "::" and any "$"; zero when the name is missing
	Var     bool
}

// FuncLit is an anonymous function, a closure when Closure is not empty.
type FuncLit struct {
	Loc
	Params  []*Param
	Closure []*Variable
	Body    *Block
}

// MatchArm is `v1, v2 => Result`, or `default => Result` when Values is nil.
type MatchArm struct {
	Loc
	Values []Expr
	Result Expr
}

// MatchExpr is `match (X) { arms }`.
type MatchExpr struct {
	Loc
	X    Expr
	Arms []*MatchArm
}

// BuiltinExpr is `builtin name`: the original builtin function, even when a user
// function has the same name.
type BuiltinExpr struct {
	Loc
	Name *Ident
}

// CacheExpr is `cache [options] call`.
type CacheExpr struct {
	Loc
	Options *ArrayLit
	Call    *CallExpr
}

// IssetExpr is `isset(x, …)`.
type IssetExpr struct {
	Loc
	Args []Expr
}

// UnsetExpr is `unset(x, …)`.
type UnsetExpr struct {
	Loc
	Args []Expr
}

// BadExpr stands where an expression could not be parsed.
type BadExpr struct{ Loc }

func (*Block) stmtNode()        {}
func (*ExprStmt) stmtNode()     {}
func (*EchoStmt) stmtNode()     {}
func (*IfStmt) stmtNode()       {}
func (*ForStmt) stmtNode()      {}
func (*ForeachStmt) stmtNode()  {}
func (*WhileStmt) stmtNode()    {}
func (*ForeverStmt) stmtNode()  {}
func (*SwitchStmt) stmtNode()   {}
func (*BreakStmt) stmtNode()    {}
func (*ContinueStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()   {}
func (*TryStmt) stmtNode()      {}
func (*ThrowStmt) stmtNode()    {}
func (*IncludeStmt) stmtNode()  {}
func (*ImportStmt) stmtNode()   {}
func (*FuncDecl) stmtNode()     {}
func (*ClassDecl) stmtNode()    {}
func (*GlobalStmt) stmtNode()   {}
func (*BarrierStmt) stmtNode()  {}
func (*EmptyStmt) stmtNode()    {}
func (*BadStmt) stmtNode()      {}

func (*Ident) exprNode()        {}
func (*Variable) exprNode()     {}
func (*StaticName) exprNode()   {}
func (*NumberLit) exprNode()    {}
func (*StringLit) exprNode()    {}
func (*InterpString) exprNode() {}
func (*RegexLit) exprNode()     {}
func (*BoolLit) exprNode()      {}
func (*NoneLit) exprNode()      {}
func (*ArrayLit) exprNode()     {}
func (*ParenExpr) exprNode()    {}
func (*UnaryExpr) exprNode()    {}
func (*IncDecExpr) exprNode()   {}
func (*BinaryExpr) exprNode()   {}
func (*AssignExpr) exprNode()   {}
func (*TernaryExpr) exprNode()  {}
func (*CallExpr) exprNode()     {}
func (*IndexExpr) exprNode()    {}
func (*SliceExpr) exprNode()    {}
func (*MemberExpr) exprNode()   {}
func (*StaticExpr) exprNode()   {}
func (*FuncLit) exprNode()      {}
func (*MatchExpr) exprNode()    {}
func (*BuiltinExpr) exprNode()  {}
func (*CacheExpr) exprNode()    {}
func (*IssetExpr) exprNode()    {}
func (*UnsetExpr) exprNode()    {}
func (*BadExpr) exprNode()      {}

// Unparen returns x without any enclosing parentheses.
func Unparen(x Expr) Expr {
	for {
		p, ok := x.(*ParenExpr)
		if !ok {
			return x
		}
		x = p.X
	}
}
