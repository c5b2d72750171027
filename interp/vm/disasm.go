package vm

import (
	"fmt"
	"strings"
)

var opNames = [...]string{
	OpNop: "nop", OpConst: "const", OpNone: "none", OpTrue: "true", OpFalse: "false", OpPop: "pop",
	OpDup: "dup", OpShare: "share", OpLoadLocal: "load_local", OpLoadLocalSoft: "load_local_soft",
	OpStoreLocal: "store_local", OpLoadVar: "load_var", OpLoadVarSoft: "load_var_soft",
	OpStoreVar: "store_var", OpLoadThis: "load_this", OpIncLocal: "inc_local",
	OpAddLocalLocal: "add_local_local", OpLtLocalConstJF: "lt_local_const_jf", OpAdd: "add",
	OpSub: "sub", OpMul: "mul", OpDiv: "div", OpMod: "mod", OpPow: "pow", OpConcat: "concat",
	OpBitAnd: "bitand", OpBitOr: "bitor", OpBitXor: "bitxor", OpShl: "shl", OpShr: "shr",
	OpUShr: "ushr", OpEq: "eq", OpNe: "ne", OpStrictEq: "strict_eq", OpStrictNe: "strict_ne",
	OpLt: "lt", OpLe: "le", OpGt: "gt", OpGe: "ge", OpRegexMatch: "regex_match",
	OpRegexNotMatch: "regex_not_match", OpMatchEq: "match_eq", OpNeg: "neg", OpPlus: "plus",
	OpNot: "not", OpBitNot: "bitnot", OpBool: "bool", OpInterp: "interp", OpJump: "jump",
	OpJumpFalse: "jump_false", OpJumpTrue: "jump_true", OpJumpTrueKeep: "jump_true_keep",
	OpJumpNotNoneKeep: "jump_not_none_keep", OpIndex: "index", OpSlice: "slice", OpMember: "member",
	OpMemberSoft: "member_soft", OpNewArray: "new_array", OpArrayAppend: "array_append",
	OpArraySet: "array_set", OpArraySpread: "array_spread", OpSetPath: "set_path",
	OpUnsetVar: "unset_var", OpUnsetPath: "unset_path", OpUnsetSlice: "unset_slice",
	OpIssetVar: "isset_var", OpIssetPath: "isset_path", OpSetSlice: "set_slice", OpCall: "call",
	OpCallArray: "call_array", OpCallFunc: "call_func", OpCallBuiltin: "call_builtin",
	OpNewObject: "new_object", OpCallMethod: "call_method", OpCallMethodArray: "call_method_array",
	OpReturn: "return", OpReturnNone: "return_none", OpMakeClosure: "make_closure",
	OpFuncRef: "func_ref", OpBuiltinRef: "builtin_ref", OpClassRef: "class_ref",
	OpBuiltinClassRef: "builtin_class_ref", OpIterInit: "iter_init", OpIterNext: "iter_next",
	OpIterNextKV: "iter_next_kv", OpTryBegin: "try_begin", OpTryEnd: "try_end", OpThrow: "throw",
	OpMatchFail: "match_fail", OpEcho: "echo", OpCache: "cache", OpBarrierEnter: "barrier_enter",
	OpBarrierExit: "barrier_exit",
}

// String returns the name of the op.
func (op Op) String() string {
	if int(op) < len(opNames) && opNames[op] != "" {
		return opNames[op]
	}
	return fmt.Sprintf("op%d", op)
}

// Disassemble renders every function of the program as readable bytecode, for
// debugging the compiler and for `hsh --bytecode`.
func (p *Program) Disassemble() string {
	var b strings.Builder
	for _, fn := range p.Funcs {
		name := fn.Name
		if fn.IsInit {
			name = "<top level of " + p.Modules[fn.Module].Path + ">"
		} else if name == "" {
			name = "<anonymous>"
		}
		fmt.Fprintf(&b, "func %s (params %d, locals %d, cells %d, free %d)\n", name, fn.NumParams, fn.NumLocals, fn.NumCells, fn.NumFree)
		for pc, in := range fn.Code {
			fmt.Fprintf(&b, "  %4d  %-20s %d %d", pc, in.Op, in.A, in.B)
			if in.Op == OpConst && int(in.A) < len(fn.Consts) {
				fmt.Fprintf(&b, "  ; %s", fn.Consts[in.A].Repr())
			}
			fmt.Fprintf(&b, "  ; line %d\n", fn.Pos[pc].Line)
		}
	}
	return b.String()
}
