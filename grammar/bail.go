package grammar

import "github.com/antlr4-go/antlr/v4"

// bailStrategy is the error strategy of the fast SLL stage: at the first error
// it records the failure and skips to the end of input, so the stage ends
// quickly and Parse falls back to the LL stage with full recovery.
//
// antlr.BailErrorStrategy cannot be used with the Go target: the generated
// rules report the ParseCancellationException it raises, which panics.
type bailStrategy struct {
	*antlr.DefaultErrorStrategy
	failed bool
}

func newBailStrategy() *bailStrategy {
	return &bailStrategy{DefaultErrorStrategy: antlr.NewDefaultErrorStrategy()}
}

// ReportError records the failure; the LL stage reports it properly.
func (s *bailStrategy) ReportError(antlr.Parser, antlr.RecognitionException) { s.failed = true }

// Recover skips the rest of the input.
func (s *bailStrategy) Recover(p antlr.Parser, _ antlr.RecognitionException) {
	s.failed = true
	for p.GetTokenStream().LA(1) != antlr.TokenEOF {
		p.Consume()
	}
}

// RecoverInline flags the mismatch instead of repairing it.
func (s *bailStrategy) RecoverInline(p antlr.Parser) antlr.Token {
	s.failed = true
	p.SetError(antlr.NewInputMisMatchException(p))
	return nil
}

// Sync does nothing: there is no recovery in this stage.
func (s *bailStrategy) Sync(antlr.Parser) {}
