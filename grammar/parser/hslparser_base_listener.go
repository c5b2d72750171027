
package parser // HSLParser

import "github.com/antlr4-go/antlr/v4"

// BaseHSLParserListener is a complete listener for a parse tree produced by HSLParser.
type BaseHSLParserListener struct{}

var _ HSLParserListener = &BaseHSLParserListener{}

// VisitTerminal is called when a terminal node is visited.
func (s *BaseHSLParserListener) VisitTerminal(node antlr.TerminalNode) {}

// VisitErrorNode is called when an error node is visited.
func (s *BaseHSLParserListener) VisitErrorNode(node antlr.ErrorNode) {}

// EnterEveryRule is called when any rule is entered.
func (s *BaseHSLParserListener) EnterEveryRule(ctx antlr.ParserRuleContext) {}

// ExitEveryRule is called when any rule is exited.
func (s *BaseHSLParserListener) ExitEveryRule(ctx antlr.ParserRuleContext) {}

// EnterProgram is called when production program is entered.
func (s *BaseHSLParserListener) EnterProgram(ctx *ProgramContext) {}

// ExitProgram is called when production program is exited.
func (s *BaseHSLParserListener) ExitProgram(ctx *ProgramContext) {}

// EnterBlockStmt is called when production blockStmt is entered.
func (s *BaseHSLParserListener) EnterBlockStmt(ctx *BlockStmtContext) {}

// ExitBlockStmt is called when production blockStmt is exited.
func (s *BaseHSLParserListener) ExitBlockStmt(ctx *BlockStmtContext) {}

// EnterIfStmt is called when production ifStmt is entered.
func (s *BaseHSLParserListener) EnterIfStmt(ctx *IfStmtContext) {}

// ExitIfStmt is called when production ifStmt is exited.
func (s *BaseHSLParserListener) ExitIfStmt(ctx *IfStmtContext) {}

// EnterForStmt is called when production forStmt is entered.
func (s *BaseHSLParserListener) EnterForStmt(ctx *ForStmtContext) {}

// ExitForStmt is called when production forStmt is exited.
func (s *BaseHSLParserListener) ExitForStmt(ctx *ForStmtContext) {}

// EnterForeachStmt is called when production foreachStmt is entered.
func (s *BaseHSLParserListener) EnterForeachStmt(ctx *ForeachStmtContext) {}

// ExitForeachStmt is called when production foreachStmt is exited.
func (s *BaseHSLParserListener) ExitForeachStmt(ctx *ForeachStmtContext) {}

// EnterWhileStmt is called when production whileStmt is entered.
func (s *BaseHSLParserListener) EnterWhileStmt(ctx *WhileStmtContext) {}

// ExitWhileStmt is called when production whileStmt is exited.
func (s *BaseHSLParserListener) ExitWhileStmt(ctx *WhileStmtContext) {}

// EnterForeverStmt is called when production foreverStmt is entered.
func (s *BaseHSLParserListener) EnterForeverStmt(ctx *ForeverStmtContext) {}

// ExitForeverStmt is called when production foreverStmt is exited.
func (s *BaseHSLParserListener) ExitForeverStmt(ctx *ForeverStmtContext) {}

// EnterSwitchStmt is called when production switchStmt is entered.
func (s *BaseHSLParserListener) EnterSwitchStmt(ctx *SwitchStmtContext) {}

// ExitSwitchStmt is called when production switchStmt is exited.
func (s *BaseHSLParserListener) ExitSwitchStmt(ctx *SwitchStmtContext) {}

// EnterBreakStmt is called when production breakStmt is entered.
func (s *BaseHSLParserListener) EnterBreakStmt(ctx *BreakStmtContext) {}

// ExitBreakStmt is called when production breakStmt is exited.
func (s *BaseHSLParserListener) ExitBreakStmt(ctx *BreakStmtContext) {}

// EnterContinueStmt is called when production continueStmt is entered.
func (s *BaseHSLParserListener) EnterContinueStmt(ctx *ContinueStmtContext) {}

// ExitContinueStmt is called when production continueStmt is exited.
func (s *BaseHSLParserListener) ExitContinueStmt(ctx *ContinueStmtContext) {}

// EnterReturnStmt is called when production returnStmt is entered.
func (s *BaseHSLParserListener) EnterReturnStmt(ctx *ReturnStmtContext) {}

// ExitReturnStmt is called when production returnStmt is exited.
func (s *BaseHSLParserListener) ExitReturnStmt(ctx *ReturnStmtContext) {}

// EnterTryStmt is called when production tryStmt is entered.
func (s *BaseHSLParserListener) EnterTryStmt(ctx *TryStmtContext) {}

// ExitTryStmt is called when production tryStmt is exited.
func (s *BaseHSLParserListener) ExitTryStmt(ctx *TryStmtContext) {}

// EnterThrowStmt is called when production throwStmt is entered.
func (s *BaseHSLParserListener) EnterThrowStmt(ctx *ThrowStmtContext) {}

// ExitThrowStmt is called when production throwStmt is exited.
func (s *BaseHSLParserListener) ExitThrowStmt(ctx *ThrowStmtContext) {}

// EnterEchoStmt is called when production echoStmt is entered.
func (s *BaseHSLParserListener) EnterEchoStmt(ctx *EchoStmtContext) {}

// ExitEchoStmt is called when production echoStmt is exited.
func (s *BaseHSLParserListener) ExitEchoStmt(ctx *EchoStmtContext) {}

// EnterIncludeStmt is called when production includeStmt is entered.
func (s *BaseHSLParserListener) EnterIncludeStmt(ctx *IncludeStmtContext) {}

// ExitIncludeStmt is called when production includeStmt is exited.
func (s *BaseHSLParserListener) ExitIncludeStmt(ctx *IncludeStmtContext) {}

// EnterImportNamedStmt is called when production importNamedStmt is entered.
func (s *BaseHSLParserListener) EnterImportNamedStmt(ctx *ImportNamedStmtContext) {}

// ExitImportNamedStmt is called when production importNamedStmt is exited.
func (s *BaseHSLParserListener) ExitImportNamedStmt(ctx *ImportNamedStmtContext) {}

// EnterImportStarStmt is called when production importStarStmt is entered.
func (s *BaseHSLParserListener) EnterImportStarStmt(ctx *ImportStarStmtContext) {}

// ExitImportStarStmt is called when production importStarStmt is exited.
func (s *BaseHSLParserListener) ExitImportStarStmt(ctx *ImportStarStmtContext) {}

// EnterImportDataStmt is called when production importDataStmt is entered.
func (s *BaseHSLParserListener) EnterImportDataStmt(ctx *ImportDataStmtContext) {}

// ExitImportDataStmt is called when production importDataStmt is exited.
func (s *BaseHSLParserListener) ExitImportDataStmt(ctx *ImportDataStmtContext) {}

// EnterFunctionDecl is called when production functionDecl is entered.
func (s *BaseHSLParserListener) EnterFunctionDecl(ctx *FunctionDeclContext) {}

// ExitFunctionDecl is called when production functionDecl is exited.
func (s *BaseHSLParserListener) ExitFunctionDecl(ctx *FunctionDeclContext) {}

// EnterClassDecl is called when production classDecl is entered.
func (s *BaseHSLParserListener) EnterClassDecl(ctx *ClassDeclContext) {}

// ExitClassDecl is called when production classDecl is exited.
func (s *BaseHSLParserListener) ExitClassDecl(ctx *ClassDeclContext) {}

// EnterGlobalStmt is called when production globalStmt is entered.
func (s *BaseHSLParserListener) EnterGlobalStmt(ctx *GlobalStmtContext) {}

// ExitGlobalStmt is called when production globalStmt is exited.
func (s *BaseHSLParserListener) ExitGlobalStmt(ctx *GlobalStmtContext) {}

// EnterBarrierStmt is called when production barrierStmt is entered.
func (s *BaseHSLParserListener) EnterBarrierStmt(ctx *BarrierStmtContext) {}

// ExitBarrierStmt is called when production barrierStmt is exited.
func (s *BaseHSLParserListener) ExitBarrierStmt(ctx *BarrierStmtContext) {}

// EnterExpressionStmt is called when production expressionStmt is entered.
func (s *BaseHSLParserListener) EnterExpressionStmt(ctx *ExpressionStmtContext) {}

// ExitExpressionStmt is called when production expressionStmt is exited.
func (s *BaseHSLParserListener) ExitExpressionStmt(ctx *ExpressionStmtContext) {}

// EnterEmptyStmt is called when production emptyStmt is entered.
func (s *BaseHSLParserListener) EnterEmptyStmt(ctx *EmptyStmtContext) {}

// ExitEmptyStmt is called when production emptyStmt is exited.
func (s *BaseHSLParserListener) ExitEmptyStmt(ctx *EmptyStmtContext) {}

// EnterBlock is called when production block is entered.
func (s *BaseHSLParserListener) EnterBlock(ctx *BlockContext) {}

// ExitBlock is called when production block is exited.
func (s *BaseHSLParserListener) ExitBlock(ctx *BlockContext) {}

// EnterPath is called when production path is entered.
func (s *BaseHSLParserListener) EnterPath(ctx *PathContext) {}

// ExitPath is called when production path is exited.
func (s *BaseHSLParserListener) ExitPath(ctx *PathContext) {}

// EnterExpressionList is called when production expressionList is entered.
func (s *BaseHSLParserListener) EnterExpressionList(ctx *ExpressionListContext) {}

// ExitExpressionList is called when production expressionList is exited.
func (s *BaseHSLParserListener) ExitExpressionList(ctx *ExpressionListContext) {}

// EnterForeachTarget is called when production foreachTarget is entered.
func (s *BaseHSLParserListener) EnterForeachTarget(ctx *ForeachTargetContext) {}

// ExitForeachTarget is called when production foreachTarget is exited.
func (s *BaseHSLParserListener) ExitForeachTarget(ctx *ForeachTargetContext) {}

// EnterCaseClause is called when production caseClause is entered.
func (s *BaseHSLParserListener) EnterCaseClause(ctx *CaseClauseContext) {}

// ExitCaseClause is called when production caseClause is exited.
func (s *BaseHSLParserListener) ExitCaseClause(ctx *CaseClauseContext) {}

// EnterDefaultClause is called when production defaultClause is entered.
func (s *BaseHSLParserListener) EnterDefaultClause(ctx *DefaultClauseContext) {}

// ExitDefaultClause is called when production defaultClause is exited.
func (s *BaseHSLParserListener) ExitDefaultClause(ctx *DefaultClauseContext) {}

// EnterImportSpec is called when production importSpec is entered.
func (s *BaseHSLParserListener) EnterImportSpec(ctx *ImportSpecContext) {}

// ExitImportSpec is called when production importSpec is exited.
func (s *BaseHSLParserListener) ExitImportSpec(ctx *ImportSpecContext) {}

// EnterParameterList is called when production parameterList is entered.
func (s *BaseHSLParserListener) EnterParameterList(ctx *ParameterListContext) {}

// ExitParameterList is called when production parameterList is exited.
func (s *BaseHSLParserListener) ExitParameterList(ctx *ParameterListContext) {}

// EnterParameter is called when production parameter is entered.
func (s *BaseHSLParserListener) EnterParameter(ctx *ParameterContext) {}

// ExitParameter is called when production parameter is exited.
func (s *BaseHSLParserListener) ExitParameter(ctx *ParameterContext) {}

// EnterClassVariable is called when production classVariable is entered.
func (s *BaseHSLParserListener) EnterClassVariable(ctx *ClassVariableContext) {}

// ExitClassVariable is called when production classVariable is exited.
func (s *BaseHSLParserListener) ExitClassVariable(ctx *ClassVariableContext) {}

// EnterClassFunction is called when production classFunction is entered.
func (s *BaseHSLParserListener) EnterClassFunction(ctx *ClassFunctionContext) {}

// ExitClassFunction is called when production classFunction is exited.
func (s *BaseHSLParserListener) ExitClassFunction(ctx *ClassFunctionContext) {}

// EnterClassConstructor is called when production classConstructor is entered.
func (s *BaseHSLParserListener) EnterClassConstructor(ctx *ClassConstructorContext) {}

// ExitClassConstructor is called when production classConstructor is exited.
func (s *BaseHSLParserListener) ExitClassConstructor(ctx *ClassConstructorContext) {}

// EnterClassStatement is called when production classStatement is entered.
func (s *BaseHSLParserListener) EnterClassStatement(ctx *ClassStatementContext) {}

// ExitClassStatement is called when production classStatement is exited.
func (s *BaseHSLParserListener) ExitClassStatement(ctx *ClassStatementContext) {}

// EnterModifier is called when production modifier is entered.
func (s *BaseHSLParserListener) EnterModifier(ctx *ModifierContext) {}

// ExitModifier is called when production modifier is exited.
func (s *BaseHSLParserListener) ExitModifier(ctx *ModifierContext) {}

// EnterPrefixExpr is called when production prefixExpr is entered.
func (s *BaseHSLParserListener) EnterPrefixExpr(ctx *PrefixExprContext) {}

// ExitPrefixExpr is called when production prefixExpr is exited.
func (s *BaseHSLParserListener) ExitPrefixExpr(ctx *PrefixExprContext) {}

// EnterUnaryExpr is called when production unaryExpr is entered.
func (s *BaseHSLParserListener) EnterUnaryExpr(ctx *UnaryExprContext) {}

// ExitUnaryExpr is called when production unaryExpr is exited.
func (s *BaseHSLParserListener) ExitUnaryExpr(ctx *UnaryExprContext) {}

// EnterCacheExpr is called when production cacheExpr is entered.
func (s *BaseHSLParserListener) EnterCacheExpr(ctx *CacheExprContext) {}

// ExitCacheExpr is called when production cacheExpr is exited.
func (s *BaseHSLParserListener) ExitCacheExpr(ctx *CacheExprContext) {}

// EnterVariable is called when production variable is entered.
func (s *BaseHSLParserListener) EnterVariable(ctx *VariableContext) {}

// ExitVariable is called when production variable is exited.
func (s *BaseHSLParserListener) ExitVariable(ctx *VariableContext) {}

// EnterName is called when production name is entered.
func (s *BaseHSLParserListener) EnterName(ctx *NameContext) {}

// ExitName is called when production name is exited.
func (s *BaseHSLParserListener) ExitName(ctx *NameContext) {}

// EnterStaticName is called when production staticName is entered.
func (s *BaseHSLParserListener) EnterStaticName(ctx *StaticNameContext) {}

// ExitStaticName is called when production staticName is exited.
func (s *BaseHSLParserListener) ExitStaticName(ctx *StaticNameContext) {}

// EnterNumber is called when production number is entered.
func (s *BaseHSLParserListener) EnterNumber(ctx *NumberContext) {}

// ExitNumber is called when production number is exited.
func (s *BaseHSLParserListener) ExitNumber(ctx *NumberContext) {}

// EnterString is called when production string is entered.
func (s *BaseHSLParserListener) EnterString(ctx *StringContext) {}

// ExitString is called when production string is exited.
func (s *BaseHSLParserListener) ExitString(ctx *StringContext) {}

// EnterRawString is called when production rawString is entered.
func (s *BaseHSLParserListener) EnterRawString(ctx *RawStringContext) {}

// ExitRawString is called when production rawString is exited.
func (s *BaseHSLParserListener) ExitRawString(ctx *RawStringContext) {}

// EnterRegex is called when production regex is entered.
func (s *BaseHSLParserListener) EnterRegex(ctx *RegexContext) {}

// ExitRegex is called when production regex is exited.
func (s *BaseHSLParserListener) ExitRegex(ctx *RegexContext) {}

// EnterBoolean is called when production boolean is entered.
func (s *BaseHSLParserListener) EnterBoolean(ctx *BooleanContext) {}

// ExitBoolean is called when production boolean is exited.
func (s *BaseHSLParserListener) ExitBoolean(ctx *BooleanContext) {}

// EnterNone is called when production none is entered.
func (s *BaseHSLParserListener) EnterNone(ctx *NoneContext) {}

// ExitNone is called when production none is exited.
func (s *BaseHSLParserListener) ExitNone(ctx *NoneContext) {}

// EnterArray is called when production array is entered.
func (s *BaseHSLParserListener) EnterArray(ctx *ArrayContext) {}

// ExitArray is called when production array is exited.
func (s *BaseHSLParserListener) ExitArray(ctx *ArrayContext) {}

// EnterParen is called when production paren is entered.
func (s *BaseHSLParserListener) EnterParen(ctx *ParenContext) {}

// ExitParen is called when production paren is exited.
func (s *BaseHSLParserListener) ExitParen(ctx *ParenContext) {}

// EnterFunctionLiteral is called when production functionLiteral is entered.
func (s *BaseHSLParserListener) EnterFunctionLiteral(ctx *FunctionLiteralContext) {}

// ExitFunctionLiteral is called when production functionLiteral is exited.
func (s *BaseHSLParserListener) ExitFunctionLiteral(ctx *FunctionLiteralContext) {}

// EnterMatchExpr is called when production matchExpr is entered.
func (s *BaseHSLParserListener) EnterMatchExpr(ctx *MatchExprContext) {}

// ExitMatchExpr is called when production matchExpr is exited.
func (s *BaseHSLParserListener) ExitMatchExpr(ctx *MatchExprContext) {}

// EnterBuiltinName is called when production builtinName is entered.
func (s *BaseHSLParserListener) EnterBuiltinName(ctx *BuiltinNameContext) {}

// ExitBuiltinName is called when production builtinName is exited.
func (s *BaseHSLParserListener) ExitBuiltinName(ctx *BuiltinNameContext) {}

// EnterIssetExpr is called when production issetExpr is entered.
func (s *BaseHSLParserListener) EnterIssetExpr(ctx *IssetExprContext) {}

// ExitIssetExpr is called when production issetExpr is exited.
func (s *BaseHSLParserListener) ExitIssetExpr(ctx *IssetExprContext) {}

// EnterUnsetExpr is called when production unsetExpr is entered.
func (s *BaseHSLParserListener) EnterUnsetExpr(ctx *UnsetExprContext) {}

// ExitUnsetExpr is called when production unsetExpr is exited.
func (s *BaseHSLParserListener) ExitUnsetExpr(ctx *UnsetExprContext) {}

// EnterPowExpr is called when production powExpr is entered.
func (s *BaseHSLParserListener) EnterPowExpr(ctx *PowExprContext) {}

// ExitPowExpr is called when production powExpr is exited.
func (s *BaseHSLParserListener) ExitPowExpr(ctx *PowExprContext) {}

// EnterMulExpr is called when production mulExpr is entered.
func (s *BaseHSLParserListener) EnterMulExpr(ctx *MulExprContext) {}

// ExitMulExpr is called when production mulExpr is exited.
func (s *BaseHSLParserListener) ExitMulExpr(ctx *MulExprContext) {}

// EnterAddExpr is called when production addExpr is entered.
func (s *BaseHSLParserListener) EnterAddExpr(ctx *AddExprContext) {}

// ExitAddExpr is called when production addExpr is exited.
func (s *BaseHSLParserListener) ExitAddExpr(ctx *AddExprContext) {}

// EnterConcatExpr is called when production concatExpr is entered.
func (s *BaseHSLParserListener) EnterConcatExpr(ctx *ConcatExprContext) {}

// ExitConcatExpr is called when production concatExpr is exited.
func (s *BaseHSLParserListener) ExitConcatExpr(ctx *ConcatExprContext) {}

// EnterShiftExpr is called when production shiftExpr is entered.
func (s *BaseHSLParserListener) EnterShiftExpr(ctx *ShiftExprContext) {}

// ExitShiftExpr is called when production shiftExpr is exited.
func (s *BaseHSLParserListener) ExitShiftExpr(ctx *ShiftExprContext) {}

// EnterCompareExpr is called when production compareExpr is entered.
func (s *BaseHSLParserListener) EnterCompareExpr(ctx *CompareExprContext) {}

// ExitCompareExpr is called when production compareExpr is exited.
func (s *BaseHSLParserListener) ExitCompareExpr(ctx *CompareExprContext) {}

// EnterEqualityExpr is called when production equalityExpr is entered.
func (s *BaseHSLParserListener) EnterEqualityExpr(ctx *EqualityExprContext) {}

// ExitEqualityExpr is called when production equalityExpr is exited.
func (s *BaseHSLParserListener) ExitEqualityExpr(ctx *EqualityExprContext) {}

// EnterBitAndExpr is called when production bitAndExpr is entered.
func (s *BaseHSLParserListener) EnterBitAndExpr(ctx *BitAndExprContext) {}

// ExitBitAndExpr is called when production bitAndExpr is exited.
func (s *BaseHSLParserListener) ExitBitAndExpr(ctx *BitAndExprContext) {}

// EnterBitXorExpr is called when production bitXorExpr is entered.
func (s *BaseHSLParserListener) EnterBitXorExpr(ctx *BitXorExprContext) {}

// ExitBitXorExpr is called when production bitXorExpr is exited.
func (s *BaseHSLParserListener) ExitBitXorExpr(ctx *BitXorExprContext) {}

// EnterBitOrExpr is called when production bitOrExpr is entered.
func (s *BaseHSLParserListener) EnterBitOrExpr(ctx *BitOrExprContext) {}

// ExitBitOrExpr is called when production bitOrExpr is exited.
func (s *BaseHSLParserListener) ExitBitOrExpr(ctx *BitOrExprContext) {}

// EnterAndExpr is called when production andExpr is entered.
func (s *BaseHSLParserListener) EnterAndExpr(ctx *AndExprContext) {}

// ExitAndExpr is called when production andExpr is exited.
func (s *BaseHSLParserListener) ExitAndExpr(ctx *AndExprContext) {}

// EnterOrExpr is called when production orExpr is entered.
func (s *BaseHSLParserListener) EnterOrExpr(ctx *OrExprContext) {}

// ExitOrExpr is called when production orExpr is exited.
func (s *BaseHSLParserListener) ExitOrExpr(ctx *OrExprContext) {}

// EnterNullishExpr is called when production nullishExpr is entered.
func (s *BaseHSLParserListener) EnterNullishExpr(ctx *NullishExprContext) {}

// ExitNullishExpr is called when production nullishExpr is exited.
func (s *BaseHSLParserListener) ExitNullishExpr(ctx *NullishExprContext) {}

// EnterTernaryExpr is called when production ternaryExpr is entered.
func (s *BaseHSLParserListener) EnterTernaryExpr(ctx *TernaryExprContext) {}

// ExitTernaryExpr is called when production ternaryExpr is exited.
func (s *BaseHSLParserListener) ExitTernaryExpr(ctx *TernaryExprContext) {}

// EnterAssignExpr is called when production assignExpr is entered.
func (s *BaseHSLParserListener) EnterAssignExpr(ctx *AssignExprContext) {}

// ExitAssignExpr is called when production assignExpr is exited.
func (s *BaseHSLParserListener) ExitAssignExpr(ctx *AssignExprContext) {}

// EnterCallExpr is called when production callExpr is entered.
func (s *BaseHSLParserListener) EnterCallExpr(ctx *CallExprContext) {}

// ExitCallExpr is called when production callExpr is exited.
func (s *BaseHSLParserListener) ExitCallExpr(ctx *CallExprContext) {}

// EnterIndexExpr is called when production indexExpr is entered.
func (s *BaseHSLParserListener) EnterIndexExpr(ctx *IndexExprContext) {}

// ExitIndexExpr is called when production indexExpr is exited.
func (s *BaseHSLParserListener) ExitIndexExpr(ctx *IndexExprContext) {}

// EnterMemberExpr is called when production memberExpr is entered.
func (s *BaseHSLParserListener) EnterMemberExpr(ctx *MemberExprContext) {}

// ExitMemberExpr is called when production memberExpr is exited.
func (s *BaseHSLParserListener) ExitMemberExpr(ctx *MemberExprContext) {}

// EnterStaticExpr is called when production staticExpr is entered.
func (s *BaseHSLParserListener) EnterStaticExpr(ctx *StaticExprContext) {}

// ExitStaticExpr is called when production staticExpr is exited.
func (s *BaseHSLParserListener) ExitStaticExpr(ctx *StaticExprContext) {}

// EnterPostfixExpr is called when production postfixExpr is entered.
func (s *BaseHSLParserListener) EnterPostfixExpr(ctx *PostfixExprContext) {}

// ExitPostfixExpr is called when production postfixExpr is exited.
func (s *BaseHSLParserListener) ExitPostfixExpr(ctx *PostfixExprContext) {}

// EnterArrayLiteral is called when production arrayLiteral is entered.
func (s *BaseHSLParserListener) EnterArrayLiteral(ctx *ArrayLiteralContext) {}

// ExitArrayLiteral is called when production arrayLiteral is exited.
func (s *BaseHSLParserListener) ExitArrayLiteral(ctx *ArrayLiteralContext) {}

// EnterArrayItem is called when production arrayItem is entered.
func (s *BaseHSLParserListener) EnterArrayItem(ctx *ArrayItemContext) {}

// ExitArrayItem is called when production arrayItem is exited.
func (s *BaseHSLParserListener) ExitArrayItem(ctx *ArrayItemContext) {}

// EnterArgumentList is called when production argumentList is entered.
func (s *BaseHSLParserListener) EnterArgumentList(ctx *ArgumentListContext) {}

// ExitArgumentList is called when production argumentList is exited.
func (s *BaseHSLParserListener) ExitArgumentList(ctx *ArgumentListContext) {}

// EnterMatchArm is called when production matchArm is entered.
func (s *BaseHSLParserListener) EnterMatchArm(ctx *MatchArmContext) {}

// ExitMatchArm is called when production matchArm is exited.
func (s *BaseHSLParserListener) ExitMatchArm(ctx *MatchArmContext) {}

// EnterMemberName is called when production memberName is entered.
func (s *BaseHSLParserListener) EnterMemberName(ctx *MemberNameContext) {}

// ExitMemberName is called when production memberName is exited.
func (s *BaseHSLParserListener) ExitMemberName(ctx *MemberNameContext) {}
