package repl

import (
	"sort"
	"strings"
)

// keywords are HSL's reserved words that start statements and expressions.
var keywords = []string{
	"and", "array", "as", "barrier", "break", "builtin", "cache", "case", "class", "closure",
	"constructor", "continue", "default", "echo", "else", "false", "for", "foreach", "forever",
	"from", "function", "global", "if", "import", "include", "include_once", "isset", "match",
	"none", "not", "object", "or", "private", "readonly", "return", "static", "switch", "throw",
	"true", "try", "catch", "unset", "while", "with",
}

// coreContext names no hook context in AvailableIn: only functions of every
// context are offered (hook functions fail when called outside their hooks).
const coreContext = "core"

// Completer proposes completions of the word before the cursor: keywords,
// builtin functions and classes, and the functions, classes and variables
// that earlier inputs of the session defined. It implements readline's
// AutoCompleter.
type Completer struct {
	Session *Session
}

// Do implements readline.AutoCompleter: it returns the rest of every
// candidate that starts with the word before pos, and the word's length.
// After `$var->` the candidates are the members of the object in $var, after
// `Class::` the static functions of the class.
func (c Completer) Do(line []rune, pos int) ([][]rune, int) {
	start := pos
	for start > 0 && isWordRune(line[start-1]) {
		start--
	}
	word := string(line[start:pos])
	var names []string
	switch before := string(line[:start]); {
	case strings.HasSuffix(before, "->"):
		if v := lastWord(strings.TrimSuffix(before, "->")); strings.HasPrefix(v, "$") {
			names = c.Session.Members(v[1:])
		}
		return complete(names, word)
	case strings.HasSuffix(before, "::"):
		if class := lastWord(strings.TrimSuffix(before, "::")); class != "" && !strings.HasPrefix(class, "$") {
			names = c.Session.Statics(class)
		}
		return complete(names, word)
	}
	if strings.HasPrefix(word, "$") {
		for _, v := range c.Session.Variables() {
			names = append(names, "$"+v)
		}
	} else {
		if word == "" {
			return nil, 0
		}
		names = c.names()
	}
	return complete(names, word)
}

// complete returns the rest of every name that starts with word and is
// longer, and the length of word.
func complete(names []string, word string) ([][]rune, int) {
	var out [][]rune
	for _, n := range names {
		if strings.HasPrefix(n, word) && len(n) > len(word) {
			out = append(out, []rune(n[len(word):]))
		}
	}
	return out, len([]rune(word))
}

// lastWord is the word (name or $variable) that s ends with; "" for none.
func lastWord(s string) string {
	r := []rune(s)
	i := len(r)
	for i > 0 && isWordRune(r[i-1]) {
		i--
	}
	return string(r[i:])
}

// names are the candidates for a word without "$", sorted and unique.
func (c Completer) names() []string {
	seen := map[string]bool{}
	var names []string
	add := func(list []string) {
		for _, n := range list {
			if !seen[n] && !strings.HasPrefix(n, "__hsh_repl_") {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	add(keywords)
	cat := c.Session.Catalog()
	for _, n := range cat.FuncNames() {
		if cat.Func(n).AvailableIn(coreContext) {
			add([]string{n})
		}
	}
	for _, n := range cat.ClassNames() {
		if cat.Class(n).AvailableIn(coreContext) {
			add([]string{n})
		}
	}
	add(c.Session.Declared())
	sort.Strings(names)
	return names
}

func isWordRune(r rune) bool {
	return r == '_' || r == '$' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}
