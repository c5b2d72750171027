package pcre

import (
	"fmt"
	"strconv"
	"strings"
)

// translation is the result of rewriting a PCRE pattern into the dialect
// regexp2 understands.
type translation struct {
	pattern string
	names   []string // names[n] is the name of group n ("" when unnamed); names[0] is ""
}

// translator rewrites PCRE syntax that regexp2 reads differently or not at
// all. regexp2 follows .NET, which numbers named groups after all unnamed
// ones; PCRE numbers every group by the position of its opening parenthesis.
// The translator therefore turns every named group into a plain group, keeps
// the names itself and rewrites named references into numbered ones. It also
// implements the U flag (swapped greediness), \Q…\E quoting, PCRE's escapes
// \h \H \v \V \R \N \x{…}, and rejects escapes PCRE2 would reject.
type translator struct {
	src       string
	i         int
	out       strings.Builder
	ungreedy  bool
	extended  bool
	multiline bool
	utf8      bool
	names     []string
	refs      []pendingRef // named references seen before their group
}

// translateFlags are the pattern flags that change the translation.
type translateFlags struct {
	ungreedy, extended, multiline, utf8 bool
}

type pendingRef struct {
	name string
	at   int // index in out where the placeholder starts
}

// refMark stands in for a forward named reference until every group is known.
const refMark = "\x00REF\x00"

// endZ is PCRE's `$` without the m flag, and `\Z`: the end of the subject or
// just before a newline that ends it. (regexp2 in RE2 mode reads both as the
// very end.)
const endZ = `(?=\n?\z)`

func translate(pattern string, f translateFlags) (translation, error) {
	t := &translator{src: pattern, ungreedy: f.ungreedy, extended: f.extended, multiline: f.multiline, utf8: f.utf8, names: []string{""}}
	if err := t.run(); err != nil {
		return translation{}, err
	}
	out := t.out.String()
	if len(t.refs) > 0 {
		var b strings.Builder
		last := 0
		for _, r := range t.refs {
			n := t.groupNumber(r.name)
			if n < 0 {
				return translation{}, fmt.Errorf("reference to non-existent subpattern %q", r.name)
			}
			b.WriteString(out[last:r.at])
			fmt.Fprintf(&b, "(?:\\%d)", n)
			last = r.at + len(refMark)
		}
		b.WriteString(out[last:])
		out = b.String()
	}
	return translation{pattern: out, names: t.names}, nil
}

func (t *translator) groupNumber(name string) int {
	for n, s := range t.names {
		if s == name && n > 0 {
			return n
		}
	}
	return -1
}

func (t *translator) peek(k int) byte {
	if t.i+k < len(t.src) {
		return t.src[t.i+k]
	}
	return 0
}

func (t *translator) run() error {
	for t.i < len(t.src) {
		c := t.src[t.i]
		switch {
		case c == '\\':
			if err := t.escape(false); err != nil {
				return err
			}
		case c == '[':
			if err := t.class(); err != nil {
				return err
			}
		case c == '(':
			if err := t.group(); err != nil {
				return err
			}
		case t.extended && c == '#':
			end := strings.IndexByte(t.src[t.i:], '\n')
			if end < 0 {
				end = len(t.src) - t.i
			}
			t.out.WriteString(t.src[t.i : t.i+end])
			t.i += end
		case c == '$' && !t.multiline:
			t.out.WriteString(endZ)
			t.i++
		case c == '*' || c == '+' || c == '?':
			t.out.WriteByte(c)
			t.i++
			t.quantifierSuffix()
		case c == '{':
			if n := quantifierLen(t.src[t.i:]); n > 0 {
				t.out.WriteString(t.src[t.i : t.i+n])
				t.i += n
				t.quantifierSuffix()
			} else {
				t.out.WriteString(`\{`)
				t.i++
			}
		default:
			t.out.WriteByte(c)
			t.i++
		}
	}
	return nil
}

// quantifierLen returns the length of a {n}, {n,} or {n,m} quantifier at the
// start of s, or 0 when s does not start with one (then '{' is a literal).
func quantifierLen(s string) int {
	i := 1
	digits := func() int {
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i - start
	}
	if digits() == 0 {
		return 0
	}
	if i < len(s) && s[i] == ',' {
		i++
		digits()
	}
	if i < len(s) && s[i] == '}' {
		return i + 1
	}
	return 0
}

// quantifierSuffix handles the character after a quantifier: with the U flag
// a lazy marker makes it greedy and its absence makes it lazy.
func (t *translator) quantifierSuffix() {
	next := t.peek(0)
	if next == '+' {
		// possessive: regexp2 rejects it with a clear error; pass it through
		t.out.WriteByte('+')
		t.i++
		return
	}
	if !t.ungreedy {
		if next == '?' {
			t.out.WriteByte('?')
			t.i++
		}
		return
	}
	if next == '?' {
		t.i++ // lazy marker under U: greedy
		return
	}
	t.out.WriteByte('?')
}

func isNameStart(c byte) bool {
	return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

func isNameChar(c byte) bool { return isNameStart(c) || (c >= '0' && c <= '9') }

// name reads a group name at t.i terminated by term; it returns "" when there
// is no valid name there.
func (t *translator) name(term byte) string {
	j := t.i
	if j >= len(t.src) || !isNameStart(t.src[j]) {
		return ""
	}
	for j < len(t.src) && isNameChar(t.src[j]) {
		j++
	}
	if j >= len(t.src) || t.src[j] != term {
		return ""
	}
	n := t.src[t.i:j]
	t.i = j + 1
	return n
}

func (t *translator) reference(name string) {
	if n := t.groupNumber(name); n > 0 {
		fmt.Fprintf(&t.out, "(?:\\%d)", n)
		return
	}
	t.refs = append(t.refs, pendingRef{name: name, at: t.out.Len()})
	t.out.WriteString(refMark)
}

func (t *translator) newGroup(name string) error {
	if name != "" && t.groupNumber(name) > 0 {
		return fmt.Errorf("two named subpatterns have the same name %q", name)
	}
	t.names = append(t.names, name)
	t.out.WriteByte('(')
	return nil
}

func (t *translator) group() error {
	if t.peek(1) != '?' {
		t.i++
		return t.newGroup("")
	}
	rest := t.src[t.i+2:]
	switch {
	case strings.HasPrefix(rest, "#"):
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			return fmt.Errorf("missing ) after (?# comment")
		}
		t.i += 2 + end + 1
		return nil
	case strings.HasPrefix(rest, "P<") || (strings.HasPrefix(rest, "<") && len(rest) > 1 && isNameStart(rest[1])) || strings.HasPrefix(rest, "'"):
		open := t.i
		t.i += 2
		if t.src[t.i] == 'P' {
			t.i++
		}
		term := byte('>')
		if t.src[t.i] == '\'' {
			term = '\''
		}
		t.i++
		name := t.name(term)
		if name == "" {
			return fmt.Errorf("invalid group name at offset %d", open)
		}
		return t.newGroup(name)
	case strings.HasPrefix(rest, "P="):
		t.i += 4
		name := t.name(')')
		if name == "" {
			return fmt.Errorf("invalid (?P= reference at offset %d", t.i)
		}
		t.reference(name)
		return nil
	case strings.HasPrefix(rest, "P>") || strings.HasPrefix(rest, "&") || strings.HasPrefix(rest, "R)") ||
		(len(rest) > 0 && (rest[0] >= '0' && rest[0] <= '9' || rest[0] == '+' || rest[0] == '-' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9')):
		return fmt.Errorf("recursion and subroutine calls are not supported")
	case strings.HasPrefix(rest, "|"):
		return fmt.Errorf("branch reset groups (?| are not supported")
	case strings.HasPrefix(rest, "("):
		// conditional: (?(name)…), (?(<name>)…), (?('name')…), (?(1)…), (?(?=…)…)
		t.i += 3
		inner := t.src[t.i:]
		var name string
		switch {
		case strings.HasPrefix(inner, "<"):
			t.i++
			name = t.name('>')
		case strings.HasPrefix(inner, "'"):
			t.i++
			name = t.name('\'')
		case len(inner) > 0 && isNameStart(inner[0]) && !strings.HasPrefix(inner, "R"):
			save := t.i
			name = t.name(')')
			if name != "" {
				t.i-- // keep the ')'
			} else {
				t.i = save
			}
		}
		t.out.WriteString("(?(")
		if name != "" {
			n := t.groupNumber(name)
			if n < 0 {
				return fmt.Errorf("reference to non-existent subpattern %q", name)
			}
			t.out.WriteString(strconv.Itoa(n))
		}
		return nil
	}
	t.out.WriteString("(?")
	t.i += 2
	return nil
}

// class copies a character class, translating escapes inside it.
func (t *translator) class() error {
	t.out.WriteByte('[')
	t.i++
	if t.peek(0) == '^' {
		t.out.WriteByte('^')
		t.i++
	}
	if t.peek(0) == ']' {
		t.out.WriteString(`\]`)
		t.i++
	}
	for t.i < len(t.src) {
		c := t.src[t.i]
		switch {
		case c == ']':
			t.out.WriteByte(']')
			t.i++
			return nil
		case c == '\\':
			if err := t.escape(true); err != nil {
				return err
			}
		case c == '[' && t.peek(1) == ':':
			end := strings.Index(t.src[t.i:], ":]")
			if end < 0 {
				t.out.WriteString(`\[`)
				t.i++
				continue
			}
			t.out.WriteString(t.src[t.i : t.i+end+2])
			t.i += end + 2
		case c == '[':
			t.out.WriteString(`\[`)
			t.i++
		default:
			t.out.WriteByte(c)
			t.i++
		}
	}
	return fmt.Errorf("missing terminating ] for character class")
}

// Character sets for PCRE escapes regexp2 lacks, as class contents.
const (
	horizSpace = `\t \u00A0`
	vertSpace  = `\n\u000B\f\r\u0085`
)

func (t *translator) escape(inClass bool) error {
	if t.i+1 >= len(t.src) {
		return fmt.Errorf(`\ at end of pattern`)
	}
	e := t.src[t.i+1]
	t.i += 2
	set := func(contents string, negate bool) error {
		switch {
		case !inClass && negate:
			t.out.WriteString("[^" + contents + "]")
		case !inClass:
			t.out.WriteString("[" + contents + "]")
		case negate:
			return fmt.Errorf(`\%c is not supported inside a character class`, e)
		default:
			t.out.WriteString(contents)
		}
		return nil
	}
	hs, vs := horizSpace, vertSpace
	if t.utf8 {
		hs += `\u1680\u180E\u2000-\u200A\u202F\u205F\u3000`
		vs += `\u2028\u2029`
	}
	switch e {
	case 'Q':
		end := strings.Index(t.src[t.i:], `\E`)
		lit := t.src[t.i:]
		if end >= 0 {
			lit = lit[:end]
			t.i += end + 2
		} else {
			t.i = len(t.src)
		}
		for j := 0; j < len(lit); j++ {
			if c := lit[j]; c < 0x80 && !isNameChar(c) {
				t.out.WriteByte('\\')
			}
			t.out.WriteByte(lit[j])
		}
		return nil
	case 'E':
		return nil // a stray \E is ignored, as in PCRE
	case 'Z':
		if inClass {
			return fmt.Errorf(`\Z is not allowed in a character class`)
		}
		t.out.WriteString(endZ)
		return nil
	case 'h':
		return set(hs, false)
	case 'H':
		return set(hs, true)
	case 'v':
		return set(vs, false)
	case 'V':
		return set(vs, true)
	case 'N':
		if inClass {
			return fmt.Errorf(`\N is not allowed in a character class`)
		}
		t.out.WriteString(`[^\n]`)
		return nil
	case 'R':
		if inClass {
			return fmt.Errorf(`\R is not allowed in a character class`)
		}
		t.out.WriteString(`(?:\r\n|[` + vs + `])`)
		return nil
	case 'x':
		if t.peek(0) != '{' {
			t.out.WriteString(`\x`)
			return nil
		}
		end := strings.IndexByte(t.src[t.i:], '}')
		if end < 0 {
			return fmt.Errorf(`missing } after \x{`)
		}
		cp, err := strconv.ParseUint(t.src[t.i+1:t.i+end], 16, 32)
		if err != nil {
			return fmt.Errorf(`invalid hexadecimal number in \x{%s}`, t.src[t.i+1:t.i+end])
		}
		t.i += end + 1
		return t.codePoint(cp)
	case 'k', 'g':
		return t.namedEscape(e, inClass)
	case 'K', 'X', 'C':
		return fmt.Errorf(`\%c is not supported`, e)
	}
	if e >= 0x80 || !isNameChar(e) || e == '_' || strings.IndexByte("0123456789aAbBcdDefGnprsStwWzZuP", e) >= 0 {
		t.out.WriteByte('\\')
		t.out.WriteByte(e)
		return nil
	}
	return fmt.Errorf(`unrecognized character follows \: \%c`, e)
}

func (t *translator) codePoint(cp uint64) error {
	switch {
	case !t.utf8 && cp > 0xFF:
		return fmt.Errorf(`character code point value in \x{} is too large (the u flag is not set)`)
	case cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF):
		return fmt.Errorf(`invalid code point U+%X in \x{}`, cp)
	case cp <= 0xFFFF:
		fmt.Fprintf(&t.out, `\u%04X`, cp)
	default:
		t.out.WriteRune(rune(cp))
	}
	return nil
}

// namedEscape handles \k<name>, \k'name', \k{name}, \g{name}, \gN, \g{N} and
// \g{-N}.
func (t *translator) namedEscape(e byte, inClass bool) error {
	if inClass {
		return fmt.Errorf(`\%c is not allowed in a character class`, e)
	}
	var name string
	switch open := t.peek(0); {
	case open == '<' && e == 'k', open == '\'' && e == 'k':
		t.i++
		name = t.name(map[byte]byte{'<': '>', '\'': '\''}[open])
	case open == '{':
		end := strings.IndexByte(t.src[t.i:], '}')
		if end < 0 {
			return fmt.Errorf(`missing } after \%c{`, e)
		}
		name = t.src[t.i+1 : t.i+end]
		t.i += end + 1
	case e == 'g' && (open == '-' || open >= '0' && open <= '9'):
		j := t.i + 1
		for j < len(t.src) && t.src[j] >= '0' && t.src[j] <= '9' {
			j++
		}
		name = t.src[t.i:j]
		t.i = j
	case e == 'g' && (open == '<' || open == '\''):
		return fmt.Errorf(`subroutine calls (\g<…>) are not supported`)
	}
	if name == "" {
		return fmt.Errorf(`\%c is not followed by a valid group reference`, e)
	}
	if n, err := strconv.Atoi(name); err == nil && e == 'g' {
		if n < 0 {
			n = len(t.names) + n // relative: -1 is the most recent group
		}
		if n <= 0 {
			return fmt.Errorf(`invalid group reference \g{%s}`, name)
		}
		fmt.Fprintf(&t.out, "(?:\\%d)", n)
		return nil
	}
	for i := 0; i < len(name); i++ {
		if !isNameChar(name[i]) {
			return fmt.Errorf(`invalid group name %q`, name)
		}
	}
	t.reference(name)
	return nil
}
