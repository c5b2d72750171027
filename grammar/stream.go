package grammar

import "github.com/antlr4-go/antlr/v4"

// byteStream is an antlr.CharStream in which every byte of the source is one
// symbol. ANTLR's own InputStream decodes UTF-8 into runes, which would make
// indexes rune offsets and would replace invalid UTF-8 inside string literals;
// HSL source is bytes, so we feed the bytes as they are.
type byteStream struct {
	src  string
	pos  int
	name string
}

func newByteStream(name string, src []byte) *byteStream {
	return &byteStream{src: string(src), name: name}
}

// Consume advances one byte; at the end of input it does nothing.
func (s *byteStream) Consume() {
	if s.pos < len(s.src) {
		s.pos++
	}
}

// LA returns the byte i positions ahead (1 = the next byte), or EOF.
func (s *byteStream) LA(i int) int {
	if i == 0 {
		return 0
	}
	if i < 0 {
		i++ // LA(-1) is the byte just consumed
	}
	p := s.pos + i - 1
	if p < 0 || p >= len(s.src) {
		return antlr.TokenEOF
	}
	return int(s.src[p])
}

// Mark is a no-op: the whole input is in memory.
func (s *byteStream) Mark() int { return -1 }

// Release is a no-op, see Mark.
func (s *byteStream) Release(int) {}

// Index returns the offset of the next byte.
func (s *byteStream) Index() int { return s.pos }

// Seek moves to byte offset i, clamped to the input.
func (s *byteStream) Seek(i int) {
	switch {
	case i < 0:
		s.pos = 0
	case i > len(s.src):
		s.pos = len(s.src)
	default:
		s.pos = i
	}
}

// Size returns the length of the input in bytes.
func (s *byteStream) Size() int { return len(s.src) }

// GetSourceName returns the file name.
func (s *byteStream) GetSourceName() string { return s.name }

// GetText returns the bytes from start to stop inclusive, clamped to the input.
func (s *byteStream) GetText(start, stop int) string {
	if start < 0 {
		start = 0
	}
	if stop >= len(s.src) {
		stop = len(s.src) - 1
	}
	if start > stop {
		return ""
	}
	return s.src[start : stop+1]
}

// GetTextFromTokens returns the text from the start of one token to the end of another.
func (s *byteStream) GetTextFromTokens(start, end antlr.Token) string {
	if start == nil || end == nil {
		return ""
	}
	return s.GetText(start.GetStart(), end.GetStop())
}

// GetTextFromInterval returns the text of an inclusive interval.
func (s *byteStream) GetTextFromInterval(i antlr.Interval) string {
	return s.GetText(i.Start, i.Stop)
}
