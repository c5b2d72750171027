
package parser // HSLParser

import "github.com/antlr4-go/antlr/v4"


// HSLParserListener is a complete listener for a parse tree produced by HSLParser.
type HSLParserListener interface {
	antlr.ParseTreeListener

	// EnterProgram is called when entering the program production.
	EnterProgram(c *ProgramContext)

	// EnterBlockStmt is called when entering the blockStmt production.
	EnterBlockStmt(c *BlockStmtContext)

	// EnterIfStmt is called when entering the ifStmt production.
	EnterIfStmt(c *IfStmtContext)

	// EnterForStmt is called when entering the forStmt production.
	EnterForStmt(c *ForStmtContext)

	// EnterForeachStmt is called when entering the foreachStmt production.
	EnterForeachStmt(c *ForeachStmtContext)

	// EnterWhileStmt is called when entering the whileStmt production.
	EnterWhileStmt(c *WhileStmtContext)

	// EnterForeverStmt is called when entering the foreverStmt production.
	EnterForeverStmt(c *ForeverStmtContext)

	// EnterSwitchStmt is called when entering the switchStmt production.
	EnterSwitchStmt(c *SwitchStmtContext)

	// EnterBreakStmt is called when entering the breakStmt production.
	EnterBreakStmt(c *BreakStmtContext)

	// EnterContinueStmt is called when entering the continueStmt production.
	EnterContinueStmt(c *ContinueStmtContext)

	// EnterReturnStmt is called when entering the returnStmt production.
	EnterReturnStmt(c *ReturnStmtContext)

	// EnterTryStmt is called when entering the tryStmt production.
	EnterTryStmt(c *TryStmtContext)

	// EnterThrowStmt is called when entering the throwStmt production.
	EnterThrowStmt(c *ThrowStmtContext)

	// EnterEchoStmt is called when entering the echoStmt production.
	EnterEchoStmt(c *EchoStmtContext)

	// EnterIncludeStmt is called when entering the includeStmt production.
	EnterIncludeStmt(c *IncludeStmtContext)

	// EnterImportNamedStmt is called when entering the importNamedStmt production.
	EnterImportNamedStmt(c *ImportNamedStmtContext)

	// EnterImportStarStmt is called when entering the importStarStmt production.
	EnterImportStarStmt(c *ImportStarStmtContext)

	// EnterImportDataStmt is called when entering the importDataStmt production.
	EnterImportDataStmt(c *ImportDataStmtContext)

	// EnterFunctionDecl is called when entering the functionDecl production.
	EnterFunctionDecl(c *FunctionDeclContext)

	// EnterClassDecl is called when entering the classDecl production.
	EnterClassDecl(c *ClassDeclContext)

	// EnterGlobalStmt is called when entering the globalStmt production.
	EnterGlobalStmt(c *GlobalStmtContext)

	// EnterBarrierStmt is called when entering the barrierStmt production.
	EnterBarrierStmt(c *BarrierStmtContext)

	// EnterExpressionStmt is called when entering the expressionStmt production.
	EnterExpressionStmt(c *ExpressionStmtContext)

	// EnterEmptyStmt is called when entering the emptyStmt production.
	EnterEmptyStmt(c *EmptyStmtContext)

	// EnterBlock is called when entering the block production.
	EnterBlock(c *BlockContext)

	// EnterPath is called when entering the path production.
	EnterPath(c *PathContext)

	// EnterExpressionList is called when entering the expressionList production.
	EnterExpressionList(c *ExpressionListContext)

	// EnterForeachTarget is called when entering the foreachTarget production.
	EnterForeachTarget(c *ForeachTargetContext)

	// EnterCaseClause is called when entering the caseClause production.
	EnterCaseClause(c *CaseClauseContext)

	// EnterDefaultClause is called when entering the defaultClause production.
	EnterDefaultClause(c *DefaultClauseContext)

	// EnterImportSpec is called when entering the importSpec production.
	EnterImportSpec(c *ImportSpecContext)

	// EnterParameterList is called when entering the parameterList production.
	EnterParameterList(c *ParameterListContext)

	// EnterParameter is called when entering the parameter production.
	EnterParameter(c *ParameterContext)

	// EnterClassVariable is called when entering the classVariable production.
	EnterClassVariable(c *ClassVariableContext)

	// EnterClassFunction is called when entering the classFunction production.
	EnterClassFunction(c *ClassFunctionContext)

	// EnterClassConstructor is called when entering the classConstructor production.
	EnterClassConstructor(c *ClassConstructorContext)

	// EnterClassStatement is called when entering the classStatement production.
	EnterClassStatement(c *ClassStatementContext)

	// EnterModifier is called when entering the modifier production.
	EnterModifier(c *ModifierContext)

	// EnterPrefixExpr is called when entering the prefixExpr production.
	EnterPrefixExpr(c *PrefixExprContext)

	// EnterUnaryExpr is called when entering the unaryExpr production.
	EnterUnaryExpr(c *UnaryExprContext)

	// EnterCacheExpr is called when entering the cacheExpr production.
	EnterCacheExpr(c *CacheExprContext)

	// EnterVariable is called when entering the variable production.
	EnterVariable(c *VariableContext)

	// EnterName is called when entering the name production.
	EnterName(c *NameContext)

	// EnterStaticName is called when entering the staticName production.
	EnterStaticName(c *StaticNameContext)

	// EnterNumber is called when entering the number production.
	EnterNumber(c *NumberContext)

	// EnterString is called when entering the string production.
	EnterString(c *StringContext)

	// EnterRawString is called when entering the rawString production.
	EnterRawString(c *RawStringContext)

	// EnterRegex is called when entering the regex production.
	EnterRegex(c *RegexContext)

	// EnterBoolean is called when entering the boolean production.
	EnterBoolean(c *BooleanContext)

	// EnterNone is called when entering the none production.
	EnterNone(c *NoneContext)

	// EnterArray is called when entering the array production.
	EnterArray(c *ArrayContext)

	// EnterParen is called when entering the paren production.
	EnterParen(c *ParenContext)

	// EnterFunctionLiteral is called when entering the functionLiteral production.
	EnterFunctionLiteral(c *FunctionLiteralContext)

	// EnterMatchExpr is called when entering the matchExpr production.
	EnterMatchExpr(c *MatchExprContext)

	// EnterBuiltinName is called when entering the builtinName production.
	EnterBuiltinName(c *BuiltinNameContext)

	// EnterIssetExpr is called when entering the issetExpr production.
	EnterIssetExpr(c *IssetExprContext)

	// EnterUnsetExpr is called when entering the unsetExpr production.
	EnterUnsetExpr(c *UnsetExprContext)

	// EnterPowExpr is called when entering the powExpr production.
	EnterPowExpr(c *PowExprContext)

	// EnterMulExpr is called when entering the mulExpr production.
	EnterMulExpr(c *MulExprContext)

	// EnterAddExpr is called when entering the addExpr production.
	EnterAddExpr(c *AddExprContext)

	// EnterConcatExpr is called when entering the concatExpr production.
	EnterConcatExpr(c *ConcatExprContext)

	// EnterShiftExpr is called when entering the shiftExpr production.
	EnterShiftExpr(c *ShiftExprContext)

	// EnterCompareExpr is called when entering the compareExpr production.
	EnterCompareExpr(c *CompareExprContext)

	// EnterEqualityExpr is called when entering the equalityExpr production.
	EnterEqualityExpr(c *EqualityExprContext)

	// EnterBitAndExpr is called when entering the bitAndExpr production.
	EnterBitAndExpr(c *BitAndExprContext)

	// EnterBitXorExpr is called when entering the bitXorExpr production.
	EnterBitXorExpr(c *BitXorExprContext)

	// EnterBitOrExpr is called when entering the bitOrExpr production.
	EnterBitOrExpr(c *BitOrExprContext)

	// EnterAndExpr is called when entering the andExpr production.
	EnterAndExpr(c *AndExprContext)

	// EnterOrExpr is called when entering the orExpr production.
	EnterOrExpr(c *OrExprContext)

	// EnterNullishExpr is called when entering the nullishExpr production.
	EnterNullishExpr(c *NullishExprContext)

	// EnterTernaryExpr is called when entering the ternaryExpr production.
	EnterTernaryExpr(c *TernaryExprContext)

	// EnterAssignExpr is called when entering the assignExpr production.
	EnterAssignExpr(c *AssignExprContext)

	// EnterCallExpr is called when entering the callExpr production.
	EnterCallExpr(c *CallExprContext)

	// EnterIndexExpr is called when entering the indexExpr production.
	EnterIndexExpr(c *IndexExprContext)

	// EnterMemberExpr is called when entering the memberExpr production.
	EnterMemberExpr(c *MemberExprContext)

	// EnterStaticExpr is called when entering the staticExpr production.
	EnterStaticExpr(c *StaticExprContext)

	// EnterPostfixExpr is called when entering the postfixExpr production.
	EnterPostfixExpr(c *PostfixExprContext)

	// EnterArrayLiteral is called when entering the arrayLiteral production.
	EnterArrayLiteral(c *ArrayLiteralContext)

	// EnterArrayItem is called when entering the arrayItem production.
	EnterArrayItem(c *ArrayItemContext)

	// EnterArgumentList is called when entering the argumentList production.
	EnterArgumentList(c *ArgumentListContext)

	// EnterMatchArm is called when entering the matchArm production.
	EnterMatchArm(c *MatchArmContext)

	// EnterMemberName is called when entering the memberName production.
	EnterMemberName(c *MemberNameContext)

	// ExitProgram is called when exiting the program production.
	ExitProgram(c *ProgramContext)

	// ExitBlockStmt is called when exiting the blockStmt production.
	ExitBlockStmt(c *BlockStmtContext)

	// ExitIfStmt is called when exiting the ifStmt production.
	ExitIfStmt(c *IfStmtContext)

	// ExitForStmt is called when exiting the forStmt production.
	ExitForStmt(c *ForStmtContext)

	// ExitForeachStmt is called when exiting the foreachStmt production.
	ExitForeachStmt(c *ForeachStmtContext)

	// ExitWhileStmt is called when exiting the whileStmt production.
	ExitWhileStmt(c *WhileStmtContext)

	// ExitForeverStmt is called when exiting the foreverStmt production.
	ExitForeverStmt(c *ForeverStmtContext)

	// ExitSwitchStmt is called when exiting the switchStmt production.
	ExitSwitchStmt(c *SwitchStmtContext)

	// ExitBreakStmt is called when exiting the breakStmt production.
	ExitBreakStmt(c *BreakStmtContext)

	// ExitContinueStmt is called when exiting the continueStmt production.
	ExitContinueStmt(c *ContinueStmtContext)

	// ExitReturnStmt is called when exiting the returnStmt production.
	ExitReturnStmt(c *ReturnStmtContext)

	// ExitTryStmt is called when exiting the tryStmt production.
	ExitTryStmt(c *TryStmtContext)

	// ExitThrowStmt is called when exiting the throwStmt production.
	ExitThrowStmt(c *ThrowStmtContext)

	// ExitEchoStmt is called when exiting the echoStmt production.
	ExitEchoStmt(c *EchoStmtContext)

	// ExitIncludeStmt is called when exiting the includeStmt production.
	ExitIncludeStmt(c *IncludeStmtContext)

	// ExitImportNamedStmt is called when exiting the importNamedStmt production.
	ExitImportNamedStmt(c *ImportNamedStmtContext)

	// ExitImportStarStmt is called when exiting the importStarStmt production.
	ExitImportStarStmt(c *ImportStarStmtContext)

	// ExitImportDataStmt is called when exiting the importDataStmt production.
	ExitImportDataStmt(c *ImportDataStmtContext)

	// ExitFunctionDecl is called when exiting the functionDecl production.
	ExitFunctionDecl(c *FunctionDeclContext)

	// ExitClassDecl is called when exiting the classDecl production.
	ExitClassDecl(c *ClassDeclContext)

	// ExitGlobalStmt is called when exiting the globalStmt production.
	ExitGlobalStmt(c *GlobalStmtContext)

	// ExitBarrierStmt is called when exiting the barrierStmt production.
	ExitBarrierStmt(c *BarrierStmtContext)

	// ExitExpressionStmt is called when exiting the expressionStmt production.
	ExitExpressionStmt(c *ExpressionStmtContext)

	// ExitEmptyStmt is called when exiting the emptyStmt production.
	ExitEmptyStmt(c *EmptyStmtContext)

	// ExitBlock is called when exiting the block production.
	ExitBlock(c *BlockContext)

	// ExitPath is called when exiting the path production.
	ExitPath(c *PathContext)

	// ExitExpressionList is called when exiting the expressionList production.
	ExitExpressionList(c *ExpressionListContext)

	// ExitForeachTarget is called when exiting the foreachTarget production.
	ExitForeachTarget(c *ForeachTargetContext)

	// ExitCaseClause is called when exiting the caseClause production.
	ExitCaseClause(c *CaseClauseContext)

	// ExitDefaultClause is called when exiting the defaultClause production.
	ExitDefaultClause(c *DefaultClauseContext)

	// ExitImportSpec is called when exiting the importSpec production.
	ExitImportSpec(c *ImportSpecContext)

	// ExitParameterList is called when exiting the parameterList production.
	ExitParameterList(c *ParameterListContext)

	// ExitParameter is called when exiting the parameter production.
	ExitParameter(c *ParameterContext)

	// ExitClassVariable is called when exiting the classVariable production.
	ExitClassVariable(c *ClassVariableContext)

	// ExitClassFunction is called when exiting the classFunction production.
	ExitClassFunction(c *ClassFunctionContext)

	// ExitClassConstructor is called when exiting the classConstructor production.
	ExitClassConstructor(c *ClassConstructorContext)

	// ExitClassStatement is called when exiting the classStatement production.
	ExitClassStatement(c *ClassStatementContext)

	// ExitModifier is called when exiting the modifier production.
	ExitModifier(c *ModifierContext)

	// ExitPrefixExpr is called when exiting the prefixExpr production.
	ExitPrefixExpr(c *PrefixExprContext)

	// ExitUnaryExpr is called when exiting the unaryExpr production.
	ExitUnaryExpr(c *UnaryExprContext)

	// ExitCacheExpr is called when exiting the cacheExpr production.
	ExitCacheExpr(c *CacheExprContext)

	// ExitVariable is called when exiting the variable production.
	ExitVariable(c *VariableContext)

	// ExitName is called when exiting the name production.
	ExitName(c *NameContext)

	// ExitStaticName is called when exiting the staticName production.
	ExitStaticName(c *StaticNameContext)

	// ExitNumber is called when exiting the number production.
	ExitNumber(c *NumberContext)

	// ExitString is called when exiting the string production.
	ExitString(c *StringContext)

	// ExitRawString is called when exiting the rawString production.
	ExitRawString(c *RawStringContext)

	// ExitRegex is called when exiting the regex production.
	ExitRegex(c *RegexContext)

	// ExitBoolean is called when exiting the boolean production.
	ExitBoolean(c *BooleanContext)

	// ExitNone is called when exiting the none production.
	ExitNone(c *NoneContext)

	// ExitArray is called when exiting the array production.
	ExitArray(c *ArrayContext)

	// ExitParen is called when exiting the paren production.
	ExitParen(c *ParenContext)

	// ExitFunctionLiteral is called when exiting the functionLiteral production.
	ExitFunctionLiteral(c *FunctionLiteralContext)

	// ExitMatchExpr is called when exiting the matchExpr production.
	ExitMatchExpr(c *MatchExprContext)

	// ExitBuiltinName is called when exiting the builtinName production.
	ExitBuiltinName(c *BuiltinNameContext)

	// ExitIssetExpr is called when exiting the issetExpr production.
	ExitIssetExpr(c *IssetExprContext)

	// ExitUnsetExpr is called when exiting the unsetExpr production.
	ExitUnsetExpr(c *UnsetExprContext)

	// ExitPowExpr is called when exiting the powExpr production.
	ExitPowExpr(c *PowExprContext)

	// ExitMulExpr is called when exiting the mulExpr production.
	ExitMulExpr(c *MulExprContext)

	// ExitAddExpr is called when exiting the addExpr production.
	ExitAddExpr(c *AddExprContext)

	// ExitConcatExpr is called when exiting the concatExpr production.
	ExitConcatExpr(c *ConcatExprContext)

	// ExitShiftExpr is called when exiting the shiftExpr production.
	ExitShiftExpr(c *ShiftExprContext)

	// ExitCompareExpr is called when exiting the compareExpr production.
	ExitCompareExpr(c *CompareExprContext)

	// ExitEqualityExpr is called when exiting the equalityExpr production.
	ExitEqualityExpr(c *EqualityExprContext)

	// ExitBitAndExpr is called when exiting the bitAndExpr production.
	ExitBitAndExpr(c *BitAndExprContext)

	// ExitBitXorExpr is called when exiting the bitXorExpr production.
	ExitBitXorExpr(c *BitXorExprContext)

	// ExitBitOrExpr is called when exiting the bitOrExpr production.
	ExitBitOrExpr(c *BitOrExprContext)

	// ExitAndExpr is called when exiting the andExpr production.
	ExitAndExpr(c *AndExprContext)

	// ExitOrExpr is called when exiting the orExpr production.
	ExitOrExpr(c *OrExprContext)

	// ExitNullishExpr is called when exiting the nullishExpr production.
	ExitNullishExpr(c *NullishExprContext)

	// ExitTernaryExpr is called when exiting the ternaryExpr production.
	ExitTernaryExpr(c *TernaryExprContext)

	// ExitAssignExpr is called when exiting the assignExpr production.
	ExitAssignExpr(c *AssignExprContext)

	// ExitCallExpr is called when exiting the callExpr production.
	ExitCallExpr(c *CallExprContext)

	// ExitIndexExpr is called when exiting the indexExpr production.
	ExitIndexExpr(c *IndexExprContext)

	// ExitMemberExpr is called when exiting the memberExpr production.
	ExitMemberExpr(c *MemberExprContext)

	// ExitStaticExpr is called when exiting the staticExpr production.
	ExitStaticExpr(c *StaticExprContext)

	// ExitPostfixExpr is called when exiting the postfixExpr production.
	ExitPostfixExpr(c *PostfixExprContext)

	// ExitArrayLiteral is called when exiting the arrayLiteral production.
	ExitArrayLiteral(c *ArrayLiteralContext)

	// ExitArrayItem is called when exiting the arrayItem production.
	ExitArrayItem(c *ArrayItemContext)

	// ExitArgumentList is called when exiting the argumentList production.
	ExitArgumentList(c *ArgumentListContext)

	// ExitMatchArm is called when exiting the matchArm production.
	ExitMatchArm(c *MatchArmContext)

	// ExitMemberName is called when exiting the memberName production.
	ExitMemberName(c *MemberNameContext)
}
