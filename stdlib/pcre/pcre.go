// Package pcre compiles and runs HSL regular expressions: `#/…/flags` literals,
// `=~` patterns and the pcre_* functions. Matching uses regexp2, a backtracking
// engine with Perl/PCRE syntax (backreferences, lookaround, named groups,
// lazy quantifiers, atomic groups), which Go's RE2-based regexp lacks.
//
// PCRE matches bytes unless the `u` flag asks for UTF-8. regexp2 matches runes,
// so without `u` every byte of the subject (and of the pattern) is mapped to
// the rune of the same value and back: `.` then matches one byte, as in PCRE.
//
// Before compiling, a translator rewrites the PCRE syntax that regexp2 reads
// differently or lacks (group numbering, `$`, `\Z`, `\Q…\E`, the U flag, …);
// docs/regex.md lists what still differs from PCRE2. Register adds the
// pcre_* builtins to a catalog.
package pcre

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dlclark/regexp2"
	"github.com/dlclark/regexp2/syntax"
)

// MatchTimeout bounds one match, so that catastrophic backtracking cannot hang
// a script; a match that takes longer fails with an error. It applies to
// patterns compiled after it is changed.
var MatchTimeout = 2 * time.Second

// Regex is a compiled pattern; it is safe for concurrent use.
type Regex struct {
	re      *regexp2.Regexp
	Pattern string
	Flags   string
	utf8    bool
	names   []string // names[n] is the name of group n, "" when unnamed
}

// ResourceKind makes a Regex an HSL resource value.
func (r *Regex) ResourceKind() string { return "Regex" }

// Compile compiles pattern with the flags i m u s x U X.
func Compile(pattern, flags string) (*Regex, error) {
	// RE2 mode makes \d \s \w ASCII-only and adds [[:alpha:]] classes and
	// (?P<name>…), as in PCRE without UCP; the translator rejects the unknown
	// escapes that mode would otherwise accept.
	opts := regexp2.RegexOptions(regexp2.RE2)
	r := &Regex{Pattern: pattern, Flags: flags}
	var tf translateFlags
	for _, f := range flags {
		switch f {
		case 'i':
			opts |= regexp2.IgnoreCase
		case 'm':
			opts |= regexp2.Multiline
			tf.multiline = true
		case 's':
			opts |= regexp2.Singleline
		case 'x':
			opts |= regexp2.IgnorePatternWhitespace
			tf.extended = true
		case 'u':
			r.utf8 = true
			tf.utf8 = true
		case 'X':
			// PCRE1's EXTRA makes unknown escapes an error; PCRE2 (and this
			// implementation) always does.
		case 'U':
			tf.ungreedy = true
		default:
			return nil, fmt.Errorf("unknown regular expression flag %q (flags are i m u s x U X)", f)
		}
	}
	if r.utf8 && !utf8.ValidString(pattern) {
		return nil, fmt.Errorf("pattern is not valid UTF-8 but the u flag is set")
	}
	tr, err := translate(pattern, tf)
	if err != nil {
		return nil, fmt.Errorf("invalid regular expression: %v", err)
	}
	src := tr.pattern
	if !r.utf8 {
		src = bytesToRunes(src)
	}
	re, err := regexp2.Compile(src, opts)
	if err != nil {
		return nil, fmt.Errorf("invalid regular expression: %s", compileError(err))
	}
	re.MatchTimeout = MatchTimeout
	r.re = re
	r.names = tr.names
	return r, nil
}

// compileError is the reason of a regexp2 compile error without the
// pattern it quotes: that is the translated pattern, which the script's
// author never wrote, and may be huge.
func compileError(err error) string {
	var se *syntax.Error
	if errors.As(err, &se) {
		if len(se.Args) == 0 {
			return string(se.Code)
		}
		return fmt.Sprintf(string(se.Code), se.Args...)
	}
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}

// cacheLimit bounds the number of cached patterns; scripts that build
// patterns from data would otherwise grow the cache without end.
const cacheLimit = 4096

var (
	cache     sync.Map // pattern string with slashes → *Regex
	cacheSize atomic.Int64
)

// Parse compiles a pattern given as a string: `/pattern/flags` when it is
// wrapped in slashes, otherwise the bare pattern. Results are cached.
func Parse(s string) (*Regex, error) {
	if r, ok := cache.Load(s); ok {
		return r.(*Regex), nil
	}
	pattern, flags := s, ""
	if len(s) >= 2 && s[0] == '/' {
		if end := strings.LastIndexByte(s, '/'); end > 0 && onlyFlags(s[end+1:]) {
			pattern, flags = s[1:end], s[end+1:]
		}
	}
	r, err := Compile(pattern, flags)
	if err != nil {
		return nil, err
	}
	if cacheSize.Add(1) > cacheLimit {
		cache.Clear()
		cacheSize.Store(1)
	}
	cache.Store(s, r)
	return r, nil
}

func onlyFlags(s string) bool {
	for i := 0; i < len(s); i++ {
		if !strings.ContainsRune("imusxUX", rune(s[i])) {
			return false
		}
	}
	return true
}

// subject converts a subject string into the runes the engine matches, and,
// in UTF-8 mode, the byte offset of every rune (plus the length at the end).
func (r *Regex) subject(s string) ([]rune, []int) {
	if !r.utf8 {
		rs := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			rs[i] = rune(s[i])
		}
		return rs, nil
	}
	rs := make([]rune, 0, len(s))
	offs := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		rs = append(rs, c)
		offs = append(offs, i)
		i += n
	}
	return rs, append(offs, len(s))
}

// MatchString reports whether the pattern matches anywhere in s.
func (r *Regex) MatchString(s string) (bool, error) {
	rs, _ := r.subject(s)
	m, err := r.re.FindRunesMatch(rs)
	if err != nil {
		return false, fmt.Errorf("regular expression match failed: %v", err)
	}
	return m != nil, nil
}

// Group is one capture of a match: its text and byte offset (-1 when the
// group did not take part in the match).
type Group struct {
	Name   string // the group's name; "" for unnamed groups and group 0
	Text   string
	Offset int
}

// FindAt returns the groups of the first match at or after byte offset start,
// or nil when there is none. Group 0 is the whole match.
func (r *Regex) FindAt(s string, start int) ([]Group, error) {
	rs, offs := r.subject(s)
	m, err := r.re.FindRunesMatchStartingAt(rs, runeIndex(offs, start, len(s)))
	if err != nil {
		return nil, fmt.Errorf("regular expression match failed: %v", err)
	}
	if m == nil {
		return nil, nil
	}
	return r.groups(s, offs, m), nil
}

// FindAll returns the groups of every non-overlapping match.
func (r *Regex) FindAll(s string) ([][]Group, error) { return r.FindN(s, -1) }

// FindN returns the groups of the first n non-overlapping matches, or of all
// of them when n < 0.
func (r *Regex) FindN(s string, n int) ([][]Group, error) {
	rs, offs := r.subject(s)
	var out [][]Group
	if n == 0 {
		return nil, nil
	}
	m, err := r.re.FindRunesMatch(rs)
	for err == nil && m != nil {
		out = append(out, r.groups(s, offs, m))
		if len(out) == n {
			break
		}
		m, err = r.re.FindNextMatch(m)
	}
	if err != nil {
		return nil, fmt.Errorf("regular expression match failed: %v", err)
	}
	return out, nil
}

// GroupNames returns the names of the groups in order (numbers for unnamed
// ones); PCRE numbering is used: groups count by their opening parenthesis.
func (r *Regex) GroupNames() []string {
	out := make([]string, len(r.names))
	for i, n := range r.names {
		if n == "" {
			n = strconv.Itoa(i)
		}
		out[i] = n
	}
	return out
}

// NumGroups is the number of capturing groups (group 0 not counted).
func (r *Regex) NumGroups() int { return len(r.names) - 1 }

func (r *Regex) groups(s string, offs []int, m *regexp2.Match) []Group {
	gs := m.Groups()
	out := make([]Group, len(r.names))
	for i := range out {
		out[i] = Group{Name: r.names[i], Offset: -1}
		if i >= len(gs) {
			continue
		}
		g := gs[i]
		if len(g.Captures) == 0 {
			continue
		}
		start, end := byteOffset(offs, g.Index), byteOffset(offs, g.Index+g.Length)
		out[i].Text = s[start:end]
		out[i].Offset = start
	}
	return out
}

// byteOffset converts a rune index into a byte offset (identity in byte mode).
func byteOffset(offs []int, ri int) int {
	if offs == nil {
		return ri
	}
	return offs[ri]
}

// runeIndex converts a byte offset into a rune index (identity in byte mode).
func runeIndex(offs []int, off, size int) int {
	if off < 0 {
		off = 0
	}
	if off > size {
		off = size
	}
	if offs == nil {
		return off
	}
	return sort.SearchInts(offs, off)
}

func bytesToRunes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteRune(rune(s[i]))
	}
	return b.String()
}
