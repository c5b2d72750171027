package lsp

import (
	"testing"

	"go.lsp.dev/protocol"
)

func TestTextPositions(t *testing.T) {
	// "a€😀b\r\nxy": € is 3 bytes / 1 unit, 😀 is 4 bytes / 2 units.
	tx := newText([]byte("a€😀b\r\nxy"))
	tests := []struct {
		off  int
		line uint32
		char uint32
	}{
		{0, 0, 0}, {1, 0, 1}, {4, 0, 2}, {8, 0, 4}, {9, 0, 5}, {11, 1, 0}, {13, 1, 2},
	}
	for _, tt := range tests {
		p := tx.position(tt.off)
		if p.Line != tt.line || p.Character != tt.char {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, p.Line, p.Character, tt.line, tt.char)
		}
		if back := tx.offset(p); back != tt.off {
			t.Errorf("offset(%d:%d) = %d, want %d", p.Line, p.Character, back, tt.off)
		}
	}
	// Positions past the end of a line or file are clamped; the middle of a
	// surrogate pair rounds down to the character.
	clamp := []struct {
		p    protocol.Position
		want int
	}{
		{protocol.Position{Line: 0, Character: 99}, 9},
		{protocol.Position{Line: 0, Character: 3}, 4},
		{protocol.Position{Line: 7, Character: 0}, 13},
		{protocol.Position{Line: 1, Character: 99}, 13},
	}
	for _, tt := range clamp {
		if got := tx.offset(tt.p); got != tt.want {
			t.Errorf("offset(%d:%d) = %d, want %d", tt.p.Line, tt.p.Character, got, tt.want)
		}
	}
}

func TestTextLoneCR(t *testing.T) {
	// A lone "\r" ends a line, as "\n" and "\r\n" do; "\r\n" is one break.
	tx := newText([]byte("ab\rc\r\nd\ne\r"))
	tests := []struct {
		off        int
		line, char uint32
	}{{0, 0, 0}, {2, 0, 2}, {3, 1, 0}, {4, 1, 1}, {6, 2, 0}, {8, 3, 0}, {9, 3, 1}, {10, 4, 0}}
	for _, tt := range tests {
		p := tx.position(tt.off)
		if p.Line != tt.line || p.Character != tt.char {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, p.Line, p.Character, tt.line, tt.char)
		}
		if back := tx.offset(p); back != tt.off {
			t.Errorf("offset(%d:%d) = %d, want %d", p.Line, p.Character, back, tt.off)
		}
	}
	// Past the end of a line stops before its break.
	for _, tt := range []struct {
		p    protocol.Position
		want int
	}{{protocol.Position{Line: 0, Character: 9}, 2}, {protocol.Position{Line: 1, Character: 9}, 4}, {protocol.Position{Line: 3, Character: 9}, 9}} {
		if got := tx.offset(tt.p); got != tt.want {
			t.Errorf("offset(%d:%d) = %d, want %d", tt.p.Line, tt.p.Character, got, tt.want)
		}
	}
}

func TestTextEdit(t *testing.T) {
	tx := newText([]byte("héllo\nworld"))
	tx = tx.edit(tx.offset(protocol.Position{Line: 0, Character: 1}), tx.offset(protocol.Position{Line: 0, Character: 2}), "e")
	tx = tx.edit(tx.offset(protocol.Position{Line: 1, Character: 5}), tx.offset(protocol.Position{Line: 1, Character: 5}), "!\n")
	if got := string(tx.src); got != "hello\nworld!\n" {
		t.Fatalf("after edits: %q", got)
	}
	if len(tx.lines) != 3 {
		t.Fatalf("lines = %v", tx.lines)
	}
}

func TestHookContext(t *testing.T) {
	tests := map[string]string{
		"/w/src/hooks/eod/x.hsl":             "eod",
		"/w/src/hooks/rcptto/a/b.hsl":        "rcptto",
		"/w/src/hooks/queue/predelivery.hsl": "predelivery",
		"/w/src/hooks/queue/other.hsl":       "",
		"/w/src/hooks/nothook/x.hsl":         "",
		"/w/src/files/eod/x.hsl":             "",
		"/w/hooks/eod/x.hsl":                 "",
	}
	for path, want := range tests {
		if got := hookContext(path); got != want {
			t.Errorf("hookContext(%s) = %q, want %q", path, got, want)
		}
	}
}

func TestTextByteOrderMark(t *testing.T) {
	// A file read from disk may start with a byte order mark, which editors
	// do not show: line 1 counts from after it.
	tx := newText([]byte("\xEF\xBB\xBFab\ncd"))
	for _, tt := range []struct {
		off        int
		line, char uint32
	}{{0, 0, 0}, {3, 0, 0}, {4, 0, 1}, {6, 1, 0}, {7, 1, 1}} {
		if p := tx.position(tt.off); p.Line != tt.line || p.Character != tt.char {
			t.Errorf("position(%d) = %d:%d, want %d:%d", tt.off, p.Line, p.Character, tt.line, tt.char)
		}
	}
	if off := tx.offset(protocol.Position{Line: 0, Character: 1}); off != 4 {
		t.Errorf("offset(0:1) = %d, want 4", off)
	}
}
