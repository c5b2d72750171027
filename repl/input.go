package repl

import "strings"

// NeedsMore reports whether src stops inside something that is still open: a
// bracket ( [ {, a double-quoted or raw string, a regex literal or a block
// comment. The shell then reads another line before evaluating. Closing
// brackets that match nothing do not count: the parser reports them.
func NeedsMore(src string) bool {
	depth := 0
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == '(' || c == '[' || c == '{':
			depth++
			i++
		case c == ')' || c == ']' || c == '}':
			if depth > 0 {
				depth--
			}
			i++
		case c == '"':
			end, ok := skipQuoted(src, i+1)
			if !ok {
				return true
			}
			i = end
		case c == '\'':
			end, open := skipRaw(src, i)
			if open {
				return true
			}
			i = end
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := indexFrom(src, "*/", i+2)
			if end < 0 {
				return true
			}
			i = end + 2
		case c == '#' && i+1 < len(src) && src[i+1] == '/':
			i = skipRegex(src, i+2)
		default:
			i++
		}
	}
	return depth > 0
}

// skipQuoted returns the offset after the closing quote of a double-quoted
// string whose text starts at i, and false when the string is not closed.
func skipQuoted(src string, i int) (int, bool) {
	for i < len(src) {
		switch src[i] {
		case '\\':
			i += 2
		case '"':
			return i + 1, true
		default:
			i++
		}
	}
	return i, false
}

// skipRaw skips the raw string 'DELIM'…'DELIM' starting at the quote at i.
// It returns the offset after it, or open when the closing delimiter has
// not been typed yet. A quote not followed by a valid delimiter is an error
// that the parser reports, so the scan stops there.
func skipRaw(src string, i int) (end int, open bool) {
	j := i + 1
	for j < len(src) && src[j] != '\'' {
		if c := src[j]; c < 0x21 || c > 0x7e {
			return len(src), false
		}
		j++
	}
	if j >= len(src) {
		return j, true
	}
	delim := src[i : j+1] // 'DELIM'
	k := indexFrom(src, delim, j+1)
	if k < 0 {
		return len(src), true
	}
	return k + len(delim), false
}

// skipRegex returns the offset after the closing slash of a regex literal
// whose pattern starts at i. A regex literal does not span lines: one left
// open is the parser's to report.
func skipRegex(src string, i int) int {
	for i < len(src) {
		switch src[i] {
		case '\\':
			i += 2
		case '/':
			return i + 1
		case '\n':
			return i
		default:
			i++
		}
	}
	return i
}

// indexFrom is strings.Index from an offset on; -1 when sub is not there.
func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	if k := strings.Index(s[from:], sub); k >= 0 {
		return from + k
	}
	return -1
}
