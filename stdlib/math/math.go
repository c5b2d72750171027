// Package math registers the HSL mathematical builtins: abs, ceil, floor, log,
// pow, round and sqrt. (random_number is registered with the other random
// functions in package hashing.)
package math

import (
	"math"

	"github.com/openhsl/hsl/interp/value"
	"github.com/openhsl/hsl/stdlib/catalog"
)

var pNumber = catalog.Param{Name: "number", Type: "number"}

// Register adds the mathematical builtins to c.
func Register(c *catalog.Catalog) {
	unary := []struct {
		name, doc string
		fn        func(float64) float64
	}{
		{"abs", "Returns the absolute value of the number.", math.Abs},
		{"ceil", "Rounds the number up to the nearest integer.", math.Ceil},
		{"floor", "Rounds the number down to the nearest integer.", math.Floor},
		{"sqrt", "Returns the square root of the number (NaN for a negative number).", math.Sqrt},
	}
	for _, u := range unary {
		fn := u.fn
		c.AddFunc(&catalog.Func{
			Name: u.name, Params: []catalog.Param{pNumber}, Returns: "number", Doc: u.doc,
			Impl: func(a *catalog.Args) (value.Value, error) {
				n, err := a.Number(0)
				if err != nil {
					return value.None, err
				}
				return value.Number(fn(n)), nil
			},
		})
	}
	c.AddFunc(&catalog.Func{
		Name:    "log",
		Params:  []catalog.Param{pNumber, {Name: "base", Type: "number", Optional: true}},
		Returns: "number",
		Doc:     "Returns the logarithm of the number to $base (default e). Zero gives -Inf and a negative number NaN.",
		Impl:    logFn,
	})
	c.AddFunc(&catalog.Func{
		Name:    "pow",
		Params:  []catalog.Param{{Name: "base", Type: "number"}, {Name: "exponent", Type: "number"}},
		Returns: "number",
		Doc:     "Returns $base raised to the power $exponent, like the ** operator.",
		Impl:    pow,
	})
	c.AddFunc(&catalog.Func{
		Name:    "round",
		Params:  []catalog.Param{pNumber, {Name: "decimals", Type: "number", Optional: true}},
		Returns: "number",
		Doc:     "Rounds the number to $decimals decimals (default 0; negative rounds to tens, hundreds, …); halves round away from zero.",
		Impl:    round,
	})
}

func logFn(a *catalog.Args) (value.Value, error) {
	n, err := a.Number(0)
	if err != nil {
		return value.None, err
	}
	if !a.Has(1) || a.Get(1).IsNone() {
		return value.Number(math.Log(n)), nil
	}
	base, err := a.Number(1)
	if err != nil {
		return value.None, err
	}
	switch base {
	case 2:
		return value.Number(math.Log2(n)), nil
	case 10:
		return value.Number(math.Log10(n)), nil
	}
	return value.Number(math.Log(n) / math.Log(base)), nil
}

func pow(a *catalog.Args) (value.Value, error) {
	x, err := a.Number(0)
	if err != nil {
		return value.None, err
	}
	y, err := a.Number(1)
	if err != nil {
		return value.None, err
	}
	return value.Pow(value.Number(x), value.Number(y))
}

func round(a *catalog.Args) (value.Value, error) {
	n, err := a.Number(0)
	if err != nil {
		return value.None, err
	}
	d := 0
	if a.Has(1) && !a.Get(1).IsNone() {
		if d, err = a.Int(1); err != nil {
			return value.None, err
		}
	}
	return value.Number(roundTo(n, d)), nil
}

// roundTo rounds n to d decimals, halves away from zero.
func roundTo(n float64, d int) float64 {
	if d == 0 || math.IsNaN(n) || math.IsInf(n, 0) {
		return math.Round(n)
	}
	if d > 308 || d < -308 {
		if d > 0 {
			return n
		}
		return math.Copysign(0, n)
	}
	p := math.Pow(10, float64(abs(d)))
	if d > 0 {
		x := n * p
		if math.IsInf(x, 0) || math.Abs(x) >= 1<<53 {
			return n // already exact to that many decimals
		}
		return math.Round(x) / p
	}
	return math.Round(n/p) * p
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}
