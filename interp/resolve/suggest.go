package resolve

import "strings"

// suggest returns " (did you mean X?)" for the visible function or class name
// closest to name, or "" when none is close.
func (w *walker) suggest(name string) string {
	var names []string
	for s := w.scope; s != nil; s = s.Parent {
		for n := range s.Funcs {
			names = append(names, n)
		}
	}
	for n := range w.module.Classes {
		names = append(names, n)
	}
	for n := range w.module.Symbols {
		names = append(names, n)
	}
	if cat := w.r.opts.Catalog; cat != nil {
		names = append(names, cat.FuncNames()...)
		names = append(names, cat.ClassNames()...)
	}
	if best := closest(name, names); best != "" {
		return " (did you mean " + best + "?)"
	}
	return ""
}

// closest returns the candidate within a small edit distance of name,
// preferring the smallest distance and then alphabetical order.
func closest(name string, candidates []string) string {
	limit := 1 + len(name)/4
	best, bestD := "", limit+1
	lower := strings.ToLower(name)
	for _, c := range candidates {
		if c == name {
			continue
		}
		d := distance(lower, strings.ToLower(c))
		if d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if bestD > limit {
		return ""
	}
	return best
}

// distance is the Levenshtein edit distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
