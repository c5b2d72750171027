// Package resolve binds every name of an HSL program to what it means: which
// variable slot a `$x` is, which function or class a name calls, which file an
// include or import loads. It reports compile-time errors (undefined names,
// wrong arity on direct calls, cyclic or conditional imports, non-constant
// initialisers, duplicate members, misplaced break) with positions.
//
// The result, Info, is all the compiler needs, and it is also what the
// language server uses for definition, references and rename: resolving runs
// nothing.
package resolve

import (
	"github.com/openhsl/hsl/grammar/ast"
	"github.com/openhsl/hsl/grammar/diag"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// VarKind says where a variable lives at run time.
type VarKind int

// The variable kinds.
const (
	Local     VarKind = iota // a slot of the function's frame
	Cell                     // a local captured by a closure: a shared box
	Free                     // inside a closure: a captured variable of the enclosing scope
	Global                   // a global of the module the code belongs to
	ModuleVar                // a global of another module, bound by import
	This                     // $this in a method
)

// Var is one variable of a scope.
type Var struct {
	Name     string
	Kind     VarKind
	Index    int     // slot of its kind: local, cell, free or global index
	Module   *Module // owner module, for Global and ModuleVar
	Outer    *Var    // for Free: the captured variable of the enclosing scope
	Decl     ast.Node
	ReadOnly bool // a host-provided context variable
	defined  bool // assigned, a parameter or otherwise bound somewhere
	firstUse *ast.Variable
}

// Defined reports whether anything in the program binds the variable.
func (v *Var) Defined() bool { return v.defined }

// ScopeKind tells module scopes from function scopes.
type ScopeKind int

// The scope kinds.
const (
	ModuleScope ScopeKind = iota
	FuncScope
)

// Scope is the variable namespace of a module's top level or of one function.
type Scope struct {
	Kind   ScopeKind
	Node   ast.Node // *ast.File, *ast.FuncDecl, *ast.ClassFunc or *ast.FuncLit
	Module *Module
	Class  *Class // for methods
	Static bool   // a static method: no $this
	Parent *Scope // lexically enclosing scope
	Vars   map[string]*Var
	Locals []*Var // Local and Cell variables, in order of first appearance
	Free   []*Var // captured variables (closures)
	Funcs  map[string]*Function
	// NumLocals and NumCells are the slot counts, set when the scope is complete.
	NumLocals, NumCells int
}

// Function is a named function, a method, a static function, a constructor or
// an anonymous function.
type Function struct {
	Name    string
	Node    ast.Node // *ast.FuncDecl, *ast.ClassFunc or *ast.FuncLit
	Params  []*ast.Param
	Body    *ast.Block
	Scope   *Scope
	Module  *Module
	Class   *Class
	Private bool
	Static  bool
	MinArgs int
	MaxArgs int // -1: variadic
	Index   int // position in Info.Functions
}

// Class is a user class.
type Class struct {
	Name        string
	Decl        *ast.ClassDecl
	Module      *Module
	Methods     map[string]*Function
	Statics     map[string]*Function
	Constructor *Function
	Vars        []*ast.ClassVar // instance variables, in order
	StaticVars  []*ast.ClassVar // static variables, in order
	Index       int             // position in Info.Classes
}

// StaticVar returns the index of a static variable, or -1.
func (c *Class) StaticVar(name string) int {
	for i, v := range c.StaticVars {
		if v.Name == name {
			return i
		}
	}
	return -1
}

// Module is one source file compiled as a unit: the entry file or an imported
// file. Included files belong to the module that includes them.
type Module struct {
	Path    string
	File    *ast.File
	Scope   *Scope
	Funcs   map[string]*Function
	Classes map[string]*Class
	Symbols map[string]*Symbol // imported functions, classes and namespaces
	Globals []*Var
	Index   int // position in Info.Modules
	Init    *Function
}

// SymbolKind is the kind of thing a name refers to.
type SymbolKind int

// The symbol kinds.
const (
	SymFunc SymbolKind = iota
	SymClass
	SymBuiltin
	SymBuiltinClass
	SymNamespace
	SymUnresolved // imported from a module that could not be loaded (an error was reported)
)

// Symbol is what a function-namespace name refers to.
type Symbol struct {
	Kind         SymbolKind
	Func         *Function
	Class        *Class
	Builtin      *catalog.Func
	BuiltinClass *catalog.Class
	Module       *Module // SymNamespace
}

// DataImport is an `import $v from "file.ext" with [...]`, loaded by the compiler.
type DataImport struct {
	Stmt *ast.ImportStmt
	Path string // canonical path
	Src  []byte
	Var  *Var
}

// Info is the result of resolving a program.
type Info struct {
	Entry     *Module
	Modules   []*Module // imported modules before their importers; Entry last
	Functions []*Function
	Classes   []*Class
	Uses      map[*ast.Variable]*Var
	// Writes holds the variable occurrences that assign their variable: the
	// targets of = and of the compound assignments, the operands of ++ and --,
	// the base of an element write ($a[…] = …), foreach variables,
	// destructuring targets, catch and barrier variables and data imports.
	// Some of them read the variable as well (`$a += 1`, `$a++`).
	Writes map[*ast.Variable]bool
	Names  map[ast.Node]*Symbol // *ast.Ident of calls and values, *ast.StaticExpr, *ast.BuiltinExpr
	FuncOf map[ast.Node]*Function
	Data   map[*ast.ImportStmt]*DataImport
	// Imports holds the module each named or star import loaded; an import
	// whose module could not be loaded (an error says why) is absent.
	Imports map[*ast.ImportStmt]*Module
	Diags   diag.List
}

// Loader reads the files that includes and imports name.
type Loader interface {
	// Load resolves path as written in file `from` and returns the file's
	// canonical name and contents.
	Load(from, path string) (canonical string, src []byte, err error)
}

// Options configure a resolution.
type Options struct {
	Catalog *catalog.Catalog // builtins; nil means none
	Context string           // hook context name, "" or "core" for plain scripts
	// Predeclared are the host's context variables ("transaction", …) and
	// whether each is read-only.
	Predeclared map[string]bool
	Loader      Loader
}
