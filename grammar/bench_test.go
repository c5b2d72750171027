package grammar

import (
	"bytes"
	"os"
	"testing"
)

// corpusFiles reads the realistic scripts of testdata/corpus.
func corpusFiles(b *testing.B) [][]byte {
	b.Helper()
	var files [][]byte
	for _, path := range repoFiles(b, "corpus/*.hsl") {
		src, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, src)
	}
	return files
}

// corpusSource concatenates the corpus scripts, cycling through them, until
// the result has at least size bytes and lines lines.
func corpusSource(b *testing.B, size, lines int) []byte {
	b.Helper()
	files := corpusFiles(b)
	var all bytes.Buffer
	for i := 0; all.Len() < size || bytes.Count(all.Bytes(), []byte("\n")) < lines; i++ {
		all.Write(files[i%len(files)])
		all.WriteByte('\n')
	}
	return all.Bytes()
}

func benchmarkParse(b *testing.B, src []byte) {
	if _, diags := Parse("bench.hsl", src); len(diags) > 0 {
		b.Fatalf("benchmark input has errors:\n%s", diags)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Parse("bench.hsl", src)
	}
}

// BenchmarkParseCorpus measures parse throughput (source to AST) on about 1 MB
// of realistic HSL.
func BenchmarkParseCorpus(b *testing.B) {
	benchmarkParse(b, corpusSource(b, 1<<20, 0))
}

// BenchmarkParse1000Lines measures the parse time of one script of about
// 1,000 lines (whole corpus files; the exact count is reported).
func BenchmarkParse1000Lines(b *testing.B) {
	src := corpusSource(b, 0, 1000)
	b.ReportMetric(float64(bytes.Count(src, []byte("\n"))), "lines")
	benchmarkParse(b, src)
}
