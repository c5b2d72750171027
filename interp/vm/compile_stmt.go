package vm

import (
	"github.com/openhsl/hsl/grammar/ast"
)

func (fc *fcomp) stmts(list []ast.Stmt) {
	for _, s := range list {
		fc.stmt(s)
	}
}

func (fc *fcomp) stmt(s ast.Stmt) {
	fc.at(s)
	switch s := s.(type) {
	case *ast.Block:
		fc.stmts(s.Stmts)
	case *ast.ExprStmt:
		fc.effect(s.X)
	case *ast.EchoStmt:
		fc.expr(s.X)
		fc.at(s)
		fc.emit(OpEcho, 0, 0)
	case *ast.IfStmt:
		if c, ok := fc.constCond(s.Cond); ok {
			if c {
				fc.stmt(s.Then)
			} else if s.Else != nil {
				fc.stmt(s.Else)
			}
			return
		}
		jf := fc.condJump(s.Cond)
		fc.stmt(s.Then)
		if s.Else == nil {
			fc.patchAll(jf)
			return
		}
		j := fc.emit(OpJump, 0, 0)
		fc.patchAll(jf)
		fc.stmt(s.Else)
		fc.patch(j)
	case *ast.WhileStmt:
		if c, ok := fc.constCond(s.Cond); ok && c {
			fc.forever(s.Body)
			return
		}
		top := fc.here()
		jf := fc.condJump(s.Cond)
		lc := fc.pushLoop(false)
		fc.stmt(s.Body)
		fc.popLoop(lc, top)
		fc.emit(OpJump, int32(top), 0)
		fc.patchAll(jf)
		fc.patchAll(lc.breaks)
	case *ast.ForeverStmt:
		fc.forever(s.Body)
	case *ast.ForStmt:
		for _, x := range s.Init {
			fc.effect(x)
		}
		top := fc.here()
		var jf []int
		if s.Cond != nil {
			jf = fc.condJump(s.Cond)
		}
		lc := fc.pushLoop(false)
		fc.stmt(s.Body)
		step := fc.here()
		fc.patchList(lc.continues, step)
		lc.continues = nil
		for _, x := range s.Step {
			fc.effect(x)
		}
		fc.loops = fc.loops[:len(fc.loops)-1]
		fc.emit(OpJump, int32(top), 0)
		fc.patchAll(jf)
		fc.patchAll(lc.breaks)
	case *ast.ForeachStmt:
		fc.foreach(s)
	case *ast.SwitchStmt:
		fc.switchStmt(s)
	case *ast.BreakStmt:
		if len(fc.loops) == 0 {
			return // reported by the resolver
		}
		lc := fc.loops[len(fc.loops)-1]
		fc.unwind(lc.cleanups)
		lc.breaks = append(lc.breaks, fc.emit(OpJump, 0, 0))
	case *ast.ContinueStmt:
		for i := len(fc.loops) - 1; i >= 0; i-- {
			if lc := fc.loops[i]; !lc.isSwitch {
				fc.unwind(lc.cleanups)
				lc.continues = append(lc.continues, fc.emit(OpJump, 0, 0))
				return
			}
		}
	case *ast.ReturnStmt:
		if s.X == nil {
			fc.unwind(0)
			fc.emit(OpReturnNone, 0, 0)
			return
		}
		fc.value(s.X)
		fc.unwind(0)
		fc.at(s)
		fc.emit(OpReturn, 0, 0)
	case *ast.TryStmt:
		try := fc.emit(OpTryBegin, 0, 0)
		fc.cleanups = append(fc.cleanups, cleanup{})
		fc.stmts(s.Body.Stmts)
		fc.cleanups = fc.cleanups[:len(fc.cleanups)-1]
		fc.emit(OpTryEnd, 0, 0)
		j := fc.emit(OpJump, 0, 0)
		fc.patch(try)
		if s.Var != nil {
			fc.store(fc.varOf(s.Var))
		} else {
			fc.emit(OpPop, 0, 0)
		}
		fc.stmts(s.Catch.Stmts)
		fc.patch(j)
	case *ast.ThrowStmt:
		fc.value(s.X)
		fc.at(s)
		fc.emit(OpThrow, 0, 0)
	case *ast.IncludeStmt:
		if s.Resolved != nil {
			fc.stmts(s.Resolved.Stmts)
		}
	case *ast.BarrierStmt:
		fc.barrier(s)
	case *ast.ImportStmt, *ast.FuncDecl, *ast.ClassDecl, *ast.GlobalStmt, *ast.EmptyStmt, *ast.BadStmt:
		// Bound at compile time; nothing runs.
	}
}

func (fc *fcomp) forever(body ast.Stmt) {
	top := fc.here()
	lc := fc.pushLoop(false)
	fc.stmt(body)
	fc.popLoop(lc, top)
	fc.emit(OpJump, int32(top), 0)
	fc.patchAll(lc.breaks)
}

func (fc *fcomp) pushLoop(isSwitch bool) *loopCtx {
	lc := &loopCtx{isSwitch: isSwitch, cleanups: len(fc.cleanups)}
	fc.loops = append(fc.loops, lc)
	return lc
}

// popLoop ends a loop whose continue target is target.
func (fc *fcomp) popLoop(lc *loopCtx, target int) {
	fc.patchList(lc.continues, target)
	fc.loops = fc.loops[:len(fc.loops)-1]
}

func (fc *fcomp) patchAll(list []int) {
	for _, at := range list {
		fc.patch(at)
	}
}

func (fc *fcomp) patchList(list []int, target int) {
	for _, at := range list {
		fc.fn.Code[at].A = int32(target)
	}
}

// unwind emits the exits of the try and barrier blocks entered since depth
// `to`, innermost first: a jump or return is leaving them.
func (fc *fcomp) unwind(to int) {
	for i := len(fc.cleanups) - 1; i >= to; i-- {
		if c := fc.cleanups[i]; c.barrier {
			fc.emit(OpTryEnd, 0, 0)
			fc.emit(OpBarrierExit, c.root, 0)
		} else {
			fc.emit(OpTryEnd, 0, 0)
		}
	}
}

// constCond reports the value of a condition known at compile time.
func (fc *fcomp) constCond(x ast.Expr) (bool, bool) {
	switch x := ast.Unparen(x).(type) {
	case *ast.BoolLit:
		return x.Value, true
	case *ast.NumberLit:
		return x.Value != 0, true
	case *ast.NoneLit:
		return false, true
	}
	return false, false
}

// condJump compiles a condition and returns the jumps taken when it is false.
func (fc *fcomp) condJump(x ast.Expr) []int {
	// $i < constant on a plain local: one fused instruction.
	if b, ok := ast.Unparen(x).(*ast.BinaryExpr); ok && b.Op == "<" {
		if v, ok := b.X.(*ast.Variable); ok {
			if rv := fc.c.info.Uses[v]; rv != nil && fc.isPlainLocal(rv) {
				if n, ok := ast.Unparen(b.Y).(*ast.NumberLit); ok {
					k := fc.constant(numberValue(n.Value))
					if k < 1<<15 && rv.Index < 1<<16 {
						fc.at(b)
						return []int{fc.emit(OpLtLocalConstJF, 0, int32(rv.Index)|k<<16)}
					}
				}
			}
		}
	}
	if b, ok := ast.Unparen(x).(*ast.BinaryExpr); ok && b.Op == "and" {
		jf := fc.condJump(b.X)
		return append(jf, fc.condJump(b.Y)...)
	}
	if u, ok := ast.Unparen(x).(*ast.UnaryExpr); ok && (u.Op == "!" || u.Op == "not") {
		fc.expr(u.X)
		return []int{fc.emit(OpJumpTrue, 0, 0)}
	}
	fc.expr(x)
	return []int{fc.emit(OpJumpFalse, 0, 0)}
}

func (fc *fcomp) foreach(s *ast.ForeachStmt) {
	fc.expr(s.X)
	it := fc.temp()
	fc.at(s)
	fc.emit(OpIterInit, it, 0)
	top := fc.here()
	var next int
	if s.Key != nil {
		next = fc.emit(OpIterNextKV, it, 0)
	} else {
		next = fc.emit(OpIterNext, it, 0)
	}
	fc.assignTo(s.Value)
	if s.Key != nil {
		fc.assignTo(s.Key)
	}
	lc := fc.pushLoop(false)
	fc.stmt(s.Body)
	fc.popLoop(lc, top)
	fc.emit(OpJump, int32(top), 0)
	fc.fn.Code[next].B = int32(fc.here())
	fc.patchAll(lc.breaks)
	fc.emit(OpNone, 0, 0)
	fc.emit(OpStoreLocal, it, 0) // drop the iterator
}

// assignTo pops the top of the stack into a target (variable or pattern).
func (fc *fcomp) assignTo(target ast.Expr) {
	switch t := target.(type) {
	case *ast.Variable:
		fc.store(fc.varOf(t))
	case *ast.ArrayLit:
		tmp := fc.temp()
		fc.emit(OpStoreLocal, tmp, 0)
		fc.destructure(t, tmp)
	default:
		tmp := fc.temp()
		fc.emit(OpStoreLocal, tmp, 0)
		fc.assignWith("=", target, func() { fc.emit(OpLoadLocal, tmp, 0) }, false)
	}
}

func (fc *fcomp) switchStmt(s *ast.SwitchStmt) {
	fc.expr(s.X)
	subj := fc.temp()
	fc.emit(OpStoreLocal, subj, 0)
	bodies := make([][]int, len(s.Cases))
	dflt := -1
	for i, c := range s.Cases {
		if c.Value == nil {
			dflt = i
			continue
		}
		fc.at(c)
		fc.emit(OpLoadLocal, subj, 0)
		fc.expr(c.Value)
		fc.emit(OpEq, 0, 0)
		bodies[i] = append(bodies[i], fc.emit(OpJumpTrue, 0, 0))
	}
	noMatch := fc.emit(OpJump, 0, 0)
	lc := fc.pushLoop(true)
	for i, c := range s.Cases {
		fc.patchAll(bodies[i])
		if i == dflt {
			fc.patch(noMatch)
		}
		fc.stmts(c.Body)
	}
	if dflt < 0 {
		fc.patch(noMatch)
	}
	fc.loops = fc.loops[:len(fc.loops)-1]
	fc.patchAll(lc.breaks)
}

func (fc *fcomp) barrier(s *ast.BarrierStmt) {
	fc.expr(s.Name)
	root := int32(-1)
	if s.Var != nil {
		r, generic := fc.varRoot(fc.varOf(s.Var))
		if !generic {
			r = Root{Kind: RootLocal, Index: r.Index, Name: r.Name}
		}
		root = fc.root(r)
	}
	fc.at(s)
	fc.emit(OpBarrierEnter, root, 0)
	try := fc.emit(OpTryBegin, 0, 0)
	fc.cleanups = append(fc.cleanups, cleanup{barrier: true, root: root})
	fc.stmts(s.Body.Stmts)
	fc.cleanups = fc.cleanups[:len(fc.cleanups)-1]
	fc.emit(OpTryEnd, 0, 0)
	fc.emit(OpBarrierExit, root, 0)
	j := fc.emit(OpJump, 0, 0)
	fc.patch(try)
	// An exception inside the block: leave the barrier, then pass it on.
	fc.emit(OpBarrierExit, root, 0)
	fc.emit(OpThrow, 0, 0)
	fc.patch(j)
}
