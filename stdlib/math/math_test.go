package math

import (
	"math"
	"testing"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
	. "github.com/openhsl/hsl/stdlib/internal/stdtest"
)

var cat = func() *catalog.Catalog { c := catalog.New(); Register(c); return c }()

func TestRegistered(t *testing.T) {
	CheckRegistered(t, cat, "abs", "ceil", "floor", "log", "pow", "round", "sqrt")
}

func TestUnary(t *testing.T) {
	Run(t, cat, "abs", []Case{
		{Args: A(N(-3.5)), Want: "3.5"}, {Args: A(N(2)), Want: "2"}, {Args: A(B(true)), Want: "1"},
		{Args: A(N(math.Inf(-1))), Want: "Inf"},
		{Args: A(S("-1")), Err: "abs(): argument 1 ($number) must be a number, not string"},
		{Args: A(value.None), Err: "must be a number, not none"},
	})
	Run(t, cat, "ceil", []Case{{Args: A(N(1.2)), Want: "2"}, {Args: A(N(-1.2)), Want: "-1"}, {Args: A(N(3)), Want: "3"}})
	Run(t, cat, "floor", []Case{{Args: A(N(1.8)), Want: "1"}, {Args: A(N(-1.2)), Want: "-2"}})
	Run(t, cat, "sqrt", []Case{{Args: A(N(16)), Want: "4"}, {Args: A(N(2)), Want: "1.4142135623730951"}, {Args: A(N(-1)), Want: "NaN"}})
}

func TestLogPow(t *testing.T) {
	Run(t, cat, "log", []Case{
		{Args: A(N(8), N(2)), Want: "3"},
		{Args: A(N(1000), N(10)), Want: "3"},
		{Args: A(N(math.E)), Want: "1"},
		{Name: "zero", Args: A(N(0)), Want: "-Inf"},
		{Name: "negative", Args: A(N(-1)), Want: "NaN"},
		{Args: A(N(8), S("2")), Err: "($base) must be a number"},
	})
	Run(t, cat, "pow", []Case{
		{Args: A(N(2), N(10)), Want: "1024"},
		{Args: A(N(2), N(-1)), Want: "0.5"},
		{Args: A(N(-8), N(1.0/3)), Want: "NaN"},
		{Args: A(N(2), S("1")), Err: "($exponent) must be a number"},
	})
}

func TestRound(t *testing.T) {
	Run(t, cat, "round", []Case{
		{Args: A(N(2.5)), Want: "3"},
		{Args: A(N(-2.5)), Want: "-3"},
		{Args: A(N(1.4)), Want: "1"},
		{Args: A(N(3.14159), N(2)), Want: "3.14"},
		{Args: A(N(1.005), N(2)), Want: "1"},
		{Args: A(N(0.125), N(2)), Want: "0.13"},
		{Args: A(N(1234.5), N(-2)), Want: "1200"},
		{Args: A(N(1250), N(-2)), Want: "1300"},
		{Name: "huge decimals", Args: A(N(0.1), N(400)), Want: "0.1"},
		{Name: "huge negative", Args: A(N(5), N(-400)), Want: "0"},
		{Name: "large value", Args: A(N(1e300), N(10)), Want: "1e+300"},
		{Args: A(N(math.NaN())), Want: "NaN"},
		{Args: A(N(1), N(0.5)), Err: "($decimals) must be an integer"},
	})
}

func TestNoPanic(t *testing.T) { NoPanic(t, cat, "sleep") }
