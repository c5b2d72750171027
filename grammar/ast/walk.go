package ast

// Inspect walks the tree rooted at n in depth-first source order. It calls f for
// each node; when f returns false the node's children are skipped. f is not
// called for nil children.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	for _, c := range Children(n) {
		Inspect(c, f)
	}
}

// Children returns the direct children of n in source order.
func Children(n Node) []Node {
	var out []Node
	add := func(ns ...Node) {
		for _, c := range ns {
			if !isNil(c) {
				out = append(out, c)
			}
		}
	}
	addStmts := func(ss []Stmt) {
		for _, s := range ss {
			add(s)
		}
	}
	addExprs := func(xs []Expr) {
		for _, x := range xs {
			add(x)
		}
	}
	addParams := func(ps []*Param) {
		for _, p := range ps {
			add(p)
		}
	}
	switch n := n.(type) {
	case *File:
		addStmts(n.Stmts)
	case *Block:
		addStmts(n.Stmts)
	case *ExprStmt:
		add(n.X)
	case *EchoStmt:
		add(n.X)
	case *IfStmt:
		add(n.Cond, n.Then, n.Else)
	case *ForStmt:
		addExprs(n.Init)
		add(n.Cond)
		addExprs(n.Step)
		add(n.Body)
	case *ForeachStmt:
		add(n.X, n.Key, n.Value, n.Body)
	case *WhileStmt:
		add(n.Cond, n.Body)
	case *ForeverStmt:
		add(n.Body)
	case *SwitchStmt:
		add(n.X)
		for _, c := range n.Cases {
			add(c)
		}
	case *CaseClause:
		add(n.Value)
		addStmts(n.Body)
	case *ReturnStmt:
		add(n.X)
	case *TryStmt:
		add(n.Body, n.Var, n.Catch)
	case *ThrowStmt:
		add(n.X)
	case *IncludeStmt:
		add(n.Path)
	case *ImportStmt:
		for _, s := range n.Specs {
			add(s)
		}
		add(n.Var, n.Options, n.Path)
	case *Param:
		add(n.Default)
	case *FuncDecl:
		add(n.Name)
		addParams(n.Params)
		add(n.Body)
	case *ClassDecl:
		add(n.Name)
		for _, m := range classMembers(n) {
			add(m)
		}
	case *ClassVar:
		add(n.Init)
	case *ClassFunc:
		add(n.Name)
		addParams(n.Params)
		add(n.Body)
	case *GlobalStmt:
		for _, v := range n.Vars {
			add(v)
		}
	case *BarrierStmt:
		add(n.Name, n.Var, n.Body)
	case *InterpString:
		for _, p := range n.Parts {
			add(p)
		}
	case *StringPart:
		add(n.Var)
	case *ArrayLit:
		for _, it := range n.Items {
			add(it)
		}
	case *ArrayItem:
		add(n.Key, n.Value)
	case *ParenExpr:
		add(n.X)
	case *UnaryExpr:
		add(n.X)
	case *IncDecExpr:
		add(n.X)
	case *BinaryExpr:
		add(n.X, n.Y)
	case *AssignExpr:
		add(n.Target, n.Value)
	case *TernaryExpr:
		add(n.Cond, n.Then, n.Else)
	case *Arg:
		add(n.X)
	case *CallExpr:
		add(n.Fun)
		for _, a := range n.Args {
			add(a)
		}
	case *IndexExpr:
		add(n.X, n.Index)
	case *SliceExpr:
		add(n.X, n.First, n.Last, n.Step)
	case *MemberExpr:
		add(n.X, n.Name)
	case *StaticExpr:
		add(n.X)
	case *FuncLit:
		addParams(n.Params)
		for _, v := range n.Closure {
			add(v)
		}
		add(n.Body)
	case *MatchExpr:
		add(n.X)
		for _, a := range n.Arms {
			add(a)
		}
	case *MatchArm:
		addExprs(n.Values)
		add(n.Result)
	case *BuiltinExpr:
		add(n.Name)
	case *CacheExpr:
		add(n.Options, n.Call)
	case *IssetExpr:
		addExprs(n.Args)
	case *UnsetExpr:
		addExprs(n.Args)
	}
	return out
}

// classMembers returns the members of a class in source order.
func classMembers(c *ClassDecl) []Node {
	var ms []Node
	for _, v := range c.Vars {
		ms = append(ms, v)
	}
	for _, f := range c.Funcs {
		ms = append(ms, f)
	}
	if c.Constructor != nil {
		ms = append(ms, c.Constructor)
	}
	// Insertion sort by offset: classes have few members.
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Span().Start.Offset < ms[j-1].Span().Start.Offset; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
	return ms
}

// isNil reports whether n is nil or a typed nil pointer.
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	switch v := n.(type) {
	case *Block:
		return v == nil
	case *Variable:
		return v == nil
	case *Ident:
		return v == nil
	case *StringLit:
		return v == nil
	case *ArrayLit:
		return v == nil
	case *CallExpr:
		return v == nil
	case *ClassFunc:
		return v == nil
	}
	return false
}
