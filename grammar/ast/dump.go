package ast

import (
	"fmt"
	"strconv"
	"strings"
)

// Dump renders the tree rooted at n as indented text, one node per line with
// its kind, its salient attributes and its extent (line:col-line:col). The
// format is stable: golden tests and `hsh --ast` use it.
func Dump(n Node) string {
	var b strings.Builder
	dump(&b, n, 0)
	return b.String()
}

func dump(b *strings.Builder, n Node, depth int) {
	b.WriteString(strings.Repeat("  ", depth))
	b.WriteString(label(n))
	l := n.Span()
	fmt.Fprintf(b, " @%d:%d-%d:%d\n", l.Start.Line, l.Start.Col, l.End.Line, l.End.Col)
	for _, c := range Children(n) {
		dump(b, c, depth+1)
	}
}

func label(n Node) string {
	q := strconv.Quote
	switch n := n.(type) {
	case *File:
		return "File " + q(n.Name)
	case *Block:
		return "Block"
	case *ExprStmt:
		return "ExprStmt"
	case *EchoStmt:
		return "Echo"
	case *IfStmt:
		if n.Else != nil {
			return "If else"
		}
		return "If"
	case *ForStmt:
		return fmt.Sprintf("For init=%d cond=%t step=%d", len(n.Init), n.Cond != nil, len(n.Step))
	case *ForeachStmt:
		if n.Key != nil {
			return "Foreach key=>value"
		}
		return "Foreach value"
	case *WhileStmt:
		return "While"
	case *ForeverStmt:
		return "Forever"
	case *SwitchStmt:
		return "Switch"
	case *CaseClause:
		if n.Value == nil {
			return "Default"
		}
		return "Case"
	case *BreakStmt:
		return "Break"
	case *ContinueStmt:
		return "Continue"
	case *ReturnStmt:
		return "Return"
	case *TryStmt:
		return "Try"
	case *ThrowStmt:
		return "Throw"
	case *IncludeStmt:
		if n.Once {
			return "IncludeOnce"
		}
		return "Include"
	case *ImportStmt:
		switch n.Kind {
		case ImportStar:
			return "ImportStar as " + n.Namespace
		case ImportData:
			return "ImportData"
		}
		return "Import"
	case *ImportSpec:
		if n.Alias != "" {
			return "ImportSpec " + n.Name + " as " + n.Alias
		}
		return "ImportSpec " + n.Name
	case *Param:
		s := "Param $" + n.Name
		if n.Variadic {
			s = "Param ...$" + n.Name
		}
		return s
	case *FuncDecl:
		return "FuncDecl"
	case *ClassDecl:
		return "ClassDecl"
	case *ClassVar:
		return "ClassVar" + modifiers(n.Private, n.Static, n.Readonly) + " $" + n.Name
	case *ClassFunc:
		return "ClassFunc" + modifiers(n.Private, n.Static, false)
	case *GlobalStmt:
		return "Global"
	case *BarrierStmt:
		return "Barrier"
	case *EmptyStmt:
		return "Empty"
	case *BadStmt:
		return "BadStmt"
	case *Ident:
		return "Ident " + n.Name
	case *Variable:
		return "Variable $" + n.Name
	case *StaticName:
		return "Static"
	case *NumberLit:
		return "Number " + strconv.FormatFloat(n.Value, 'g', -1, 64)
	case *StringLit:
		if n.Raw {
			return "RawString " + q(n.Value)
		}
		return "String " + q(n.Value)
	case *InterpString:
		return "InterpString"
	case *StringPart:
		if n.Var != nil {
			return "Part var"
		}
		return "Part " + q(n.Text)
	case *RegexLit:
		return "Regex " + q(n.Pattern) + " flags=" + q(n.Flags)
	case *BoolLit:
		return "Bool " + strconv.FormatBool(n.Value)
	case *NoneLit:
		return "None"
	case *ArrayLit:
		return "Array"
	case *ArrayItem:
		switch {
		case n.Spread:
			return "Item spread"
		case n.Key != nil:
			return "Item key=>value"
		}
		return "Item"
	case *ParenExpr:
		return "Paren"
	case *UnaryExpr:
		return "Unary " + n.Op
	case *IncDecExpr:
		if n.Prefix {
			return "IncDec prefix " + n.Op
		}
		return "IncDec postfix " + n.Op
	case *BinaryExpr:
		return "Binary " + n.Op
	case *AssignExpr:
		return "Assign " + n.Op
	case *TernaryExpr:
		if n.Then == nil {
			return "Elvis"
		}
		return "Ternary"
	case *Arg:
		if n.Spread {
			return "Arg spread"
		}
		return "Arg"
	case *CallExpr:
		return "Call"
	case *IndexExpr:
		if n.Index == nil {
			return "Index append"
		}
		return "Index"
	case *SliceExpr:
		return fmt.Sprintf("Slice first=%t last=%t step=%t", n.First != nil, n.Last != nil, n.Step != nil)
	case *MemberExpr:
		return "Member"
	case *StaticExpr:
		if n.Var {
			return "StaticMember $" + n.Name
		}
		return "StaticMember " + n.Name
	case *FuncLit:
		if len(n.Closure) > 0 {
			return "Closure"
		}
		return "FuncLit"
	case *MatchExpr:
		return "Match"
	case *MatchArm:
		if n.Values == nil {
			return "Arm default"
		}
		return "Arm"
	case *BuiltinExpr:
		return "Builtin"
	case *CacheExpr:
		return "Cache"
	case *IssetExpr:
		return "Isset"
	case *UnsetExpr:
		return "Unset"
	case *BadExpr:
		return "BadExpr"
	case *Comment:
		return "Comment " + q(n.Text)
	}
	return fmt.Sprintf("%T", n)
}

func modifiers(private, static, readonly bool) string {
	s := ""
	if private {
		s += " private"
	}
	if static {
		s += " static"
	}
	if readonly {
		s += " readonly"
	}
	return s
}
