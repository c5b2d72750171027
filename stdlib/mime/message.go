package mime

import (
	"crypto/rand"
	"encoding/hex"
	"sort"
	"strings"
)

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Message is a parsed mail message (the HSL MailMessage class): a MIME tree
// over the original bytes, with the changes a script made and snapshots to
// roll back to.
type Message struct {
	src     []byte
	root    *Part
	changes int
	snaps   []snapshot
	// frozen messages (data imports, shared by every execution) refuse
	// changes; dateLater sets Date when the message is written out.
	frozen, dateLater bool
}

type snapshot struct {
	root    *Part
	changes int
}

// ClassName implements value.Object.
func (*Message) ClassName() string { return "MailMessage" }

// Parse reads a message. It never fails: malformed structure is kept as it
// is and reported by the parts' errors.
func Parse(src []byte) *Message {
	return &Message{src: src, root: parsePart(src, 0)}
}

// Root returns the topmost part.
func (m *Message) Root() *Part { return m.root }

// Bytes returns the message with every change applied; when nothing was
// changed these are the original bytes.
func (m *Message) Bytes() []byte { return m.root.Bytes() }

// changed records one change made by a script.
func (m *Message) changed() { m.changes++ }

// Reset undoes every change and returns how many there were.
func (m *Message) Reset() int {
	n := m.changes
	m.root = parsePart(m.src, 0)
	m.changes = 0
	m.snaps = nil
	m.dateLater = false
	return n
}

// Snapshot records the current state and returns its id.
func (m *Message) Snapshot() int {
	m.snaps = append(m.snaps, snapshot{root: m.root.clone(nil), changes: m.changes})
	return len(m.snaps) - 1
}

// Restore rolls back to snapshot id; it reports false for an unknown id.
func (m *Message) Restore(id int) bool {
	if id < 0 || id >= len(m.snaps) {
		return false
	}
	s := m.snaps[id]
	m.root = s.root.clone(nil)
	m.changes = s.changes
	return true
}

// ModifyContent replaces count bytes at start of the current message text
// with data and reads the result again; it reports false when the range is
// outside the message.
func (m *Message) ModifyContent(start, count int, data string) bool {
	cur := m.Bytes()
	if start < 0 || count < 0 || start+count > len(cur) {
		return false
	}
	next := make([]byte, 0, len(cur)-count+len(data))
	next = append(next, cur[:start]...)
	next = append(next, data...)
	next = append(next, cur[start+count:]...)
	m.root = parsePart(next, 0)
	m.root.src = next
	m.changed()
	return true
}

// newBoundary returns a fresh random boundary.
func newBoundary() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	h := hex.EncodeToString(b[:])
	return strings.Join([]string{h[:8], h[8:12], h[12:16], h[16:20], h[20:]}, "-")
}
