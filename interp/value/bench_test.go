package value

import (
	"strconv"
	"testing"
)

func BenchmarkAddNumbers(b *testing.B) {
	b.ReportAllocs()
	v, one := Number(0), Number(1)
	for b.Loop() {
		v, _ = Add(v, one)
	}
	if v.AsNumber() == 0 {
		b.Fatal("no additions")
	}
}

func BenchmarkLooseEqualNumbers(b *testing.B) {
	b.ReportAllocs()
	x, y := Number(1), Number(2)
	n := 0
	for b.Loop() {
		if LooseEqual(x, y) {
			n++
		}
	}
	_ = n
}

func BenchmarkArrayAppend100k(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a := NewArray(0)
		for i := range 100_000 {
			_ = a.Writable().Append(Number(float64(i)))
		}
	}
}

func stringKeys(n int) []Key {
	keys := make([]Key, n)
	for i := range keys {
		keys[i] = StrKey("key" + strconv.Itoa(i))
	}
	return keys
}

func BenchmarkArraySetGet100kStringKeys(b *testing.B) {
	b.ReportAllocs()
	keys := stringKeys(100_000)
	for b.Loop() {
		a := NewArray(0)
		for i, k := range keys {
			a.Set(k, Number(float64(i)))
		}
		for _, k := range keys {
			if _, ok := a.Get(k); !ok {
				b.Fatal("missing key")
			}
		}
	}
}

func BenchmarkArrayGet100kStringKeys(b *testing.B) {
	keys := stringKeys(100_000)
	a := NewArray(0)
	for i, k := range keys {
		a.Set(k, Number(float64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, k := range keys {
			if _, ok := a.Get(k); !ok {
				b.Fatal("missing key")
			}
		}
	}
}

func BenchmarkEntryIterationList100k(b *testing.B) {
	a := NewArray(100_000)
	for i := range 100_000 {
		_ = a.Append(Number(float64(i)))
	}
	benchmarkEntries(b, a)
}

func BenchmarkEntryIterationHash100k(b *testing.B) {
	a := NewArray(0)
	for i, k := range stringKeys(100_000) {
		a.Set(k, Number(float64(i)))
	}
	benchmarkEntries(b, a)
}

func benchmarkEntries(b *testing.B, a *Array) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		sum := 0.0
		for i := 0; i < a.Len(); i++ {
			_, v := a.Entry(i)
			sum += v.AsNumber()
		}
		if sum == 0 {
			b.Fatal("empty iteration")
		}
	}
}

func BenchmarkCloneList100k(b *testing.B) {
	a := NewArray(100_000)
	for i := range 100_000 {
		_ = a.Append(Number(float64(i)))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = a.Clone()
	}
}
