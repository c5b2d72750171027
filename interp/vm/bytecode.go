// Package vm compiles resolved HSL programs to bytecode and runs them.
//
// A Program is immutable once compiled and may be run by many goroutines at
// once; all per-execution state (stack, module globals, static variables,
// output) lives in a Machine. The bytecode is a stack machine: operands are
// pushed on a value stack whose lower part holds each frame's local
// variables, so a call passes its arguments without copying them.
package vm

import (
	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

// Op is an instruction code.
type Op uint8

// Instr is one instruction: an op and up to two operands.
type Instr struct {
	Op Op
	A  int32
	B  int32
}

// The instruction set. Stack effects are written before → after.
const (
	OpNop   Op = iota
	OpConst    // → consts[A]
	OpNone
	OpTrue
	OpFalse
	OpPop   // x →
	OpDup   // x → x x
	OpShare // x → x (an array is marked as having one more holder)

	OpLoadLocal      // → locals[A]; undefined is an error
	OpLoadLocalSoft  // → locals[A], none when undefined
	OpStoreLocal     // x → ; locals[A] = x
	OpLoadVar        // → *root(A); undefined is an error
	OpLoadVarSoft    // → *root(A), none when undefined
	OpStoreVar       // x → ; *root(A) = x
	OpLoadThis       // → $this
	OpIncLocal       // → ; locals[A] += B (numbers only, else a generic path)
	OpAddLocalLocal  // → locals[A] + locals[B]
	OpLtLocalConstJF // → ; if !(locals[B&0xffff] < consts[B>>16]) jump to A (loop test)

	OpAdd
	OpSub
	OpMul
	OpDiv
	OpMod
	OpPow
	OpConcat
	OpBitAnd
	OpBitOr
	OpBitXor
	OpShl
	OpShr
	OpUShr
	OpEq
	OpNe
	OpStrictEq
	OpStrictNe
	OpLt
	OpLe
	OpGt
	OpGe
	OpRegexMatch    // subject pattern → bool
	OpRegexNotMatch // subject pattern → bool
	OpMatchEq       // subject armvalue → bool (=== or regex match)
	OpNeg
	OpPlus // x → +x; B: 1 or -1 when it checks the operand of ++ or -- (named in the error)
	OpNot
	OpBitNot
	OpBool   // x → truthiness of x
	OpInterp // A parts → string

	OpJump            // pc = A
	OpJumpFalse       // x → ; jump when falsy
	OpJumpTrue        // x → ; jump when truthy
	OpJumpTrueKeep    // x → x and jump when truthy; else x →
	OpJumpNotNoneKeep // x → x and jump when not none; else x →

	OpIndex  // x k → x[k]; B: the mode of Machine.index
	OpSlice  // x [first] [last] [step] → slice; B flags: 1 first, 2 last, 4 step
	OpMember // obj → obj->consts[A]
	OpMemberSoft
	OpNewArray    // → []
	OpArrayAppend // arr v → arr
	OpArraySet    // arr k v → arr
	OpArraySpread // arr x → arr

	OpSetPath    // keys... v → v ; root A, B = depth | append<<16
	OpUnsetVar   // → bool ; root A
	OpUnsetPath  // keys... → bool ; root A, depth B
	OpUnsetSlice // keys... [first] [last] → bool ; root A, B = depth | first<<16 | last<<17
	OpIssetVar   // → bool ; root A
	OpIssetPath  // keys... → bool ; root A, depth B
	OpSetSlice   // keys... [first] [last] v → v ; root A, B = depth | first<<16 | last<<17

	OpCall            // fn args(A) → result
	OpCallArray       // fn argsarray → result
	OpCallFunc        // args(B) → result ; user function A
	OpCallBuiltin     // args(B) → result ; builtin A
	OpNewObject       // args(B) → object ; class A
	OpCallMethod      // obj args(B) → result ; method name consts[A]
	OpCallMethodArray // obj argsarray → result ; name consts[A]
	OpReturn          // x → (returns)
	OpReturnNone
	OpMakeClosure     // → closure of function A
	OpFuncRef         // → function value of user function A
	OpBuiltinRef      // → function value of builtin A
	OpClassRef        // → class value of user class A
	OpBuiltinClassRef // → class value of builtin class A

	OpIterInit   // x → ; locals[A] = iterator over x
	OpIterNext   // → v, or jump to B at the end ; iterator locals[A]
	OpIterNextKV // → k v, or jump to B at the end

	OpTryBegin  // push handler: target A
	OpTryEnd    // pop handler
	OpThrow     // x → (raises)
	OpMatchFail // subject → (raises)

	OpEcho         // x →
	OpCache        // opts fn argsarray → result
	OpBarrierEnter // name → ; shared variable root A (-1 none)
	OpBarrierExit  // → ; root A
)

// RootKind says where a variable or a write path starts.
type RootKind uint8

// The root kinds.
const (
	RootLocal RootKind = iota
	RootCell
	RootFree
	RootGlobal
	RootModVar
	RootStatic // Class.Index, Slot
	RootMember // an object on the stack below the keys; Name
	RootThis
)

// Root describes a variable (or, for paths, the start of an element write).
type Root struct {
	Kind   RootKind
	Index  int    // slot of its kind
	Module int    // RootModVar
	Class  int    // RootStatic
	Name   string // variable name for messages; property name for RootMember
}

// Pos is a source position of an instruction.
type Pos struct {
	File string
	Line int32
	Col  int32
}

// Funcode is a compiled function (or the top level of a module).
type Funcode struct {
	Name       string // "" for the top level; "Class::m" for methods
	Index      int
	Module     int
	IsInit     bool // the top level of a module: its locals are the module globals
	Class      *Class
	Private    bool
	Static     bool
	NumParams  int
	MinArgs    int
	Variadic   bool
	Defaults   []value.Value // per parameter; Undefined for required ones
	NumLocals  int           // parameters, locals and compiler temporaries
	NumCells   int
	CellInit   []CellParam // parameters that live in cells
	NumFree    int
	Captures   []int // roots of the enclosing function captured by a closure
	LocalNames []string
	Code       []Instr
	Pos        []Pos
	Consts     []value.Value
	Roots      []Root
}

// CellParam moves parameter Local into cell Cell at function entry.
type CellParam struct{ Local, Cell int }

// Class is a compiled user class.
type Class struct {
	Name       string
	Index      int
	Module     int
	IsInit     bool // the top level of a module: its locals are the module globals
	Vars       []ClassVar
	StaticVars []ClassVar
	Methods    map[string]*Funcode
	Statics    map[string]*Funcode
	Ctor       *Funcode
	// restricted holds the instance variables that are private or readonly,
	// by name; nil when there are none, so that property access on most
	// classes checks nothing.
	restricted map[string]ClassVar
}

// ClassVar is an instance or static variable with its constant initial value.
type ClassVar struct {
	Name     string
	Init     value.Value
	Private  bool
	Readonly bool
}

// restrictedVar returns the instance variable name when it is private or
// readonly.
func (c *Class) restrictedVar(name string) (ClassVar, bool) {
	if c.restricted == nil {
		return ClassVar{}, false
	}
	cv, ok := c.restricted[name]
	return cv, ok
}

// ModuleCode is a compiled module.
type ModuleCode struct {
	Path        string
	Init        *Funcode
	GlobalNames []string
	Predeclared map[string]int // host variables of the entry module: name → global slot
}

// Program is a compiled HSL program: immutable and safe to run concurrently.
type Program struct {
	Funcs          []*Funcode
	Classes        []*Class
	Modules        []*ModuleCode // dependency order; the entry is last
	Builtins       []*catalog.Func
	BuiltinClasses []*catalog.Class
	Context        string
}
